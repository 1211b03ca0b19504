// A @web/test-runner middleware that renders HTML on the server for tests/hydrate.test.ts, with the same
// Node code a user runs (tests/ssr/render-html.mjs, on the built packages: run `npm run build` first):
//   GET /__ssr?html=<html>                     the HTML, its widgets rendered (child JSON scripts included)
//   GET /__ssr?tag=<tag>&attrs=<a>&data=<json> one widget with its `data` property bound in a Lit template
//   GET /__ssr/page?html=<html>[&ssr=0]        a page with the CDN loader (cdn/loader.js) and the HTML, server-
//                                              rendered unless ssr=0; an inline script records, as the parser
//                                              reaches it, each widget's part="base" (window.painted), its box
//                                              (window.boxes) and, where there is the API, layout shifts (window.shifts)
const probe = `<script>
  const widgets = [...document.querySelectorAll('body *')].filter((el) => el.localName.includes('-'));
  window.painted = widgets.map((el) => el.shadowRoot && el.shadowRoot.querySelector('[part="base"]'));
  window.boxes = widgets.map((el) => JSON.stringify(el.getBoundingClientRect()));
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  }
</script>`;

export async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/__ssr' && ctx.path !== '/__ssr/page') return next();
  try {
    const { renderHtml, renderWithData } = await import('./render-html.mjs');
    const { html, tag, attrs = '', data, ssr } = ctx.query;
    if (ctx.path === '/__ssr/page') {
      const body = ssr === '0' ? html : await renderHtml(html);
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Server-rendered widgets</title><script type="module" src="/packages/careerkit/cdn/loader.js"></script></head><body><main style="width:640px">${body}</main>${probe}</body></html>`;
    } else ctx.body = html !== undefined ? await renderHtml(html) : await renderWithData(tag, attrs, JSON.parse(data));
    ctx.type = 'text/html';
  } catch (error) {
    ctx.status = 500;
    ctx.body = `server rendering failed (is the build there? npm run build): ${error.stack}`;
  }
}
