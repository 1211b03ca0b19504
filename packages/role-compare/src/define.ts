import { RoleCompare } from './role-compare.js';
import type { PathSelectDetail } from './role-compare.types.js';

RoleCompare.define();

declare global {
  interface HTMLElementTagNameMap {
    'role-compare': RoleCompare;
  }
  interface HTMLElementEventMap {
    'ck-path-select': CustomEvent<PathSelectDetail>;
  }
}

export { RoleCompare };
