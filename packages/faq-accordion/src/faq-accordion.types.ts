import type { Source } from '@careerkit/core';

/** One question and its answer. */
export interface FaqItem {
  /** Stable id, used in the URL hash and in events. Defaults to a slug of the question. */
  id?: string;
  /** The question, as plain text. */
  question: string;
  /** The answer, as plain text; a blank line starts a new paragraph. HTML is shown as text, never as markup. */
  answer: string;
}

/** Where the content comes from: `{ title, author?, date?, url? }` (only an http(s) URL is linked). */
export type FaqSource = Source;

/** Every string the widget shows that is not content. */
export interface FaqStrings {
  /** The button that opens every answer (with `toggle-all`). */
  expandAll: string;
  /** The button that closes every answer (with `toggle-all`). */
  collapseAll: string;
  /** Prefix of the source line. */
  source: string;
  /** Label of the filter box (with `searchable`). */
  search: string;
  /** Announced when the filter matches no question. */
  noMatches: string;
  /** Announced when the filter matches one question. */
  oneMatch: string;
  /** Announced when the filter matches several questions; `{n}` is their number. */
  matches: string;
}

/** The content schema of `<faq-accordion>`: the `data` property, the JSON script and `src` all take it. */
export interface FaqAccordionData {
  items: FaqItem[];
  source?: FaqSource;
  strings?: Partial<FaqStrings>;
}

/** Fired when a question opens or closes, by the reader or by a method. */
export const FAQ_TOGGLE_EVENT = 'ck-faq-toggle';

export interface FaqToggleDetail {
  /** The question's id. */
  id: string;
  /** Whether it is now open. */
  open: boolean;
}

// The core's `ck-load` and `ck-error`, re-exported so that every type of this package's events comes from it.
export type { LoadDetail, ErrorDetail } from '@careerkit/core';

// On GlobalEventHandlersEventMap, so that listeners on the element, `document` and `window` are typed.
declare global {
  interface GlobalEventHandlersEventMap {
    /** A question opened or closed. */
    'ck-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}

/** Every event `<faq-accordion>` fires, by name, with its `detail` type (`ck-load` and `ck-error` included). */
export type FaqAccordionEventMap = Pick<GlobalEventHandlersEventMap, 'ck-faq-toggle' | 'ck-load' | 'ck-error'>;
