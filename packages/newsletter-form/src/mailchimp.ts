import type { NewsletterHandler } from './newsletter-form.types.js';

let calls = 0;

/**
 * A `handler` for Mailchimp's JSONP endpoint, which, unlike `provider="mailchimp"`,
 * reads Mailchimp's answer (already subscribed, invalid address…).
 *
 * `action` is the form action from Mailchimp's embed code
 * (`https://…list-manage.com/subscribe/post?u=…&id=…`). The fields go in the
 * query string of a `<script>` from `…/subscribe/post-json`, so the page's
 * Content-Security-Policy must allow that script (`script-src
 * https://*.list-manage.com`), and with Trusted Types enforced a default
 * policy must let its URL through. It is opt-in for that reason: the widget
 * itself never adds a script to the page.
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
      const url = new URL(action.replace('/post?', '/post-json?'), document.baseURI);
      // Only a web address is loaded as a script: never data: or javascript:.
      if (!/^https?:$/.test(url.protocol)) return reject(new TypeError(`Not a Mailchimp URL: ${action}`));
      const script = document.createElement('script');
      for (const [key, value] of Object.entries({ ...fields, EMAIL: email, c: name })) url.searchParams.set(key, value);
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
