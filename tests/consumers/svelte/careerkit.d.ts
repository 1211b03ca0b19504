// <role-compare> in markup, typed from the package's generated custom-elements.json types.
import type {} from '@careerkit/role-compare/svelte';
