import { FaqAccordion } from './faq-accordion.js';

FaqAccordion.define();

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
}

export { FaqAccordion };
