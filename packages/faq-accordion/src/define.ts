import { FaqAccordion } from './faq-accordion.js';
import type { FaqToggleDetail } from './faq-accordion.types.js';

FaqAccordion.define();

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
  interface HTMLElementEventMap {
    'ck-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}

export { FaqAccordion };
