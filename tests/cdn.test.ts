// The built CDN files (packages/careerkit/cdn, made by `npm run build`) on plain pages.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadPage, textOf, until } from './helpers.js';

type PageWindow = Window & typeof globalThis & { violations: string[]; pageErrors: string[] };

const heading = (el: Element | null | undefined) => textOf(el?.shadowRoot?.querySelector('[part=heading]'));

describe('CDN files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the loader alone shows the seed comparison, and upgrades a tag added later', async () => {
    const frame = await loadPage('/tests/pages/loader.html');
    const doc = frame.contentDocument!;
    await until(() => heading(doc.querySelector('role-compare')) === 'Data Scientist vs ML Engineer', 5000, 'the loader to upgrade');
    expect(textOf(doc.querySelector('role-compare')!.shadowRoot)).to.contain('£65,000–£95,000');
    const later = doc.createElement('role-compare');
    later.setAttribute('heading', 'Added later');
    doc.body.append(later);
    await until(() => heading(later) === 'Added later', 5000, 'the late element');
  });

  // [viewport width, <main>'s width, what]: the reservation follows the widget's own width, not the viewport's.
  const columns = [
    [800, '640px', 'a 640px column'],
    [800, '280px', 'a 280px sidebar on a wide screen'],
    [360, '100%', 'a 360px phone'],
  ] as const;
  for (const [width, main, column] of columns)
    it(`cdn/careerkit.css reserves each empty widget's space, close to its rendered height, in ${column}`, async () => {
      const frame = await loadPage(`/tests/pages/reserve.html?width=${main}`, width);
      const win = frame.contentWindow as PageWindow & { reserved?: [boolean, number][] };
      const els = [...frame.contentDocument!.querySelectorAll('main > *')];
      await until(() => win.reserved && els.every((el) => el.shadowRoot?.querySelector('[part=base] > :not(.status)')), 5000, 'every widget');
      // Before: nothing defined yet, four empty tags reserved, one with `sections` not, the authored FAQ its own height.
      expect(win.reserved!.map(([defined]) => defined)).to.deep.equal(els.map(() => false));
      const [before, after] = [win.reserved!.map(([, h]) => h), els.map((el) => el.getBoundingClientRect().height)];
      // The figures are Chromium's (scripts/widgets.mjs); Firefox's and WebKit's text here wraps differently, up to
      // a quarter taller at some widths.
      const [low, high] = navigator.userAgent.includes('Chrome/') ? [0.9, 1.1] : [0.75, 1.25];
      for (let i = 0; i < 4; i++) expect(before[i]! / after[i]!, `${els[i]!.localName}: reserved ${before[i]}px, rendered ${after[i]}px`).to.be.within(low, high);
      expect(before[4]).to.equal(0);
      expect(before[5]).to.be.within(20, 120);
      // The page links the rules, so the loader does not fetch them again.
      expect(win.document.adoptedStyleSheets.length).to.equal(0);
      expect(win.performance.getEntriesByType('resource').some((e) => e.name.includes('/cdn/chunks/reserve-'))).to.be.false;
    });

  it("the loader alone adopts cdn/careerkit.css's rules", async () => {
    const frame = await loadPage('/tests/pages/loader.html');
    const win = frame.contentWindow!;
    await until(() => win.document.adoptedStyleSheets.length, 5000, 'the reserved space');
    // The frame's own constructor: a sheet made by this document could not be compared there.
    const linked = new (win as unknown as typeof globalThis).CSSStyleSheet();
    linked.replaceSync(await (await fetch('/packages/careerkit/cdn/careerkit.css')).text());
    const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((r) => r.cssText);
    expect(rules(linked).length).to.be.above(4);
    expect(rules(win.document.adoptedStyleSheets[0]!)).to.deep.equal(rules(linked));
  });

  it('the loader shows the FAQ; Tab reaches the first question and Enter opens it', async () => {
    const frame = await loadPage('/tests/pages/loader.html');
    const faq = frame.contentDocument!.querySelector('faq-accordion')!;
    await until(() => faq.shadowRoot?.querySelectorAll('[part=question]').length === 4, 5000, 'four questions');
    const first = faq.shadowRoot!.querySelector<HTMLButtonElement>('[part=question]')!;
    expect(textOf(first)).to.equal('What is the main difference between a data scientist and an ML engineer?');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => first.getAttribute('aria-expanded') === 'true', 2000, 'the question to open');
  });

  it('page.html#<question id> opens that question on load', async () => {
    const frame = await loadPage('/tests/pages/loader.html#which-role-pays-more');
    const faq = frame.contentDocument!.querySelector('faq-accordion')!;
    await until(() => faq.shadowRoot?.querySelector('#q-which-role-pays-more'), 5000, 'the questions');
    await until(() => faq.shadowRoot!.querySelector('#q-which-role-pays-more')!.getAttribute('aria-expanded') === 'true', 2000, 'the deep link');
    expect(faq.shadowRoot!.querySelectorAll('[aria-expanded=true]')).to.have.length(1);
  });

  it('the loader fetches only the widgets on the page, sharing one Lit chunk', async () => {
    const frame = await loadPage('/tests/pages/loader.html');
    await until(() => heading(frame.contentDocument!.querySelector('role-compare')), 5000, 'the upgrade');
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.includes('/cdn/chunks/role-compare-'))).to.have.length(1);
    expect(scripts.filter((p) => p.includes('/cdn/chunks/shared-'))).to.have.length(1);
    expect(scripts.filter((p) => p.includes('/cdn/chunks/faq-accordion-'))).to.have.length(1);
    expect(scripts.some((p) => p.endsWith('/cdn/careerkit.js'))).to.be.false;
  });

  it('the loader shows the salary bands; Tab reaches the slider, Right Arrow and End move it', async () => {
    const frame = await loadPage('/tests/pages/loader.html');
    const el = frame.contentDocument!.querySelector('salary-slider')!;
    await until(() => el.shadowRoot?.querySelector('[part=slider]'), 5000, 'the slider');
    const text = textOf(el.shadowRoot);
    for (const figure of ['£65,000', '£95,000', '£55,000', '£80,000']) expect(text).to.contain(figure);
    const slider = el.shadowRoot!.querySelector<HTMLInputElement>('[part=slider]')!;
    const faq = frame.contentDocument!.querySelector('faq-accordion')!;
    await until(() => faq.shadowRoot?.querySelector('[part=question]'), 5000, 'the FAQ');
    // The last focusable element before the slider: the FAQ's last question.
    [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=question]')].pop()!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(slider);
    const before = +slider.getAttribute('aria-valuenow')!;
    await sendKeys({ press: 'ArrowRight' });
    await until(() => +slider.getAttribute('aria-valuenow')! > before, 2000, 'Right Arrow');
    await sendKeys({ press: 'End' });
    await until(() => slider.getAttribute('aria-valuenow') === slider.max, 2000, 'End');
    expect(slider.getAttribute('aria-valuetext')).to.contain('£');
  });

  it('the loader upgrades a <newsletter-form> added later: one JSON POST for a double click; a 500 keeps the address', async () => {
    const frame = await loadPage('/tests/pages/loader.html');
    const doc = frame.contentDocument!;
    const id = `cdn-${Date.now()}`;
    const el = doc.createElement('newsletter-form');
    el.setAttribute('action', `/nl/subscribe?id=${id}&status=500`);
    el.setAttribute('min-time', '0');
    doc.body.append(el);
    await until(() => el.shadowRoot?.querySelector('input[type=email]'), 5000, 'the form');
    expect(textOf(el.shadowRoot)).to.contain('Get career tips delivered to your inbox');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = 'reader@example.com';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!;
    button.click();
    button.click();
    await until(() => textOf(el.shadowRoot!.querySelector('[part=alert]')), 5000, 'the alert');
    const posts = ((await (await fetch(`/nl/log?id=${id}`)).json()) as { method: string; body: string }[]).filter((r) => r.method === 'POST');
    expect(posts).to.have.length(1);
    expect(JSON.parse(posts[0].body).email).to.equal('reader@example.com');
    expect(input.value).to.equal('reader@example.com');
  });

  it('the loader does not fetch widgets that are not on the page', async () => {
    const frame = await loadPage('/tests/pages/loader-faq.html');
    await until(() => frame.contentDocument!.querySelector('faq-accordion')!.shadowRoot, 5000, 'the FAQ');
    const scripts = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(scripts.filter((p) => p.includes('/cdn/chunks/faq-accordion-'))).to.have.length(1);
    expect(scripts.filter((p) => p.includes('/cdn/chunks/role-compare-'))).to.have.length(0);
  });

  it('loader, all-in-one and single-widget files on one page throw nothing', async () => {
    const frame = await loadPage('/tests/pages/both.html');
    const win = frame.contentWindow as PageWindow;
    await until(() => heading(win.document.querySelector('role-compare')), 5000, 'the upgrade');
    await new Promise((r) => setTimeout(r, 300));
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('newsletter-form in the all-in-one file loads cdn/mailchimp.js only when a signup goes to Mailchimp', async () => {
    const frame = await loadPage('/tests/pages/mailchimp.html');
    const win = frame.contentWindow!;
    const el = win.document.querySelector('newsletter-form')!;
    await until(() => el.shadowRoot?.querySelector('input[type=email]'), 5000, 'the upgrade');
    const loaded = () => win.performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/cdn/mailchimp.js')).length;
    expect(loaded()).to.equal(0);
    const id = `cdn-mailchimp-${Math.random().toString(36).slice(2)}`;
    el.setAttribute('action', `/nl/post?u=abc&id=${id}`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!.value = 'reader@example.com';
    el.shadowRoot!.querySelector<HTMLButtonElement>('form button')!.click();
    await until(() => el.shadowRoot!.querySelector('[part=success]')?.textContent, 5000, 'success');
    expect(loaded()).to.equal(1);
    const log = (await (await fetch(`/nl/log?id=${id}`)).json()) as { method: string; path: string }[];
    expect(log.map((r) => `${r.method} ${r.path}`)).to.deep.equal(['GET /post-json']);
  });

  it('works under a strict Content-Security-Policy with Trusted Types', async () => {
    const frame = await loadPage('/tests/pages/csp.html');
    const win = frame.contentWindow as PageWindow;
    const [first, second] = win.document.querySelectorAll('role-compare');
    await until(() => heading(first) && second.shadowRoot?.querySelector('thead th'), 5000, 'both widgets');
    expect(first.shadowRoot!.querySelector('thead th[part~=highlight]')).to.exist;
    for (const tag of ['faq-accordion', 'salary-slider', 'newsletter-form'])
      await until(() => win.document.querySelector(tag)!.shadowRoot?.querySelector('[part=base] > :not(.status)'), 5000, tag);
    // Styles applied (adoptedStyleSheets are allowed by style-src 'self').
    expect(win.getComputedStyle(first.shadowRoot!.querySelector('table')!).borderCollapse).to.equal('collapse');
    // Light-DOM additions: the FAQ's JSON-LD (a data block, written past Trusted Types) and an authored form's
    // honeypot (clipped to nothing through the CSSOM, which style-src allows).
    const ld = win.document.querySelector('faq-accordion > script[type="application/ld+json"]');
    expect(JSON.parse(ld!.textContent!).mainEntity).to.have.length(4);
    // The shared policy is reachable by any script on the page, so it must pass JSON only.
    const policy = (win as unknown as Record<symbol, { createScript(text: string): unknown }>)[Symbol.for('careerkit.policy')]!;
    expect(() => policy.createScript('alert(1)')).to.throw();
    expect(String(policy.createScript('{"a":1}'))).to.equal('{"a":1}');
    const trap = win.document.querySelector<HTMLInputElement>('#authored [name=ck-trap]')!;
    const box = trap.getBoundingClientRect();
    expect(win.document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === trap, 'the trap can be hit').to.be.false;
    expect(win.getComputedStyle(trap).clipPath).to.equal('inset(50%)');
    const authored = win.document.querySelector('#authored')!;
    authored.querySelector('input')!.value = 'not an address';
    authored.querySelector('button')!.click();
    await until(() => authored.querySelector('.ck-error')?.textContent, 2000, 'the inline message');
    // The consent box, put into the authored form (light DOM), with its linked policy.
    expect(authored.querySelector('form .ck-consent input[type=checkbox]')).to.exist;
    expect(authored.querySelector('form .ck-consent a')?.getAttribute('href')).to.equal('/privacy');
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('with theme="auto", every widget follows prefers-color-scheme', async () => {
    // An iframe's prefers-color-scheme follows the color-scheme of its <iframe> element
    // (Chromium, Firefox). WebKit does not pass it on, and its WebDriver cannot emulate
    // media, so there the test checks that theme="auto" lets the page's preference through.
    const frame = await loadPage('/tests/pages/widgets.html');
    const win = frame.contentWindow!;
    const tags = ['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'];
    const els = tags.map((tag) => win.document.querySelector(tag)!);
    await until(() => els.every((el) => el.shadowRoot?.querySelector('[part=base] > :not(.status)')), 5000, 'every widget');
    const backgrounds = () => els.map((el) => win.getComputedStyle(el).backgroundColor);
    expect(backgrounds()).to.deep.equal(tags.map(() => 'rgb(255, 255, 255)'));
    frame.style.colorScheme = 'dark';
    await new Promise((r) => setTimeout(r, 100));
    if (win.matchMedia('(prefers-color-scheme: dark)').matches) expect(backgrounds()).to.deep.equal(tags.map(() => 'rgb(23, 25, 29)'));
    else for (const el of els) expect(win.getComputedStyle(el).colorScheme).to.equal('light dark');
  });

  it('without JavaScript, the authored table is the content', async () => {
    const frame = await loadPage('/tests/pages/no-js.html');
    const table = frame.contentDocument!.querySelector('role-compare table')!;
    expect(textOf(table)).to.contain('£65,000–£95,000');
    expect((table as HTMLElement).offsetHeight).to.be.greaterThan(20);
  });
});
