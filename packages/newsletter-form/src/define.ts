import { NewsletterForm } from './newsletter-form.js';
import type { SubmitDetail, SubscribeDetail, SubscribeErrorDetail } from './newsletter-form.types.js';

NewsletterForm.define();

declare global {
  interface HTMLElementTagNameMap {
    'newsletter-form': NewsletterForm;
  }
  interface HTMLElementEventMap {
    'ck-submit': CustomEvent<SubmitDetail>;
    'ck-subscribe': CustomEvent<SubscribeDetail>;
    'ck-subscribe-error': CustomEvent<SubscribeErrorDetail>;
  }
}

export { NewsletterForm };
