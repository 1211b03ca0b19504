import { html, isServer, nothing, render, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CkElement, baseStyles, isWebUrl, resolveLocale, type StatusStrings } from '@careerkit/core';
import { styles } from './newsletter-form.styles.js';
import { defaultContent, defaultStrings } from './newsletter-form.content.js';
import type { Outcome } from './signup.js';
import {
  SUBMIT_EVENT,
  SUBSCRIBE_ERROR_EVENT,
  SUBSCRIBE_EVENT,
  type NewsletterFormData,
  type NewsletterFormStrings,
  type NewsletterHandler,
  type NewsletterProvider,
  type SubmitDetail,
  type SubscribeDetail,
  type SubscribeErrorDetail,
} from './newsletter-form.types.js';

type State = 'sending' | 'done' | 'error';

// The email field's name at providers that do not call it `email`.
const names: Partial<Record<string, string>> = { kit: 'email_address', mailchimp: 'EMAIL' };
const providers = ['json', 'form', 'kit', 'buttondown', 'mailchimp'];

/** An authored form the widget enhances: one with an email field. */
const FORM = ':scope>form:has(input[type=email])';

// Numbers the ids of what is put in authored forms, which share the page's id space.
let notes = 0;

/**
 * A newsletter signup that posts to the site owner's own provider: "Get career
 * tips delivered to your inbox", from the Careerkit seed article, by default.
 *
 * An authored `<form action method="post">` with an
 * `<input type="email" name="email" autocomplete="email">` inside the tag is
 * the no-JavaScript fallback; the widget enhances it in place: the form stays
 * in the light DOM, so autofill and password managers work, and the author's
 * other content in the tag (a heading, an introduction, fine print) is shown
 * with it, in its order. The seed heading and introduction are shown only when
 * the author wrote nothing but the form, on an English page (a `heading`
 * attribute is always shown): the widget speaks the page's language. Without
 * an authored form the widget renders its own.
 *
 * Both validate inline, with the same `strings`: the message is linked with
 * `aria-describedby`, the field gets `aria-invalid`, focus moves to the first
 * invalid field (the email, then a required consent box), and nothing is
 * sent. An enhanced authored form gets `novalidate`, and its message is a
 * `<p class="ck-error">` put after the field (or after the label wrapping it)
 * in the light DOM, where the page's CSS styles it; the field's own
 * `aria-describedby` ids are kept. The consent line (or, with `consent`, the
 * checkbox in its `<label>` and its `p.ck-error` message) goes in a
 * `<div class="ck-consent">` before the form's submit button, so it is read
 * and tabbed to between the field and the button. While sending, the form gets
 * `aria-busy` and its submit button `aria-disabled` (style it in the page:
 * `newsletter-form [aria-disabled="true"]`). When the widget is removed, the
 * form is given back as written (the browser's validation, no message, no
 * consent line). A field named `ck-trap` is the honeypot: the widget adds one,
 * hidden, to an authored form that has none, checks it and never sends it.
 * Sent by the widget, an authored form's email field takes the provider's name
 * (`email_address` for `kit`, `EMAIL` for `mailchimp`), as in its own form;
 * without JavaScript it keeps the name the author gave it.
 *
 * It asks for consent (`consent`, `consent="required"`) and sends its wording
 * and time, traps bots (a honeypot and `min-time`: they see success and
 * nothing is sent), sends once however often the button is pressed, and
 * explains every failure without losing what was typed. After a signup,
 * "Sign up another address" empties the form and puts focus in the field.
 *
 * Its field and button stretch to the full width in containers up to 320px
 * wide; in forced colours the button, field, focus ring and messages keep
 * system colours; it is left out of print (a signup form is useless on paper:
 * bring it back with `newsletter-form::part(base) { display: block }`).
 *
 * @tag newsletter-form
 * @summary A newsletter signup form with consent, spam traps and clear errors.
 *
 * @slot - With an authored form: the form and the author's other content, in their order.
 *
 * @fires {CustomEvent<SubmitDetail>} ck-submit - About to send; cancel it to send nothing.
 * @fires {CustomEvent<SubscribeDetail>} ck-subscribe - The signup succeeded.
 * @fires {CustomEvent<SubscribeErrorDetail>} ck-subscribe-error - The signup failed; `detail.kind` says why.
 * @fires {CustomEvent<LoadDetail>} ck-load - Content from `src` has loaded.
 * @fires {CustomEvent<ErrorDetail>} ck-error - Content from `src` could not be loaded.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading.
 * @csspart form - The widget's own form.
 * @csspart input - The email field.
 * @csspart error - A field's error message.
 * @csspart consent - The consent line, or the consent checkbox and its label (of the widget's own form).
 * @csspart link - The privacy policy link.
 * @csspart button - The submit button (dimmed, with a progress cursor, while sending).
 * @csspart success - The success message (a polite live region).
 * @csspart reset - The "Sign up another address" button, after a signup.
 * @csspart status - The loading message (content from `src`).
 * @csspart alert - The error message and retry button (an alert).
 * @csspart message - The content error message.
 *
 * @cssprop [--ck-accent=#2f6fdf] - Button and focus colour.
 * @cssprop [--ck-accent-text=#fff] - Text on the button.
 * @cssprop [--ck-text=inherit] - Text colour.
 * @cssprop [--ck-bg=transparent] - Background.
 * @cssprop [--ck-surface=color-mix(in srgb, currentColor 6%, transparent)] - Message backgrounds.
 * @cssprop [--ck-border=color-mix(in srgb, currentColor 28%, transparent)] - Field and message borders.
 * @cssprop [--ck-font=inherit] - Font family.
 * @cssprop [--ck-radius=0.5em] - Corner radius.
 * @cssprop [--ck-space=1em] - Base spacing.
 */
