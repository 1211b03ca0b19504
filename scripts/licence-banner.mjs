// A Rollup plugin for the minified CDN files: each starts with a one-line
// banner (name, version, licence, home) and then one licence notice per
// licence of the third-party packages it bundles (Lit's BSD-3-Clause), taken
// from their package.json and LICENSE. Terser keeps `/*!` comments and drops
// the rest, so these replace the dozens of identical per-module `@license`
// comments that Lit's modules carry.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// What a bundled package's notice needs: name@version, SPDX licence and its copyright line.
const packages = new Map();
function packageOf(dir) {
  if (!packages.has(dir)) {
    const { name, version, license } = readJson(join(dir, 'package.json'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    const copyright = file ? /^.*copyright.*$/im.exec(readFileSync(join(dir, file), 'utf8'))?.[0].trim() : undefined;
    packages.set(dir, { id: `${name}@${version}`, license, copyright });
  }
  return packages.get(dir);
}

/** @param {string} umbrella the package.json whose name and version the banner names, read at build time */
export function licenceBanner(umbrella) {
  return {
    name: 'licence-banner',
    banner(chunk) {
      const { name, version, license, homepage } = readJson(umbrella);
      const home = homepage.replace(/#.*/, '');
      const notices = new Map(); // "licence | copyright" -> bundled package ids
      for (const [id, mod] of Object.entries(chunk.modules)) {
        const dir = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];
        if (!dir || !mod.renderedLength) continue;
        const pkg = packageOf(dir);
        const key = [pkg.license, pkg.copyright].filter(Boolean).join(' | ');
        notices.set(key, new Set([...(notices.get(key) ?? []), pkg.id]));
      }
      return [
        `/*! ${name} ${version} | ${license} | ${home} */`,
        ...[...notices].map(([key, ids]) => `/*! @license ${[...ids].sort().join(', ')} | ${key} */`),
      ].join('\n');
    },
  };
}
