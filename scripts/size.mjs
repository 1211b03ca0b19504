// Prints minified, gzip and brotli (quality 11) bytes of every CDN file and
// fails when one exceeds its budget. The budgets (PRODUCT.md) are written once,
// in the root package.json's `sizeBudgets`. Run after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { widgets } from './widgets.mjs';

const cdn = 'packages/careerkit/cdn';
const KB = 1024;
// careerkit.css (the reserved space, which a page links for its first paint) and mailchimp.js (an add-on the
// widget loads on demand) are not widgets: each has its own budget. The loader's on-demand chunks (mailchimp,
// signup: newsletter-form's sender, loaded at the first signup; request: the fetch of a `src`; rare: for a widget moved to another document or put in a <p>; structured-data: faq-accordion's FAQPage; locales and locale-<lang>:
// the words of a widget in another language than English) are not part of what a widget needs to show in English, nor
// is its reserve chunk (the rules of careerkit.css, for a page without the link): a page downloads one of the two,
// printed beside the total.
const { sizeBudgets } = JSON.parse(readFileSync('package.json', 'utf8'));
const budgets = Object.fromEntries(Object.entries(sizeBudgets).filter(([k]) => /\.(js|css)$/.test(k)).map(([k, v]) => [k, v * KB]));
const widgetBudget = sizeBudgets.widget * KB;
const wireBudget = sizeBudgets['loader + widget + chunks'] * KB;
if (!existsSync(cdn)) {
  console.error(`No ${cdn}: run \`npm run build\` first.`);
  process.exit(1);
}
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const files = readdirSync(cdn, { recursive: true }).filter((f) => /\.(js|css)$/.test(f)).sort();
const rows = files.map((file) => {
  const buf = readFileSync(join(cdn, file));
  // Each translation (locales/<lang>.js) and their list (locales.js) has the `locales` budget.
  const budget = file.startsWith('chunks/') ? undefined : (budgets[file] ?? (file.startsWith('locales') ? sizeBudgets.locales * KB : widgetBudget));
  return { file, min: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli(buf), budget };
});

// The loader's real cost for one widget: loader + that widget's chunk + the shared chunk.
const chunk = (name) => rows.filter((r) => r.file.startsWith(`chunks/${name}-`));
const fmt = (n) => (n / KB).toFixed(2).padStart(6) + ' KB';
console.log(`${'file'.padEnd(34)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}   budget`);
let failed = 0;
for (const r of rows) {
  let verdict = '(chunk)';
  if (r.budget !== undefined) {
    const over = r.brotli > r.budget;
    if (over) failed++;
    verdict = `${fmt(r.budget)} ${over ? `OVER by ${fmt(r.brotli - r.budget).trim()}` : 'ok'}`;
  }
  console.log(`${r.file.padEnd(34)} ${fmt(r.min)} ${fmt(r.gzip)} ${fmt(r.brotli)}   ${verdict}`);
}
const shared = chunk('shared');
const css = rows.find((r) => r.file === 'careerkit.css');
const request = chunk('request')[0];
const reserve =
  (css ? ` (+${fmt(css.brotli)} for the reserved space, careerkit.css or the reserve chunk` : ' (') +
  (request ? `; +${fmt(request.brotli)} with a src, chunks/request)` : ')');
// Rollup's hash: 8 characters, '-' among them. A widget's chunk is named after its tag (scripts/widgets.mjs).
const chunkName = (file) => file.slice('chunks/'.length).replace(/-[\w-]{8}\.js$/, '');
for (const r of rows.filter((r) => r.file.startsWith('chunks/') && widgets.some((w) => w.tag === chunkName(r.file)))) {
  const name = chunkName(r.file);
  const total = [rows.find((x) => x.file === 'loader.js'), r, ...shared].reduce((sum, x) => sum + x.brotli, 0);
  const over = total > wireBudget;
  if (over) failed++;
  console.log(`  loader + ${name} + shared chunk: ${fmt(total)} brotli over the wire, budget ${fmt(wireBudget).trim()} ${over ? 'OVER' : 'ok'}${reserve}`);
}
if (failed) {
  console.error(`\n${failed} file(s) over budget.`);
  process.exit(1);
}
console.log('\nAll CDN files within budget.');
