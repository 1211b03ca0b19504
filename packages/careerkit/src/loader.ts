/**
 * The CDN loader (`cdn/loader.js`, the package's `unpkg`/`jsdelivr` file).
 *
 * It registers only the widgets present on the page, now or later: each tag's
 * module is imported the first time an element with that tag is in the
 * document. The widget modules share one copy of Lit. It imports nothing up
 * front, so it stays tiny. The list of widgets comes from the build
 * (scripts/widgets.mjs).
 */
import widgets, { reserve } from 'careerkit:widgets';

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
 * height of its default content at its own width (container queries, so a
 * widget in a 280px sidebar gets the sidebar's figure on any screen), in em
 * of its font size. Each widget gives its figures in its package.json
 * (`careerkit.reserve`, scripts/widgets.mjs). The rules are cdn/careerkit.css,
 * which a page links to reserve the space from its first paint, before this
 * script arrives; for a page with the script alone, the loader imports the
 * same rules (a chunk of about 0.3 KB, not part of the loader, so that a page
 * with the link does not download them twice: the rules set `--ck-reserved`).
 * Authored content inside a tag reserves its own space. tests/cdn.test.ts
 * checks these figures against the rendered widgets, tests/cls.test.ts the
 * layout shift of the README's snippet.
 */
// A chunk that cannot be fetched reserves nothing; the widgets, which cannot be fetched either, say so below.
if (!getComputedStyle(document.documentElement).getPropertyValue('--ck-reserved')) reserve().catch(() => {});

/**
 * On a page with a server-rendered widget (its declarative shadow root is
 * there before it is defined), Lit's hydration support
 * (packages/careerkit/src/hydrate.ts) loads before any widget, so that the
 * widgets take over the server's DOM instead of rendering it again. Other
 * pages never load it. If it fails to load, the widgets render anew.
 */
const ready = [...document.querySelectorAll(widgets.map(([tag]) => tag).join())].some((el) => el.shadowRoot)
  ? import('./hydrate.js').catch(() => {})
  : Promise.resolve();

const waiting = new Map(widgets);

function upgrade() {
  for (const [tag, load] of waiting) {
    if (customElements.get(tag)) waiting.delete(tag);
    else if (document.querySelector(tag)) {
      waiting.delete(tag);
      ready.then(load).catch((error: unknown) => {
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
