// Builds every package for npm (ESM, Lit external, one file per module) and
// the umbrella's CDN files (minified, Lit bundled):
//   packages/careerkit/cdn/loader.js      registers widgets as their tags appear; shared chunks
//   packages/careerkit/cdn/careerkit.css  reserves each empty widget tag's room from the first paint (the loader's rules)
//   packages/careerkit/cdn/careerkit.js   every widget, self-contained
//   packages/careerkit/cdn/<tag>.js       one widget, self-contained
//   packages/careerkit/cdn/signup.js      <newsletter-form>'s sender, imported from next to the file at the first signup
//   packages/careerkit/cdn/mailchimp.js   Mailchimp's JSONP sender, which <newsletter-form provider="mailchimp">
//                                         imports from next to the file only when a signup goes there
//   packages/careerkit/cdn/structured-data.js  <faq-accordion structured-data>'s FAQPage writer, imported from next to the file
//   packages/careerkit/cdn/rare.js        what a widget needs only when moved into another document or put in a <p>
//   packages/careerkit/cdn/request.js     the request of a widget's `src`, imported from next to the file when it has one
//   packages/careerkit/cdn/locales.js     the list of built-in translations, which a widget in another language than
//   packages/careerkit/cdn/locales/<lang>.js  English imports from next to the file, and that language's words
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { licenceBanner } from './scripts/licence-banner.mjs';
import { widgets as widgetList, reserveCss } from './scripts/widgets.mjs';

// Every widget (scripts/widgets.mjs) gets a self-contained cdn/<tag>.js.
const widgets = widgetList.map((w) => w.tag);
// react: @careerkit/react, the React wrappers (npm only, not a widget: no define module).
const packages = ['core', ...widgets, 'careerkit', 'react'];
const { version } = JSON.parse(readFileSync('packages/core/package.json', 'utf8'));

const typescript = () =>
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', define: { __CK_VERSION__: JSON.stringify(version) } });
// Inside the monorepo, @careerkit/* resolve to their TypeScript sources.
const resolve = () => nodeResolve({ exportConditions: ['careerkit-source'], extensions: ['.ts', '.js'] });
// Minified CDN files keep only `/*!` comments: the banner and licence notices licenceBanner() writes.
const minify = () => [
  licenceBanner('packages/careerkit/package.json'),
  terser({ ecma: 2022, module: true, compress: { passes: 3, unsafe_arrows: true }, format: { comments: /^!/ } }),
];

