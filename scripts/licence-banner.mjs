// A Rollup plugin for the minified CDN files: each starts with a one-line
// banner, one `/*! */` comment naming the file's package, version, licence
// and home, then, per licence of the third-party packages it bundles, those
// packages with their licence and copyright (Lit's BSD-3-Clause), taken from
// their package.json and LICENSE:
//   /*! careerkit 0.2.0 | MIT | https://github.com/careerkit/careerkit | bundles @lit/reactive-element, … */
// Terser keeps `/*!` comments and drops the rest, so this one line replaces the
// dozens of identical per-module `@license` comments Lit's modules carry. One
// comment costs fewer bytes than two (brotli, measured).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// What a bundled package's notice needs: its name, SPDX licence and copyright line (no version: bytes count).
const packages = new Map();
function packageOf(dir) {
  if (!packages.has(dir)) {
    const { name, license } = readJson(join(dir, 'package.json'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    // "Copyright (c) 2017 Google LLC. All rights reserved.": the notice without its obsolete tail, to keep bytes down.
    const line = file ? /^.*copyright.*$/im.exec(readFileSync(join(dir, file), 'utf8'))?.[0] : undefined;
    const copyright = line?.replace(/\.?\s*All rights reserved\.?/i, '').trim();
    packages.set(dir, { name, license, copyright });
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
      const notices = new Map(); // "licence, copyright" -> bundled package names
      for (const [id, mod] of Object.entries(chunk.modules)) {
        const dir = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id)?.[1];
        if (!dir || !mod.renderedLength) continue;
        const pkg = packageOf(dir);
        const key = [pkg.license, pkg.copyright].filter(Boolean).join(', ');
        notices.set(key, new Set([...(notices.get(key) ?? []), pkg.name]));
      }
      // The loader's chunks are parts of the file that loads them, which carries the banner.
      const parts = [
        ...(chunk.fileName.startsWith('chunks/') ? [] : [`${name} ${version} | ${license} | ${home}`]),
        ...[...notices].map(([key, names]) => `bundles ${[...names].sort().join(', ')}: ${key}`),
      ];
      return parts.length ? `/*! ${parts.join(' | ')} */` : '';
    },
  };
}
