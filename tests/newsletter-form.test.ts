// <newsletter-form> against a real endpoint (tests/newsletter-server.mjs) with faults injected per request.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@careerkit/newsletter-form/define';
import {
  mailchimp,
  NewsletterForm,
  SUBMIT_EVENT,
  SUBSCRIBE_ERROR_EVENT,
  SUBSCRIBE_EVENT,
  type NewsletterFields,
  type SubscribeErrorDetail,
} from '@careerkit/newsletter-form';
import { captureConsole, emulate, loadPage, mediaRules, textOf, until } from './helpers.js';

interface Logged {
  method: string;
  path: string;
  type: string;
  body: string;
  query: Record<string, string>;
}

const EMAIL = 'reader@example.com';
const CONSENT = "We'll send you relevant job alerts and career content. Unsubscribe anytime. See our Privacy Policy.";

let count = 0;
/** A fresh endpoint URL (its own request log) with the given faults. */
const endpoint = (query = '', base = '') => {
  const id = `t${Date.now()}-${++count}`;
  return { id, url: `${base}/nl/subscribe?id=${id}${query}` };
};
const requests = async (id: string, method = 'POST') =>
  ((await (await fetch(`/nl/log?id=${id}`)).json()) as Logged[]).filter((r) => r.method === method);

const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const input = (el: NewsletterForm) => $<HTMLInputElement>(el, 'input[type=email]');
const button = (el: NewsletterForm) => $<HTMLButtonElement>(el, 'form button');
/** The alert's message, without its retry button. */
const alertText = (el: NewsletterForm) =>
  [...$(el, '[part=alert]').childNodes]
    .filter((n) => n.nodeType == Node.TEXT_NODE)
    .map(textOf)
    .join('');
const statusText = (el: NewsletterForm) => textOf($(el, '[part=success]'));

/** A widget with the given attributes (min-time 0 unless given), in a fixture that is cleaned up. */
async function make(attrs: Record<string, string> = {}, inner = '') {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('newsletter-form');
  for (const [name, value] of Object.entries({ 'min-time': '0', ...attrs })) el.setAttribute(name, value);
  el.innerHTML = inner;
  box.append(el);
  await el.updateComplete;
  return el;
}

function type(el: NewsletterForm, value: string) {
  input(el).value = value;
  input(el).dispatchEvent(new Event('input', { bubbles: true }));
}

/** Types the address, clicks Subscribe, and waits for the outcome event. */
async function subscribe(el: NewsletterForm, value = EMAIL) {
  type(el, value);
  const outcome = Promise.race([oneEvent(el, SUBSCRIBE_EVENT), oneEvent(el, SUBSCRIBE_ERROR_EVENT)]);
  button(el).click();
  const event = await outcome;
  await el.updateComplete;
  return event;
}

