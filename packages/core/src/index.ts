export { CkElement, LOAD_EVENT, ERROR_EVENT } from './element.js';
export type { Report, ContentOrigin, LoadDetail, ErrorDetail, StatusStrings } from './element.js';
export type { CoreEventMap } from './events.js';
export { defineElement, type DefinableElement } from './define.js';
export { resolveLocale, formatDate, headingLevel, isWebUrl, squash, slug } from './format.js';
export { renderSource, sourceSchema, type Source } from './source.js';
export { check, type Schema } from './validate.js';
export { baseStyles } from './styles.js';
export { serverTemplate } from './server.js';
