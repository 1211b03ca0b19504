// Written by scripts/locales.mjs from the files in packages/core/src/locales/ (npm run build): do not edit.
import type { Translation } from './translation.js';

/** Each built-in translation's module, by language tag, imported on demand. */
export const files: Record<string, () => Promise<{ default: Translation }>> = {
  "de": () => import('./locales/de.js'),
};
