import type { Report } from './element.js';
import { isWebUrl } from './format.js';

/**
 * A content schema, written as a small literal:
 * `'text'` a non-empty string (trimmed), `'number'` a finite number, `'url'`
 * text that is an http(s) URL (relative ones are resolved against the page),
 * `[schema]` a list of items, `{ key: schema }` an object. A key ending in
 * `?` is optional.
 */
export type Schema = 'text' | 'number' | 'url' | readonly [Schema] | { readonly [key: string]: Schema };

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : value === '' ? 'empty text' : typeof value == 'object' ? 'an object' : `a ${typeof value}`;

/**
 * Checks raw content against a schema and returns what is valid. Every
 * problem is reported once with its field path (`sections[1].rows[0].label`)
 * and what was expected. An invalid item is left out of its list; an object
 * with an invalid required field is left out whole; an invalid optional
 * field is dropped. Unknown keys are ignored.
 */
export function check<T>(schema: Schema, value: unknown, report: Report, field = 'the content'): T | undefined {
  const fail = (expected: string): undefined =>
    void report(field, value === undefined ? `is missing; expected ${expected}` : `must be ${expected}; got ${describe(value)}`);
  if (schema === 'text') return typeof value === 'string' && value.trim() ? (value.trim() as T) : fail('text');
  if (schema === 'url') return isWebUrl(value) ? (value.trim() as T) : fail('an http(s) URL');
  if (schema === 'number') return Number.isFinite(value) ? (value as T) : fail('a number');
  if (Array.isArray(schema)) {
    if (!Array.isArray(value)) return fail('a list');
    return value.map((item, i) => check(schema[0], item, report, `${field}[${i}]`)).filter((item) => item !== undefined) as T;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('an object');
  const out: Record<string, unknown> = {};
  for (const [key, sub] of Object.entries(schema as Record<string, Schema>)) {
    const name = key.replace(/\?$/, '');
    const raw = (value as Record<string, unknown>)[name];
    if (raw === undefined && name !== key) continue;
    const checked = check(sub, raw, report, field === 'the content' ? name : `${field}.${name}`);
    if (checked !== undefined) out[name] = checked;
    else if (name === key) return undefined;
  }
  return out as T;
}
