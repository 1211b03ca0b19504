import type { NewsletterFormData, NewsletterFormStrings } from './newsletter-form.types.js';

/**
 * The default content, transcribed from "Data Scientist vs ML Engineer: Which
 * Path Is Right for You?" by Alex Morgan (3 May 2026).
 */
export const defaultContent: NewsletterFormData = {
  heading: 'Get career tips delivered to your inbox',
  intro: 'Get weekly insights on tech careers, salaries, and industry trends.',
};

/** The widget's own strings (not from the article). */
export const defaultStrings: NewsletterFormStrings = {
  label: 'Email address',
  // The article's consent line, shown when the content gives none (translated with the widget's other words).
  consent: "We'll send you relevant job alerts and career content. Unsubscribe anytime. See our Privacy Policy.",
  privacy: 'Privacy Policy',
  button: 'Subscribe',
  sending: 'Subscribing…',
  success: "Thanks, you're subscribed.",
  confirm: 'Nearly done: check your inbox to confirm.',
  empty: 'Enter your email address.',
  invalid: 'Enter a valid email address.',
  unticked: 'Tick the box to subscribe.',
  failed: "Sorry, that didn't work. Please try again.",
  exists: "You're already subscribed.",
  rate: 'Too many tries. Please try again {s}.',
  server: 'Our newsletter service is down. Please try again later.',
  offline: "You're offline. Please try again when connected.",
  timeout: 'No answer in time. Please try again.',
  network: "Couldn't reach our newsletter service. Please try again later.",
  unreadable: 'Unexpected answer. Please try again.',
  retry: 'Try again',
  another: 'Sign up another address',
  unset: 'This signup form is not set up yet, so nothing can be sent.',
};
