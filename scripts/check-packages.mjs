// Packs every public package as `npm publish` would (prepack builds first, see
// scripts/prepack.mjs) into a temporary folder, then checks each tarball:
// - publint: package.json fields and exports point at packed files, in the right form;
// - @arethetypeswrong/cli --profile esm-only: the types resolve under node16 (ESM) and bundler resolution;
// - it holds its README.md, LICENSE, CHANGELOG.md, the manifest it names, a source map per dist/ module
//   and the CDN files it names (unpkg, jsdelivr).
// Exits non-zero on any failure. Run as `npm run check:packages`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
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
    const pkg = JSON.parse(readFileSync(join('packages', name.replace(/^@careerkit\//, ''), 'package.json'), 'utf8'));
    const missing = [
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      ...[pkg.customElements, pkg.unpkg, pkg.jsdelivr, pkg['web-types']].filter(Boolean).map((f) => f.replace(/^\.\//, '')),
      ...[...paths].filter((p) => /^dist\/.*\.js$/.test(p)).map((p) => `${p}.map`),
    ].filter((f) => !paths.has(f));
    const checks = [
      ['contents', { ok: missing.length === 0, out: missing.length ? `missing: ${missing.join(', ')}\n` : '' }],
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
