/**
 * The CDN loader (`cdn/loader.js`, the package's `unpkg`/`jsdelivr` file).
 *
 * It registers only the widgets present on the page, now or later: each tag's
 * module is imported the first time an element with that tag is in the
 * document. The widget modules share one copy of Lit. It imports nothing up
 * front, so it stays tiny.
 */
const widgets: Record<string, () => Promise<unknown>> = {
  'role-compare': () => import('@careerkit/role-compare/define'),
  'faq-accordion': () => import('@careerkit/faq-accordion/define'),
  'newsletter-form': () => import('@careerkit/newsletter-form/define'),
  'salary-slider': () => import('@careerkit/salary-slider/define'),
};

/**
 * Reserves each widget's space while its module loads, so the page does not
 * jump when it upgrades: an empty tag (nothing inside but whitespace or a JSON
 * script, no `src` and no attribute that changes what it shows) gets the
 * height of its default content, measured in a 640px column and, below a
 * 480px viewport, in a 360px one (in em of its font size; the middle of what
 * Chromium, Firefox and WebKit render, which differ by about 15%). Authored content
 * inside a tag reserves its own space. tests/cdn.test.ts checks these figures
 * against the rendered widgets.
 */
const reserve: Record<string, [wide: number, narrow: number, not: string]> = {
  'role-compare': [125, 195, ':not([sections])'],
  'faq-accordion': [12.8, 15, ''],
  'salary-slider': [31, 37, ':not([job])'],
  'newsletter-form': [15, 19, ''],
};
const rules = (i: 0 | 1) =>
  Object.entries(reserve)
    .map(([tag, r]) => `${tag}:not(:defined):not([src])${r[2]}:not(:has(:not(script))){display:block;min-height:${r[i]}em}`)
    .join('');
try {
  // A constructed stylesheet: allowed under a strict CSP, where a <style> element would not be.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${rules(0)}@media (max-width:480px){${rules(1)}}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
} catch {
  // An old browser without constructed stylesheets just does not reserve.
}

const waiting = new Set(Object.keys(widgets));

function upgrade() {
  for (const tag of waiting) {
    if (customElements.get(tag)) waiting.delete(tag);
    else if (document.querySelector(tag)) {
      waiting.delete(tag);
      widgets[tag]().catch((error: unknown) => {
        waiting.add(tag);
        console.error(`careerkit: could not load <${tag}>:`, error);
      });
    }
  }
  if (!waiting.size) observer.disconnect();
}

const observer = new MutationObserver(upgrade);
observer.observe(document, { childList: true, subtree: true });
upgrade();
