/** Every string the widget shows that is not content. `{s}` in `rate` becomes the time to wait from `Retry-After` (seconds or an HTTP date; a minute without one), written out in the widget's language with `Intl.RelativeTimeFormat`: "in 90 seconds", "in 10 minutes" ("in 90 Sekunden"). */
export interface NewsletterFormStrings {
  /** Label of the email field. */
  label: string;
  /** The consent line when the content gives none (`consent`): a notice under the field, or the checkbox's label. */
  consent: string;
  /** The words of that line linked to `privacy-url`. */
  privacy: string;
  /** The submit button. */
  button: string;
  /** The submit button while sending. */
  sending: string;
  /** Shown after a successful signup. */
  success: string;
  /** Shown after a successful signup when `confirm` is set (double opt-in). */
  confirm: string;
  /** The email field is empty. */
  empty: string;
  /** The email address is not valid. */
  invalid: string;
  /** `consent="required"` and the box is not ticked. */
  unticked: string;
  /** Any other refusal (a 4xx without a message, or a `handler` that failed). */
  failed: string;
  /** 409: already subscribed. */
  exists: string;
  /** 429: too many attempts. */
  rate: string;
  /** 5xx. */
  server: string;
  /** The browser is offline. */
  offline: string;
  /** No answer within `timeout`. */
  timeout: string;
  /** The request could not be made: network down, connection dropped, or refused by CORS. */
  network: string;
  /** The answer could not be read. */
  unreadable: string;
  /** The button that sends again after an error. */
  retry: string;
  /** The button after a signup that empties the form, to sign up another address. */
  another: string;
  /** Shown when the form has nowhere to send signups (no http(s) `action`, no `handler`). */
  unset: string;
}

/** The content schema of `<newsletter-form>`: the `data` property, the JSON script and `src` all take it. */
export interface NewsletterFormData {
  /** The heading. */
  heading?: string;
  /** The line under the heading. */
  intro?: string;
  /** The consent line: a notice under the field, or the label of the consent checkbox (`consent`). Sent with the signup when ticked. */
  consent?: string;
  /** The words in `consent` linked to `privacy-url`. */
  privacy?: string;
  strings?: Partial<NewsletterFormStrings>;
}

/** How the signup is sent: see `NewsletterForm.provider`. */
export type NewsletterProvider = 'json' | 'form' | 'buttondown' | 'kit' | 'mailchimp';

/**
 * The fields sent: those of the form (`email`, or `email_address` / `EMAIL` for `kit` / `mailchimp`,
 * and any hidden fields of an authored form) and, when the consent box is ticked, `consent` (its
 * wording) and `consent_at` (ISO 8601 time).
 */
export type NewsletterFields = Record<string, string>;

/**
 * Replaces the network call: resolve (with a `Response` to have it read like the server's) for success, reject for an error.
 * Reject when `signal` aborts (after `timeout`), as `fetch` does.
 */
export type NewsletterHandler = (fields: NewsletterFields, signal: AbortSignal) => Promise<unknown>;

/** Why a signup failed. */
export type NewsletterErrorKind = keyof Pick<
  NewsletterFormStrings,
  'failed' | 'exists' | 'rate' | 'server' | 'offline' | 'timeout' | 'network' | 'unreadable'
>;

/** Fired before sending; cancel it to send nothing (and handle the signup yourself). */
export const SUBMIT_EVENT = 'ck-submit';
/** Fired when the signup succeeded. */
export const SUBSCRIBE_EVENT = 'ck-subscribe';
/** Fired when the signup failed. */
export const SUBSCRIBE_ERROR_EVENT = 'ck-subscribe-error';

export interface SubmitDetail {
  /** The address, only with `share-email`. */
  email?: string;
  /** Whether the consent box was ticked. */
  consent: boolean;
}

export interface SubscribeDetail {
  /** The address, only with `share-email`. */
  email?: string;
  /** The HTTP status, when there was one. */
  status?: number;
}

export interface SubscribeErrorDetail extends SubscribeDetail {
  kind: NewsletterErrorKind;
  /** The message shown. */
  message: string;
}

// The core's `ck-load` and `ck-error`, re-exported so that every type of this package's events comes from it.
export type { LoadDetail, ErrorDetail } from '@careerkit/core';

// On GlobalEventHandlersEventMap, so that listeners on the element, `document` and `window` are typed.
declare global {
  interface GlobalEventHandlersEventMap {
    /** About to send; cancel it to send nothing. */
    'ck-submit': CustomEvent<SubmitDetail>;
    /** The signup succeeded. */
    'ck-subscribe': CustomEvent<SubscribeDetail>;
    /** The signup failed. */
    'ck-subscribe-error': CustomEvent<SubscribeErrorDetail>;
  }
}

/** Every event `<newsletter-form>` fires, by name, with its `detail` type (`ck-load` and `ck-error` included). */
export type NewsletterFormEventMap = Pick<GlobalEventHandlersEventMap, 'ck-submit' | 'ck-subscribe' | 'ck-subscribe-error' | 'ck-load' | 'ck-error'>;
