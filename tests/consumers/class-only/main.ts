// Imports the class only: nothing is registered, and the other widgets are not in the bundle.
import { RoleCompare } from '@careerkit/role-compare';

document.body.dataset.version = RoleCompare.version;
