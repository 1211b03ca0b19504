// Checks that every pinned CDN URL in README.md (careerkit@x.y.z) names the version readers can load: the one
// the pending changesets will publish (`changeset status`), or the current version when none is pending.
import { readFileSync } from 'node:fs';
import { releaseVersion } from './release-version.mjs';

const expected = releaseVersion();
const named = [...readFileSync('README.md', 'utf8').matchAll(/\bcareerkit@(\d+\.\d+\.\d+[\w.-]*)/g)].map((m) => m[1]);
const wrong = [...new Set(named.filter((v) => v !== expected))];
if (!named.length || wrong.length) {
  console.error(`README.md must pin careerkit@${expected} (the version the next release publishes); it names ${wrong.join(', ') || 'none'}.`);
  process.exit(1);
}
console.log(`README.md pins careerkit@${expected}, the version the next release publishes.`);
