// The builder's state (one widget's tag, attributes, content and theme) and what is made from it: the embed
// snippet, its React form, and the URL hash; and the reverse, a pasted snippet or a hash read back into a state.
import { widgets, type Tag } from './widgets.js';

export interface Theme {
  /** The widget's `theme` attribute; none: it takes the page's colours. */
  mode?: 'light' | 'dark' | 'auto';
  /** `--ck-accent`, `--ck-text`, `--ck-bg` as #rrggbb; none: the widget's default. */
  accent?: string;
  text?: string;
  bg?: string;
}

export interface State {
  tag: Tag;
  /** Attributes by name; a boolean attribute that is set has the value ''. */
  attrs: Record<string, string>;
  /** The content, in the widget's schema (what goes in its JSON script). */
  content: unknown;
  theme: Theme;
}

/** The CSS custom property of each theme colour. */
export const tokens = { accent: '--ck-accent', text: '--ck-text', bg: '--ck-bg' } as const;
/** Attributes every widget has, besides its own (`theme` is the theme's). */
export const common = ['src', 'locale'];

// Set by the build (rollup.config.mjs) to the version the README pins; elsewhere (tests), the widgets' own.
declare const __CK_CDN_VERSION__: string | undefined;
const pinned = typeof __CK_CDN_VERSION__ === 'string' ? __CK_CDN_VERSION__ : widgets['salary-slider'].Class.version;

/** The pinned CDN URL of the loader. */
export const cdnUrl = () => `https://cdn.jsdelivr.net/npm/careerkit@${pinned}`;

const clone = <T>(value: T): T => structuredClone(value);

export const initial = (tag: Tag): State => ({ tag, attrs: {}, content: clone(widgets[tag].Class.defaults), theme: {} });

/** Whether the content is other than the widget's default content. */
export const changed = (state: State) => JSON.stringify(state.content) !== JSON.stringify(widgets[state.tag].Class.defaults);

/** The attributes in the order the snippet writes them: the widget's own, the common ones, any others, then the theme. */
export function attributes(state: State): [string, string][] {
  const known = [...widgets[state.tag].attributes.map((a) => a.name), ...common];
  const names = [...known.filter((n) => n in state.attrs), ...Object.keys(state.attrs).filter((n) => !known.includes(n))];
  const list: [string, string][] = names.map((n) => [n, state.attrs[n]]);
  if (state.theme.mode) list.push(['theme', state.theme.mode]);
  const style = styleOf(state.theme);
  if (style) list.push(['style', style]);
  return list;
}

const styleOf = (theme: Theme) =>
  (Object.keys(tokens) as (keyof typeof tokens)[])
    .filter((k) => theme[k])
    .map((k) => `${tokens[k]}: ${theme[k]}`)
    .join('; ');

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/**
 * JSON for people: indented, but an object or list of plain values (a band, a list of roles) on one line when it
 * fits. `<` as \u003c keeps `</script>` in a string from closing the script; JSON.parse reads it back as `<`.
 */
export function json(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value).replace(/</g, '\\u003c');
  const list = Array.isArray(value);
  const entries = (list ? value.map((v) => [undefined, v]) : Object.entries(value).filter(([, v]) => v !== undefined)) as [string | undefined, unknown][];
  const key = (k: string | undefined) => (k === undefined ? '' : `${JSON.stringify(k).replace(/</g, '\\u003c')}: `);
  const [open, close] = list ? ['[', ']'] : ['{ ', ' }'];
  if (!entries.length) return list ? '[]' : '{}';
  const line = `${open}${entries.map(([k, v]) => key(k) + json(v)).join(', ')}${close}`;
  if (entries.every(([, v]) => v === null || typeof v !== 'object') && line.length + indent.length <= 120) return line;
  const inner = `${indent}  `;
  return `${open.trim()}\n${entries.map(([k, v]) => inner + key(k) + json(v, inner)).join(',\n')}\n${indent}${close.trim()}`;
}

