// A newsletter endpoint for tests/newsletter-form.test.ts: a plain Node
// request handler, with faults injected per request through the query string,
// and a log of every request so tests can count them.
//
//   POST /nl/subscribe?id=ID[&fault=…]   records the request, then answers:
//     (none)            200 {"ok":true}
//     status=NNN        NNN, with {"message": msg} when msg is given, and
//                       Retry-After: retry when retry is given
//     fault=hang        never answers (the socket closes after 20 s)
//     fault=drop        destroys the connection in the middle of the answer
//     fault=malformed   200 with a body that is not JSON
//     fault=nocors      200 without CORS headers (a refused cross-origin request)
//     failfirst=N       500 for the first N requests of this id, then 200
//     delay=MS          waits before answering
//   GET  /nl/post-json?…&c=CALLBACK      Mailchimp's JSONP shape: CALLBACK({result, msg});
//                       result=error&msg=… gives an error
//   GET  /nl/log?id=ID                   the requests recorded for ID, preflights (OPTIONS) included
//   GET  /nl/origin                      the second origin's base URL (same handler, other port)
//
// Wiring (the runner's own server serves /nl/*, a second server gives a second origin):
//
//   import { newsletterEndpoint } from './tests/newsletter-server.mjs';
//   const newsletter = newsletterEndpoint();
//   export default { ...config, middleware: [newsletter.middleware], plugins: [...plugins, newsletter.plugin] };
import { createServer } from 'node:http';
import { setTimeout } from 'node:timers';
import { URL } from 'node:url';

const logs = new Map();

/** Handles one request under /nl/. */
export function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const q = url.searchParams;
  const id = q.get('id') ?? '';
  const cors =
    q.get('fault') === 'nocors'
      ? {}
      : {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'content-type',
          'access-control-expose-headers': 'retry-after',
        };
  const send = (status, body, type = 'application/json', extra = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...cors, ...extra });
    res.end(body);
  };
  const path = url.pathname.replace(/^\/nl/, '');
  if (path === '/log') return send(200, JSON.stringify(logs.get(id) ?? []));
  if (path === '/origin') return send(200, JSON.stringify(endpoint.origin));
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const log = logs.get(id) ?? [];
    logs.set(id, log);
    log.push({ method: req.method, path, type: req.headers['content-type'] ?? '', body, query: Object.fromEntries(q) });
    const answer = () => {
      if (req.method === 'OPTIONS') return send(204, '');
      const fault = q.get('fault');
      if (fault === 'hang') return setTimeout(() => res.destroy(), 20000).unref();
      if (fault === 'drop') {
        // Drop the connection mid-answer: dropped before any byte, a browser may retry the request on a new connection.
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100', ...cors });
        res.write('{"ok"');
        return setTimeout(() => req.socket.destroy(), 20);
      }
      if (fault === 'malformed') return send(200, '{"ok": tru');
      if (path === '/post-json') {
        const result = q.get('result') ?? 'success';
        return send(200, `${q.get('c')}(${JSON.stringify({ result, msg: q.get('msg') ?? 'Thank you for subscribing!' })})`, 'text/javascript');
      }
      if (log.filter((r) => r.method !== 'OPTIONS').length <= Number(q.get('failfirst') ?? 0)) return send(500, '');
      const status = Number(q.get('status') ?? 200);
      const msg = q.get('msg');
      const retry = q.get('retry');
      send(status, msg ? JSON.stringify({ message: msg }) : status === 200 ? '{"ok":true}' : '', 'application/json', retry ? { 'retry-after': retry } : {});
    };
    const delay = Number(q.get('delay') ?? 0);
    if (delay) setTimeout(answer, delay);
    else answer();
  });
}

const endpoint = { origin: '' };

/**
 * The endpoint for @web/test-runner: `middleware` serves /nl/* on the runner's
 * own origin; `plugin` starts (and stops) the same handler on 127.0.0.1 at a
 * free port, the second origin.
 */
export function newsletterEndpoint() {
  let second;
  return {
    middleware(ctx, next) {
      if (!ctx.path.startsWith('/nl/')) return next();
      // The handler answers on the raw response; the status set here only keeps the runner from reporting a 404.
      ctx.status = 200;
      ctx.respond = false;
      handle(ctx.req, ctx.res);
    },
    plugin: {
      name: 'newsletter-endpoint',
      async serverStart() {
        second = createServer(handle);
        await new Promise((resolve) => second.listen(0, '127.0.0.1', resolve));
        endpoint.origin = `http://127.0.0.1:${second.address().port}`;
      },
      async serverStop() {
        second?.closeAllConnections();
        await new Promise((resolve) => (second ? second.close(resolve) : resolve()));
      },
    },
  };
}
