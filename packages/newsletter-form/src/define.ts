import { NewsletterForm } from './newsletter-form.js';

NewsletterForm.define();

declare global {
  interface HTMLElementTagNameMap {
    'newsletter-form': NewsletterForm;
  }
}

export { NewsletterForm };
