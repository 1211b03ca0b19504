export { RoleCompare } from './role-compare.js';
export { defaultContent } from './role-compare.content.js';
export * from './role-compare.types.js';
