export { FaqAccordion } from './faq-accordion.js';
export { defaultContent } from './faq-accordion.content.js';
export * from './faq-accordion.types.js';
