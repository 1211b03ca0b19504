// Writes packages/core/src/locale-files.ts, the list of built-in translations, from the files in
// packages/core/src/locales/ (one per language, named by its BCP 47 tag: de.ts, pt-BR.ts). `npm run build` runs it,
// so adding a language is adding its file; `node scripts/locales.mjs --check` (in `npm test`) fails when the list
// is not the folder's.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';

const dir = 'packages/core/src/locales';
const out = 'packages/core/src/locale-files.ts';
const tags = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
const text = `// Written by scripts/locales.mjs from the files in packages/core/src/locales/ (npm run build): do not edit.
import type { Translation } from './translation.js';

/** Each built-in translation's module, by language tag, imported on demand. */
export const files: Record<string, () => Promise<{ default: Translation }>> = {
${tags.map((tag) => `  ${JSON.stringify(tag)}: () => import('./locales/${tag}.js'),`).join('\n')}
};
`;
if (process.argv.includes('--check')) {
  if ((existsSync(out) ? readFileSync(out, 'utf8') : '') !== text) {
    console.error(`${out} does not list the files in ${dir}/: run \`node scripts/locales.mjs\` (npm run build does).`);
    process.exit(1);
  }
} else writeFileSync(out, text);
