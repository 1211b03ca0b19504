import { RoleCompare } from './role-compare.js';

RoleCompare.define();

declare global {
  interface HTMLElementTagNameMap {
    'role-compare': RoleCompare;
  }
}

export { RoleCompare };
