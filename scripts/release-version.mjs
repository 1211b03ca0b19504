// The version the next release publishes: the umbrella's new version in `changeset status`, or its current
// version when no changeset is pending. Throws when changesets cannot tell (a clone without the base branch).
// The pinned CDN URLs in the READMEs name it (scripts/build-readme.mjs writes them, scripts/readme-version.mjs checks).
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const currentVersion = () => JSON.parse(readFileSync('packages/careerkit/package.json', 'utf8')).version;

export function releaseVersion() {
  const out = join(tmpdir(), `changeset-status-${process.pid}.json`);
  try {
    execFileSync('npx', ['changeset', 'status', '--output', out], { stdio: 'ignore' });
    return JSON.parse(readFileSync(out, 'utf8')).releases.find((r) => r.name === 'careerkit')?.newVersion ?? currentVersion();
  } finally {
    rmSync(out, { force: true });
  }
}
