// Every package's `prepack`: npm runs it in the package's folder before
// `npm pack` and `npm publish`, so a fresh clone packs complete tarballs.
// A package ships files that one root build makes for all packages together
// (dist/ with .d.ts and maps, custom-elements.json, framework types, README
// tables, the umbrella's cdn/), so this runs `npm run build` at the root, after
// removing every dist/, but
// only when the tree differs from what the last prepack build left: packing
// or publishing every package (`npm pack -w a -w b`, `changeset publish`)
// builds once, for the first package, and the others reuse it.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'node_modules/.cache/careerkit/prepack-build');

// Hash of what the build reads and writes: packages/ (sources, package.json files, outputs), scripts/,
// .changeset/ and the root's files (configs, the lock file standing for node_modules). Tarballs are not part of it.
function treeHash() {
  const hash = createHash('sha256');
  const add = (dir, recurse) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name.endsWith('.tgz')) continue;
      if (entry.isDirectory() && recurse) add(path, true);
      else if (entry.isFile()) hash.update(`${path}\0`).update(readFileSync(join(root, path)));
    }
  };
  add('.', false);
  add('.changeset', true); // the pending release's version, which the READMEs pin
  add('packages', true);
  add('scripts', true);
  return hash.digest('hex');
}

// Two packs at once in one checkout (two terminals, parallel CI steps) take turns: the second waits for
// the first's build, then finds it up to date. The lock is a folder (made atomically) naming its owner.
const lock = join(root, 'node_modules/.cache/careerkit/prepack.lock');
mkdirSync(dirname(lock), { recursive: true });
for (;;) {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    break;
  } catch {
    let owner = 0;
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      process.kill(owner, 0);
    } catch {
      if (owner) rmSync(lock, { recursive: true, force: true }); // its owner is gone
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));

let stamp = '';
try {
  stamp = readFileSync(stampFile, 'utf8');
} catch {
  /* never built by prepack */
}
if (stamp === treeHash()) {
  console.error(`prepack: the build is up to date for ${process.env.npm_package_name ?? 'this package'}`);
} else {
  // From scratch, so that no file left by an older build (of a module since removed) is packed.
  for (const dir of readdirSync(join(root, 'packages'))) rmSync(join(root, 'packages', dir, 'dist'), { recursive: true, force: true });
  console.error('prepack: npm run build');
  // The build's output goes to stderr, so that `npm pack --json` still prints only JSON.
  const { status } = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (status !== 0) process.exit(status ?? 1);
  writeFileSync(stampFile, treeHash());
}