describe('newsletter-form', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('default content', () => {
    it('is accessible when idle', async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });

    it('shows the seed copy and its consent line; with no endpoint, says it is not set up (once, in the console and in view)', async () => {
      const el = await make();
      expect(textOf($(el, '[part=heading]'))).to.equal('Get career tips delivered to your inbox');
      expect($(el, '[part=heading]').localName).to.equal('h2');
      expect(textOf(el.shadowRoot)).to.contain('Get weekly insights on tech careers, salaries, and industry trends.');
      expect(textOf($(el, '[part=consent]'))).to.equal(CONSENT);
      expect($(el, '[part=consent] a')).to.be.null;
      expect(textOf($(el, 'label[for=e]'))).to.equal('Email address');
      expect(input(el).autocomplete).to.equal('email');
      expect(input(el).name).to.equal('email');
      expect(textOf(button(el))).to.equal('Subscribe');
      expect(textOf($(el, '[part=unset]'))).to.contain('not set up');
      expect(log.errors.length).to.equal(1);
      expect(log.errors[0]).to.contain('has nowhere to send signups: set action');
    });

    it('links "Privacy Policy" in the consent line to privacy-url', async () => {
      const el = await make({ 'privacy-url': '/privacy' });
      const link = $<HTMLAnchorElement>(el, '[part=consent] a');
      expect(textOf(link)).to.equal('Privacy Policy');
      expect(link.getAttribute('href')).to.equal('/privacy');
      expect(textOf($(el, '[part=consent]'))).to.equal(CONSENT);
    });

    it('links privacy-url only when it is an http(s) URL, and reports any other', async () => {
      const el = await make({ 'privacy-url': 'javascript:alert(1)' });
      expect($(el, '[part=consent] a')).to.be.null;
      expect(textOf($(el, '[part=consent]'))).to.equal(CONSENT);
      expect(log.errors.some((e) => e.includes('privacy-url must be an http(s) URL; got "javascript:alert(1)"'))).to.be.true;
    });

    it('keeps the honeypot away from people and assistive technology', async () => {
      const el = await make();
      const trap = $<HTMLInputElement>(el, '[name=ck-trap]');
      expect(trap.getAttribute('aria-hidden')).to.equal('true');
      expect(trap.tabIndex).to.equal(-1);
      const { x, y, width, height } = trap.getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(x + width / 2, y + height / 2)).to.not.equal(trap);
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
    });
  });

  describe('looks', () => {
    for (const theme of ['light', 'dark'])
      it(`is accessible with theme="${theme}", consent and an error showing`, async () => {
        const { url } = endpoint('&status=409');
        const el = await make({ action: url, theme, consent: 'required', 'privacy-url': '/privacy' });
        $<HTMLInputElement>(el, '#c').click();
        await subscribe(el);
        expect(alertText(el)).to.equal("You're already subscribed.");
        await expect(el).to.be.accessible();
      });

    it('draws nothing for its empty live regions, which stay in place to announce', async () => {
      for (const theme of ['', 'dark']) {
        const el = await make({ theme });
        for (const part of ['success', 'alert']) {
          const region = $(el, `[part=${part}]`);
          expect(region.getAttribute('role')).to.equal(part == 'success' ? 'status' : 'alert');
          const box = region.getBoundingClientRect();
          expect([box.width, box.height, parseFloat(getComputedStyle(region).borderTopWidth)], part).to.deep.equal([0, 0, 0]);
        }
      }
    });

    it('fits a 280px sidebar', async () => {
      const el = await make({ consent: '' });
      el.parentElement!.style.width = '280px';
      await el.updateComplete;
      for (const part of ['heading', 'input', 'button', 'consent']) {
        const box = $(el, `[part=${part}]`).getBoundingClientRect();
        expect(box.right, part).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(280);
    });

    it('stretches the button to the width of the field in a container up to 320px, not wider', async () => {
      const el = await make();
      const width = (part: string) => $(el, `[part=${part}]`).getBoundingClientRect().width;
      el.parentElement!.style.width = '600px';
      expect(width('button')).to.be.below(width('input') / 2);
      el.parentElement!.style.width = '280px';
      expect(width('button')).to.be.closeTo(width('input'), 0.5);
      expect(width('input')).to.be.closeTo(280, 0.5);
    });

    it('keeps the button, field, focus ring and messages in system colours in forced colours', async () => {
      const el = await make();
      // No engine here can emulate forced colours through the runner: the rules must be there.
      const forced = mediaRules(el, '(forced-colors: active)');
      expect(forced).to.match(/(^|\n)#e \{ border-color: canvastext; \}/i);
      expect(forced).to.match(/(^|\n)button \{ border-color: buttontext; \}/i);
      expect(forced).to.match(/(^|\n)\[aria-disabled="true"\] \{ color: graytext; border-color: graytext; \}/i);
      expect(forced).to.match(/(^|\n):focus-visible \{ outline-color: highlight; \}/i);
      expect(forced).to.match(/(^|\n)\.ck-error \{ color: canvastext; \}/i);
    });

    it('is left out of print, where a signup form is useless', async () => {
      const el = await make();
      expect(mediaRules(el, 'print')).to.equal('.ck { display: none; }');
      if (!(await emulate({ media: 'print' }))) return;
      try {
        expect(getComputedStyle($(el, '.ck')).display).to.equal('none');
        expect(el.getBoundingClientRect().height).to.equal(0);
      } finally {
        await emulate({ media: 'screen' });
      }
    });
  });

  describe('content', () => {
    it('takes the data property, the heading attribute and strings', async () => {
      const el = await make({ heading: 'Join the list' });
      el.data = { intro: 'Example data: a different intro.', consent: 'Example consent. Read our policy.', privacy: 'our policy', strings: { button: 'Sign me up' } };
      el.privacyUrl = '/policy';
      await el.updateComplete;
      expect(textOf($(el, '[part=heading]'))).to.equal('Join the list');
      expect(textOf(el.shadowRoot)).to.contain('Example data: a different intro.');
      expect(textOf($(el, '[part=consent] a'))).to.equal('our policy');
      expect(textOf(button(el))).to.equal('Sign me up');
      el.strings = { button: 'Go' };
      await el.updateComplete;
      expect(textOf(button(el))).to.equal('Go');
    });

    it('keeps properties set before the element upgrades', async () => {
      const { id, url } = endpoint();
      const el = document.createElement('nl-early') as NewsletterForm;
      const calls: NewsletterFields[] = [];
      el.handler = async (fields) => void calls.push(fields);
      el.data = { heading: 'Set early (example data)' };
      el.setAttribute('min-time', '0');
      el.setAttribute('action', url);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      NewsletterForm.define('nl-early');
      await el.updateComplete;
      expect(textOf($(el, '[part=heading]'))).to.equal('Set early (example data)');
      await subscribe(el);
      expect(calls).to.deep.equal([{ email: EMAIL }]);
      expect(await requests(id)).to.have.length(0);
    });

    it('reads a child JSON script', async () => {
      const el = await make(
        {},
        `<script type="application/json">{ "heading": "Weekly careers email (example data)", "strings": { "label": "Your email" } }</script>`,
      );
      expect(textOf($(el, '[part=heading]'))).to.equal('Weekly careers email (example data)');
      expect(textOf($(el, 'label[for=e]'))).to.equal('Your email');
    });

    it('keeps the seed consent line when content leaves it out: the box is never unlabelled, the wording is sent', async () => {
      const { id, url } = endpoint();
      const el = await make(
        { action: url, consent: 'required', 'privacy-url': '/privacy' },
        `<script type="application/json">{ "heading": "Join our list (example data)" }</script>`,
      );
      const box = $<HTMLInputElement>(el, '#c');
      expect(textOf(box.closest('label'))).to.equal(CONSENT);
      expect($(el, '[part=consent] a').getAttribute('href')).to.equal('/privacy');
      await expect(el).to.be.accessible();
      box.click();
      await subscribe(el);
      const [sent] = await requests(id);
      expect(JSON.parse(sent.body).consent).to.equal(CONSENT);
    });

    it('loads content from src', async () => {
      const el = document.createElement('newsletter-form');
      const loaded = oneEvent(el, 'ck-load');
      el.src = '/tests/fixtures/newsletter-form-content.json';
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await loaded;
      await el.updateComplete;
      expect(textOf($(el, '[part=heading]'))).to.equal('Career tips, weekly (example data)');
    });

    it('reports bad content once, naming the field, and keeps what it can', async () => {
      const el = await make();
      el.data = { heading: 42, strings: { button: 'Join', retry: 7 } } as never;
      await el.updateComplete;
      expect(log.errors.some((e) => e.includes('heading') && e.includes('must be text'))).to.be.true;
      expect(log.errors.some((e) => e.includes('strings.retry') && e.includes('must be text'))).to.be.true;
      expect(textOf(button(el))).to.equal('Join');
      expect($(el, '[part=heading]')).to.be.null;
    });
  });

  describe('sending', () => {
    it('posts one JSON request holding the email, and shows success in a status region', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url });
      const event = await subscribe(el);
      expect(event.type).to.equal(SUBSCRIBE_EVENT);
      const sent = await requests(id);
      expect(sent).to.have.length(1);
      expect(sent[0].type).to.equal('application/json');
      expect(JSON.parse(sent[0].body)).to.deep.equal({ email: EMAIL });
      expect(statusText(el)).to.equal("Thanks, you're subscribed.");
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=success]'));
      expect($(el, '[part=success]').getAttribute('role')).to.equal('status');
      expect($(el, 'form').closest('[hidden]')).to.exist;
      expect((event as CustomEvent).detail.email).to.be.undefined;
      await expect(el).to.be.accessible();
    });

    it('sends exactly one request for a double click and repeated Enter, marked busy meanwhile', async () => {
      const { id, url } = endpoint('&delay=400');
      const el = await make({ action: url });
      type(el, EMAIL);
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      button(el).click();
      button(el).click();
      await el.updateComplete;
      expect($(el, 'form').getAttribute('aria-busy')).to.equal('true');
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(button(el))).to.equal('Subscribing…');
      // Busy looks busy, not only to assistive technology.
      expect([getComputedStyle(button(el)).opacity, getComputedStyle(button(el)).cursor]).to.deep.equal(['0.6', 'progress']);
      await expect(el).to.be.accessible();
      input(el).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      await done;
      await new Promise((r) => setTimeout(r, 100));
      expect(await requests(id)).to.have.length(1);
      expect(getComputedStyle(button(el)).opacity).to.equal('1');
    });

    it('submits with Enter from the field', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url });
      input(el).focus();
      await sendKeys({ type: EMAIL });
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      await sendKeys({ press: 'Enter' });
      await done;
      expect(await requests(id)).to.have.length(1);
    });

    it('says to check the inbox with confirm, and reset() brings the form back empty', async () => {
      const { url } = endpoint();
      const el = await make({ action: url, confirm: '' });
      await subscribe(el);
      expect(statusText(el)).to.equal('Nearly done: check your inbox to confirm.');
      el.reset();
      await el.updateComplete;
      expect($(el, 'form').closest('[hidden]')).to.be.null;
      expect(input(el).value).to.equal('');
      expect(statusText(el)).to.equal('');
    });

    it('after success, "Sign up another address" empties the form and puts focus in the field', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url });
      await subscribe(el);
      const again = $<HTMLButtonElement>(el, '[part=reset]');
      expect(textOf(again)).to.equal('Sign up another address');
      expect(again.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
      // From the focused success message, the next Tab reaches it.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === again, 'focus on the reset button').to.be.true;
      await sendKeys({ press: 'Enter' });
      await until(() => el.shadowRoot!.activeElement === input(el), 2000, 'focus in the field');
      expect(input(el).value).to.equal('');
      expect($(el, 'form').closest('[hidden]')).to.be.null;
      expect(statusText(el)).to.equal('');
      expect($(el, '[part=reset]') === null, 'no reset button').to.be.true;
      await subscribe(el, 'second@example.com');
      expect((await requests(id)).map((r) => JSON.parse(r.body).email)).to.deep.equal([EMAIL, 'second@example.com']);
      el.strings = { another: 'Add another (example)' };
      await el.updateComplete;
      expect(textOf($(el, '[part=reset]'))).to.equal('Add another (example)');
    });

    it('goes to redirect after success', async () => {
      const { url } = endpoint();
      const el = await make({ action: url, redirect: '#subscribed' });
      await subscribe(el);
      expect(location.hash).to.equal('#subscribed');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('goes nowhere after success when redirect is not an http(s) URL, and says why', async () => {
      const { url } = endpoint();
      const page = location.href;
      const el = await make({ action: url, redirect: 'javascript:location.hash="#ran"' });
      await subscribe(el);
      expect(statusText(el)).to.equal("Thanks, you're subscribed.");
      expect(location.href).to.equal(page);
      expect(log.errors.some((e) => e.includes('redirect must be an http(s) URL'))).to.be.true;
    });

    it('fires ck-submit (cancelable) before sending: cancelled, nothing is sent', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url });
      const seen: CustomEvent[] = [];
      el.addEventListener(SUBMIT_EVENT, (e) => {
        seen.push(e);
        e.preventDefault();
      });
      type(el, EMAIL);
      button(el).click();
      await el.updateComplete;
      expect(seen).to.have.length(1);
      expect(seen[0].bubbles && seen[0].composed && seen[0].cancelable).to.be.true;
      expect(seen[0].detail).to.deep.equal({ email: undefined, consent: false });
      expect(button(el).getAttribute('aria-disabled')).to.equal('false');
      await new Promise((r) => setTimeout(r, 150));
      expect(await requests(id)).to.have.length(0);
    });

    it('puts the email in event details only with share-email', async () => {
      const { url } = endpoint();
      const el = await make({ action: url, 'share-email': '' });
      const submitted = oneEvent(el, SUBMIT_EVENT);
      const event = (await subscribe(el)) as CustomEvent;
      expect((await submitted).detail.email).to.equal(EMAIL);
      expect(event.detail).to.deep.equal({ email: EMAIL, status: 200 });
    });

    it('lets a handler replace the network call', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url });
      const calls: NewsletterFields[] = [];
      el.handler = async (fields, signal) => {
        calls.push(fields);
        expect(signal).to.be.instanceOf(AbortSignal);
      };
      expect((await subscribe(el)).type).to.equal(SUBSCRIBE_EVENT);
      expect(calls).to.deep.equal([{ email: EMAIL }]);
      el.reset();
      el.handler = async () => new Response(JSON.stringify({ message: 'That list is closed.' }), { status: 400 });
      expect(((await subscribe(el)) as CustomEvent<SubscribeErrorDetail>).detail.message).to.equal('That list is closed.');
      el.handler = () => Promise.reject(new Error('internal'));
      expect(((await subscribe(el)) as CustomEvent<SubscribeErrorDetail>).detail.kind).to.equal('failed');
      expect(alertText(el)).to.equal("Sorry, that didn't work. Please try again.");
      expect(input(el).value).to.equal(EMAIL);
      expect(await requests(id)).to.have.length(0);
    });
  });

  describe('errors', () => {
    const cases: [string, string, string][] = [
      ['&status=400&msg=Please use your work address.', 'failed', 'Please use your work address.'],
      ['&status=400', 'failed', "Sorry, that didn't work. Please try again."],
      ['&status=409', 'exists', "You're already subscribed."],
      ['&status=429&retry=30', 'rate', 'Too many tries. Please try again in 30 seconds.'],
      ['&status=429', 'rate', 'Too many tries. Please try again in 60 seconds.'],
      // An HTTP date already past: try again at once (the shortest wait shown is a second).
      [`&status=429&retry=${encodeURIComponent('Wed, 21 Oct 2015 07:28:00 GMT')}`, 'rate', 'Too many tries. Please try again in 1 second.'],
      ['&status=429&retry=600', 'rate', 'Too many tries. Please try again in 10 minutes.'],
      ['&status=429&retry=10800', 'rate', 'Too many tries. Please try again in 3 hours.'],
      ['&status=429&retry=soon', 'rate', 'Too many tries. Please try again in 60 seconds.'],
      ['&status=500', 'server', 'Our newsletter service is down. Please try again later.'],
      ['&status=503', 'server', 'Our newsletter service is down. Please try again later.'],
      ['&fault=drop', 'network', "Couldn't reach our newsletter service. Please try again later."],
      ['&fault=malformed', 'unreadable', 'Unexpected answer. Please try again.'],
    ];
    for (const [query, kind, message] of cases)
      it(`${query.slice(1)}: "${message}" in an alert; the email stays; one request`, async () => {
        const { id, url } = endpoint(query);
        const el = await make({ action: url });
        const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
        expect(event.type).to.equal(SUBSCRIBE_ERROR_EVENT);
        expect(event.detail.kind).to.equal(kind);
        expect(event.detail.message).to.equal(message);
        expect(event.detail.email).to.be.undefined;
        expect(alertText(el)).to.equal(message);
        expect(input(el).value).to.equal(EMAIL);
        expect(statusText(el)).to.equal('');
        expect(button(el).getAttribute('aria-disabled')).to.equal('false');
        expect(await requests(id)).to.have.length(1);
      });

    it('429 with an HTTP-date Retry-After: the whole seconds until that time', async () => {
      const when = new Date(Date.now() + 90_000).toUTCString();
      const { url } = endpoint(`&status=429&retry=${encodeURIComponent(when)}`);
      const el = await make({ action: url });
      const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
      expect(event.detail.kind).to.equal('rate');
      // The date has whole seconds and the request takes a moment: 89 or 90, and never the fallback of 60.
      const seconds = Number(/in (\d+) seconds/.exec(alertText(el))?.[1]);
      expect(seconds).to.be.within(85, 90);
      expect(alertText(el)).to.equal(`Too many tries. Please try again in ${seconds} seconds.`);
      expect(input(el).value).to.equal(EMAIL);
    });

    it('is accessible in the error state', async () => {
      const { url } = endpoint('&status=500');
      const el = await make({ action: url });
      await subscribe(el);
      await expect(el).to.be.accessible();
    });

    it('gives up after timeout on a hanging answer', async () => {
      const { id, url } = endpoint('&fault=hang');
      const el = await make({ action: url, timeout: '300' });
      const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
      expect(event.detail.kind).to.equal('timeout');
      expect(alertText(el)).to.equal('No answer in time. Please try again.');
      expect(input(el).value).to.equal(EMAIL);
      expect(await requests(id)).to.have.length(1);
    });

    it('says the reader is offline', async () => {
      const { url } = endpoint('&fault=drop');
      const el = await make({ action: url });
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
        expect(event.detail.kind).to.equal('offline');
        expect(alertText(el)).to.equal("You're offline. Please try again when connected.");
        expect(input(el).value).to.equal(EMAIL);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).onLine;
      }
      expect(navigator.onLine).to.be.true;
    });

    for (const provider of ['json', 'form'])
      it(`explains a cross-origin refusal (no CORS headers, provider ${provider})`, async () => {
        const origin = (await (await fetch('/nl/origin')).json()) as string;
        const { id, url } = endpoint('&fault=nocors', origin);
        const el = await make({ action: url, provider });
        const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
        expect(event.detail.kind).to.equal('network');
        expect(input(el).value).to.equal(EMAIL);
        // A JSON POST is stopped at its preflight; a form POST is sent but its answer refused.
        expect(await requests(id)).to.have.length(provider == 'json' ? 0 : 1);
        if (provider == 'json') expect(await requests(id, 'OPTIONS')).to.have.length(1);
      });

    it('works cross-origin when the endpoint allows it', async () => {
      const origin = (await (await fetch('/nl/origin')).json()) as string;
      const { id, url } = endpoint('', origin);
      const el = await make({ action: url });
      expect((await subscribe(el)).type).to.equal(SUBSCRIBE_EVENT);
      expect(await requests(id)).to.have.length(1);
    });

    it('retries with the same address', async () => {
      const { id, url } = endpoint('&failfirst=1');
      const el = await make({ action: url });
      expect((await subscribe(el)).type).to.equal(SUBSCRIBE_ERROR_EVENT);
      const retry = $<HTMLButtonElement>(el, '[role=alert] button');
      expect(textOf(retry)).to.equal('Try again');
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      retry.click();
      await done;
      const sent = await requests(id);
      expect(sent.map((r) => JSON.parse(r.body).email)).to.deep.equal([EMAIL, EMAIL]);
    });
  });

  describe('validation', () => {
    for (const [value, message] of [
      ['', 'Enter your email address.'],
      ['not-an-email', 'Enter a valid email address.'],
    ])
      it(`"${value}": "${message}", linked to the field, focus on it, nothing sent`, async () => {
        const { id, url } = endpoint();
        const el = await make({ action: url });
        type(el, value);
        button(el).click();
        await el.updateComplete;
        await el.updateComplete;
        const error = $(el, '#ee');
        expect(textOf(error)).to.equal(message);
        expect(input(el).getAttribute('aria-describedby')).to.equal('ee');
        expect(input(el).getAttribute('aria-invalid')).to.equal('true');
        expect(el.shadowRoot!.activeElement).to.equal(input(el));
        expect(input(el).value).to.equal(value);
        await expect(el).to.be.accessible();
        await new Promise((r) => setTimeout(r, 100));
        expect(await requests(id)).to.have.length(0);
        type(el, EMAIL);
        const done = oneEvent(el, SUBSCRIBE_EVENT);
        button(el).click();
        await done;
        expect(textOf($(el, '#ee'))).to.equal('');
      });
  });

  describe('consent', () => {
    it('consent="required": an unticked box blocks the signup; ticked, the wording and time are sent', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url, consent: 'required', 'privacy-url': '/privacy' });
      const box = $<HTMLInputElement>(el, 'input[type=checkbox]');
      expect(box.checked).to.be.false;
      expect(textOf(box.closest('label'))).to.equal(CONSENT);
      await expect(el).to.be.accessible();
      type(el, EMAIL);
      button(el).click();
      await el.updateComplete;
      await el.updateComplete;
      expect(textOf($(el, '#ce'))).to.equal('Tick the box to subscribe.');
      expect(box.getAttribute('aria-describedby')).to.equal('ce');
      expect(el.shadowRoot!.activeElement).to.equal(box);
      expect(input(el).value).to.equal(EMAIL);
      await expect(el).to.be.accessible();
      expect(await requests(id)).to.have.length(0);
      box.click();
      const before = Date.now();
      const submitted = oneEvent(el, SUBMIT_EVENT);
      await subscribe(el);
      expect((await submitted).detail.consent).to.be.true;
      const body = JSON.parse((await requests(id))[0].body);
      expect(body.email).to.equal(EMAIL);
      expect(body.consent).to.equal(CONSENT);
      expect(Date.parse(body.consent_at)).to.be.within(before - 1000, Date.now() + 1000);
    });

    it('consent (optional): unticked sends no consent record', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url, consent: '' });
      await subscribe(el);
      expect(JSON.parse((await requests(id))[0].body)).to.deep.equal({ email: EMAIL });
    });
  });

  describe('spam traps', () => {
    it('a filled honeypot sees success, and nothing is sent', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url });
      const fired: string[] = [];
      for (const name of [SUBMIT_EVENT, SUBSCRIBE_EVENT]) el.addEventListener(name, () => fired.push(name));
      $<HTMLInputElement>(el, '[name=ck-trap]').value = 'https://spam.example';
      type(el, EMAIL);
      button(el).click();
      await until(() => statusText(el), 2000, 'success');
      expect(statusText(el)).to.equal("Thanks, you're subscribed.");
      await new Promise((r) => setTimeout(r, 150));
      expect(await requests(id)).to.have.length(0);
      expect(fired).to.deep.equal([]);
    });

    it('a signup sooner than min-time after the page loaded sees success, and nothing is sent', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url, 'min-time': String(Math.ceil(performance.now()) + 60000) });
      type(el, EMAIL);
      button(el).click();
      await until(() => statusText(el), 2000, 'success');
      await new Promise((r) => setTimeout(r, 150));
      expect(await requests(id)).to.have.length(0);
    });
  });

  describe('providers', () => {
    it('form: a url-encoded POST with the same fields as the form', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url, provider: 'form', consent: '' });
      $<HTMLInputElement>(el, 'input[type=checkbox]').click();
      expect((await subscribe(el)).type).to.equal(SUBSCRIBE_EVENT);
      const [sent] = await requests(id);
      expect(sent.type).to.match(/^application\/x-www-form-urlencoded/);
      const body = new URLSearchParams(sent.body);
      expect(body.get('email')).to.equal(EMAIL);
      expect(body.get('consent')).to.equal(CONSENT);
      expect(body.get('consent_at')).to.match(/^\d{4}-\d\d-\d\dT/);
    });

    it('kit: email_address, url-encoded', async () => {
      const { id, url } = endpoint();
      const el = await make({ action: url, provider: 'kit' });
      await subscribe(el);
      const [sent] = await requests(id);
      expect(sent.type).to.match(/^application\/x-www-form-urlencoded/);
      expect(Object.fromEntries(new URLSearchParams(sent.body))).to.deep.equal({ email_address: EMAIL });
    });

    it('buttondown: email, url-encoded, sent without reading the answer (no-cors)', async () => {
      const origin = (await (await fetch('/nl/origin')).json()) as string;
      const { id, url } = endpoint('&fault=nocors', origin);
      const el = await make({ action: url, provider: 'buttondown' });
      expect((await subscribe(el)).type).to.equal(SUBSCRIBE_EVENT);
      const [sent] = await requests(id);
      expect(sent.type).to.match(/^application\/x-www-form-urlencoded/);
      expect(Object.fromEntries(new URLSearchParams(sent.body))).to.deep.equal({ email: EMAIL });
    });

    it("mailchimp: EMAIL to its JSONP endpoint, whose answer is read; its own form and an authored one", async () => {
      for (const authored of [false, true]) {
        const { id } = endpoint();
        const action = `/nl/post?u=abc&id=${id}`;
        const el = await make(
          { action, provider: 'mailchimp' },
          authored ? `<form action="${action}" method="post"><input type="email" name="email"><button>Go</button></form>` : '',
        );
        if (authored) {
          el.querySelector('input')!.value = EMAIL;
          el.querySelector('button')!.click();
        } else type(el, EMAIL);
        if (!authored) button(el).click();
        await until(() => statusText(el), 3000, 'success');
        const [sent, more] = await requests(id, 'GET');
        expect([sent.path, more]).to.deep.equal(['/post-json', undefined]);
        expect(sent.query).to.include({ u: 'abc', EMAIL });
        expect(sent.query).to.not.have.property('email');
        // Mailchimp's refusal is read, not taken for success.
        el.reset();
        el.setAttribute('action', `/nl/post?id=${id}&result=error&msg=${encodeURIComponent('reader@example.com is already subscribed to list <a href="x">Careers</a>.')}`);
        if (authored) el.querySelector('form')!.action = el.getAttribute('action')!;
        const failed = oneEvent(el, SUBSCRIBE_ERROR_EVENT);
        if (authored) {
          el.querySelector('input')!.value = EMAIL;
          el.querySelector('button')!.click();
        } else {
          type(el, EMAIL);
          button(el).click();
        }
        expect((await failed).detail.kind).to.equal('exists');
        expect(alertText(el)).to.equal("You're already subscribed.");
      }
    });

    it("sends an authored email field under the provider's name, also when it has none of its own", async () => {
      for (const [field, provider, sent] of [
        ['<input type="email" name="mail">', 'kit', { email_address: EMAIL }],
        ['<input type="email">', 'mailchimp', { EMAIL }],
        ['<input type="email" name="mail">', 'json', { mail: EMAIL }],
      ] as const) {
        const el = await make({ action: '/nl/unused', provider }, `<form>${field}<input name="list" value="weekly"><button>Go</button></form>`);
        const calls: NewsletterFields[] = [];
        el.handler = async (fields) => void calls.push(fields);
        el.querySelector<HTMLInputElement>('input[type=email]')!.value = EMAIL;
        const done = oneEvent(el, SUBSCRIBE_EVENT);
        el.querySelector('button')!.click();
        await done;
        expect(calls, provider).to.deep.equal([{ ...sent, list: 'weekly' }]);
      }
    });

    it("mailchimp(): the JSONP handler reads Mailchimp's answer", async () => {
      const { id } = endpoint();
      const el = await make();
      el.handler = mailchimp(`/nl/post?u=abc&id=${id}`);
      expect((await subscribe(el)).type).to.equal(SUBSCRIBE_EVENT);
      const [sent] = await requests(id, 'GET');
      expect(sent.path).to.equal('/post-json');
      expect(sent.query).to.include({ u: 'abc', EMAIL });
      expect(document.head.querySelector('script[src*="post-json"]')).to.be.null;
      el.reset();
      el.handler = mailchimp(`/nl/post?id=${id}&result=error&msg=${encodeURIComponent('reader@example.com is already subscribed to list <a href="x">Careers</a>.')}`);
      const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
      expect(event.detail.kind).to.equal('exists');
    });

    it('mailchimp(): gives up after timeout, and ignores a late answer', async () => {
      const { id } = endpoint();
      const el = await make({ timeout: '300' });
      el.handler = mailchimp(`/nl/post?id=${id}&fault=hang`);
      const event = (await subscribe(el)) as CustomEvent<SubscribeErrorDetail>;
      expect(event.detail.kind).to.equal('timeout');
      expect(alertText(el)).to.equal('No answer in time. Please try again.');
      expect(document.head.querySelector('script[src*="post-json"]')).to.be.null;
    });
  });

  describe('progressive enhancement', () => {
    const authored = (action: string, extra = '') => `
      <h2>Get career tips delivered to your inbox</h2>
      <form action="${action}" method="post"${extra}>
        <label for="nl-email">Email</label>
        <input type="email" id="nl-email" name="email" autocomplete="email" required aria-describedby="nl-hint">
        <p id="nl-hint">One email a week.</p>
        <input type="hidden" name="list" value="careers">
        <button>Subscribe</button>
      </form>`;
    /** Clicks the authored form's button and waits for the widget to show what it found. */
    async function press(el: NewsletterForm) {
      el.querySelector('button')!.click();
      await el.updateComplete;
      await el.updateComplete;
    }

    it('enhances an authored form in place: the input stays in the light DOM, and posts to its action', async () => {
      const { id, url } = endpoint();
      const el = await make({}, authored(url));
      const form = el.querySelector('form')!;
      const field = form.querySelector('input')!;
      expect(form.assignedSlot).to.exist;
      expect(field.getRootNode()).to.equal(document);
      expect(el.shadowRoot!.querySelector('form')).to.be.null;
      await expect(el).to.be.accessible();
      field.focus();
      await sendKeys({ type: EMAIL });
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      await sendKeys({ press: 'Enter' });
      await done;
      const sent = await requests(id);
      expect(sent).to.have.length(1);
      expect(JSON.parse(sent[0].body)).to.deep.equal({ email: EMAIL, list: 'careers' });
      expect(location.search).to.not.contain('email=');
    });

    it('times an authored form from the page load, so a reader who filled it before the upgrade is not taken for a bot', async () => {
      // The page is older than min-time; the widget is much younger.
      const pageAge = performance.now();
      expect(pageAge).to.be.above(200);
      const { id, url } = endpoint();
      const el = await make({ 'min-time': String(Math.floor(pageAge / 2)) }, authored(url));
      el.querySelector('input')!.value = EMAIL;
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      el.querySelector('form')!.requestSubmit();
      await done;
      expect(await requests(id)).to.have.length(1);
    });

    for (const [value, text] of [
      ['', 'Enter your email address.'],
      ['not-an-email', 'Enter a valid email address.'],
    ])
      it(`validates an authored form inline like its own: "${value}" shows "${text}" in the light DOM, linked, focus on the field, nothing sent`, async () => {
        const { id, url } = endpoint();
        const el = await make({}, authored(url));
        const form = el.querySelector('form')!;
        const field = el.querySelector('input')!;
        const fired: string[] = [];
        el.addEventListener(SUBMIT_EVENT, () => fired.push(SUBMIT_EVENT));
        expect(form.hasAttribute('novalidate')).to.be.true;
        field.value = value;
        await press(el);
        // The author's id stays first; the widget's message is added after it, in the same tree as the field.
        const [hint, note, ...more] = field.getAttribute('aria-describedby')!.split(' ');
        expect([hint, more]).to.deep.equal(['nl-hint', []]);
        const message = document.getElementById(note)!;
        expect(textOf(message)).to.equal(text);
        expect(form.contains(message)).to.be.true;
        expect(message.previousElementSibling === field, 'right after the field').to.be.true;
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        expect(document.activeElement === field, 'focus on the field').to.be.true;
        expect(field.matches(':invalid')).to.equal(true);
        expect(field.value).to.equal(value);
        await expect(el).to.be.accessible();
        await new Promise((r) => setTimeout(r, 100));
        expect(fired).to.deep.equal([]);
        expect(await requests(id)).to.have.length(0);
        field.value = EMAIL;
        const done = oneEvent(el, SUBSCRIBE_EVENT);
        el.querySelector('button')!.click();
        await done;
        expect(field.getAttribute('aria-describedby')).to.equal('nl-hint');
        expect(field.hasAttribute('aria-invalid')).to.be.false;
        expect(message.isConnected).to.be.false;
        expect(await requests(id)).to.have.length(1);
      });

    it("an authored form's messages come from strings, and a message goes after a label that wraps the field", async () => {
      const el = await make(
        {},
        `<form action="/nl/subscribe?id=unused" method="post"><label>Email <input type="email" name="email" autocomplete="email"></label><button>Subscribe</button></form>`,
      );
      el.strings = { invalid: 'Saisissez une adresse e-mail valide.' };
      await el.updateComplete;
      const field = el.querySelector('input')!;
      field.value = 'pas-une-adresse';
      await press(el);
      const message = document.getElementById(field.getAttribute('aria-describedby')!)!;
      expect(textOf(message)).to.equal('Saisissez une adresse e-mail valide.');
      expect(message.previousElementSibling === el.querySelector('label'), 'after the label').to.be.true;
      expect(textOf(el.querySelector('label'))).to.equal('Email');
      await expect(el).to.be.accessible();
      el.reset();
      await el.updateComplete;
      expect(field.hasAttribute('aria-describedby')).to.be.false;
      expect(message.isConnected).to.be.false;
    });

    it('in an authored form, focus goes to the email first, then to a required consent box', async () => {
      const { id, url } = endpoint();
      const el = await make({ consent: 'required' }, authored(url));
      const field = el.querySelector('input')!;
      field.value = 'nope';
      await press(el);
      expect(document.activeElement === field, 'focus on the email').to.be.true;
      expect(textOf(el.querySelector('.ck-error:not([hidden])'))).to.equal('Enter a valid email address.');
      const box = el.querySelector<HTMLInputElement>('.ck-consent input')!;
      expect(textOf(document.getElementById(box.getAttribute('aria-describedby')!))).to.equal('Tick the box to subscribe.');
      field.value = EMAIL;
      await press(el);
      expect(el.querySelector('.ck-error:not([hidden])') === document.getElementById(box.getAttribute('aria-describedby')!), 'only the consent message').to.be.true;
      expect(document.activeElement === box, 'focus on the consent box').to.be.true;
      expect(field.value).to.equal(EMAIL);
      expect(await requests(id)).to.have.length(0);
    });

    it('gives an authored form back as written when the widget is removed, and enhances it again when it returns', async () => {
      const { url } = endpoint();
      const el = await make({}, authored(url));
      const form = el.querySelector('form')!;
      const field = el.querySelector('input')!;
      field.value = 'nope';
      await press(el);
      expect(form.querySelector('.ck-error')).to.exist;
      // The honeypot the widget added: in the form, but not for people, the keyboard or assistive technology.
      const trap = form.querySelector<HTMLInputElement>('[name=ck-trap]')!;
      expect(trap.getAttribute('aria-hidden')).to.equal('true');
      expect(trap.tabIndex).to.equal(-1);
      const box = trap.getBoundingClientRect();
      expect(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === trap, 'the trap can be hit').to.be.false;
      expect(getComputedStyle(trap).opacity).to.equal('0');
      const parent = el.parentElement!;
      el.remove();
      expect(form.querySelector('[name=ck-trap]')).to.be.null;
      expect(form.hasAttribute('novalidate')).to.be.false;
      expect(form.querySelector('.ck-error')).to.be.null;
      expect(field.getAttribute('aria-describedby')).to.equal('nl-hint');
      expect(field.hasAttribute('aria-invalid')).to.be.false;
      expect(form.hasAttribute('aria-busy')).to.be.false;
      // The widget no longer takes the submission: the browser would post it (a form only submits in a document).
      parent.append(form);
      let taken: boolean | undefined;
      form.addEventListener('submit', (e) => {
        taken = e.defaultPrevented;
        e.preventDefault();
      });
      field.value = EMAIL;
      form.requestSubmit();
      expect(taken).to.equal(false);
      el.append(form);
      parent.append(el);
      await el.updateComplete;
      expect(form.hasAttribute('novalidate')).to.be.true;
    });

    it("keeps an author's own novalidate when the widget is removed", async () => {
      const el = await make({}, authored('/nl/subscribe?id=unused', ' novalidate'));
      const form = el.querySelector('form')!;
      el.remove();
      expect(form.hasAttribute('novalidate')).to.be.true;
    });

    it('an authored form keeps what was typed after an error, and a retry sends it again', async () => {
      const { id, url } = endpoint('&failfirst=1');
      const el = await make({}, authored(url));
      const field = el.querySelector('input')!;
      field.value = EMAIL;
      const failed = oneEvent(el, SUBSCRIBE_ERROR_EVENT);
      el.querySelector('button')!.click();
      await failed;
      await el.updateComplete;
      expect(alertText(el)).to.equal('Our newsletter service is down. Please try again later.');
      expect(field.value).to.equal(EMAIL);
      await expect(el).to.be.accessible();
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      $<HTMLButtonElement>(el, '[role=alert] button').click();
      await done;
      expect((await requests(id)).map((r) => JSON.parse(r.body))).to.deep.equal([
        { email: EMAIL, list: 'careers' },
        { email: EMAIL, list: 'careers' },
      ]);
    });

    it("treats an authored form's ck-trap field as a honeypot: filled, the bot sees success and nothing is sent; empty, it is not sent", async () => {
      const own = '<input name="ck-trap" tabindex="-1" autocomplete="off" aria-hidden="true" hidden>';
      // The author's own trap, or (with none) the one the widget adds.
      for (const [filled, trap] of [[true, own], [false, own], [true, ''], [false, '']] as const) {
        const { id, url } = endpoint();
        const el = await make({}, authored(url).replace('<button>', `${trap}<button>`));
        expect(el.querySelectorAll('[name=ck-trap]')).to.have.length(1);
        el.querySelector<HTMLInputElement>('[name=ck-trap]')!.value = filled ? 'https://spam.example' : '';
        el.querySelector('input')!.value = EMAIL;
        el.querySelector('button')!.click();
        await until(() => statusText(el), 2000, 'success');
        expect(statusText(el)).to.equal("Thanks, you're subscribed.");
        await new Promise((r) => setTimeout(r, 150));
        expect((await requests(id)).map((r) => JSON.parse(r.body))).to.deep.equal(filled ? [] : [{ email: EMAIL, list: 'careers' }]);
      }
    });

    it('asks for consent inside an authored form, before its button, and marks the form busy while sending', async () => {
      const { id, url } = endpoint('&delay=1000');
      const el = await make({ consent: 'required', 'privacy-url': 'https://example.com/privacy' }, authored(url));
      const form = el.querySelector('form')!;
      // In the light DOM, in the form, right before its submit button: read and tabbed to before it.
      const consent = form.querySelector('.ck-consent')!;
      expect(consent.nextElementSibling === form.querySelector('button'), 'before the button').to.be.true;
      const box = consent.querySelector<HTMLInputElement>('label > input[type=checkbox]')!;
      expect(box.checked).to.be.false;
      expect(textOf(box.closest('label'))).to.equal(CONSENT);
      expect(consent.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/privacy');
      expect(textOf(consent.querySelector('a'))).to.equal('Privacy Policy');
      expect($(el, 'input[type=checkbox]') === null, 'no checkbox in the shadow root').to.be.true;
      el.querySelector('input')!.value = EMAIL;
      el.querySelector('button')!.click();
      await el.updateComplete;
      await el.updateComplete;
      const message = document.getElementById(box.getAttribute('aria-describedby')!)!;
      expect(textOf(message)).to.equal('Tick the box to subscribe.');
      expect(consent.contains(message)).to.be.true;
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(document.activeElement === box, 'focus on the box').to.be.true;
      await expect(el).to.be.accessible();
      box.click();
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      el.querySelector('button')!.click();
      expect(form.getAttribute('aria-busy')).to.equal('true');
      expect(el.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
      el.querySelector('button')!.click();
      // Still sending (the answer takes a second): the busy state is accessible too.
      await expect(el).to.be.accessible();
      expect(form.getAttribute('aria-busy')).to.equal('true');
      await done;
      expect(form.getAttribute('aria-busy')).to.equal('false');
      expect(el.querySelector('button')!.getAttribute('aria-disabled')).to.equal('false');
      const sent = await requests(id);
      expect(sent).to.have.length(1);
      const body = JSON.parse(sent[0].body);
      expect(body).to.include({ email: EMAIL, list: 'careers', consent: CONSENT });
      expect(Date.parse(body.consent_at)).to.be.within(Date.now() - 5000, Date.now());
      expect(box.getAttribute('aria-invalid')).to.equal('false');
      expect(message.hidden).to.be.true;
      // Let go of the form, the widget takes its consent line back.
      el.remove();
      expect(form.querySelector('.ck-consent') === null, 'consent line removed').to.be.true;
    });

    it('puts the consent notice (no checkbox) in an authored form too, before its button', async () => {
      const el = await make({ 'privacy-url': 'https://example.com/privacy' }, authored('/nl/subscribe?id=unused'));
      const consent = el.querySelector('form .ck-consent')!;
      expect(textOf(consent)).to.equal(CONSENT);
      expect(consent.querySelector('input') === null, 'no checkbox').to.be.true;
      expect(consent.nextElementSibling === el.querySelector('form button'), 'before the button').to.be.true;
      expect(textOf(el.shadowRoot)).to.not.contain('Unsubscribe anytime');
      await expect(el).to.be.accessible();
      // A button in a wrapper of its own: the line goes right before it, in the wrapper.
      const nested = await make({}, authored('/nl/subscribe?id=unused').replace('<button>Subscribe</button>', '<div class="actions"><button>Subscribe</button></div>'));
      expect(nested.querySelector('.actions > .ck-consent + button'), 'before the nested button').to.exist;
    });

    it('tabs from the email to the consent box to Subscribe, in an authored form and in its own', async () => {
      const el = await make({ consent: 'required' }, authored('/nl/subscribe?id=unused'));
      el.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === el.querySelector('.ck-consent input[type=checkbox]'), 'the consent box').to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === el.querySelector('form button'), 'Subscribe').to.be.true;
      const own = await make({ consent: 'required' });
      input(own).focus();
      await sendKeys({ press: 'Tab' });
      expect(own.shadowRoot!.activeElement === $(own, 'input[type=checkbox]'), 'the consent box').to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(own.shadowRoot!.activeElement === button(own), 'Subscribe').to.be.true;
    });

    it("shows the author's other content in its order, and the seed heading and intro only when there is none", async () => {
      const form = authored('/nl/subscribe?id=unused').replace('<h2>Get career tips delivered to your inbox</h2>', '');
      const el = await make({}, `<h2>Careers, weekly (example)</h2><p>An example introduction.</p>${form}<p>Example fine print.</p>`);
      expect($(el, '[part=heading]') === null, 'no seed heading').to.be.true;
      expect(textOf(el.shadowRoot)).to.not.contain('Get weekly insights');
      const shown = [...el.children].filter((child) => child.getBoundingClientRect().height > 0);
      expect(shown.map((child) => child.localName)).to.deep.equal(['h2', 'p', 'form', 'p']);
      const tops = shown.map((child) => child.getBoundingClientRect().top);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
      await expect(el).to.be.accessible();
      // A heading attribute is shown whatever the author wrote.
      el.setAttribute('heading', 'Join the list');
      await el.updateComplete;
      expect(textOf($(el, '[part=heading]'))).to.equal('Join the list');
      // The form alone: the seed heading and intro (or the heading attribute) go with it.
      const bare = await make({}, form);
      expect(textOf($(bare, '[part=heading]'))).to.equal('Get career tips delivered to your inbox');
      expect(textOf(bare.shadowRoot)).to.contain('Get weekly insights on tech careers, salaries, and industry trends.');
      bare.heading = 'Join the list';
      await bare.updateComplete;
      expect(textOf($(bare, '[part=heading]'))).to.equal('Join the list');
      // A JSON script is content, not the author's prose.
      const json = await make({}, `<script type="application/json">{ "heading": "From JSON (example)" }</script>${form}`);
      expect(textOf($(json, '[part=heading]'))).to.equal('From JSON (example)');
    });

    it('kit: an authored form sends its email field as email_address', async () => {
      const { id, url } = endpoint();
      const el = await make({ provider: 'kit' }, authored(url));
      el.querySelector('input')!.value = EMAIL;
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      el.querySelector('button')!.click();
      await done;
      const [sent] = await requests(id);
      expect(sent.type).to.match(/^application\/x-www-form-urlencoded/);
      expect(Object.fromEntries(new URLSearchParams(sent.body))).to.deep.equal({ email_address: EMAIL, list: 'careers' });
      // Without JavaScript the field keeps the author's name.
      expect(el.querySelector('input')!.name).to.equal('email');
    });

    it('after a signup, "Sign up another address" brings back an empty authored form with focus in its field', async () => {
      const { url } = endpoint();
      const el = await make({ consent: '' }, authored(url));
      const form = el.querySelector('form')!;
      const field = el.querySelector('input')!;
      field.value = EMAIL;
      el.querySelector<HTMLInputElement>('.ck-consent input')!.click();
      const done = oneEvent(el, SUBSCRIBE_EVENT);
      el.querySelector('button')!.click();
      await done;
      await el.updateComplete;
      // The form goes; the author's heading stays.
      expect(form.getBoundingClientRect().height).to.equal(0);
      expect(el.querySelector('h2')!.getBoundingClientRect().height).to.be.above(0);
      const again = $<HTMLButtonElement>(el, '[part=reset]');
      expect(textOf(again)).to.equal('Sign up another address');
      await expect(el).to.be.accessible();
      again.click();
      await until(() => document.activeElement === field, 2000, 'focus in the field');
      expect(field.value).to.equal('');
      expect(el.querySelector<HTMLInputElement>('.ck-consent input')!.checked).to.be.false;
      expect(form.getBoundingClientRect().height).to.be.above(0);
      expect(statusText(el)).to.equal('');
      expect($(el, '[part=reset]') === null, 'no reset button').to.be.true;
    });

    it('the CDN file works under a strict Content-Security-Policy with Trusted Types (after the build)', async () => {
      const frame = await loadPage('/tests/pages/newsletter-form-csp.html');
      const win = frame.contentWindow as Window & typeof globalThis & { violations: string[]; pageErrors: string[] };
      const el = win.document.querySelector('newsletter-form')!;
      await until(() => el.shadowRoot?.querySelector('[part=heading]'), 5000, 'the upgrade');
      const { id, url } = endpoint();
      el.setAttribute('action', url);
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#c')!.click();
      root.querySelector<HTMLInputElement>('#e')!.value = EMAIL;
      root.querySelector<HTMLButtonElement>('form button')!.click();
      await until(() => textOf(root.querySelector('[part=success]')), 5000, 'success');
      expect(win.getComputedStyle(root.querySelector('form')!).display).to.equal('grid');
      expect(await requests(id)).to.have.length(1);
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      frame.remove();
    });

    it('without JavaScript, the authored form posts natively', async () => {
      const frame = await loadPage('/tests/pages/newsletter-form-no-js.html');
      const doc = frame.contentDocument!;
      const form = doc.querySelector('form')!;
      expect(form.getAttribute('action')).to.equal('/nl/subscribe?id=no-js-page');
      // Each engine gets its own log; the page's markup is otherwise as authored.
      const { id, url } = endpoint();
      form.setAttribute('action', url);
      expect(doc.querySelector('newsletter-form')!.shadowRoot).to.be.null;
      doc.querySelector('input')!.value = EMAIL;
      const posted = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      doc.querySelector('button')!.click();
      await posted;
      const sent = await requests(id);
      expect(sent).to.have.length(1);
      expect(sent[0].type).to.equal('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(sent[0].body))).to.deep.equal({ email: EMAIL });
      frame.remove();
    });
  });
});
