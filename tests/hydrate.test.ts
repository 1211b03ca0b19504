// Hydration: widgets rendered on the server with the npm packages (tests/ssr/middleware.mjs runs the Node render a
// user runs) are served in a page with the CDN loader, which loads Lit's hydration support and then the widgets.
// Before any script runs, the page shows them (declarative shadow DOM); then they must take over the server's DOM
// (the same nodes, now live) with no console error and no layout shift. This is the real user's path: the npm
// files on the server, the CDN files in the browser, both from one build (`npm run build`).
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { loadPage, textOf, until } from './helpers.js';

interface Case {
  mode: 'default' | 'attributes' | 'json' | 'data';
  attrs?: string;
  /** Content given as a child JSON script (json) or set as the `data` property on both sides (data). */
  data?: unknown;
  /** Text the server-rendered shadow root shows. */
  text: string;
}

interface Widget {
  tag: string;
  /** Attributes every case gets. */
  base?: string;
  cases: Case[];
  /** A change made after hydration, and the text it must show: the hydrated template is live. */
  change: [name: string, value: string, text: string];
}

const widgets: Widget[] = [
  {
    tag: 'role-compare',
    cases: [
      { mode: 'default', text: 'The core difference' },
      { mode: 'attributes', attrs: 'heading="Which role suits you?" sections="salary"', text: 'Which role suits you?' },
      { mode: 'json', data: { heading: 'UX Designer vs UX Researcher', roles: ['UX Designer', 'UX Researcher'], sections: [{ title: 'The work', rows: [{ label: 'Main output', values: ['Prototypes', 'Research findings'] }] }] }, text: 'Research findings' },
      { mode: 'data', data: { roles: ['Analyst', 'Engineer'], sections: [{ title: 'Pay', rows: [{ values: ['£1', '£2'] }] }] }, text: 'Pay' },
    ],
    change: ['heading', 'Changed heading', 'Changed heading'],
  },
  {
    tag: 'salary-slider',
    cases: [
      { mode: 'default', text: '£65,000' },
      { mode: 'attributes', attrs: 'job="Data Analyst" min="48000" max="62000" value="52000"', text: 'Data Analyst' },
      { mode: 'json', data: { roles: ['Platform Engineer'], bands: [{ role: 'Platform Engineer', location: 'Berlin', min: 60000, max: 75000 }] }, text: 'Berlin' },
      { mode: 'data', data: { roles: ['Tester'], bands: [{ role: 'Tester', min: 30000, max: 40000 }] }, text: '£30,000' },
      // In German: rendered in German on the server (after loadLocale), the words load before it hydrates.
      { mode: 'json', attrs: 'locale="de-DE" currency="EUR"', data: { roles: ['Plattform-Ingenieur'], bands: [{ role: 'Plattform-Ingenieur', min: 60000, max: 75000 }] }, text: 'Ihr Gehalt' },
    ],
    change: ['currency', 'EUR', '€'],
  },
  {
    tag: 'faq-accordion',
    cases: [
      { mode: 'default', text: 'Which role pays more?' },
      { mode: 'attributes', attrs: 'toggle-all', text: 'Expand all' },
      { mode: 'json', data: { items: [{ question: 'Is there a free trial?', answer: 'Yes, for 30 days.' }] }, text: 'Is there a free trial?' },
      { mode: 'data', data: { items: [{ question: 'Set as data?', answer: 'Yes.' }] }, text: 'Set as data?' },
    ],
    change: ['toggle-all', '', 'Collapse all'],
  },
  {
    tag: 'newsletter-form',
    base: 'action="https://example.com/subscribe"',
    cases: [
      { mode: 'default', text: 'Get career tips delivered to your inbox' },
      { mode: 'attributes', attrs: 'heading="Join the Careerkit list" consent="required"', text: 'Join the Careerkit list' },
      { mode: 'json', data: { heading: 'Weekly data jobs', intro: 'One email each Monday.' }, text: 'Weekly data jobs' },
      { mode: 'data', data: { heading: 'Set as data' }, text: 'Set as data' },
    ],
    change: ['heading', 'Changed heading', 'Changed heading'],
  },
];

type ProbedWindow = Window & { painted: Element[][]; boxes: string[][]; texts: string[]; errors: string[]; warnings: string[]; shifts?: number[] };
interface PageCase {
  tag: string;
  attrs?: string;
  json?: unknown;
  data?: unknown;
}

