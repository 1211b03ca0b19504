// Custom Elements Manifest analyzer plugins that make each widget's
// custom-elements.json hold its public API only, as it ships:
//
// - ownTypes: a member a widget redeclares (`declare strings: Partial<RoleCompareStrings & StatusStrings>`)
//   keeps its own type (the analyzer 0.11 copies the base class's over it), and a
//   member inherited from a generic base (`data: T | undefined` of `CkElement<T>`)
//   gets the widget's type argument (`RoleCompareData | undefined`).
// - publicApi: drops private, protected, `#private`, static fields (`tagName`,
//   `version`) and @internal members, the attributes of dropped fields (a
//   `{ state: true }` property is not an attribute), and undocumented events
//   (the analyzer reads core's `emit(name, …)` as an event named `name`: every
//   real event is documented with `@fires`).
// - shippedPaths: `src/x.ts` → `dist/x.js`; modules from another package (core's
//   element.ts, analysed for inheritance) are left out and referred to by package.
// - noTypeExports: type-only exports are not module exports.
// - definitions: the define module (`src/define.ts`) gets a
//   `custom-element-definition` export for the tag it registers.
import { readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

/** { ClassName: { typeParameters: ['T'], superArgs: ['RoleCompareData'], own: { member: type } } } */
const classes = new Map();

export function ownTypes() {
  return {
    name: 'careerkit-own-types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const base = node.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
      classes.set(node.name.text, {
        typeParameters: node.typeParameters?.map((p) => p.name.text) ?? [],
        superArgs: base?.typeArguments?.map((t) => t.getText()) ?? [],
        own: new Map(),
      });
    },
    // Before inheritance is applied, the class's members are its own.
    moduleLinkPhase({ moduleDoc }) {
      for (const klass of moduleDoc.declarations ?? []) {
        const info = classes.get(klass.name);
        for (const member of klass.members ?? []) if (info && member.type) info.own.set(member.name, member.type);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const klass of declarations(customElementsManifest)) {
        const info = classes.get(klass.name);
        if (!info) continue;
        for (const item of [...(klass.members ?? []), ...(klass.attributes ?? [])]) {
          const own = item.kind && info.own.get(item.name);
          if (own) {
            item.type = own;
            delete item.inheritedFrom;
            continue;
          }
          const parent = item.inheritedFrom && classes.get(item.inheritedFrom.name);
          if (!parent || !item.type) continue;
          parent.typeParameters.forEach((param, i) => {
            const arg = info.superArgs[i];
            if (arg) item.type = { ...item.type, text: item.type.text.replace(new RegExp(`\\b${param}\\b`, 'g'), arg) };
          });
        }
      }
    },
  };
}

export function publicApi() {
  const isPublic = (m) => !m.privacy || m.privacy === 'public';
  const keep = (m) => isPublic(m) && !m.name.startsWith('#') && !(m.static && m.kind === 'field') && !m.internal && !m.ignore;
  return {
    name: 'careerkit-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const klass of declarations(customElementsManifest)) {
        if (!klass.customElement) continue;
        const members = klass.members ?? [];
        klass.members = members.filter(keep);
        const fields = new Set(klass.members.map((m) => m.name));
        if (klass.attributes) klass.attributes = klass.attributes.filter((a) => !a.fieldName || fields.has(a.fieldName));
        if (klass.events) klass.events = klass.events.filter((e) => e.description && e.name.includes('-'));
      }
    },
  };
}

export function noTypeExports() {
  // `export type { LoadDetail } from '@careerkit/core'` exports nothing at run time.
  const types = new Map();
  return {
    name: 'careerkit-no-type-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isExportDeclaration(node) || !node.exportClause || !ts.isNamedExports(node.exportClause)) return;
      for (const el of node.exportClause.elements)
        if (node.isTypeOnly || el.isTypeOnly) types.set(moduleDoc.path, [...(types.get(moduleDoc.path) ?? []), el.name.text]);
    },
    moduleLinkPhase({ moduleDoc }) {
      const names = types.get(moduleDoc.path);
      if (names) moduleDoc.exports = moduleDoc.exports?.filter((exp) => !names.includes(exp.name));
    },
  };
}

export function shippedPaths() {
  // `src/x.ts` → `dist/x.js`; `../core/src/x.ts` → { package: '@careerkit/core', module: 'dist/x.js' }.
  const js = (path) => path.replace(/^(\.\/)?src\//, 'dist/').replace(/\.ts$/, '.js');
  const fix = (ref) => {
    if (!ref?.module) return;
    const other = /^\.\.\/([^/]+)\/(.*)$/.exec(ref.module);
    if (other) Object.assign(ref, { package: `@careerkit/${other[1]}`, module: js(other[2]) });
    else ref.module = js(ref.module);
  };
  return {
    name: 'careerkit-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = customElementsManifest;
      manifest.modules = manifest.modules.filter((mod) => !mod.path.startsWith('../'));
      for (const mod of manifest.modules) {
        // A re-export names the module as imported (`./role-compare.js`): make it relative to the package.
        for (const exp of mod.exports ?? [])
          if (exp.declaration?.module?.startsWith('./')) exp.declaration.module = posix.join(posix.dirname(mod.path), exp.declaration.module);
        mod.path = js(mod.path);
        for (const exp of mod.exports ?? []) fix(exp.declaration);
        for (const decl of mod.declarations ?? []) {
          fix(decl.superclass);
          for (const list of ['members', 'attributes', 'events']) for (const item of decl[list] ?? []) fix(item.inheritedFrom);
        }
      }
    },
  };
}