const npm = packages.map((name) => ({
  input: ['index', 'define', 'locales'].map((f) => `packages/${name}/src/${f}.ts`).filter(existsSync),
  external: (id) => /^(lit|@lit\/|@lit-labs\/|@careerkit\/|react$)/.test(id),
  output: {
    dir: `packages/${name}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    // The maps point at src/*.ts, which ships next to dist/, so they need not embed it.
    sourcemap: true,
    sourcemapExcludeSources: true,
  },
  // Templates minified as in the CDN files: Lit hydrates only a template whose strings are the server's, so a
  // page rendered with the npm packages hydrates with the CDN loader (and the reverse).
  plugins: [typescript(), minifyTemplates()],
}));

const cdn = 'packages/careerkit/cdn';
// The modules imported on demand: newsletter-form's sender and reader of answers (at the first signup) and
// Mailchimp's JSONP sender (when a signup goes there); faq-accordion's structured data (with `structured-data`);
// core's `src` request, its list of translations and each language's words (for a widget in another language),
// and what a widget needs only in rare situations (moved into another document, or put in a <p>: rare.ts).
// In the self-contained files their imports stay imports of cdn/<name>.js (built below), next to the file, instead
// of being inlined into every file.
const languages = readdirSync('packages/core/src/locales').map((f) => f.replace(/\.ts$/, ''));
const onDemand = [
  ['signup', 'packages/newsletter-form/src/signup.ts'],
  ['mailchimp', 'packages/newsletter-form/src/mailchimp.ts'],
  ['structured-data', 'packages/faq-accordion/src/structured-data.ts'],
  ['request', 'packages/core/src/request.ts'],
  ['rare', 'packages/core/src/rare.ts'],
  ['locales', 'packages/core/src/locales.ts'],
  ...languages.map((lang) => [`locales/${lang}`, `packages/core/src/locales/${lang}.ts`]),
];
// Each on-demand module's file, and the name of its chunk in the loader's build (`locales/de` is locale-de).
const onDemandChunks = new Map(onDemand.map(([name, file]) => [resolvePath(file), name.replace('locales/', 'locale-')]));
const nextToFile = {
  name: 'on-demand-next-to-file',
  resolveId: (source, importer) =>
    importer && source.startsWith('./') && onDemandChunks.has(resolvePath(dirname(importer), source.replace(/\.js$/, '.ts')))
      ? { id: source, external: true }
      : null,
};
const selfContained = [
  ['careerkit', 'packages/careerkit/src/index.ts'],
  ...widgets.map((tag) => [tag, `packages/${tag}/src/define.ts`]),
].map(([name, input]) => ({
  input,
  output: { file: `${cdn}/${name}.js`, format: 'es', inlineDynamicImports: true },
  plugins: [nextToFile, resolve(), typescript(), minifyTemplates(), minify()],
}));
const onDemandFiles = onDemand.map(([name, input]) => ({
  input,
  output: { file: `${cdn}/${name}.js`, format: 'es' },
  plugins: [nextToFile, resolve(), typescript(), minify()],
}));

// The loader's list of widgets, `import widgets, { reserve } from 'careerkit:widgets'`: per widget its tag and its
// module; and `reserve()`, which imports the stylesheet that reserves each empty tag's room while its module loads
// (scripts/widgets.mjs) as a chunk of its own, `careerkit:reserve`, so that a page which links the same rules as
// cdn/careerkit.css (written here too) does not download them twice.
const widgetModule = {
  name: 'careerkit-widgets',
  resolveId: (id) => (id === 'careerkit:widgets' || id === 'careerkit:reserve' ? `\0${id}` : null),
  load: (id) =>
    id === '\0careerkit:widgets'
      ? `export default [${widgetList.map((w) => `[${JSON.stringify(w.tag)}, () => import(${JSON.stringify(`${w.name}/define`)})]`).join(', ')}];\n` +
        `export const reserve = () => import('careerkit:reserve');`
      : id === '\0careerkit:reserve'
        ? // It adopts its rules itself, so the loader only imports it: a constructed stylesheet, which a strict CSP
          // allows where a <style> element would not be; an old browser without them does not reserve.
          `try { const sheet = new CSSStyleSheet(); sheet.replaceSync(${JSON.stringify(reserveCss)}); document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; } catch {}`
        : null,
  generateBundle() {
    const { name, version, license, homepage } = JSON.parse(readFileSync('packages/careerkit/package.json', 'utf8'));
    this.emitFile({ type: 'asset', fileName: 'careerkit.css', source: `/*! ${name} ${version} | ${license} | ${homepage.replace(/#.*/, '')} */\n${reserveCss}\n` });
  },
  // Served as a package's default file (https://cdn.jsdelivr.net/npm/careerkit), the loader is not in cdn/, so a
  // plain import('./chunks/x.js') would leave the package: each widget's import is prefixed with the loader's
  // top-level `chunkBase` (packages/careerkit/src/loader.ts), its chunks folder's URL, instead. The URL parser drops
  // the `./` of `…/cdn/./chunks/x.js`. tests/cdn-urls.test.ts loads every URL form. The loader's own import of the
  // hydration support (packages/careerkit/src/hydrate.ts) likewise.
  renderDynamicImport: ({ moduleId }) =>
    moduleId === '\0careerkit:widgets' || moduleId.endsWith('careerkit/src/loader.ts') ? { left: 'import(chunkBase+', right: ')' } : null,
};

const loader = {
  input: 'packages/careerkit/src/loader.ts',
  output: {
    dir: cdn,
    format: 'es',
    entryFileNames: '[name].js',
    // One chunk per widget, named after it, one shared chunk (Lit and core), the reservation's (reserve), the
    // hydration support's (hydrate, which pages with server-rendered widgets load first) and one per on-demand module.
    // Hex hashes: the loader and the chunks name each other, and a hex name compresses a little better.
    hashCharacters: 'hex',
    chunkFileNames: ({ facadeModuleId: id }) =>
      `chunks/${id === '\0careerkit:reserve' ? 'reserve' : (onDemandChunks.get(id ?? '') ?? (id?.endsWith('/hydrate.ts') ? 'hydrate' : /packages\/([^/]+)\//.exec(id ?? '')?.[1] ?? 'shared'))}-[hash].js`,
    // Lit's directive helpers and private SSR support, which only the hydration support uses, stay in its chunk,
    // out of what every page loads; core's on-demand modules (and the list of translations they import) in theirs.
    manualChunks: (id) =>
      !/directive(-helpers)?\.js|private-ssr-support|core\/src\/locale-files\b/.test(id) && !onDemandChunks.has(id) && /node_modules\/(lit|lit-html|lit-element|@lit)\/|packages\/core\//.test(id) ? 'shared' : undefined,
  },
  plugins: [widgetModule, resolve(), typescript(), minifyTemplates(), minify()],
};

// The embed builder (packages/builder): a static page, hostable anywhere. Its dist/ holds index.html, page.css and
// builder.js (Lit, the widgets and the builder in one file), plus the chunk newsletter-form loads for Mailchimp.
// Its snippets pin the CDN version the README pins (scripts/readme-version.mjs: the one the next release publishes).
const pinned = /\bcareerkit@(\d+\.\d+\.\d+[\w.-]*)/.exec(readFileSync('README.md', 'utf8'))?.[1] ?? version;
const builder = {
  input: 'packages/builder/src/main.ts',
  output: { dir: 'packages/builder/dist', format: 'es', entryFileNames: 'builder.js', chunkFileNames: '[name]-[hash].js' },
  plugins: [
    resolve(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', define: { __CK_VERSION__: JSON.stringify(version), __CK_CDN_VERSION__: JSON.stringify(pinned) } }),
    terser({ ecma: 2022, module: true }),
    {
      name: 'builder-page',
      generateBundle() {
        for (const fileName of ['index.html', 'page.css']) this.emitFile({ type: 'asset', fileName, source: readFileSync(`packages/builder/${fileName}`, 'utf8') });
      },
    },
  ],
};

export default [...npm, loader, ...selfContained, ...onDemandFiles, builder];
