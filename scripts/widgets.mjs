// The one list of widgets. A widget is a folder packages/<tag>/ with a src/define.ts: its folder is named after
// its tag, and a custom element's name has a hyphen, so core (whose define.ts is the define helper), the
// careerkit umbrella and the React wrappers are not widgets. Each widget's package.json says how much room an
// empty tag of it gets while its module loads:
//
//   "careerkit": { "reserve": { "256": 217.8, "272": 214.3, …, "800": 100.6 }, "ownContent": "[sections]" }
//
// `reserve` maps each of `breakpoints` (below: the element's own width in px) to the height of the widget's
// default content at that width, in em of its font size, with 16px Georgia text; the figure applies from that
// width up to the next one (the first one also below it). scripts/measure-reserve.ts measures the heights every
// 4px in Chromium, Firefox and WebKit; each figure is Chromium's lower median over its range, raised towards
// Firefox's and WebKit's (to within 15% of them where that takes at most 6%), so that Chromium's CLS stays
// ≤ 0.01 (tests/cls.test.ts). Firefox's and WebKit's text wraps differently here: up to 25% taller at some widths.
// `ownContent` is an optional selector for the attributes that make the tag show content other than its default
// (so nothing is reserved for it).
//
// `reserveCss` is the stylesheet made from these figures: the CDN loader injects it, and the build writes it to
// cdn/careerkit.css, which a page links to reserve the space from its first paint.
//
// rollup.config.mjs, the loader (through Rollup), scripts/merge-manifests.mjs and the root package.json's
// workspaces (`packages/*-*`) all go by this rule. Run as a script, it writes the umbrella's
// packages/careerkit/src/index.ts from the list and checks that the umbrella depends on every widget.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The element widths, in px, at which the reserved height changes: closer where phones and sidebars are. */
export const breakpoints = [256, 272, 288, 304, 320, 336, 352, 368, 384, 400, 440, 480, 560, 640, 720, 800];

/** @type {{ tag: string, name: string, dir: string, reserve: Record<string, number>, ownContent?: string }[]} */
export const widgets = readdirSync(packages)
  .filter((tag) => tag.includes('-') && existsSync(`${packages}${tag}/src/define.ts`))
  .sort()
  .map((tag) => {
    const pkg = json(`${packages}${tag}/package.json`);
    const missing = breakpoints.filter((b) => !(pkg.careerkit?.reserve?.[b] > 0));
    if (missing.length) throw new Error(`packages/${tag}/package.json: "careerkit": { "reserve" } needs a height in em for ${missing.join(', ')} (px)`);
    return { tag, name: pkg.name, dir: `${packages}${tag}`, ...pkg.careerkit };
  });

// An empty tag (nothing inside but whitespace or a JSON script, no `src`, none of its `ownContent` attributes)
// that is not defined yet. It becomes a size container, so that its ::before can query its own width, and a
// block formatting context, so that the floated ::before holds it open like a min-height: a server-rendered
// widget (declarative shadow DOM) is not made taller than its content.
const empty = (w) => `${w.tag}:not(:defined):not([src])${w.ownContent ? `:not(${w.ownContent})` : ''}:not(:has(:not(script)))`;
// `--ck-reserved` on the root tells the loader that the page has the rules already (cdn/careerkit.css).
export const reserveCss = [
  ':root{--ck-reserved:1}',
  ...widgets.map((w) => `${empty(w)}{display:flow-root;container-type:inline-size}${empty(w)}::before{content:"";float:left;height:${w.reserve[breakpoints[0]]}em}`),
  ...breakpoints.slice(1).map((b) => `@container (min-width:${b}px){${widgets.map((w) => `${empty(w)}::before{height:${w.reserve[b]}em}`).join('')}}`),
].join('');

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const umbrella = json(`${packages}careerkit/package.json`);
  const missing = widgets.filter((w) => !umbrella.dependencies?.[w.name]);
  if (missing.length) {
    console.error(`packages/careerkit/package.json must depend on ${missing.map((w) => w.name).join(', ')}`);
    process.exit(1);
  }
  const index = `${packages}careerkit/src/index.ts`;
  const text = [
    '/**',
    ' * Registers every Careerkit widget under its default tag. This is the source',
    ' * of the all-in-one CDN file `cdn/careerkit.js`; bundler users who want one',
    ' * widget import `@careerkit/<widget>/define` instead.',
    ' *',
    ' * Written by scripts/widgets.mjs (run by the build) from the list of widgets: do not edit.',
    ' */',
    ...widgets.map((w) => `export { ${pascal(w.tag)} } from '${w.name}/define';`),
    '',
  ].join('\n');
  if (!existsSync(index) || readFileSync(index, 'utf8') !== text) writeFileSync(index, text);
}
