import { isWebUrl } from '@careerkit/core';
import type { NewsletterHandler } from './newsletter-form.types.js';

let calls = 0;

/**
 * Sends a signup to Mailchimp's JSONP endpoint, which, unlike its form
 * endpoint, answers (already subscribed, invalid address…). It is what
 * `provider="mailchimp"` uses, loaded only when a signup goes there (from
 * `cdn/mailchimp.js` next to the CDN file, or `dist/mailchimp.js`); it is
 * also a `handler` in its own right.
 *
 * `action` is the form action from Mailchimp's embed code
 * (`https://…list-manage.com/subscribe/post?u=…&id=…`). The fields go in the
 * query string of a `<script>` from `…/subscribe/post-json`, so the page's
 * Content-Security-Policy must allow that script (`script-src
 * https://*.list-manage.com`), and with Trusted Types enforced a default
 * policy must let its URL through; where they do not, the signup fails with
 * the "could not be reached" message (use `provider="form"` there).
 *
 * ```js
 * import { mailchimp } from '@careerkit/newsletter-form';
 * form.handler = mailchimp('https://example.us1.list-manage.com/subscribe/post?u=abc&id=def');
 * ```
 */
export const mailchimp =
  (action: string): NewsletterHandler =>
  ({ email, ...fields }, signal) =>
    new Promise<Response>((resolve, reject) => {
      const name = `ckMailchimp${++calls}`;
      // Only a web address is loaded as a script: never data: or javascript:.
      if (!isWebUrl(action)) return reject(new TypeError(`Not a Mailchimp URL: ${action}`));
      const url = new URL(action.replace('/post?', '/post-json?'), document.baseURI);
      const script = document.createElement('script');
      // The address comes as `email` (a handler of a json form) or already as Mailchimp's `EMAIL`.
      for (const [key, value] of Object.entries({ EMAIL: email, ...fields, c: name })) if (value != null) url.searchParams.set(key, value);
      const global = window as unknown as Record<string, unknown>;
      // Settled once: the script goes, and a late answer (after `timeout`) is ignored.
      const done = () => {
        script.remove();
        global[name] = () => {};
      };
      global[name] = ({ result, msg = '' }: { result?: string; msg?: unknown }) => {
        done();
        msg = String(msg);
        // Mailchimp's messages can hold links: keep their text.
        resolve(
          new Response(JSON.stringify({ message: (msg as string).replace(/<[^>]*>/g, '') }), {
            status: result == 'success' ? 200 : /already/i.test(msg as string) ? 409 : 400,
          }),
        );
      };
      script.onerror = () => {
        done();
        reject(new TypeError('Mailchimp could not be reached'));
      };
      signal.addEventListener(
        'abort',
        () => {
          done();
          reject(signal.reason);
        },
        { once: true },
      );
      script.src = url.href;
      document.head.append(script);
    });