export class NewsletterForm extends CkElement<NewsletterFormData, NewsletterFormStrings> {
  static override tagName = 'newsletter-form';
  static override styles = [baseStyles, styles];
  static override schema = { 'heading?': 'text', 'intro?': 'text', 'consent?': 'text', 'privacy?': 'text' } as const;
  static override defaults = defaultContent;
  static override defaultStrings = defaultStrings;
  static override authored = 'form';
  static override properties: PropertyDeclarations = {
    action: {},
    provider: {},
    privacyUrl: { attribute: 'privacy-url' },
    consent: {},
    confirm: { type: Boolean },
    redirect: {},
    timeout: { type: Number },
    minTime: { attribute: 'min-time', type: Number },
    shareEmail: { attribute: 'share-email', type: Boolean },
    heading: {},
    handler: { attribute: false },
  };

  /** The endpoint the signup is sent to; defaults to the authored form's `action`. */
  declare action?: string;

  /**
   * How to send: `json` (POST JSON, the default), `form` (POST url-encoded, like the no-JS form),
   * `kit` (url-encoded, the field named `email_address`), `buttondown` (its form endpoint, sent
   * `no-cors`: its answer cannot be read, so success is assumed) or `mailchimp` (its JSONP endpoint,
   * field `EMAIL`, through a `<script>` from `*.list-manage.com` that the page's CSP must allow; see `mailchimp()`).
   */
  provider: NewsletterProvider = 'json';

  /** The privacy policy's URL: links the `privacy` words of the consent line. */
  declare privacyUrl?: string;

  /** Present: an unticked consent checkbox labelled with the consent line. `required`: no signup until it is ticked. */
  declare consent?: string;

  /** The provider asks subscribers to confirm by email: the success message says so. */
  declare confirm?: boolean;

  /** A page to go to after a successful signup. */
  declare redirect?: string;

  /** Milliseconds to wait for an answer before giving up (10000 when unset or invalid). */
  declare timeout?: number;

  /** Milliseconds after the page starts loading before a signup counts: faster is a bot, which sees success while nothing is sent. `0` turns it off. */
  minTime = 2000;

  /** Put the email address in event details. */
  declare shareEmail?: boolean;

  /** The heading; overrides the content's. */
  declare heading?: string;

  /** Replacement text for the widget's own strings. */
  declare strings?: Partial<NewsletterFormStrings & StatusStrings>;

