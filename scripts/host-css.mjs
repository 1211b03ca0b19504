// WordPress's block CSS for tests/host-css.test.ts, the one host stylesheet that cannot be a devDependency: the
// @wordpress/block-library package depends on some 300 packages (the block editor, React: most of a gigabyte), and
// the registry does not always hold every version they ask for. Its tarball alone (3 MB, checked against the
// registry's integrity by `npm pack`) holds the CSS a WordPress page links: build-style/style.css
// (`wp-block-library`) and theme.css (`wp-block-library-theme`, for themes with block styles). Written once to
// tests/fixtures/wordpress/ (ignored by git: it is WordPress's, not ours). `npm run test:browser` runs this first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const version = '11.1.0';
const out = `tests/fixtures/wordpress/block-library-${version}.css`;

if (!existsSync(out)) {
  const dir = mkdtempSync(join(tmpdir(), 'careerkit-wp-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['pack', `@wordpress/block-library@${version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('tar', ['-xzf', join(dir, `wordpress-block-library-${version}.tgz`), '-C', dir, 'package/build-style/style.css', 'package/build-style/theme.css']);
    // One @charset, first (the second file's would be ignored where it stands).
    const css = ['style.css', 'theme.css'].map((file) => readFileSync(join(dir, 'package/build-style', file), 'utf8').replace(/^@charset[^;]*;\s*/, '')).join('\n');
    mkdirSync('tests/fixtures/wordpress', { recursive: true });
    writeFileSync(out, `@charset "UTF-8";\n/* @wordpress/block-library ${version}: build-style/style.css and theme.css (GPL-2.0-or-later), for tests only. */\n${css}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
