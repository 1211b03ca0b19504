// Checks that every pinned CDN URL in README.md (careerkit@x.y.z) names the version readers can load: the one
// the pending changesets will publish (`changeset status`), or the current version when none is pending.
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(tmpdir(), `changeset-status-${process.pid}.json`);
execFileSync('npx', ['changeset', 'status', '--output', out], { stdio: 'ignore' });
const { releases } = JSON.parse(readFileSync(out, 'utf8'));
rmSync(out);
const { version } = JSON.parse(readFileSync('packages/careerkit/package.json', 'utf8'));
const expected = releases.find((r) => r.name === 'careerkit')?.newVersion ?? version;
const named = [...readFileSync('README.md', 'utf8').matchAll(/\bcareerkit@(\d+\.\d+\.\d+[\w.-]*)/g)].map((m) => m[1]);
const wrong = [...new Set(named.filter((v) => v !== expected))];
if (!named.length || wrong.length) {
  console.error(`README.md must pin careerkit@${expected} (the version the next release publishes); it names ${wrong.join(', ') || 'none'}.`);
  process.exit(1);
}
console.log(`README.md pins careerkit@${expected}, the version the next release publishes.`);
