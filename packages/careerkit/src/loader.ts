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
