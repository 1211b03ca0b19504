// Packs every public package as `npm publish` would (prepack builds first, see
// scripts/prepack.mjs) into a temporary folder, then checks each tarball:
// - publint: package.json fields and exports point at packed files, in the right form;
// - @arethetypeswrong/cli --profile esm-only: the types resolve under node16 (ESM) and bundler resolution;
// - it holds its README.md, LICENSE, CHANGELOG.md, the manifest it names, a source map per dist/ module
//   and the CDN files it names (unpkg, jsdelivr);
// - each CDN file (cdn/*.js; the loader's chunks are parts of it) starts with its banner
//   (`/*! careerkit <version> | MIT | <home>`, scripts/licence-banner.mjs), and each that bundles Lit,
//   chunks included, keeps exactly one notice of Lit's BSD-3-Clause licence.
// Exits non-zero on any failure. Run as `npm run check:packages`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules/.bin', name);
const run = (cmd, args) => {
  try {
    return { ok: true, out: execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    return { ok: false, out: `${error.stdout ?? ''}${error.stderr ?? ''}` };
  }
};

const names = readdirSync('packages')
  .filter((dir) => existsSync(`packages/${dir}/package.json`))
  .map((dir) => JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8')))
  .filter((pkg) => !pkg.private)
  .map((pkg) => pkg.name);

const dest = mkdtempSync(join(tmpdir(), 'careerkit-pack-'));
let failures = 0;
try {
  // One npm call for all, so that the prepack build runs once.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', dest, ...names.flatMap((n) => ['-w', n])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  for (const { name, filename, files } of packed) {
    const tarball = join(dest, filename);
    const paths = new Set(files.map((f) => f.path));
    const unpacked = join(dest, filename.replace(/\.tgz$/, ''));
    mkdirSync(unpacked);
    execFileSync('tar', ['xzf', tarball, '-C', unpacked, '--strip-components=1']);
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package.json'), 'utf8'));
    const missing = [
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      ...[pkg.customElements, pkg.unpkg, pkg.jsdelivr, pkg['web-types']].filter(Boolean).map((f) => f.replace(/^\.\//, '')),
      ...[...paths].filter((p) => /^dist\/.*\.js$/.test(p)).map((p) => `${p}.map`),
    ].filter((f) => !paths.has(f));
    const banner = `/*! ${pkg.name} ${pkg.version} | ${pkg.license} | ${pkg.homepage?.replace(/#.*/, '')}`;
    const cdnFiles = [...paths].filter((p) => /^cdn\/.*\.js$/.test(p));
    const cdnFaults = cdnFiles.flatMap((p) => {
      const code = readFileSync(join(unpacked, p), 'utf8');
      const litNotices = code.match(/\/\*![^*]*lit-html[^*]*BSD-3-Clause[^*]*\*\//g)?.length ?? 0;
      return [
        ...(p.startsWith('cdn/chunks/') || (code.startsWith(banner) && /^ (\*\/|\|)/.test(code.slice(banner.length)))
          ? []
          : [`${p} does not start with ${banner} */`]),
        // lit-html registers its version on globalThis.litHtmlVersions: the file bundles Lit.
        ...(code.includes('litHtmlVersions') && litNotices !== 1 ? [`${p} bundles Lit with ${litNotices} notices of its licence, not 1`] : []),
      ];
    });
    const checks = [
      ['contents', { ok: missing.length === 0, out: missing.length ? `missing: ${missing.join(', ')}\n` : '' }],
      ...(cdnFiles.length ? [['cdn banners', { ok: !cdnFaults.length, out: cdnFaults.join('\n') }]] : []),
      ['publint', run(bin('publint'), ['run', tarball, '--strict'])],
      ['attw', run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped'])],
    ];
    for (const [tool, { ok, out }] of checks) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} ${tool} (${files.length} files)`);
      if (!ok) {
        failures++;
        console.log(out.replace(/^/gm, '     '));
      }
    }
  }
} finally {
  rmSync(dest, { recursive: true, force: true });
}
if (failures) {
  console.error(`\n${failures} package check(s) failed.`);
  process.exit(1);
}
console.log(`\nAll ${names.length} packages pack complete and pass publint and attw (esm-only).`);
