export { NewsletterForm } from './newsletter-form.js';
export { defaultContent, defaultStrings } from './newsletter-form.content.js';
export * from './newsletter-form.types.js';
export { mailchimp } from './mailchimp.js';
