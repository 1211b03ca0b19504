// Consumer projects: installs the PACKED tarballs (never the workspace links) into a copy of
// tests/consumers in a temporary folder, the way a user's project gets them, then
//   - type-checks plain TS (bundler and node16 resolution), React 19 TSX, Vue (vue-tsc,
//     strictTemplates) and Svelte (svelte-check), the last three through the generated
//     jsx/vue/svelte types (Checks.vue and Checks.svelte fail if an event's detail is untyped);
//   - imports every package in Node (server-safe);
//   - builds the apps with Vite and checks that the class-only one registers nothing;
//   - renders the React and Vue apps in headless Chromium: the widget shows its `data`
//     and the typed handler fires.
// Checks the README's framework snippets are copied from these projects, so they cannot rot.
// Usage: npm run test:consumers   (KEEP=1 keeps the temporary folder; SKIP_BUILD=1 packs
// what is built, without the prepack build)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'tests/consumers');
const tmp = mkdtempSync(join(tmpdir(), 'ck-consumers-'));
const app = join(tmp, 'app');
const results = [];

const run = (cmd, args, cwd = app) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const check = async (name, fn) => {
  try {
    await fn();
    results.push([name, true]);
    console.log(`ok      ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`FAILED  ${name}\n${[error.stdout, error.stderr].filter(Boolean).join('\n') || error.message}`.trimEnd());
  }
};
const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

// 1. The READMEs' framework snippets: each ```block after `<!-- from tests/consumers/<file> -->` is in that file.
await check('README snippets are copied from tests/consumers', () => {
  const snippets = ['README.md', 'packages/react/README.md'].flatMap((readme) => [
    ...readFileSync(join(root, readme), 'utf8').matchAll(/<!-- from (tests\/consumers\/\S+) -->\s*```\w*\n([\s\S]*?)```/g),
  ]);
  assert(snippets.length >= 8, `expected the React, Vue and Svelte snippets, found ${snippets.length}`);
  for (const [, file, code] of snippets) {
    assert(readFileSync(join(root, file), 'utf8').includes(code.trim()), `the README snippet from ${file} is not in that file`);
  }
});

// 2. Pack every package; each one's prepack builds (once for all: scripts/prepack.mjs).
run('npm', ['pack', '--workspaces', '--pack-destination', tmp, '--silent', ...(process.env.SKIP_BUILD ? ['--ignore-scripts'] : [])], root);
const tarballs = readdirSync(tmp).filter((f) => f.endsWith('.tgz')).map((f) => join(tmp, f));
console.log(`packed ${tarballs.length} tarballs in ${tmp}`);

// 3. One install for every project, from the lock file, then the tarballs.
cpSync(source, app, { recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src) });
run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs]);

await check('every @careerkit package comes from its tarball', () => {
  const names = readdirSync(join(app, 'node_modules/@careerkit'));
  assert(names.length === tarballs.length - 1, `expected ${tarballs.length - 1} @careerkit packages (and careerkit), got ${names.join(', ')}`);
  for (const dir of [...names.map((n) => `@careerkit/${n}`), 'careerkit']) {
    assert(!lstatSync(join(app, 'node_modules', dir)).isSymbolicLink(), `${dir} is a link, not an installed tarball`);
  }
});

