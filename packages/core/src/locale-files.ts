// Written by scripts/locales.mjs from the files in packages/core/src/locales/ (npm run build): do not edit.
import type { Translation } from './translation.js';

/** Each built-in translation's module, by language tag, imported on demand. */
export const files: Record<string, () => Promise<{ default: Translation }>> = {
  "ar": () => import('./locales/ar.js'),
  "de": () => import('./locales/de.js'),
  "es": () => import('./locales/es.js'),
  "fr": () => import('./locales/fr.js'),
  "he": () => import('./locales/he.js'),
  "it": () => import('./locales/it.js'),
  "nl": () => import('./locales/nl.js'),
  "pl": () => import('./locales/pl.js'),
  "pt": () => import('./locales/pt.js'),
  "sv": () => import('./locales/sv.js'),
};