  /** Replaces the network call: it gets the fields and an abort signal (see `NewsletterHandler`). */
  declare handler?: NewsletterHandler;

  // No state is idle.
  #state?: State;
  #message?: string;
  #errors: { email?: string; consent?: string } = {};
  #authored?: HTMLFormElement | null;
  #id = ++notes;
  // The authored form's own `novalidate`, given back when the widget lets go of it.
  #native?: boolean;
  // What the widget puts in an authored form, made in the browser only (there is none on the server):
  // #note, the email message: in the light DOM, next to the field, so aria-describedby reaches it;
  // #agree, the consent line or checkbox: in the form, before its button, so it is read and tabbed to in order;
  // #trap, the honeypot, when the form has none: clipped to nothing, out of the tab order and the accessibility tree.
  // The note is an alert, so its message is heard also when focus is already in the field (Enter pressed there).
  #note = isServer ? undefined! : Object.assign(document.createElement('p'), { id: `ck-nl-error-${this.#id}`, className: 'ck-error', role: 'alert' });
  #agree = isServer ? undefined! : Object.assign(document.createElement('div'), { className: 'ck-consent' });
  #trap = isServer ? undefined! : Object.assign(document.createElement('input'), { name: 'ck-trap', tabIndex: -1, autocomplete: 'off' });
  /** The consent line of an authored form, rendered into #agree after each update. */
  #consent: unknown = nothing;

