// Serves the repository on localhost for the demo page (npm start).
// A deliberately tiny static server: no dependencies, no caching, GET only.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const root = process.cwd();
const port = Number(process.env.PORT ?? 8000);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

export const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // The builder is its built folder, a static site of its own (rollup.config.mjs writes it).
  if (url.pathname === '/builder') return void res.writeHead(301, { location: '/builder/' }).end();
  let path = normalize(join(root, decodeURIComponent(url.pathname.replace(/^\/builder\//, '/packages/builder/dist/'))));
  if (!path.startsWith(root)) return void res.writeHead(403).end();
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
  res.writeHead(200, { 'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8` });
  createReadStream(path).pipe(res);
});

// Run directly (npm start), it listens; imported (npm run bench), the importer does.
if (import.meta.url === `file://${process.argv[1]}`) {
  server.listen(port, '127.0.0.1', () => {
    console.log(`\nCareerkit demo: http://localhost:${port}/demo/\nEmbed builder: http://localhost:${port}/builder/\n(Ctrl+C to stop)`);
  });
}