/** Loads a page of `cases` (server-rendered unless `ssr` is false) and waits until every widget has rendered. */
async function open(cases: PageCase[], ssr = true) {
  const frame = await loadPage(`/__ssr/page?${new URLSearchParams({ cases: JSON.stringify(cases), ssr: ssr ? '1' : '0' })}`, 800);
  const win = frame.contentWindow as ProbedWindow;
  const els = [...frame.contentDocument!.querySelectorAll('main > div > *')] as LitElement[];
  await until(() => win.errors.length || els.every((el) => el.hasUpdated), 8000, 'every widget to render');
  for (const el of els) await el.updateComplete;
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await new Promise((resolve) => win.requestAnimationFrame(resolve));
  const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
  return { frame, win, els, loaded };
}

const nodes = (el: Element) => [...el.shadowRoot!.querySelectorAll('*')];
const boxes = (el: Element) => [el, ...nodes(el)].map((n) => JSON.stringify(n.getBoundingClientRect()));

for (const w of widgets) {
  describe(`<${w.tag}> server-rendered, then hydrated by the CDN loader`, () => {
    let page: Awaited<ReturnType<typeof open>>;

    before(async () => {
      const attrs = (c: Case) => `${w.base ?? ''} ${c.attrs ?? ''}`;
      page = await open(w.cases.map((c) => ({ tag: w.tag, attrs: attrs(c), json: c.mode == 'json' ? c.data : undefined, data: c.mode == 'data' ? c.data : undefined })));
    });

    after(() => page.frame.remove());

    it('is server-rendered: declarative shadow DOM with its content, before any script', () => {
      w.cases.forEach((c, i) => {
        expect(page.win.painted[i]!.length, c.mode).to.be.above(2);
        expect(page.win.texts[i], c.mode).to.include(c.text);
      });
    });

    it('hydrates with no console error or warning', () => {
      expect(page.win.errors, 'errors').to.deep.equal([]);
      expect(page.win.warnings, 'warnings').to.deep.equal([]);
    });

    it('keeps the server-rendered DOM (no re-render from scratch) and its content', () => {
      w.cases.forEach((c, i) => {
        const el = page.els[i]!;
        const [before, after] = [page.win.painted[i]!, nodes(el)];
        expect(after.length === before.length && after.every((n, j) => n === before[j]), `${c.mode}: the same shadow-root nodes`).to.be.true;
        expect(textOf(el.shadowRoot), c.mode).to.include(c.text);
      });
    });

    it('does not move: no layout shift, the same boxes', () => {
      if (page.win.shifts) expect(page.win.shifts, 'layout-shift entries').to.deep.equal([]);
      w.cases.forEach((c, i) => {
        const moved = boxes(page.els[i]!).filter((box, j) => box !== page.win.boxes[i]![j]);
        expect(moved, `${c.mode}: boxes that moved`).to.deep.equal([]);
      });
    });

    it('is live after hydration: a change updates the server-rendered DOM in place', async () => {
      const [name, value, text] = w.change;
      const el = page.els[0]!;
      const base = el.shadowRoot!.querySelector('[part="base"]');
      expect(textOf(el.shadowRoot)).not.to.include(text);
      el.setAttribute(name, value);
      await el.updateComplete;
      expect(textOf(el.shadowRoot)).to.include(text);
      expect(el.shadowRoot!.querySelector('[part="base"]') === base, 'the same base element').to.be.true;
    });
  });
}

describe('the CDN loader and hydration support', () => {
  const cases = ['role-compare', 'salary-slider', 'faq-accordion'].map((tag) => ({ tag }));

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('loads the hydration support before any widget on a page with server-rendered widgets', async () => {
    const { loaded } = await open(cases);
    const hydrate = loaded.findIndex((path) => /\/chunks\/hydrate-/.test(path));
    const widget = loaded.findIndex((path) => cases.some(({ tag }) => path.includes(`/chunks/${tag}-`)));
    expect(hydrate, 'the hydration chunk').to.be.above(-1);
    expect(hydrate < widget, 'before the first widget').to.be.true;
  });

  it('loads no hydration support on a page without server-rendered widgets', async () => {
    const { win, els, loaded } = await open(cases, false);
    expect(win.painted.every((list) => !list.length), 'nothing server-rendered').to.be.true;
    expect(els.every((el) => el.shadowRoot!.querySelector('[part="base"]')), 'every widget rendered').to.be.true;
    expect(loaded.filter((path) => /hydrate/.test(path)), 'hydration support').to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
