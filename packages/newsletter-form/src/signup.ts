import type { NewsletterErrorKind, NewsletterFields, NewsletterHandler } from './newsletter-form.types.js';

/** What a signup came to: no `kind` for success, else why it failed, with the server's own words where it gave some. */
export interface Outcome {
  kind: NewsletterErrorKind | '';
  /** The message to show instead of the widget's own for `kind`. */
  text?: string;
  /** The HTTP status, where the answer could be read. */
  status?: number;
}

/** Sends the fields in the shape of `provider` (one the widget knows: it passes `json` for any other) to `action`. */
const post =
  (provider: string, action: string): NewsletterHandler =>
  (fields, signal) => {
    const json = provider == 'json';
    // Mailchimp's JSONP endpoint, the one that answers: its code loads only when a signup goes there.
    if (provider == 'mailchimp') return import('./mailchimp.js').then(({ mailchimp }) => mailchimp(action)(fields, signal));
    return fetch(action, {
      method: 'POST',
      body: json ? JSON.stringify(fields) : new URLSearchParams(fields),
      headers: json ? { 'content-type': 'application/json' } : {},
      // Buttondown's form endpoint sends no CORS headers: its answer cannot be read.
      mode: provider == 'buttondown' ? 'no-cors' : 'cors',
      signal,
    });
  };

/** How long a rate-limited reader should wait, in words in `locale`: "in 1 second", "in 90 seconds", "in 10 minutes", "in 3 hours". */
function later(response: Response, locale: string) {
  // Retry-After is seconds or an HTTP date; without one (or unreadable), a minute.
  const after = response.headers.get('retry-after') || '60';
  const wait = Math.max(1, Math.ceil(isNaN(+after) ? (Date.parse(after) - Date.now()) / 1e3 : +after)) || 60;
  const [n, unit] = wait < 120 ? [wait, 'second'] : wait < 7200 ? [Math.ceil(wait / 60), 'minute'] : [Math.ceil(wait / 3600), 'hour'];
  return new Intl.RelativeTimeFormat(locale).format(n, unit as Intl.RelativeTimeFormatUnit);
}

/**
 * Sends one signup (through the developer's `handler`, else to `action` in
 * the shape of `provider`) and reads the answer; never throws. It is loaded
 * on the first submit (from the CDN loader, a small chunk of its own), since
 * most readers of a page never sign up. `data` is the form's fields: the
 * address (`email`, from the field named `name`, which may have none) goes
 * as `key` where the provider names it so, the spam trap stays out, and a
 * ticked `consent` line goes with the time it was given. `rate` is the "try
 * again {s}" message, its `{s}` the wait written out in `locale`.
 */
export async function signup(
  handler: NewsletterHandler | undefined,
  provider: string,
  action: string,
  data: FormData,
  email: string,
  name: string,
  key: string | undefined,
  consent: string,
  signal: AbortSignal,
  rate: string,
  locale: string,
): Promise<Outcome> {
  const fields = Object.fromEntries(data) as NewsletterFields;
  delete fields['ck-trap'];
  // An authored field keeps its own name without JavaScript; sent from here it takes the provider's, as in the widget's form.
  if (key && name != key) {
    delete fields[name];
    fields[key] = email;
  }
  if (consent) {
    fields.consent = consent;
    fields.consent_at = new Date().toISOString();
  }
  try {
    const response = await (handler ?? post(provider, action))(fields, signal);
    // An opaque answer (no-cors) has status 0 and cannot be read.
    if (!(response instanceof Response && response.status)) return { kind: '' };
    const { status } = response;
    const body = await response.text();
    let json: Record<string, unknown> | undefined = {};
    try {
      if (body) json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const said = json?.message;
    const kind = response.ok
      ? json || provider != 'json'
        ? ''
        : 'unreadable'
      : status == 409
        ? 'exists'
        : status == 429
          ? 'rate'
          : status > 499
            ? 'server'
            : 'failed';
    const text = kind == 'rate' ? rate.replace('{s}', later(response, locale)) : kind == 'failed' && typeof said == 'string' ? said : undefined;
    return { kind, text, status };
  } catch (error) {
    return { kind: signal.aborted ? 'timeout' : !navigator.onLine ? 'offline' : error instanceof TypeError ? 'network' : 'failed' };
  }
}
