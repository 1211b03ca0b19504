/**
 * The CDN loader (`cdn/loader.js`, the package's `unpkg`/`jsdelivr` file).
 *
 * It registers only the widgets present on the page, now or later: each tag's
 * module is imported the first time an element with that tag is in the
 * document. The widget modules share one copy of Lit. It imports nothing up
 * front, so it stays tiny. The list of widgets comes from the build
 * (scripts/widgets.mjs).
 */
import widgets from 'careerkit:widgets';

declare const __CK_VERSION__: string;

/**
 * The URL of the folder the widget chunks are in, ending in `/`: the build
 * prefixes each widget's `import('./chunks/…')` with it (by this name).
 * Loaded as a file (`…/cdn/loader.js`, a CDN's `loader.min.js`, unpkg's
 * redirect to the file, a self-hosted copy at any path), they are next to it.
 * Served as the package's default file at its short URL (jsDelivr's
 * `…/npm/careerkit` or `…/npm/careerkit@1.2.3`, with no redirect), this file
 * is not in cdn/, so they are in that version's cdn/ folder, pinned to this
 * loader's own version so that they always match it.
 */
const here = new URL(import.meta.url);
const chunkBase = new URL(here.pathname.endsWith('.js') ? '.' : `${here.pathname.replace(/@[^/]*$/, '')}@${__CK_VERSION__}/cdn/`, here).href;

/**
 * Reserves each widget's space while its module loads, so the page does not
 * jump when it upgrades: an empty tag (nothing inside but whitespace or a JSON
 * script, no `src` and no attribute that changes what it shows) gets the
 * height of its default content, measured in a 640px column and, below a
 * 480px viewport, in a 360px one (in em of its font size; the middle of what
 * Chromium, Firefox and WebKit render, which differ by about 15%). Each widget
 * gives its figures in its package.json (`careerkit.reserve`). Authored
 * content inside a tag reserves its own space. tests/cdn.test.ts checks these
 * figures against the rendered widgets.
 */
const rules = (narrow: boolean) =>
  widgets
    .map(([tag, , wide, small, not]) => `${tag}:not(:defined):not([src])${not}:not(:has(:not(script))){display:block;min-height:${narrow ? small : wide}em}`)
    .join('');
try {
  // A constructed stylesheet: allowed under a strict CSP, where a <style> element would not be.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${rules(false)}@media (max-width:480px){${rules(true)}}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch {
  // An old browser without constructed stylesheets just does not reserve.
}

const waiting = new Map(widgets.map(([tag, load]) => [tag, load]));

function upgrade() {
  for (const [tag, load] of waiting) {
    if (customElements.get(tag)) waiting.delete(tag);
    else if (document.querySelector(tag)) {
      waiting.delete(tag);
      load().catch((error: unknown) => {
        waiting.set(tag, load);
        console.error(`careerkit: could not load <${tag}> from ${chunkBase}:`, error);
      });
    }
  }
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver(upgrade);
observer.observe(document, { childList: true, subtree: true });
upgrade();
