// Layout shift of the README's blogger snippet (its first code block that loads Careerkit from the CDN, read from
// README.md, whole), pasted into a blog post between paragraphs, with its CDN URLs served by tests/cdn-server.mjs
// and the loader arriving 300ms after the page. At 720px, on a 360px phone and in a 280px sidebar of a wide page,
// the text after the widget must not move when the widget upgrades: Chromium's layout-shift entries (CLS) stay
// ≤ 0.01. Firefox and WebKit have no layout-shift API: there the text after the widget is compared before and
// after the upgrade. The same snippet with each other widget in place of its tag is checked too (the README's
// <role-compare> is taller than the viewport, so the text after it is out of sight either way).
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

declare const __CK_VERSION__: string;

type BlogWindow = Window & { shifts: number[]; layoutShiftApi: boolean; atParse: { top: number; height: number; defined: boolean } };

const tags = ['role-compare', 'faq-accordion', 'salary-slider', 'newsletter-form'];
const paragraph = '<p>A blogger writes about careers: which role suits whom, what it pays and how to get there.</p>';
const text = (n: number) => paragraph.repeat(n);

// [what, iframe width, height, page CSS, where the snippet goes: the main column or the aside]
const layouts = [
  ['a 720px column', 720, 640, 'main{padding:0 1em}', 'main'],
  ['a 360px phone', 360, 640, 'main{padding:0 1em}', 'main'],
  ['a 280px sidebar', 800, 640, '.page{display:grid;grid-template-columns:1fr 280px;gap:1em;padding:0 1em}', 'aside'],
] as const;

/** The README's first ```html block that loads Careerkit from jsDelivr. */
async function readmeSnippet() {
  const readme = await (await fetch('/README.md')).text();
  const snippet = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('https://cdn.jsdelivr.net/npm/careerkit'));
  if (!snippet) throw new Error('README.md has no html block loading https://cdn.jsdelivr.net/npm/careerkit');
  return snippet;
}

/** A blog post with the snippet, its CDN URLs on the test server's jsDelivr (the loader 300ms late). */
function post(snippet: string, root: string, css: string, where: string) {
  const local = snippet
    .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/careerkit@[\w.-]+/g, `${root}npm/careerkit@${__CK_VERSION__}`)
    .replace(/(<script\b[^>]*\bsrc="[^"?]+)"/g, '$1?delay=300"');
  const body = `<h1>Choosing a role</h1>${text(1)}${local}<div id="after">${text(6)}</div>`;
  return (
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Blog post</title>` +
    `<style>body{margin:0;font:16px/1.5 Georgia,serif}${css}</style>` +
    // Every layout shift, from the start (Chromium).
    `<script>window.shifts=[];window.layoutShiftApi=!!PerformanceObserver.supportedEntryTypes?.includes('layout-shift');` +
    `if(layoutShiftApi)new PerformanceObserver((l)=>{for(const e of l.getEntries())if(!e.hadRecentInput)shifts.push(e.value)}).observe({type:'layout-shift',buffered:true})</script>` +
    `</head><body><div class="page">${where === 'main' ? `<main>${body}</main>` : `<main>${text(12)}</main><aside>${body}</aside>`}</div>` +
    // The page as first painted: the stylesheets have loaded (a script waits for them), the loader has not.
    `<script>{const w=document.querySelector('${tags.join(',')}');` +
    `window.atParse={top:document.querySelector('#after').getBoundingClientRect().top,height:w.getBoundingClientRect().height,defined:w.matches(':defined')}}</script>` +
    `</body></html>`
  );
}

let pages = 0;
async function load(html: string, width: number, height: number) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0`;
  frame.srcdoc = html;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('layout shift of the README snippet', () => {
  let snippet = '';
  before(async () => {
    snippet = await readmeSnippet();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const tag of tags)
    for (const [what, width, height, css, where] of layouts)
      it(`${tag === 'role-compare' ? "the README's snippet" : `the snippet with <${tag}>`} in ${what}, the loader 300ms late: CLS ≤ 0.01`, async function () {
        // A first page on a loaded machine: the dev server's first answers can be slow.
        this.timeout(20000);
        const root = `/cdn-server/cls-${Date.now().toString(36)}-${++pages}/`;
        const own = tag === 'role-compare' ? snippet : snippet.replace(/<role-compare><\/role-compare>/, `<${tag}></${tag}>`);
        expect(own).to.contain(`<${tag}></${tag}>`);
        const frame = await load(post(own, root, css, where), width, height);
        const win = frame.contentWindow as BlogWindow & typeof globalThis;
        const el = win.document.querySelector(tag)!;
        const after = win.document.querySelector('#after')!;
        await until(() => el.shadowRoot?.querySelector('[part=base] > :not(.status)'), 15000, `${tag} to upgrade`);
        await frames();
        await new Promise((r) => setTimeout(r, 200));
        await frames();
        // The reservation was there at the first paint, before the loader: the widget kept (about) its height.
        const { top, height: reserved, defined } = win.atParse;
        const rendered = el.getBoundingClientRect().height;
        expect(defined, 'defined before the loader arrived').to.be.false;
        // What moved: the text after the widget, from where it was painted first to where it is now.
        const box = after.getBoundingClientRect();
        const moved = box.top - top;
        // The score Chromium would give that move (impact fraction × distance fraction), for every engine.
        const [vw, vh] = [win.innerWidth, win.innerHeight];
        const span = Math.max(0, Math.min(vh, Math.max(top, box.top) + box.height) - Math.max(0, Math.min(top, box.top)));
        const estimate = ((span * box.width) / (vw * vh)) * (Math.abs(moved) / Math.max(vw, vh));
        const cls = win.layoutShiftApi ? win.shifts.reduce((a, b) => a + b, 0) : undefined;
        console.log(
          `CLS ${navigator.userAgent.match(/(Chrome|Firefox|Version)\/\d+/)?.[0]} ${tag} in ${what}: ` +
            `${cls === undefined ? 'no layout-shift API' : `layout-shift CLS ${cls.toFixed(4)}`}, estimated ${estimate.toFixed(4)}; ` +
            `reserved ${reserved.toFixed(0)}px, rendered ${rendered.toFixed(0)}px, text after moved ${moved.toFixed(1)}px`,
        );
        if (cls !== undefined) {
          expect(cls, 'CLS').to.be.at.most(0.01);
          expect(estimate, 'estimated CLS').to.be.at.most(0.01);
          expect(reserved / rendered, `reserved ${reserved}px for ${rendered}px`).to.be.within(0.9, 1.1);
        } else {
          // Firefox and WebKit: the README's snippet does not shift; with a shorter widget the text after it moves
          // by the difference between these engines' text and Chromium's (whose figures these are), which is up to
          // a quarter of the height at some widths (scripts/widgets.mjs), and never by the whole widget.
          if (tag === 'role-compare') expect(estimate, 'estimated CLS').to.be.at.most(0.01);
          expect(Math.abs(moved), 'the text after the widget moved').to.be.at.most(0.25 * rendered);
        }
      });
});
