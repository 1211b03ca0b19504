// <role-compare> in templates, typed from the package's generated custom-elements.json types.
import type {} from '@careerkit/role-compare/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
