/** A story's example content in the toolbar's language (by its primary subtag, `de` for `de-DE`), else the English. */
export const forLocale = <T>(table: Record<string, T>, locale: unknown): T => table[String(locale).split('-')[0]] ?? table.en;
