// Bad input and faults, each from a minimal page: nothing sent where it should
// not go, nothing thrown into the page, nothing lost, and every problem named.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@careerkit/role-compare/define';
import '@careerkit/faq-accordion/define';
import '@careerkit/salary-slider/define';
import '@careerkit/newsletter-form/define';
import type { NewsletterForm } from '@careerkit/newsletter-form';
import type { RoleCompare } from '@careerkit/role-compare';
import type { FaqAccordion } from '@careerkit/faq-accordion';
import type { SalarySlider, SalarySliderData } from '@careerkit/salary-slider';
import { captureConsole, textOf, until } from './helpers.js';

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('bad input and faults', () => {
  let log: ReturnType<typeof captureConsole>;
  const fetches: string[] = [];
  const realFetch = window.fetch;
  beforeEach(() => {
    log = captureConsole();
    fetches.length = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : String(input)}`);
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    log.restore();
  });

  /** Types an address and submits the widget's own form with the button. */
  async function submit(el: NewsletterForm, email = 'reader@example.com') {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = email;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
    await frames();
    await el.updateComplete;
  }

  describe('newsletter-form', () => {
    for (const [name, attrs] of [
      ['no action', ''],
      ['action="data:…"', 'data:text/plain,hi'],
      ['action="javascript:…"', 'javascript:void(0)'],
    ] as const)
      it(`with ${name}, sends nothing, says so in the console and shows that it is not set up`, async () => {
        const el = await fixture<NewsletterForm>(html`<newsletter-form min-time="0" action=${attrs || undefined}></newsletter-form>`);
        let events = 0;
        el.addEventListener('ck-submit', () => events++);
        el.addEventListener('ck-subscribe', () => events++);
        await submit(el);
        expect(fetches).to.deep.equal([]);
        expect(events).to.equal(0);
        expect(textOf(el.shadowRoot!.querySelector('[part=unset]'))).to.contain('not set up');
        expect(textOf(el.shadowRoot!.querySelector('[part=success]'))).to.equal('');
        expect(log.errors.filter((e) => e.includes('has nowhere to send signups')).length).to.equal(1);
      });

    it('an authored form without an action attribute does not post to the page itself', async () => {
      const el = await fixture<NewsletterForm>(
        html`<newsletter-form min-time="0"><form method="post"><input type="email" name="email" aria-label="Email"><button>Join</button></form></newsletter-form>`,
      );
      el.querySelector('input')!.value = 'reader@example.com';
      el.querySelector('button')!.click();
      await frames();
      expect(fetches).to.deep.equal([]);
      expect(log.errors.join('\n')).to.contain('has nowhere to send signups');
    });

    for (const timeout of ['Infinity', '9007199254740993', '-1', 'soon'])
      it(`timeout="${timeout}" falls back to the default (10 s): the signup goes through`, async () => {
        let signal: AbortSignal | undefined;
        const el = await fixture<NewsletterForm>(html`<newsletter-form min-time="0" timeout=${timeout}></newsletter-form>`);
        el.handler = async (_fields, s) => {
          signal = s;
          await new Promise((r) => setTimeout(r, 50));
          return new Response('{}', { status: 200 });
        };
        const done = oneEvent(el, 'ck-subscribe');
        await submit(el);
        await done;
        expect(signal!.aborted).to.be.false;
        expect(textOf(el.shadowRoot!.querySelector('[part=success]'))).to.contain('subscribed');
      });

    it('an authored form stays in view and usable while src loads and after it fails', async () => {
      const el = await fixture<NewsletterForm>(
        html`<newsletter-form src="/tests/fixtures/missing.json"
          ><form action="/nl/subscribe" method="post"><input type="email" name="email" aria-label="Email"><button>Join</button></form></newsletter-form
        >`,
      );
      const form = el.querySelector('form')!;
      // Loading: the form is shown.
      expect(form.getClientRects().length).to.be.above(0);
      await oneEvent(el, 'ck-error');
      await el.updateComplete;
      expect(form.getClientRects().length).to.be.above(0);
      expect(form.offsetHeight).to.be.above(10);
    });

    it('an invalid address submitted with Enter in the field is announced (an alert), with focus kept there', async () => {
      const el = await fixture<NewsletterForm>(html`<newsletter-form min-time="0" action="/nl/subscribe"></newsletter-form>`);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
      input.focus();
      input.value = 'nope';
      input.form!.requestSubmit();
      await el.updateComplete;
      const message = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(textOf(message)).to.contain('valid email');
      expect(el.shadowRoot!.activeElement === input).to.be.true;
    });

    it('reports an unknown provider and sends as JSON', async () => {
      const el = await fixture<NewsletterForm>(html`<newsletter-form provider="bogus" action="/nl/subscribe"></newsletter-form>`);
      await el.updateComplete;
      expect(log.errors.join('\n')).to.contain('provider must be one of json, form, kit, buttondown, mailchimp; got "bogus"');
    });
  });

  describe('src', () => {
    it('a removed element gives up its request and fires no ck-load later', async () => {
      let release!: () => void;
      const hang = new Promise<void>((r) => (release = r));
      window.fetch = async () => {
        await hang;
        return new Response('{"items":[{"question":"Q?","answer":"A."}]}');
      };
      const el = await fixture<FaqAccordion>(html`<faq-accordion src="/slow.json"></faq-accordion>`);
      let loaded = 0;
      el.addEventListener('ck-load', () => loaded++);
      el.remove();
      release();
      await frames();
      expect(loaded).to.equal(0);
    });
  });

  describe('wrongly typed properties from code', () => {
    it('are reported, like bad content, and never throw into the page', async () => {
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      addEventListener('unhandledrejection', onRejection);
      try {
        const compare = await fixture<RoleCompare>(html`<role-compare></role-compare>`);
        (compare as unknown as { sections: unknown }).sections = ['core'];
        (compare as unknown as { background: unknown }).background = 5;
        await compare.updateComplete;
        const faq = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
        faq.strings = { matches: 5 } as unknown as FaqAccordion['strings'];
        await faq.updateComplete;
        await frames();
        expect(rejections).to.deep.equal([]);
        const errors = log.errors.join('\n');
        expect(errors).to.contain('the sections property must be text; got a list');
        expect(errors).to.contain('the background property must be text; got a number');
        expect(errors).to.contain('strings.matches must be text; got a number (in the strings property)');
        // Still the whole comparison and FAQ.
        expect(textOf(compare.shadowRoot)).to.contain('The core difference');
        expect(faq.shadowRoot!.querySelectorAll('[part=question]').length).to.equal(4);
      } finally {
        removeEventListener('unhandledrejection', onRejection);
      }
    });
  });

  describe('salary-slider', () => {
    it('renders 80,000 bands without a RangeError (no spread of every figure into Math.max)', async () => {
      const roles = Array.from({ length: 100 }, (_, i) => `Role ${i}`);
      const bands = Array.from({ length: 80000 }, (_, i) => ({ role: roles[i % roles.length], level: `L${Math.floor(i / 100)}`, min: 20000 + (i % 50) * 100, max: 90000 }));
      const el = await fixture<SalarySlider>(html`<salary-slider .data=${{ roles, bands } as SalarySliderData}></salary-slider>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part=band]').length).to.equal(100);
      el.value = 60000;
      await el.updateComplete;
      expect(log.errors).to.deep.equal([]);
    });

    it('bands: [] is reported, not silent', async () => {
      await fixture(html`<salary-slider .data=${{ roles: ['A'], bands: [] }}></salary-slider>`);
      expect(log.errors.join('\n')).to.contain('bands has no bands');
    });
  });

  describe('authored content inside a <p> (the classic editor)', () => {
    for (const [tag, inner] of [
      ['role-compare', '<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>'],
      ['faq-accordion', '<details><summary>Q?</summary>A.</details>'],
      ['newsletter-form', '<form action="/nl/subscribe"><input type="email" name="email"></form>'],
    ])
      it(`<${tag}> names the fix in the console when the parser moved its content out`, async () => {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        // As the HTML parser reads it: the <p> (and the tag) close before the block.
        box.innerHTML = `<p><${tag} action="/nl/subscribe">${inner}</${tag}></p>`;
        const el = box.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
        await el.updateComplete;
        expect(el.parentElement!.localName).to.equal('p');
        await until(() => log.errors.some((e) => e.includes('a <p> cannot hold')), 2000, 'the report');
        expect(log.errors.find((e) => e.includes('a <p> cannot hold'))).to.contain(`put <${tag}> outside the <p>`);
      });
  });

  describe('two versions on one page', () => {
    it('one warning for every tag the other version holds, not one per tag', async () => {
      const { RoleCompare } = await import('@careerkit/role-compare');
      const { FaqAccordion } = await import('@careerkit/faq-accordion');
      // What a second copy of another version does when it loads: define each of its tags.
      for (const [Base, tag] of [[RoleCompare, 'role-compare'], [FaqAccordion, 'faq-accordion']] as const) {
        const Other = class extends (Base as typeof RoleCompare) {
          static override readonly version = '9.9.9-other';
        };
        Other.define(tag);
      }
      expect(log.warnings.filter((w) => w.includes('9.9.9-other'))).to.have.length(1);
    });
  });

  describe('stacked comparison (a container under 480px)', () => {
    it('keeps the empty corner cell in the table, so each column header names its own column', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:300px"><role-compare sections="core"></role-compare></div>`);
      const el = box.firstElementChild as RoleCompare;
      await el.updateComplete;
      const corner = el.shadowRoot!.querySelector('thead .corner')!;
      expect(getComputedStyle(corner).display).to.not.equal('none');
      // The header row lines up with the body rows: corner, then one header per role.
      const head = [...el.shadowRoot!.querySelector('thead tr')!.children].map((cell) => cell.getAttribute('role'));
      expect(head).to.deep.equal(['cell', 'columnheader', 'columnheader']);
    });
  });

  describe('moved into an iframe (adoptNode)', () => {
    it('keeps its styles there and after coming back', async () => {
      const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
      const display = () => getComputedStyle(el.shadowRoot!.querySelector('[part=question]')!).display;
      expect(display()).to.equal('flex');
      const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
      const doc = frame.contentDocument!;
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      expect(display()).to.equal('flex');
      document.body.append(document.adoptNode(el));
      await el.updateComplete;
      expect(display()).to.equal('flex');
      el.remove();
    });
  });

  describe('faq-accordion authored answers', () => {
    it('copies an answer once: an iframe in it loads once however often the light DOM changes; a media-only answer is kept', async () => {
      const el = await fixture<FaqAccordion>(
        html`<faq-accordion
          ><details open><summary>Video?</summary><iframe title="Talk" src="/tests/pages/blank.html"></iframe></details
          ><details><summary>Text?</summary>Yes.</details></faq-accordion
        >`,
      );
      await el.updateComplete;
      const frame = () => el.shadowRoot!.querySelector('iframe')!;
      expect(el.shadowRoot!.querySelectorAll('[part=question]').length).to.equal(2);
      const first = frame();
      for (let i = 0; i < 5; i++) {
        el.append(document.createElement('span'));
        await frames();
        await el.updateComplete;
      }
      expect(frame() === first).to.be.true;
      expect(log.errors).to.deep.equal([]);
    });
  });
});
