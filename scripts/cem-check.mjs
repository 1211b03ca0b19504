// Checks every custom-elements.json after a build (node scripts/cem-check.mjs): only the public API
// (no private, protected or static internals, no state such as the FAQ's `opened`), `ck-*` events typed
// `CustomEvent<Detail>` with ck-load and ck-error on every widget, the widget's own `data` and `strings`
// types, module paths that end in .js and exist after the build, and definition exports.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
let bad = 0;
const fail = (m) => (bad++, console.log('FAIL', m));
// Every package with a manifest: each widget's and the umbrella's.
for (const pkg of readdirSync('packages').filter((d) => existsSync(`packages/${d}/custom-elements.json`))) {
  const dir = `packages/${pkg}`;
  const m = JSON.parse(readFileSync(`${dir}/custom-elements.json`, 'utf8'));
  const file = (p) => (p.startsWith('../@careerkit/') ? `packages/${p.split('/')[2]}/${p.split('/').slice(3).join('/')}` : `${dir}/${p}`);
  const defs = [];
  for (const mod of m.modules) {
    if (!mod.path.endsWith('.js') || !existsSync(file(mod.path))) fail(`${pkg}: module ${mod.path} not shipped`);
    for (const e of mod.exports ?? []) {
      if (e.kind === 'custom-element-definition') defs.push(e.name);
      if (e.declaration.module && !e.declaration.package && !existsSync(file(e.declaration.module))) fail(`${pkg}: export ${e.name} from ${e.declaration.module}`);
    }
    for (const d of mod.declarations ?? []) {
      if (!d.customElement) continue;
      for (const x of d.members ?? []) {
        if (x.name.startsWith('#') || (x.privacy && x.privacy !== 'public') || ['tagName', 'version', 'opened', 'said', 'status', 'origin', 'content', 'text'].includes(x.name)) fail(`${pkg}: member ${x.name}`);
        if (x.inheritedFrom?.module?.includes('src/')) fail(`${pkg}: ${x.name} inherited from ${x.inheritedFrom.module}`);
      }
      for (const a of d.attributes ?? []) if (a.name === 'opened' || !d.members.some((x) => x.name === a.fieldName)) fail(`${pkg}: attribute ${a.name}`);
      for (const e of d.events ?? []) if (!/^ck-/.test(e.name) || !/^CustomEvent<\w+>$/.test(e.type?.text)) fail(`${pkg}: event ${e.name} ${e.type?.text}`);
      for (const ev of ['ck-load', 'ck-error']) if (!d.events.some((e) => e.name === ev)) fail(`${pkg}: no ${ev}`);
      const data = d.members.find((x) => x.name === 'data')?.type.text;
      const strings = d.members.find((x) => x.name === 'strings')?.type.text;
      if (!/^\w+Data \| undefined$/.test(data)) fail(`${pkg}: data is ${data}`);
      if (!/^Partial<\w+Strings & StatusStrings>/.test(strings)) fail(`${pkg}: strings is ${strings}`);
      console.log(`${pkg}: <${d.tagName}> ${d.members.length} members, ${d.attributes.length} attributes, events ${d.events.map((e) => e.name).join(' ')}; data: ${data}; strings: ${strings}`);
    }
  }
  if (!defs.length) fail(`${pkg}: no custom-element-definition`);
  console.log(`${pkg}: definitions ${defs.join(' ')}`);
}
console.log(bad ? `${bad} problems` : 'manifests OK');
process.exit(bad ? 1 : 0);
