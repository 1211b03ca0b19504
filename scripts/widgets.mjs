// The one list of widgets. A widget is a folder packages/<tag>/ with a src/define.ts: its folder is named after
// its tag, and a custom element's name has a hyphen, so core (whose define.ts is the define helper), the
// careerkit umbrella and the React wrappers are not widgets. Each widget's package.json says how much room the
// CDN loader reserves for its empty tag while its module loads:
//
//   "careerkit": { "reserve": { "wide": 125, "narrow": 195 }, "ownContent": "[sections]" }
//
// `wide` and `narrow` are em (in a 640px column; below a 480px viewport), `ownContent` an optional selector for
// the attributes that make the tag show content other than its default (so nothing is reserved for it).
//
// rollup.config.mjs, the loader (through Rollup), scripts/merge-manifests.mjs and the root package.json's
// workspaces (`packages/*-*`) all go by this rule. Run as a script, it writes the umbrella's
// packages/careerkit/src/index.ts from the list and checks that the umbrella depends on every widget.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../packages/', import.meta.url));
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** @type {{ tag: string, name: string, dir: string, reserve: { wide: number, narrow: number }, ownContent?: string }[]} */
export const widgets = readdirSync(packages)
  .filter((tag) => tag.includes('-') && existsSync(`${packages}${tag}/src/define.ts`))
  .sort()
  .map((tag) => {
    const pkg = json(`${packages}${tag}/package.json`);
    if (!pkg.careerkit?.reserve) throw new Error(`packages/${tag}/package.json: no "careerkit": { "reserve": { wide, narrow } }`);
    return { tag, name: pkg.name, dir: `${packages}${tag}`, ...pkg.careerkit };
  });

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
