// A @web/test-runner middleware that renders HTML on the server for tests/hydrate.test.ts, with the same
// Node code a user runs (tests/ssr/render-html.mjs, on the built packages: run `npm run build` first):
//   GET /__ssr?html=<page>                     the page, its widgets rendered (child JSON scripts included)
//   GET /__ssr?tag=<tag>&attrs=<a>&data=<json> one widget with its `data` property bound in a Lit template
export async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/__ssr') return next();
  try {
    const { renderHtml, renderWithData } = await import('./render-html.mjs');
    const { html, tag, attrs = '', data } = ctx.query;
    ctx.body = html !== undefined ? await renderHtml(html) : await renderWithData(tag, attrs, JSON.parse(data));
    ctx.type = 'text/html';
  } catch (error) {
    ctx.status = 500;
    ctx.body = `server rendering failed (is the build there? npm run build): ${error.stack}`;
  }
}
