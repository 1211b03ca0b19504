/**
 * React components for the four Careerkit widgets, made with `@lit/react`. Object
 * content goes in `data` and `strings`; events are camelCase props named after the
 * event without its `ck-` prefix (`onPathSelect` for `ck-path-select`), except where
 * React already has a DOM prop of that name, which keep the prefix: `onCkLoad`,
 * `onCkError`, `onCkSubmit`. Importing this module registers all four tags; import
 * `@careerkit/react/<tag>` to register only one.
 */
export { RoleCompare } from './role-compare.js';
export { SalarySlider } from './salary-slider.js';
export { FaqAccordion } from './faq-accordion.js';
export { NewsletterForm } from './newsletter-form.js';