export function definitions() {
  return {
    name: 'careerkit-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map(declarations(customElementsManifest).filter((d) => d.tagName).map((d) => [d.name, d]));
      const define = customElementsManifest.modules.find((mod) => /(^|\/)define\.(ts|js)$/.test(mod.path));
      for (const exp of define?.exports ?? []) {
        const element = exp.kind === 'js' && elements.get(exp.declaration.name);
        if (element) define.exports.push({ kind: 'custom-element-definition', name: element.tagName, declaration: { ...exp.declaration } });
      }
    },
  };
}

function declarations(manifest) {
  return manifest.modules.flatMap((mod) => mod.declarations ?? []);
}

/**
 * Writes the framework and editor files of a manifest into `outdir`, with the
 * maintained integrations: JSX (React 19, Preact, Solid) `jsx.d.ts`, Vue
 * `vue.d.ts`, Svelte `svelte.d.ts`, VS Code `vscode.html-custom-data.json`
 * and `vscode.css-custom-data.json`, JetBrains `web-types.json`.
 * `typePath(className, tag)` is where the generated types import each class
 * from, relative to `outdir`.
 */
export function writeIntegrations(manifest, { outdir, typePath, packageJson = true }) {
  const types = forIntegrations(manifest, true);
  const editors = forIntegrations(manifest, false);
  const common = { outdir, hideLogs: true, componentTypePath: typePath };
  generateJsxTypes(types, { ...common, fileName: 'jsx.d.ts' });
  generateVuejsTypes(types, { ...common, fileName: 'vue.d.ts' });
  generateSvelteTypes(types, { ...common, fileName: 'svelte.d.ts' });
  // The plugin's file imports the classes, so it is a module, where its `declare namespace svelteHTML`
  // would be local: `declare global` makes it the augmentation Svelte reads, as the plugin means it.
  const svelte = `${outdir}/svelte.d.ts`;
  // Svelte 5 markup sets properties as plain props (`{data}`) and listens with `onck-path-select`; the plugin
  // writes Svelte 4's `bind:data` (an invalid binding in Svelte 5) and `on:ck-path-select` (deprecated).
  // Its BaseProps name a `JSX` namespace Svelte has not (an error without skipLibCheck) and lack the
  // native handlers (`onclick`): the host takes Svelte's own HTML attributes instead.
  writeFileSync(
    svelte,
    readFileSync(svelte, 'utf8')
      .replace(/^type BaseProps = \{[^]*?^\};/m, "type BaseProps = import('svelte/elements').HTMLAttributes<HTMLElement>;")
      .replace(/^declare namespace svelteHTML \{([^]*?)^\}/m, 'declare global {\n  namespace svelteHTML {$1  }\n}')
      .replace(/"bind:(\w+)"\?:/g, '$1?:')
      .replace(/"on:([\w-]+)"\?:/g, '"on$1"?:'),
  );
  // Vue checks `@ck-path-select` as the prop `onCkPathSelect` (toHandlerKey(camelize(name))); the plugin writes "onck-path-select".
  const vue = `${outdir}/vue.d.ts`;
  const handlerKey = (name) => `on${name.replace(/(?:^|-)(\w)/g, (_, c) => c.toUpperCase())}`;
  writeFileSync(vue, readFileSync(vue, 'utf8').replace(/"on([a-z][\w-]*)"\?:/g, (_, name) => `${handlerKey(name)}?:`));
  generateVsCodeCustomElementData(editors, {
    outdir,
    hideLogs: true,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
  generateJetBrainsWebTypes(editors, { outdir, hideLogs: true, webTypesFileName: 'web-types.json', packageJson });
}

/**
 * The manifest as the integrations read it: the element's own members (no
 * static `define`), without the read-only ones, which are no props to set;
 * for the framework types, an event's type is its `detail` type (they write
 * `CustomEvent<type>` and import the type from the class's module).
 */
function forIntegrations(manifest, detailTypes) {
  const copy = JSON.parse(JSON.stringify(manifest));
  for (const klass of declarations(copy)) {
    klass.members = klass.members?.filter((m) => !m.readonly && !m.static);
    for (const event of detailTypes ? (klass.events ?? []) : []) {
      const detail = /^CustomEvent<(.*)>$/.exec(event.type?.text ?? '');
      if (detail) event.type = { text: detail[1] };
    }
  }
  return copy;
}

/** writeIntegrations() as the last analyzer plugin, so it sees the cleaned manifest. */
export function integrations(options) {
  return {
    name: 'careerkit-integrations',
    packageLinkPhase: ({ customElementsManifest }) => writeIntegrations(customElementsManifest, options),
  };
}
