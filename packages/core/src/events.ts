import type { ErrorDetail, LoadDetail } from './element.js';

// Every widget's events are on GlobalEventHandlersEventMap (the widgets' own
// in their *.types.ts), so listeners on an element, `document` and `window`
// are all typed: `document.addEventListener('ck-error', (e) => e.detail.src)`.
declare global {
  interface GlobalEventHandlersEventMap {
    /** Content from `src` has loaded. */
    'ck-load': CustomEvent<LoadDetail>;
    /** Content from `src` could not be loaded. */
    'ck-error': CustomEvent<ErrorDetail>;
  }
}

/** The events every widget fires, by name, with their `detail` types. */
export type CoreEventMap = Pick<GlobalEventHandlersEventMap, 'ck-load' | 'ck-error'>;
