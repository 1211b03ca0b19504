// A CDN imitation for tests/cdn-urls.test.ts and tests/cls.test.ts: serves the built packages/careerkit/cdn/
// folder the way jsDelivr and unpkg serve the published package (a .css file as text/css), and records every
// request, so a test can see that a page asked for nothing outside the package's own version folder. Each test
// page gets its own root, /cdn-server/<id>/, and everything requested under it is logged for that id:
//
//   /cdn-server/<id>/page?script=<path>&tags=<tags>   a page with only <script type="module" src="<path>"> and
//                                                      the tags (comma-separated names, each an empty element)
//   /cdn-server/<id>/npm/careerkit                     jsDelivr's default file: the loader's text, 200, no redirect
//   /cdn-server/<id>/npm/careerkit@<spec>              the same, for any version or range
//   /cdn-server/<id>/npm/careerkit@<version>/<file>    the package's files; <name>.min.js is a minified copy of
//                                                      <name>.js, as jsDelivr makes one
//   /cdn-server/<id>/unpkg/careerkit[@<version>]       unpkg: 302 to /cdn-server/<id>/unpkg/careerkit@<version>/cdn/loader.js
//   /cdn-server/<id>/unpkg/careerkit@<version>/<file>  the package's files
//   /cdn-server/<id>/self/assets/js/careerkit/<file>   a self-hosted copy of the cdn/ folder, renamed
//   anything else under /cdn-server/<id>/              404, such as /npm/chunks/… (another npm package)
//   /cdn-server/log?id=<id>                            the paths requested under that id's root, in order
//   ?delay=<ms> on any request under /cdn-server/<id>/  answers that late (a slow CDN, for tests/cls.test.ts)
//
// Wiring: `middleware: [cdnServer]` in web-test-runner.config.mjs.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { transformSync } from 'esbuild';

const cdn = new URL('../packages/careerkit/cdn/', import.meta.url);
export const { version } = JSON.parse(readFileSync(new URL('../packages/careerkit/package.json', import.meta.url), 'utf8'));
const logs = new Map();

/** The text of a file in the built cdn/ folder, `x.min.js` minified from `x.js`; undefined when there is none. */
function cdnFile(path) {
  const min = path.endsWith('.min.js');
  const file = new URL(min ? path.replace(/\.min\.js$/, '.js') : path, cdn);
  if (!file.href.startsWith(cdn.href) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  const text = readFileSync(file, 'utf8');
  return min ? transformSync(text, { minify: true, format: 'esm', target: 'es2022' }).code : text;
}

const page = (script, tags) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>CDN URL</title>` +
  `<script type="module" src="${script}"></script></head><body>` +
  tags.map((t) => `<${t}></${t}>`).join('') +
  `</body></html>`;

/** Answers one request under /cdn-server/<id>/ (rest is the path after the id's root). */
function answer(root, rest, query) {
  const js = (text, css = false) =>
    text === undefined ? [404, 'text/plain', 'Not found'] : [200, `text/${css ? 'css' : 'javascript'}; charset=utf-8`, text];
  if (rest === 'page') return [200, 'text/html; charset=utf-8', page(query.get('script') ?? '', (query.get('tags') ?? '').split(',').filter(Boolean))];
  if (/^npm\/careerkit(@[^/]+)?$/.test(rest)) return js(cdnFile('loader.js'));
  if (rest === 'unpkg/careerkit' || rest === `unpkg/careerkit@${version}`) return [302, 'text/plain', '', { location: `${root}unpkg/careerkit@${version}/cdn/loader.js` }];
  const file = new RegExp(`^(?:npm|unpkg)/careerkit@${version.replaceAll('.', '\\.')}/cdn/(.+)$`).exec(rest) ?? /^self\/assets\/js\/careerkit\/(.+)$/.exec(rest);
  return js(file ? cdnFile(file[1]) : undefined, file?.[1].endsWith('.css'));
}

/** @web/test-runner middleware: answers /cdn-server/*, passes everything else on. */
export function cdnServer(ctx, next) {
  if (!ctx.path.startsWith('/cdn-server/')) return next();
  const url = new URL(ctx.url, 'http://localhost');
  // The handler answers on the raw response (as tests/newsletter-server.mjs does), so no plugin rewrites the files.
  ctx.status = 200;
  ctx.respond = false;
  const send = (status, type, body, headers = {}) => {
    ctx.res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    ctx.res.end(body);
  };
  if (url.pathname === '/cdn-server/log') return send(200, 'application/json', JSON.stringify(logs.get(url.searchParams.get('id')) ?? []));
  const [, id, rest] = /^\/cdn-server\/([^/]+)\/(.*)$/.exec(url.pathname) ?? [];
  if (!id) return send(404, 'text/plain', 'Not found');
  logs.set(id, [...(logs.get(id) ?? []), rest]);
  const [status, type, body, headers] = answer(`/cdn-server/${id}/`, rest, url.searchParams);
  setTimeout(() => send(status, type, body, headers), Number(url.searchParams.get('delay')) || 0);
}
