/**
 * The locale for an element: its `locale` attribute, else the `lang` of the
 * nearest ancestor (across shadow roots), else the browser's language.
 * An invalid tag falls back to the browser's language.
 */
export function resolveLocale(el: Element, explicit?: string | null): string {
  let lang = explicit;
  for (let node: Node | undefined = el; !lang && node; node = node.parentNode ?? (node as ShadowRoot).host) {
    lang = (node as Element).getAttribute?.('lang');
  }
  // The browser's own language can be invalid too ("C" in WebKit under a POSIX locale).
  // On the server (Node 20 has no `navigator`) only the element's own `locale` or `lang` is known.
  for (const tag of [lang, globalThis.navigator?.language]) {
    try {
      if (tag) return Intl.getCanonicalLocales(tag)[0];
    } catch {
      /* not a BCP 47 tag: try the next */
    }
  }
  return 'en';
}

const made = new Map<string, unknown>();
/**
 * What `make` returns, made once per `key` and kept for the page's life: for Intl's formatters and what they format,
 * which the engines build again on every call (one `formatRange` costs about 0.2 ms, and a widget renders on every
 * change). A key names everything the result depends on, in a shape no other caller's key has (the slider's number
 * formats are `locale{options}`, its ranges `locale currency from to`), since all callers share one map.
 */
export const memo = <T>(key: string, make: () => T): T => {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
};

/** Formats an ISO date (`2026-05-03`) as a long date in `locale`; other text is returned as is. */
export function formatDate(value: string, locale: string): string {
  // A date-only ISO string is read as UTC midnight, so it is formatted in UTC.
  const date = new Date(value);
  return /^\d{4}-\d\d-\d\d$/.test(value) && !isNaN(+date)
    ? date.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' })
    : value;
}

/** Text with its runs of white space collapsed to one space, trimmed. */
export const squash = (value?: string | null) => value?.replace(/\s+/g, ' ').trim() ?? '';

/** A URL-fragment-safe id from text: `Which role pays more?` → `which-role-pays-more`. */
export const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * Whether `url`, resolved against the page, is an http(s) URL: never `javascript:`, `data:` or the like.
 * On the server, where there is no page, a relative URL counts as one (as it is on an http(s) page),
 * so the server and the browser render the same link.
 */
export const isWebUrl = (url: unknown): url is string => {
  try {
    return typeof url == 'string' && !!url.trim() && /^https?:$/.test(new URL(url, globalThis.document?.baseURI ?? 'https://localhost/').protocol);
  } catch {
    return false;
  }
};

/** A heading level from an attribute: a whole number from 2 to 6, else `fallback`. */
export const headingLevel = (value: number, fallback: number) => Math.min(6, Math.max(2, Math.round(value) || fallback));
