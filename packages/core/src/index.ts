export { CkElement, LOAD_EVENT, ERROR_EVENT } from './element.js';
export type { Report, ContentOrigin, LoadDetail, ErrorDetail, StatusStrings } from './element.js';
export { defineElement, type DefinableElement } from './define.js';
export { resolveLocale, formatDate } from './format.js';
export { check, type Schema } from './validate.js';
export { baseStyles } from './styles.js';