/** The embed code: the pinned CDN stylesheet and script, and the tag with only what differs from the defaults. */
export function snippet(state: State): string {
  const { tag } = state;
  const attrs = attributes(state)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`))
    .join('');
  // With `src` the content is the downloaded JSON file, put at that address.
  const body =
    changed(state) && !state.attrs.src
      ? `\n  <script type="application/json">\n${json(state.content).replace(/^/gm, '    ')}\n  </script>\n`
      : '';
  // As the README's snippet: the stylesheet reserves the widget's room from the first paint, so the page does not jump.
  return `<link rel="stylesheet" href="${cdnUrl()}/cdn/careerkit.css">\n<script type="module" src="${cdnUrl()}"></script>\n\n<${tag}${attrs}>${body}</${tag}>\n`;
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The same widget for React developers, with @careerkit/react. */
export function react(state: State): string {
  const info = widgets[state.tag];
  const kinds = Object.fromEntries(info.attributes.map((a) => [a.name, a.kind]));
  const props = Object.entries(state.attrs).map(([name, value]) =>
    kinds[name] === 'bool' ? camel(name) : kinds[name] === 'number' && value.trim() && Number.isFinite(Number(value)) ? `${camel(name)}={${Number(value)}}` : `${camel(name)}="${escapeAttr(value)}"`,
  );
  if (state.theme.mode) props.push(`theme="${state.theme.mode}"`);
  const style = Object.entries(tokens).filter(([k]) => state.theme[k as keyof Theme]);
  if (style.length) props.push(`style={{ ${style.map(([k, prop]) => `'${prop}': '${state.theme[k as keyof Theme]}'`).join(', ')} } as React.CSSProperties}`);
  const data = changed(state) && !state.attrs.src;
  if (data) props.unshift('data={data}');
  return [
    '// npm install @careerkit/react',
    `import { ${info.react} } from '@careerkit/react';`,
    ...(data ? ['', `const data = ${JSON.stringify(state.content, null, 2)};`] : []),
    '',
    `export const Widget = () => <${info.react}${props.map((p) => ` ${p}`).join('')} />;`,
    '',
  ].join('\n');
}

const isTag = (tag: unknown): tag is Tag => typeof tag === 'string' && Object.hasOwn(widgets, tag);
const modes = ['light', 'dark', 'auto'];
const hex = /^#[0-9a-f]{6}$/i;

/** Reads a pasted snippet (HTML with one of the widgets' tags) into a state, or says why it cannot. */
export function parseSnippet(text: string): State | string {
  // DOMParser runs no script and loads nothing.
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const el = doc.querySelector(Object.keys(widgets).join(','));
  if (!el || !isTag(el.localName)) return `No widget tag found: the snippet needs one of ${Object.keys(widgets).map((t) => `<${t}>`).join(', ')}.`;
  const state = initial(el.localName);
  for (const { name, value } of el.attributes) {
    if (name === 'theme' && modes.includes(value)) state.theme.mode = value as Theme['mode'];
    else if (name === 'style')
      for (const [key, prop] of Object.entries(tokens)) {
        const found = new RegExp(`${prop}\\s*:\\s*([^;]+)`).exec(value)?.[1].trim();
        if (found && hex.test(found)) state.theme[key as keyof typeof tokens] = found.toLowerCase();
      }
    else state.attrs[name] = value;
  }
  const script = el.querySelector(':scope > script[type="application/json"]');
  if (script)
    try {
      state.content = JSON.parse(script.textContent ?? '');
    } catch (error) {
      return `The JSON inside <${el.localName}> is not valid: ${(error as Error).message}`;
    }
  return state;
}

/** The state as a URL hash, content included only where it is not the default. */
export const toHash = (state: State) =>
  `#${encodeURIComponent(JSON.stringify({ tag: state.tag, attrs: state.attrs, theme: state.theme, ...(changed(state) ? { content: state.content } : {}) }))}`;

/** A state read back from a URL hash; undefined when the hash holds none. */
export function fromHash(hash: string): State | undefined {
  try {
    const saved = JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))) as Partial<State>;
    if (!isTag(saved.tag)) return undefined;
    const state = initial(saved.tag);
    const strings = (o: unknown) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    state.attrs = strings(saved.attrs);
    const theme = strings(saved.theme);
    if (modes.includes(theme.mode)) state.theme.mode = theme.mode as Theme['mode'];
    for (const key of Object.keys(tokens) as (keyof typeof tokens)[]) if (hex.test(theme[key] ?? '')) state.theme[key] = theme[key];
    if (saved.content !== undefined) state.content = saved.content;
    return state;
  } catch {
    return undefined;
  }
}
