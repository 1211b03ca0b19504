// The German and Arabic demo pages (demo/de.html, demo/ar.html) with the built CDN loader (`npm run build`): each
// widget with authored content takes the page's language and direction and writes its own words in it; the widget
// with no content shows its default content, which stays en-GB and left to right.
import { expect } from '@open-wc/testing';
import type { Translation } from '@careerkit/core';
import de from '../packages/core/src/locales/de.js';
import { textOf } from './helpers.js';

type PageWindow = Window & typeof globalThis & { pageErrors: string[] };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Loads a demo page in an iframe, as its own HTML with one script put first that records console errors and
 * warnings and uncaught errors from the start (a frame loaded by `src` can only be watched after its scripts ran),
 * and a `<base>` naming the page's own URL. (Firefox's speculative parser still asks for `demo.css` and `demo.js`
 * at the root before reading the base: two harmless 404s in the runner's log.)
 */
async function loadDemo(path: string, width = 1000) {
  const page = await (await fetch(path)).text();
  const recorder = `<base href="${new URL(path, location.href).href}"><script>
    window.pageErrors = [];
    for (const kind of ['error', 'warn']) console[kind] = (...args) => pageErrors.push(kind + ': ' + args.join(' '));
    // Capturing: a script or stylesheet that fails to load fires a non-bubbling error on its element.
    addEventListener('error', (e) => pageErrors.push(e.target == window ? 'uncaught: ' + e.message : 'not loaded: ' + (e.target.src || e.target.href)), true);
    addEventListener('unhandledrejection', (e) => pageErrors.push('unhandled: ' + e.reason));
  </script>`;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:600px;border:0`;
  frame.srcdoc = page.replace('<head>', `<head>${recorder}`);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  // The loader itself failed to load (not built?): say so rather than wait for widgets that never come.
  expect(win.pageErrors).to.deep.equal([]);
  const widgets = [...win.document.querySelectorAll<Widget>('role-compare, salary-slider, faq-accordion, newsletter-form')];
  await Promise.all([...new Set(widgets.map((el) => el.localName))].map((tag) => win.customElements.whenDefined(tag)));
  // updateComplete resolves after the render in the widget's language, once its words have loaded.
  for (const el of widgets) await el.updateComplete;
  return { win, widgets };
}

const root = (el: Element) => el.shadowRoot!.querySelector('.ck')!;
/** Each widget's own word to look for: one string of its translation. */
const own = (words: Translation) => ({
  'role-compare': words['role-compare']!.source,
  'salary-slider': words['salary-slider']!.label,
  'faq-accordion': words['faq-accordion']!.expandAll,
  'newsletter-form': words['newsletter-form']!.button,
});

describe('demo pages in German and Arabic', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const pages = [
    ['/demo/de.html', 'de-DE', 'ltr'],
    ['/demo/ar.html', 'ar', 'rtl'],
  ] as const;
  for (const [path, lang, dir] of pages)
    it(`${path}: the authored widgets are ${lang} and ${dir}, the one without content en-GB and ltr, and no console error`, async () => {
      const { win, widgets } = await loadDemo(path);
      expect(win.document.documentElement.lang).to.equal(lang);
      const seed = win.document.getElementById('seed')!;
      const authored = widgets.filter((el) => el !== seed);
      expect(authored.map((el) => el.localName).sort()).to.deep.equal(['faq-accordion', 'newsletter-form', 'role-compare', 'salary-slider']);
      for (const el of authored) expect([el.localName, root(el).getAttribute('lang'), root(el).getAttribute('dir')]).to.deep.equal([el.localName, lang, dir]);
      expect([root(seed).getAttribute('lang'), root(seed).getAttribute('dir')]).to.deep.equal(['en-GB', 'ltr']);
      expect(textOf(seed.shadowRoot)).to.include('Expand all');
      // The page's own translation, as loaded from the CDN: Arabic must have one.
      const loaded = (win as unknown as Record<symbol, Record<string, Translation>>)[Symbol.for('careerkit.locales')]!;
      const words = own(lang == 'de-DE' ? de : loaded[lang]!);
      for (const el of authored) {
        const word = words[el.localName as keyof typeof words];
        expect(typeof word, `${el.localName}: a ${lang} word`).to.equal('string');
        expect(textOf(el.shadowRoot), el.localName).to.include(word);
      }
      expect(win.pageErrors).to.deep.equal([]);
    });
});
