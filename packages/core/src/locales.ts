import { files } from './locale-files.js';
import { registry } from './translation.js';

export type { Translation, Plural } from './translation.js';

/** The languages with a built-in translation (`packages/core/src/locales/<lang>.ts`), besides English. */
export const languages = Object.keys(files);

const loading: Record<string, Promise<boolean>> = {};
/** The languages written right to left (the widget's root gets `dir="rtl"`): Arabic, Hebrew, Persian, Urdu… */
const rtl = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/;

/**
 * Loads the built-in translation for a language tag (`de-AT` gets `de-AT.ts` if
 * there is one, else `de.ts`), once, for every widget on the page; resolves to
 * whether there is one. Widgets load their language themselves; call this
 * first where a widget must render in it at once: before rendering on the
 * server (`await loadLocale('de')`), or before hydrating.
 */
export const loadLocale = (tag: string): Promise<boolean> => {
  const lang = [tag, tag.split('-')[0]].find((key) => key in files);
  // A language without one is shown in English (in its direction), and not looked for again.
  return (loading[tag] ??= Promise.resolve(lang ? files[lang]() : undefined).then((file) => {
    const words = file?.default;
    registry[lang ?? tag] = { ...words, core: { ...words?.core, dir: rtl.test(tag) ? 'rtl' : 'ltr' } };
    return !!words;
  }));
};
