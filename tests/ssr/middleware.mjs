// A @web/test-runner middleware that renders pages on the server for tests/hydrate.test.ts, with the same Node
// code a user runs (tests/ssr/render-html.mjs, on the built packages: run `npm run build` first), and serves
// them with the CDN loader, so the browser side is what a user's page runs too:
//
//   GET /__ssr/page?cases=<json>[&ssr=0][&script=<url>]
//
// `cases` is a list of widgets, `{ tag, attrs?, json?, data? }`: its attributes, content for a child JSON script,
// content for its `data` property (bound in a Lit template on the server, and set by an inline script before the
// loader runs in the browser). Each is rendered on the server unless ssr=0, and put at the top of the page, in a
// 640px column (so each is in the viewport). The loader is cdn/loader.js unless `script` says otherwise. An inline
// script records, as the parser reaches it: per widget, its shadow root's elements (window.painted), their boxes
// (window.boxes) and text (window.texts); then errors and warnings (window.errors, window.warnings) and, where
// there is the API, layout shifts (window.shifts).
const probe = (datas) => `<script>
  window.errors = [];
  window.warnings = [];
  for (const [name, list] of [['error', window.errors], ['warn', window.warnings]]) {
    const log = console[name].bind(console);
    console[name] = (...args) => (list.push(args.map(String).join(' ')), log(...args));
  }
  addEventListener('error', (e) => window.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
  const widgets = [...document.querySelectorAll('main > div > *')];
  const nodes = (el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('*')] : []);
  window.painted = widgets.map(nodes);
  window.boxes = widgets.map((el) => [el, ...nodes(el)].map((n) => JSON.stringify(n.getBoundingClientRect())));
  window.texts = widgets.map((el) => (el.shadowRoot ? el.shadowRoot.textContent.replace(/\\s+/g, ' ') : ''));
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  }
  // The data property, set before the widget upgrades, as the server had it.
  const datas = ${JSON.stringify(datas).replace(/</g, '\\u003c')};
  widgets.forEach((el, i) => datas[i] != null && (el.data = datas[i]));
</script>`;

const tagHtml = ({ tag, attrs = '', json }) =>
  `<${tag} ${attrs}>${json === undefined ? '' : `<script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script>`}</${tag}>`;

export async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/__ssr/page') return next();
  try {
    const { renderHtml, renderWithData } = await import('./render-html.mjs');
    const { ssr, script = '/packages/careerkit/cdn/loader.js' } = ctx.query;
    const cases = JSON.parse(ctx.query.cases);
    const widgets = await Promise.all(
      cases.map((c) => (ssr === '0' ? tagHtml(c) : c.data !== undefined ? renderWithData(c.tag, c.attrs ?? '', c.data) : renderHtml(tagHtml(c)))),
    );
    ctx.type = 'text/html';
    ctx.body =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered widgets</title>` +
      `<script type="module" src="${script}"></script></head><body><main>` +
      widgets.map((w) => `<div style="position:absolute;top:0;left:0;width:640px">${w}</div>`).join('') +
      `</main>${probe(cases.map((c) => c.data ?? null))}</body></html>`;
  } catch (error) {
    ctx.status = 500;
    ctx.body = `server rendering failed (is the build there? npm run build): ${error.stack}`;
  }
}