  /**
   * The consent line and its privacy words: the content's, else the widget's own (`strings`, in its language), so a
   * consent box is never unlabelled.
   */
  #line() {
    const { consent = this.text.consent, privacy = this.text.privacy } = this.content!;
    return [consent, privacy];
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#release();
  }

  /**
   * An authored form is the author's content: the widget speaks the page's language (its `locale`, else the nearest
   * `lang`), and shows the seed heading and introduction with it only on an English page.
   */
  protected override fromHtml() {
    if (!isServer && this.querySelector(FORM)) return /^en\b/.test(resolveLocale(this, this.locale)) ? defaultContent : {};
  }

  /** Clears the form and its messages, to sign up another address. */
  reset() {
    this.#form()?.reset();
    this.#errors = {};
    this.#set();
    this.#mark();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    // An authored form to enhance (the server has none: it renders the widget's own).
    const form = isServer ? null : this.querySelector<HTMLFormElement>(FORM);
    if (form != this.#authored) {
      this.#release();
      this.#native = form?.noValidate;
    }
    this.#authored = form;
  }

  protected override updated() {
    const form = this.#authored;
    if (!form) return;
    // The widget's own additions to the authored form are not content: its observer does not see them.
    this.writeLight(() => {
      // Rendered again with the same values, lit changes nothing.
      render(this.#consent, this.#agree);
      if (!form.contains(this.#agree)) {
        // Right before the button, wherever it sits in the form; at the end when there is none.
        const button = this.#button();
        if (button) button.before(this.#agree);
        else form.append(this.#agree);
      }
      // The widget validates inline, as in its own form; the browser's bubbles come back if it lets go.
      form.noValidate = true;
      form.addEventListener('submit', this.#submit);
      if (!form.elements.namedItem('ck-trap')) {
        const trap = this.#trap;
        trap.setAttribute('aria-hidden', 'true');
        // Set through the CSSOM, which a strict CSP allows (a style attribute in markup it would block). Clipped to
        // nothing where it stands, not moved off-screen: an offset would widen a right-to-left page (its left overflow
        // scrolls).
        trap.style.cssText = 'position:absolute;width:1px;height:1px;clip-path:inset(50%);opacity:0';
        form.append(trap);
      }
    });
  }

  /** Gives an authored form back as it was written: the browser's validation, no message, no listener. */
  #release() {
    const form = this.#authored;
    if (!form) return;
    this.#mark();
    form.noValidate = this.#native!;
    form.removeAttribute('aria-busy');
    this.#button()?.removeAttribute('aria-disabled');
    form.removeEventListener('submit', this.#submit);
    this.writeLight(() => {
      this.#trap.remove();
      this.#agree.remove();
    });
  }

  /** Shows `message` under an authored form's email field, or clears it; the author's own aria-describedby ids stay. */
  #mark(message = '') {
    const input = this.#authored?.querySelector('input[type=email]');
    if (input)
      this.writeLight(() => {
        const note = this.#note;
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id != note.id);
        note.textContent = message;
        if (message) {
          ids.push(note.id);
          // After the label when it wraps the field: inside it, the message would become part of the field's name.
          (input.closest('label') ?? input).after(note);
          input.setAttribute('aria-invalid', 'true');
        } else {
          note.remove();
          input.removeAttribute('aria-invalid');
        }
        if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
        else input.removeAttribute('aria-describedby');
      });
  }

  #set(state?: State, message?: string) {
    this.#state = state;
    this.#message = message;
    this.requestUpdate();
    // An authored form and its button are marked busy by hand; the widget's own by render().
    const busy = `${state == 'sending'}`;
    this.#authored?.setAttribute('aria-busy', busy);
    this.#button()?.setAttribute('aria-disabled', busy);
  }

  /** An authored form's submit button. */
  #button() {
    return this.#authored?.querySelector('[type=submit],button:not([type])');
  }

  #form() {
    return this.#authored ?? this.renderRoot.querySelector('form');
  }

  #submit = async (event?: Event) => {
    event?.preventDefault();
    if (this.#state == 'sending') return;
    const s = this.text;
    const form = this.#form()!;
    const input = form.querySelector('input[type=email]') as HTMLInputElement;
    const box = (this.#authored ? this.#agree : this.renderRoot).querySelector<HTMLInputElement>('[type=checkbox]');
    // An email field's value comes trimmed.
    const email = input.value;
    const errors = {
      email: !email ? s.empty : input.validity.valid ? '' : s.invalid,
      consent: this.consent == 'required' && !box!.checked ? s.unticked : '',
    };
    this.#errors = errors;
    this.#set();
    this.#mark(errors.email);
    if (errors.email || errors.consent) {
      await this.updateComplete;
      (errors.email ? input : box!).focus();
      return;
    }
    // The fields as they are now; signup.js writes them as sent (signup.ts).
    const data = new FormData(form);
    // Timed from the page's load, not the widget's: a reader may reach a widget the moment it appears.
    const trapped = data.get('ck-trap') || performance.now() < this.minTime;
    // With nowhere to send it, nothing is sent: the page owner was told in the console, the reader by the "not set up" note.
    const endpoint = this.#endpoint();
    if (!this.handler && !endpoint) return;
    // A bot sees success; nothing is sent and no event fires.
    if (trapped) return this.#finish();
    const detail: SubscribeDetail = { email: this.shareEmail ? email : undefined };
    if (!this.emit<SubmitDetail>(SUBMIT_EVENT, { ...detail, consent: !!box?.checked }, true)) return;
    this.#set('sending');
    // A time-out that is not a positive number of milliseconds a timer can wait (Infinity, -1, ≥ 2^31) is the default.
    const { timeout = 0 } = this;
    const signal = AbortSignal.timeout(timeout > 0 && timeout < 2 ** 31 ? timeout : 1e4);
    // The code that sends and reads the answer loads on the first signup (offline, it cannot).
    const { kind, text, status } = await import('./signup.js').then(
      // An unknown provider was reported when rendering; it sends as json.
      ({ signup }) =>
        signup(this.handler, providers.includes(this.provider) ? this.provider : 'json', endpoint!, data, email, input.name, names[this.provider], box?.checked ? this.#line()[0] : '', signal, s.rate, this.resolvedLocale),
      (): Outcome => ({ kind: navigator.onLine ? 'network' : 'offline' }),
    );
    if (status) detail.status = status;
    if (kind) {
      const message = text || s[kind];
      this.#set('error', message);
      this.emit<SubscribeErrorDetail>(SUBSCRIBE_ERROR_EVENT, { ...detail, kind, message });
    } else {
      this.#finish();
      this.emit<SubscribeDetail>(SUBSCRIBE_EVENT, detail);
      if (this.redirect) {
        if (isWebUrl(this.redirect)) location.href = this.redirect;
        else this.report(`redirect must be an http(s) URL; got "${this.redirect}".`);
      }
    }
  };

  /** Where signups go: `action`, else the authored form's own `action` attribute (its `action` property is the page's URL when it has none); only http(s). */
  #endpoint() {
    const action = this.action || this.#authored?.getAttribute('action');
    return isWebUrl(action) ? action : undefined;
  }

  /** "Sign up another address": an empty form, focus in its field. */
  #again = async () => {
    this.reset();
    await this.updateComplete;
    this.#form()!.querySelector<HTMLInputElement>('input[type=email]')!.focus();
  };

  async #finish() {
    this.#set('done', this.confirm ? this.text.confirm : this.text.success);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=success]')!.focus();
  }

  protected renderContent(content: NewsletterFormData) {
    const s = this.text;
    const form = this.#authored;
    const state = this.#state;
    const errors = this.#errors;
    const { privacyUrl } = this;
    // The author's own content (other than the form and a JSON script) replaces the seed heading and introduction.
    const own = form && [...this.children].some((child) => child != form && child.localName != 'script');
    const heading = this.heading ?? (own ? '' : content.heading);
    const intro = own ? '' : content.intro;
    const [consent, privacy] = this.#line();
    const busy = state == 'sending';
    const done = state == 'done';
    if (privacyUrl && !isWebUrl(privacyUrl)) this.report(`privacy-url must be an http(s) URL; got "${privacyUrl}".`);
    if (!providers.includes(this.provider)) this.report(`provider must be one of ${providers.join(', ')}; got "${this.provider}" (json is used).`);
    const unset = !this.handler && !this.#endpoint();
    if (unset) this.report('has nowhere to send signups: set action (an http(s) URL) or handler. Nothing is sent.');
    const at = privacy && isWebUrl(privacyUrl) ? consent.indexOf(privacy) : -1;
    const line =
      at < 0 ? consent : html`${consent.slice(0, at)}<a part="link" href=${privacyUrl!}>${privacy}</a>${consent.slice(at + privacy.length)}`;
    // `id` is the checkbox's, and with `e` its message's: short in the shadow root, unique on the page.
    const agree = (id: string) =>
      this.consent == null
        ? html`<p part="consent">${line}</p>`
        : html`<label part="consent"
              ><input id=${id} type="checkbox" aria-describedby="${id}e" aria-invalid=${!!errors.consent}>${line}</label
            >
            <p id="${id}e" class="ck-error" part="error" role="alert" ?hidden=${!errors.consent}>${errors.consent}</p>`;
    this.#consent = form ? agree(`ck-nl-consent-${this.#id}`) : nothing;
    return html`
      ${heading ? html`<h2 part="heading">${heading}</h2>` : ''}
      ${intro ? html`<p>${intro}</p>` : ''}
      ${form
        ? // After a signup the form is hidden (.done), and the author's other content stays.
          html`<slot class=${done ? 'done' : ''}></slot>`
        : html`<div ?hidden=${done}>
            <form part="form" novalidate aria-busy=${busy} @submit=${this.#submit}>
              <label for="e">${s.label}</label>
              <input id="e" part="input" type="email" name=${names[this.provider] ?? 'email'} autocomplete="email" required aria-describedby="ee" aria-invalid=${!!errors.email}>
              <p id="ee" class="ck-error" part="error" role="alert">${errors.email}</p>
              ${agree('c')}
              <button part="button" aria-disabled=${busy}>${busy ? s.sending : s.button}</button>
              <input class="hp" name="ck-trap" tabindex="-1" autocomplete="off" aria-hidden="true">
            </form>
          </div>`}
      <p class="status message" role="status" part="success" tabindex="-1">${done ? this.#message : ''}</p>
      ${done ? html`<button part="reset" @click=${this.#again}>${s.another}</button>` : ''}
      ${unset ? html`<p class="message" part="unset">${s.unset}</p>` : ''}
      <div class="status message" role="alert" part="alert">${state == 'error'
          ? html`${this.#message} <button @click=${this.#submit}>${s.retry}</button>`
          : ''}</div>
    `;
  }
}
