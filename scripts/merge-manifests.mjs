// Writes packages/careerkit/custom-elements.json: every widget's manifest in
// one, for the umbrella package and for Storybook's controls. Run from
// packages/careerkit (npm run build:manifest) after the widgets' own manifests.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const modules = [];
const seen = new Set();
for (const dep of Object.keys(pkg.dependencies).filter((d) => d.startsWith('@careerkit/'))) {
  const dir = `../${dep.slice('@careerkit/'.length)}`;
  if (!existsSync(`${dir}/custom-elements.json`)) continue;
  for (const mod of JSON.parse(readFileSync(`${dir}/custom-elements.json`, 'utf8')).modules) {
    const path = new URL(mod.path, `file:///packages/${dir.slice(3)}/`).pathname.slice(1);
    if (seen.has(path)) continue;
    seen.add(path);
    modules.push({ ...mod, path });
  }
}
writeFileSync('custom-elements.json', JSON.stringify({ schemaVersion: '1.0.0', readme: '', modules }, null, 2) + '\n');
console.log(`custom-elements.json: ${modules.length} modules`);
