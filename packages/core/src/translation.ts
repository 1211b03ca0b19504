/**
 * A string that depends on a count, one text per plural category of the
 * language (`Intl.PluralRules`): `{ one: '{n} Frage passt', other: '{n} Fragen passen' }`.
 * `other` is required; `zero`, `one`, `two`, `few` and `many` as the language has them.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * One language's words for every widget (`packages/core/src/locales/<lang>.ts`):
 * `core` holds the strings every widget shows (`loading`, `error`, `empty`),
 * and each widget's default tag its own strings, under the same keys as its
 * English `strings`. A key left out is shown in English.
 */
export interface Translation {
  [part: string]: { [key: string]: string | Plural };
}

/** The built-in translations loaded so far, shared by every copy of Careerkit on the page: `registry.de`. */
export const registry: Record<string, Translation> = ((globalThis as Record<symbol, Record<string, Translation>>)[Symbol.for('careerkit.locales')] ??= {});
