// Hydration: widgets rendered on the server (tests/ssr/middleware.mjs runs the same Node render a user
// runs, on the built packages) are put into the page as declarative shadow DOM, painted, then defined
// with @lit-labs/ssr-client's hydration support. They must take over the server's DOM (the same nodes,
// now live) with no console error and no layout shift.
//
// The hydration support must run before Lit's LitElement module, so it is this file's first import.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { captureConsole, textOf } from './helpers.js';

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
  load: () => Promise<unknown>;
  /** Attributes every case gets. */
  base?: string;
  cases: Case[];
  /** A change made after hydration, and the text it must show: the hydrated template is live. */
  change: [name: string, value: string, text: string];
}

const widgets: Widget[] = [
  {
    tag: 'role-compare',
    load: () => import('@careerkit/role-compare/define'),
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
    load: () => import('@careerkit/salary-slider/define'),
    cases: [
      { mode: 'default', text: '£65,000' },
      { mode: 'attributes', attrs: 'job="Data Analyst" min="48000" max="62000" value="52000"', text: 'Data Analyst' },
      { mode: 'json', data: { roles: ['Platform Engineer'], bands: [{ role: 'Platform Engineer', location: 'Berlin', min: 60000, max: 75000 }] }, text: 'Berlin' },
      { mode: 'data', data: { roles: ['Tester'], bands: [{ role: 'Tester', min: 30000, max: 40000 }] }, text: '£30,000' },
    ],
    change: ['currency', 'EUR', '€'],
  },
  {
    tag: 'faq-accordion',
    load: () => import('@careerkit/faq-accordion/define'),
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
    load: () => import('@careerkit/newsletter-form/define'),
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

/** The server's HTML for one case. */
async function serverHtml(w: Widget, c: Case) {
  const attrs = `${w.base ?? ''} ${c.attrs ?? ''}`;
  const query =
    c.mode == 'data'
      ? new URLSearchParams({ tag: w.tag, attrs, data: JSON.stringify(c.data) })
      : new URLSearchParams({ html: `<${w.tag} ${attrs}>${c.mode == 'json' ? `<script type="application/json">${JSON.stringify(c.data)}</script>` : ''}</${w.tag}>` });
  const response = await fetch(`/__ssr?${query}`);
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const boxes = (el: Element) => [el, ...el.shadowRoot!.querySelectorAll('*')].map((n) => JSON.stringify(n.getBoundingClientRect()));

for (const w of widgets) {
  describe(`<${w.tag}> server-rendered, then hydrated`, () => {
    const hosts: HTMLElement[] = [];
    const painted = new Map<Element, { nodes: Element[]; boxes: string[] }>();
    let shifts: number[] | undefined;
    let logged: ReturnType<typeof captureConsole>;
    const thrown: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => void thrown.push(String('reason' in e ? e.reason : e.message));

    before(async () => {
      for (const c of w.cases) {
        // Side by side at the top of the page, each in a 640px column, so every one is in the viewport.
        const host = Object.assign(document.createElement('div'), { className: c.mode });
        host.style.cssText = 'position:absolute;top:0;left:0;width:640px';
        // setHTMLUnsafe parses declarative shadow roots, as the HTML parser does for a page (innerHTML does not).
        host.setHTMLUnsafe(await serverHtml(w, c));
        document.body.append(host);
        hosts.push(host);
      }
      await frame();
      await frame();
      for (const host of hosts) {
        const el = host.querySelector(w.tag)!;
        painted.set(el, { nodes: [...el.shadowRoot!.querySelectorAll('*')], boxes: boxes(el) });
      }
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
        const seen: number[] = (shifts = []);
        new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift' });
      }
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      logged = captureConsole();
      // The data property, set before the element upgrades, as on the server.
      hosts.forEach((host, i) => w.cases[i].mode == 'data' && Object.assign(host.querySelector(w.tag)!, { data: structuredClone(w.cases[i].data) }));
      await w.load();
      for (const host of hosts) await (host.querySelector(w.tag) as LitElement).updateComplete;
      await frame();
      await frame();
      logged.restore();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    });

    after(() => hosts.forEach((host) => host.remove()));

    it('is server-rendered: declarative shadow DOM with its content, before any script', () => {
      expect(painted.size).to.equal(w.cases.length);
      w.cases.forEach((c, i) => {
        const { nodes } = painted.get(hosts[i].querySelector(w.tag)!)!;
        expect(nodes.length, c.mode).to.be.above(2);
        expect(nodes.map(textOf).join(' '), c.mode).to.include(c.text);
      });
    });

    it('hydrates with no console error or warning', () => {
      expect(logged.errors, 'console.error').to.deep.equal([]);
      expect(logged.warnings, 'console.warn').to.deep.equal([]);
      expect(thrown, 'uncaught').to.deep.equal([]);
    });

    it('keeps the server-rendered DOM (no re-render from scratch) and its content', () => {
      w.cases.forEach((c, i) => {
        const el = hosts[i].querySelector(w.tag) as LitElement;
        const { nodes } = painted.get(el)!;
        expect(el.hasUpdated, `${c.mode}: hydrated`).to.be.true;
        const after = [...el.shadowRoot!.querySelectorAll('*')];
        expect(after.length === nodes.length && after.every((n, j) => n === nodes[j]), `${c.mode}: the same shadow-root nodes`).to.be.true;
        expect(textOf(el.shadowRoot), c.mode).to.include(c.text);
      });
    });

    it('does not move: no layout shift, the same boxes', () => {
      if (shifts) expect(shifts, 'layout-shift entries').to.deep.equal([]);
      w.cases.forEach((c, i) => {
        const el = hosts[i].querySelector(w.tag)!;
        const moved = boxes(el).filter((box, j) => box !== painted.get(el)!.boxes[j]);
        expect(moved, `${c.mode}: boxes that moved`).to.deep.equal([]);
      });
    });

    it('is live after hydration: a change updates the server-rendered DOM in place', async () => {
      const [name, value, text] = w.change;
      const el = hosts[0].querySelector(w.tag) as LitElement;
      const base = el.shadowRoot!.querySelector('[part="base"]');
      expect(textOf(el.shadowRoot)).not.to.include(text);
      el.setAttribute(name, value);
      await el.updateComplete;
      expect(textOf(el.shadowRoot)).to.include(text);
      expect(el.shadowRoot!.querySelector('[part="base"]') === base, 'the same base element').to.be.true;
    });
  });
}
