// Writes packages/careerkit/custom-elements.json: every widget's manifest in
// one, for the umbrella package and for Storybook's controls, and from it the
// umbrella's framework and editor files in dist/ (as each widget has its own).
// Run from packages/careerkit (npm run build:manifest) after the widgets' own manifests.
//
// A widget's module `dist/x.js` is `../@careerkit/<widget>/dist/x.js` here: where
// npm (hoisted) and pnpm install it, next to the `careerkit` folder. The
// umbrella's own `dist/index.js` exports every class and registers every tag.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { writeIntegrations } from './cem-plugins.mjs';
import { widgets } from './widgets.mjs';

const modules = [];
const index = { kind: 'javascript-module', path: 'dist/index.js', declarations: [], exports: [] };
/** Class name → the package it comes from, for the generated types' imports. */
const packageOf = new Map();
for (const { name: dep, tag } of widgets) {
  const dir = `../${tag}`;
  if (!existsSync(`${dir}/custom-elements.json`)) continue;
  const at = (path) => `../${dep}/${path}`;
  for (const mod of JSON.parse(readFileSync(`${dir}/custom-elements.json`, 'utf8')).modules) {
    const move = (ref) => (ref?.module && !ref.package ? { ...ref, module: at(ref.module) } : ref);
    modules.push({
      ...mod,
      path: at(mod.path),
      exports: mod.exports?.map((exp) => ({ ...exp, declaration: move(exp.declaration) })),
    });
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      packageOf.set(decl.name, dep);
      const declaration = { name: decl.name, module: at(mod.path) };
      index.exports.push({ kind: 'js', name: decl.name, declaration }, { kind: 'custom-element-definition', name: decl.tagName, declaration });
    }
  }
}
const manifest = { schemaVersion: '1.0.0', readme: '', modules: [index, ...modules] };
writeFileSync('custom-elements.json', JSON.stringify(manifest, null, 2) + '\n');
// Every widget package exports `LoadDetail` and `ErrorDetail`: the umbrella's types name each
// detail type by its package (`import('@careerkit/role-compare').PathSelectDetail`), so they import each once.
const qualified = JSON.parse(JSON.stringify(manifest));
for (const decl of qualified.modules.flatMap((mod) => mod.declarations ?? []))
  for (const event of (decl.customElement && decl.events) || [])
    event.type.text = event.type.text.replace(/^CustomEvent<(\w+)>$/, `CustomEvent<import('${packageOf.get(decl.name)}').$1>`);
writeIntegrations(qualified, { outdir: 'dist', typePath: (name) => packageOf.get(name) });
console.log(`custom-elements.json: ${modules.length + 1} modules, ${packageOf.size} elements`);