// 4. Type checks.
const bin = (name) => join(app, 'node_modules/.bin', name);
await check('TypeScript strict, bundler resolution', () => run(bin('tsc'), ['-p', 'ts/tsconfig.bundler.json']));
await check('TypeScript strict, node16 resolution', () => run(bin('tsc'), ['-p', 'ts/tsconfig.node16.json']));
await check('React 19 TSX (tsc), bundler resolution', () => run(bin('tsc'), ['-p', 'react/tsconfig.json']));
await check('React 19 TSX (tsc), node16 resolution', () => run(bin('tsc'), ['-p', 'react/tsconfig.node16.json']));
await check('Vue 3 (vue-tsc, strictTemplates)', () => run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']));
await check('Svelte 5 (svelte-check, without skipLibCheck)', () =>
  run(bin('svelte-check'), ['--workspace', join(app, 'svelte'), '--tsconfig', join(app, 'svelte/tsconfig.json'), '--fail-on-warnings', '--output', 'human']),
);

// 5. Every package imports in Node, as on a server.
const packages = ['careerkit', ...readdirSync(join(app, 'node_modules/@careerkit')).map((n) => `@careerkit/${n}`)];
for (const name of packages) {
  await check(`import('${name}') in Node`, () => run('node', ['--input-type=module', '-e', `await import('${name}')`]));
}

await check('@careerkit/react renders to a string in Node (react-dom/server)', () => {
  const html = run('node', ['--input-type=module', '-e', `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { RoleCompare, SalarySlider } from '@careerkit/react';
    console.log(renderToString(createElement('div', null, createElement(RoleCompare, { sections: 'salary', onPathSelect() {} }), createElement(SalarySlider))));`]);
  assert(html.includes('<role-compare') && html.includes('<salary-slider'), `unexpected HTML: ${html}`);
});

// 6. Vite production builds.
const apps = ['react', 'vue', 'class-only', 'define'];
for (const name of apps) {
  await check(`vite build ${name}`, () => run(bin('vite'), ['build', name, '--config', 'vite.config.mjs', '--outDir', `../dist/${name}`]));
}
// The built-in translations (one file per language, every widget's words in it) are chunks a widget imports only in
// another language than English: data, left out where a check is about code.
const languages = readdirSync(join(root, 'packages/core/src/locales')).map((f) => f.replace(/\.ts$/, ''));
const bundle = (name, { translations = true } = {}) => {
  const dir = join(app, 'dist', name, 'assets');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  return files
    .filter((f) => translations || !languages.some((lang) => f.startsWith(`${lang}-`)))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
};
await check('class-only bundle: no tag registered, no other widget', () => {
  const classOnly = bundle('class-only', { translations: false });
  const withDefine = bundle('define');
  // `RoleCompare.define()` (the define module's call, no arguments) is in the define app only.
  assert(/\.define\(\)/.test(withDefine), 'the define app has no `.define()` call: the check below would prove nothing');
  assert(!/\.define\(\)/.test(classOnly), 'the class-only bundle calls `.define()`: the define module was not tree-shaken');
  for (const tag of ['salary-slider', 'faq-accordion', 'newsletter-form']) assert(!classOnly.includes(tag), `the class-only bundle contains ${tag}`);
});

// 7. In a real browser.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const file = join(app, 'dist', new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
  if (!file.startsWith(join(app, 'dist')) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const open = async (name) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(`${msg.text()} ${msg.location().url ?? ''}`));
  await page.goto(`${base}/${name}/`);
  return { page, errors };
};
// Waits until the element's shadow root shows every text; false if it does not within 10 s.
const shows = (page, tag, texts) =>
  page
    .waitForFunction((t, all) => all.every((x) => document.querySelector(t)?.shadowRoot?.textContent?.includes(x)), { timeout: 10000 }, tag, texts)
    .then(() => true, () => false);
const text = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '(none)', selector);

// [app, what, the widget, where its handler writes the role picked]
const renders = [
  ['react', '@careerkit/react <RoleCompare onPathSelect>', '#root role-compare', '#picked'],
  ['react', 'the raw <role-compare onck-path-select>', '#raw role-compare', '#picked-raw'],
  ['vue', '<role-compare @ck-path-select>', 'role-compare', '#picked'],
];
for (const [name, what, widget, picked] of renders) {
  await check(`${name}: ${what} renders its data and the typed handler fires`, async () => {
    const { page, errors } = await open(name);
    assert(await shows(page, widget, ['Frontend vs Backend', 'Graphic design', '£55,000']), `${widget} did not render the data ${errors.join(' | ')}`);
    await page.evaluate((w) => document.querySelector(w).shadowRoot.querySelector('input[type="radio"]').click(), widget);
    const fired = await page.waitForFunction((p) => document.querySelector(p)?.textContent === 'Frontend Developer', { timeout: 10000 }, picked).then(() => true, () => false);
    assert(fired, `the handler did not run: ${picked} is "${await text(page, picked)}"`);
    assert(!errors.length, `page errors: ${errors.join(' | ')}`);
    await page.close();
  });
}
await check('class-only page: runs, and <role-compare> stays unregistered', async () => {
  const { page, errors } = await open('class-only');
  assert(await page.waitForFunction(() => document.body.dataset.version, { timeout: 10000 }).then(() => true, () => false), 'the app did not run');
  assert(await page.evaluate(() => customElements.get('role-compare') === undefined), '<role-compare> is registered');
  assert(!errors.length, `page errors: ${errors.join(' | ')}`);
  await page.close();
});
await check('define page: <role-compare> renders the seed content, and German content with German words', async () => {
  const { page, errors } = await open('define');
  assert(await shows(page, 'role-compare', ['Data Scientist', 'ML Engineer']), `<role-compare> did not render ${errors.join(' | ')}`);
  // The bundler resolved core's on-demand imports of the translations: the German widget writes German.
  assert(await shows(page, '#de', ['Welcher Weg passt zu Ihrem Hintergrund?', 'Der Kernunterschied']), `<role-compare locale="de-DE"> has no German words ${errors.join(' | ')}`);
  assert(!errors.length, `page errors: ${errors.join(' | ')}`);
  await page.close();
});
await browser.close();
server.close();

if (!process.env.KEEP) rmSync(tmp, { recursive: true, force: true });
const failed = results.filter(([, ok]) => !ok).length;
console.log(`\nconsumers: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
