// Writes the generated parts of each package's README.md (its npm page), so
// they cannot drift from the code (run by `npm run build:manifest`, after the
// manifests):
// - between `<!-- api -->` and `<!-- /api -->`: the tables of attributes,
//   properties, events, slots, CSS parts and CSS custom properties of every
//   custom element in the package's custom-elements.json (itself generated
//   from the classes' JSDoc: edit that, not the README);
// - every pinned CDN URL (`npm/careerkit@x.y.z`): the version readers can load, as in the root README
//   (scripts/readme-version.mjs): the one the pending changesets will publish, or, with none pending (as
//   when `changeset publish` packs), the current one. So the npm page names the version it was published as.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { releaseVersion, currentVersion } from './release-version.mjs';

const START = '<!-- api -->';
const END = '<!-- /api -->';

// One table cell: one line, pipes escaped (GFM splits cells on them, even inside code spans).
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (heading, columns, rows) =>
  rows.length
    ? [heading, '', `| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '']
    : [];
const isPublic = (m) => !m.static && !['private', 'protected'].includes(m.privacy) && !/^[#_]/.test(m.name);

function elementDocs(el, depth) {
  const h = '#'.repeat(depth);
  const attributes = el.attributes ?? [];
  const attributeFields = new Set(attributes.map((a) => a.fieldName));
  const members = (el.members ?? []).filter(isPublic);
  const properties = members.filter((m) => m.kind === 'field' && !attributeFields.has(m.name) && !m.attribute);
  const methods = members.filter((m) => m.kind === 'method');
  return [
    ...table(`${h} Attributes`, ['attribute', 'property', 'type', 'default', 'description'], attributes.map((a) => [
      code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description),
    ])),
    ...table(`${h} Properties`, ['property', 'type', 'description'], properties.map((p) => [
      code(p.name), code(p.type?.text), cell([p.readonly ? 'Read-only.' : '', p.description].filter(Boolean).join(' ')),
    ])),
    ...table(`${h} Methods`, ['method', 'description'], methods.map((m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description),
    ])),
    ...table(`${h} Events`, ['event', 'type', 'description'], (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    ...table(`${h} Slots`, ['slot', 'description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    ...table(`${h} CSS parts`, ['part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    ...table(`${h} CSS custom properties`, ['property', 'default', 'description'], (el.cssProperties ?? []).map((p) => [
      code(p.name), code(p.default), cell(p.description),
    ])),
  ];
}

function apiDocs(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => (a.tagName < b.tagName ? -1 : 1));
  if (elements.length === 1) return elementDocs(elements[0], 3);
  return elements.flatMap((el) => [`### \`<${el.tagName}>\``, '', ...(el.summary ? [cell(el.summary), ''] : []), ...elementDocs(el, 4)]);
}

let version;
try {
  version = releaseVersion();
} catch {
  // changeset status needs the base branch in git (a shallow or detached clone may lack it).
  version = currentVersion();
  console.warn(`build-readme: \`changeset status\` failed; the READMEs pin the current version, careerkit@${version}`);
}

for (const dir of readdirSync('packages')) {
  const readmeFile = `packages/${dir}/README.md`;
  if (!existsSync(readmeFile)) continue;
  let readme = readFileSync(readmeFile, 'utf8').replace(/(npm\/careerkit@)\d+\.\d+\.\d+(?:-[\w.]+)?/g, `$1${version}`);
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start !== -1 && end > start) {
    const manifest = JSON.parse(readFileSync(`packages/${dir}/custom-elements.json`, 'utf8'));
    const note = '<!-- Generated from custom-elements.json by scripts/build-readme.mjs: edit the JSDoc in src/, not this. -->';
    readme = [readme.slice(0, start) + START, note, '', ...apiDocs(manifest), readme.slice(end)].join('\n');
  }
  writeFileSync(readmeFile, readme);
}
console.log('README.md tables written from custom-elements.json');
