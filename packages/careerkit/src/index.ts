/**
 * Registers every Careerkit widget under its default tag. This is the source
 * of the all-in-one CDN file `cdn/careerkit.js`; bundler users who want one
 * widget import `@careerkit/<widget>/define` instead.
 *
 * Written by scripts/widgets.mjs (run by the build) from the list of widgets: do not edit.
 */
export { FaqAccordion } from '@careerkit/faq-accordion/define';
export { NewsletterForm } from '@careerkit/newsletter-form/define';
export { RoleCompare } from '@careerkit/role-compare/define';
export { SalarySlider } from '@careerkit/salary-slider/define';
