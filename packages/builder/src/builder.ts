import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { isWebUrl, validate, type Problem, type Schema } from '@careerkit/core';
import { styles } from './builder.styles.js';
import { contrast } from './contrast.js';
import { parseBands, type Pasted } from './spreadsheet.js';
import { changed, cdnUrl, common, fromHash, initial, json, parseSnippet, react, snippet, toHash, tokens, type State, type Theme } from './state.js';
import { itemNames, labels, long, providerHelp, widgets, type Attribute, type Tag } from './widgets.js';

type Path = (string | number)[];
type Obj = Record<string, unknown>;
type Colour = keyof typeof tokens;

/** A field's path as the widgets write it in their messages: `bands[2].min`. */
const pathText = (path: Path) => path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
const idOf = (path: Path | string) => `f-${(typeof path === 'string' ? path : pathText(path)).replace(/[^\w-]/g, '_')}`;
const optional = (key: string) => key.endsWith('?');
const bare = (key: string) => key.replace(/\?$/, '');
const isList = (s: Schema): s is readonly [Schema] => Array.isArray(s);
const isObject = (s: Schema): s is { readonly [key: string]: Schema } => typeof s === 'object' && !Array.isArray(s);
const get = (value: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v as Obj | undefined)?.[k as string], value);
const itemName = (key: string, i: number) => `${itemNames[key] ?? 'Item'} ${i + 1}`;

/** A field's path in words: `Band 3, Minimum`. */
function describe(field: string) {
  const words: string[] = [];
  for (const [, key, index] of field.matchAll(/([^.[\]]+)(?:\[(\d+)\])?/g)) {
    if (index !== undefined) words.push(itemName(key, Number(index)));
    else words.push(labels[key] ?? key);
  }
  return words.join(', ');
}

/** WCAG AA: 4.5:1 for text, 3:1 for the accent as a user-interface colour. */
const pairs: [string, (c: Record<Colour | 'accentText', string>) => [string, string], number][] = [
  ['Text on the background', (c) => [c.text, c.bg], 4.5],
  ['Accent on the background (links, focus, selected states)', (c) => [c.accent, c.bg], 3],
  ['Button text on the accent', (c) => [c.accentText, c.accent], 4.5],
];
// The widgets' own colours (packages/core/src/styles.ts) where a theme colour is not set.
const defaults = {
  light: { text: '#1b1d21', bg: '#ffffff', accent: '#2f6fdf', accentText: '#ffffff' },
  dark: { text: '#eceef2', bg: '#17191d', accent: '#8ab4ff', accentText: '#0b1a33' },
};
const hex = /^#[0-9a-f]{6}$/i;

/**
 * The embed builder: pick a widget, edit its content with forms (salary bands pasted from a spreadsheet),
 * theme it, see it live, and copy working embed code. Everything runs in the page; nothing is sent anywhere.
 *
 * @tag ck-builder
 */
export class CkBuilder extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    syncHash: { attribute: 'sync-hash', type: Boolean },
    state: { state: true },
    width: { state: true },
    scheme: { state: true },
    pasted: { state: true },
    notice: { state: true },
    copied: { state: true },
    drafts: { state: true },
    mailchimp: { state: true },
  };

  /** Keeps the state in the page's URL hash, and reads it from there, so a link reopens the same widget. */
  syncHash = false;
  state: State = initial('salary-slider');
  width: '280' | '480' | 'full' = 'full';
  scheme: 'light' | 'dark' = 'light';
  /** The last spreadsheet paste: its bands' rows and its rejected cells. */
  pasted?: Pasted;
  /** What happened to a pasted snippet. */
  notice = '';
  /** Said after a copy. */
  copied = '';
  /** Colours and attribute values as typed, while they are not valid yet. */
  drafts: Record<string, string> = {};
  mailchimp = '';
  #preview?: HTMLElement;

  override connectedCallback() {
    super.connectedCallback();
    if (this.syncHash) {
      this.#fromHash();
      window.addEventListener('hashchange', this.#fromHash);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#fromHash);
  }

  #fromHash = () => {
    const state = fromHash(location.hash);
    if (state && toHash(state) !== toHash(this.state)) this.#use(state);
  };

  /** Replaces the whole state (another widget, a pasted snippet, a link). */
  #use(state: State) {
    this.state = state;
    this.pasted = undefined;
    this.drafts = {};
    this.mailchimp = '';
    this.#save();
  }

  /** Changes the state through a copy, so that each change renders once. */
  #change(mutate: (state: State) => void) {
    const next = structuredClone(this.state);
    mutate(next);
    this.state = next;
    this.#save();
  }

  #save() {
    if (this.syncHash) history.replaceState(null, '', toHash(this.state));
  }

  /** Sets (or, with undefined, removes) the content field at `path`. */
  #set(path: Path, value: unknown) {
    this.#change((s) => {
      const parent = get(s.content, path.slice(0, -1)) as Obj;
      const key = path.at(-1) as string;
      if (value === undefined) delete parent[key];
      else parent[key] = value;
    });
  }

  #list(path: Path, edit: (list: unknown[]) => void, focus?: string) {
    if (path[0] === 'bands') this.pasted = this.pasted && { ...this.pasted, rows: [] };
    this.#change((s) => {
      const parent = get(s.content, path.slice(0, -1)) as Obj;
      const key = path.at(-1) as string;
      const list = ((parent[key] as unknown[] | undefined) ??= []);
      edit(list);
    });
    if (focus) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-focus="${focus}"]:not([disabled])`)?.focus());
  }

  get #info() {
    return widgets[this.state.tag];
  }

  get #roles(): string[] {
    const roles = (this.state.content as Obj | undefined)?.roles;
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
  }

  /** Every problem with the content, in the widget's own words, and the builder's checks of the attributes. */
  get #problems(): Problem[] {
    const problems = validate(this.#info.Class, this.state.content);
    const content = this.state.content as Obj | undefined;
    if (this.state.tag === 'salary-slider' && typeof content?.currency === 'string' && !Intl.supportedValuesOf('currency').includes(content.currency.toUpperCase()))
      problems.push({ field: 'currency', problem: `must be an ISO 4217 code; got ${content.currency}` });
    return problems;
  }

  #attrProblem(a: Attribute): string | undefined {
    const value = this.state.attrs[a.name];
    if (a.name === 'action' && !value && this.state.tag === 'newsletter-form') return 'is needed: without it the form has nowhere to send signups';
    if (value === undefined || value === '') return undefined;
    if (a.kind === 'url' && !isWebUrl(value)) return `must be an http(s) URL; got "${value}"`;
    if (a.kind === 'number' && !Number.isFinite(Number(value))) return `must be a number; got "${value}"`;
    return undefined;
  }

  protected override updated() {
    this.#updatePreview();
  }

  /** The real widget, with the builder's content, attributes and theme; it sends nothing and loads nothing. */
  #updatePreview() {
    const frame = this.renderRoot.querySelector('.frame')!;
    const { tag, attrs, theme, content } = this.state;
    if (this.#preview?.localName !== tag) {
      this.#preview?.remove();
      this.#preview = document.createElement(tag);
      frame.append(this.#preview);
    }
    const el = this.#preview as HTMLElement & { data?: unknown; handler?: () => Promise<void> };
    // Not in the preview: `src` (a request), `sync-hash` (the builder's own URL), `redirect` (would leave the builder).
    const shown = Object.entries(attrs).filter(([name]) => !['src', 'sync-hash', 'redirect'].includes(name));
    for (const { name } of [...el.attributes]) if (name !== 'style' && !shown.some(([n]) => n === name)) el.removeAttribute(name);
    for (const [name, value] of shown) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    const mode = theme.mode === 'auto' ? this.scheme : theme.mode;
    if (mode) el.setAttribute('theme', mode);
    for (const [key, prop] of Object.entries(tokens)) {
      const value = theme[key as Colour];
      if (value) el.style.setProperty(prop, value);
      else el.style.removeProperty(prop);
    }
    if (tag === 'newsletter-form') el.handler = () => Promise.resolve();
    el.data = structuredClone(content);
  }

  #pick(tag: Tag) {
    this.#use(initial(tag));
  }

  #loadSnippet() {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#paste-snippet')!.value;
    const state = parseSnippet(text);
    if (typeof state === 'string') this.notice = state;
    else {
      this.#use(state);
      this.notice = `Loaded a <${state.tag}>${changed(state) ? ' with its own content' : ' with the default content'}: edit it below.`;
    }
  }

  #paste(text: string) {
    if (!text.trim()) return void (this.pasted = undefined);
    const pasted = parseBands(text);
    this.pasted = pasted;
    if (!pasted.bands.length) return;
    const seed = this.#info.Class.defaults as Obj;
    this.#change((s) => {
      const content = s.content as Obj;
      content.bands = pasted.bands;
      content.roles = [...new Set(pasted.bands.map((b) => b.role))];
      // The seed's note and source describe the seed's figures, not these.
      for (const key of ['note', 'source']) if (JSON.stringify(content[key]) === JSON.stringify(seed[key])) delete content[key];
    });
  }

  #pasteMailchimp(text: string) {
    this.mailchimp = text;
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const action = [...doc.querySelectorAll('form[action]')].map((f) => f.getAttribute('action')!).find((a) => /^https:\/\/[^/]+\.list-manage\.com\//.test(a));
    if (!action) return;
    this.#change((s) => Object.assign(s.attrs, { provider: 'mailchimp', action }));
  }

  /** The attributes every widget has. */
  #common: Attribute[] = [
    { name: 'src', label: 'Content address (src)', kind: 'url', help: 'Optional: put the downloaded JSON file on your site and give its address; the snippet then loads the content from there.' },
    {
      name: 'locale',
      label: 'Language of your content (such as de-DE)',
      kind: 'text',
      help: "The widget's own words, numbers, dates and direction follow it. Default: the page's language; the default content is always British English.",
    },
  ];

  /** Attributes of a pasted snippet that the builder has no field for: kept, and editable as text. */
  #others() {
    const known = [...this.#info.attributes.map((a) => a.name), ...common];
    return Object.keys(this.state.attrs).filter((name) => !known.includes(name));
  }

  #setAttr(name: string, value: string | undefined) {
    this.#change((s) => {
      if (value === undefined) delete s.attrs[name];
      else s.attrs[name] = value;
    });
  }

  #setColour(key: Colour, value: string) {
    this.drafts = { ...this.drafts, [key]: value };
    if (value && !hex.test(value.trim())) return;
    this.#change((s) => {
      if (value) s.theme[key] = value.trim().toLowerCase();
      else delete s.theme[key];
    });
  }

  async #copy(text: string, what: string) {
    this.copied = '';
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `Copied the ${what}.`;
    } catch {
      this.copied = `Your browser did not allow copying: select the ${what} and copy it (Ctrl+C or ⌘C).`;
    }
  }

  #download() {
    const url = URL.createObjectURL(new Blob([`${json(this.state.content)}\n`], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `${this.state.tag}.json` });
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** In-page links do not reach into a shadow root: scroll to the step's heading and move the focus there. */
  #jump(e: Event, id: string) {
    e.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${id}`)!;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  // ---- rendering ----

  /** Messages for one field, next to it. */
  #messages(problems: Problem[], field: string, id: string, label?: string) {
    const mine = problems.filter((p) => p.field === field);
    return mine.length
      ? html`<ul class="error" id=${`${id}-e`}>
          ${mine.map((p) => html`<li>${label ?? describe(field)} ${p.problem}</li>`)}
        </ul>`
      : nothing;
  }

  #input(schema: Schema, value: unknown, path: Path, problems: Problem[], key: string, isOptional: boolean, label: string, parentLabel?: string) {
    const field = pathText(path);
    const id = idOf(path);
    const bad = problems.some((p) => p.field === field);
    const described = bad ? `${id}-e` : nothing;
    const text = (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      this.#set(path, v === '' && isOptional ? undefined : v);
    };
    const number = (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      this.#set(path, v === '' ? undefined : Number(v));
    };
    const roles = this.#roles;
    let control: TemplateResult;
    if (key === 'role' && roles.length)
      control = html`<select id=${id} aria-invalid=${bad} aria-describedby=${described} @change=${text}>
        ${[...new Set([...roles, ...(typeof value === 'string' && !roles.includes(value) ? [value] : [])])].map(
          (r) => html`<option .selected=${r === value} value=${r}>${r}</option>`,
        )}
      </select>`;
    else if (key === 'period')
      control = html`<select id=${id} @change=${text}>
        ${[['year', 'a year (salaries)'], ['day', 'a day (day rates)']].map(([v, l]) => html`<option value=${v} .selected=${(value ?? 'year') === v}>${l}</option>`)}
      </select>`;
    else if (schema === 'number')
      control = html`<input id=${id} type="number" inputmode="decimal" .value=${value === undefined ? '' : String(value)} aria-invalid=${bad} aria-describedby=${described} @input=${number} />`;
    else if (long.has(key))
      control = html`<textarea id=${id} rows="3" .value=${typeof value === 'string' ? value : ''} aria-invalid=${bad} aria-describedby=${described} @input=${text}></textarea>`;
    else
      control = html`<input id=${id} type=${schema === 'url' ? 'url' : 'text'} .value=${typeof value === 'string' ? value : ''} aria-invalid=${bad} aria-describedby=${described} @input=${text} />`;
    const size = schema === 'number' ? 'num' : long.has(key) || schema === 'url' ? 'long' : 'short';
    return html`<div class="field ${size}">
      <label for=${id}>${label}${isOptional ? html` <span class="opt">(optional)</span>` : nothing}</label>
      ${control} ${this.#messages(problems, field, id, parentLabel ?? label)}
    </div>`;
  }

  /** New, empty content for `schema`, required fields only: one empty value per role for a comparison row. */
  #blank(schema: Schema, key: string, roles = this.#roles): unknown {
    if (schema === 'text') return '';
    if (schema === 'number' || schema === 'url') return undefined;
    if (isList(schema)) return key === 'values' || key === 'roles' ? roles.map(() => '') : [this.#blank(schema[0], key, roles)];
    return Object.fromEntries(
      Object.entries(schema)
        .filter(([k]) => !optional(k))
        .map(([k, s]) => [k, k === 'role' ? (roles[0] ?? '') : this.#blank(s, k, roles)]),
    );
  }

  /** Starts from empty content instead of the default: the required fields, empty. */
  #empty() {
    const state = initial(this.state.tag);
    state.content = this.#blank(this.#info.schema, '', this.state.tag === 'role-compare' ? ['', ''] : ['']);
    this.#use(state);
  }

  #listField(item: Schema, value: unknown, path: Path, problems: Problem[], key: string, isOptional: boolean) {
    const list = Array.isArray(value) ? value : [];
    const field = pathText(path);
    const id = idOf(path);
    const name = (i: number) => (key === 'values' ? (this.#roles[i] ?? `Value ${i + 1}`) : itemName(key, i));
    const buttons = (i: number) => {
      const at = `${field}[${i}]`;
      const move = (to: number) => () =>
        this.#list(path, (l) => l.splice(to, 0, ...l.splice(i, 1)), `${to < i ? 'up' : 'down'}:${field}[${to}]`);
      return html`<div class="tools">
        <button type="button" data-focus=${`up:${at}`} ?disabled=${i === 0} aria-label=${`Move ${name(i)} up`} @click=${move(i - 1)}>Up</button>
        <button type="button" data-focus=${`down:${at}`} ?disabled=${i === list.length - 1} aria-label=${`Move ${name(i)} down`} @click=${move(i + 1)}>Down</button>
        <button type="button" aria-label=${`Remove ${name(i)}`} @click=${() => this.#list(path, (l) => l.splice(i, 1), `add:${field}`)}>Remove</button>
      </div>`;
    };
    return html`<fieldset class="list" id=${id}>
      <legend>${labels[key] ?? key}${isOptional ? html` <span class="opt">(optional)</span>` : nothing}</legend>
      ${this.#messages(problems, field, id)}
      ${list.map((v, i) =>
        typeof item === 'string'
          ? html`<div class="item scalar">${this.#input(item, v, [...path, i], problems, key, false, name(i))}${buttons(i)}</div>`
          : html`<fieldset class="item">
              <legend>${name(i)}</legend>
              ${buttons(i)} ${this.#messages(problems, `${field}[${i}]`, idOf([...path, i]))} ${this.#fields(item, v, [...path, i], problems)}
            </fieldset>`,
      )}
      <button type="button" class="add" data-focus=${`add:${field}`} @click=${() => this.#list(path, (l) => l.push(this.#blank(item, key)), `add:${field}`)}>
        Add ${(itemNames[key] ?? 'item').toLowerCase()}
      </button>
    </fieldset>`;
  }

  /** The form for an object of `schema`: a field, list or group per key. */
  #fields(schema: Schema, value: unknown, path: Path, problems: Problem[]): TemplateResult {
    if (!isObject(schema)) return html``;
    const obj = (value && typeof value === 'object' ? value : {}) as Obj;
    return html`<div class="fields">${Object.entries(schema).map(([k, sub]) => {
      const key = bare(k);
      const p = [...path, key];
      const label = labels[key] ?? key;
      if (isList(sub)) return this.#listField(sub[0], obj[key], p, problems, key, optional(k));
      if (!isObject(sub)) return this.#input(sub, obj[key], p, problems, key, optional(k), label);
      if (obj[key] === undefined)
        return html`<button type="button" class="add" data-focus=${`add:${pathText(p)}`} @click=${() => this.#set(p, this.#blank(sub, key))}>Add ${label.toLowerCase()}</button>`;
      return html`<fieldset class="group" id=${idOf(p)}>
        <legend>${label}</legend>
        ${optional(k)
          ? html`<div class="tools"><button type="button" @click=${() => this.#set(p, undefined)}>Remove ${label.toLowerCase()}</button></div>`
          : nothing}
        ${this.#messages(problems, pathText(p), idOf(p))} ${this.#fields(sub, obj[key], p, problems)}
      </fieldset>`;
    })}</div>`;
  }

  #attribute(a: Attribute) {
    const id = idOf(`attr-${a.name}`);
    const value = this.state.attrs[a.name];
    const problem = this.#attrProblem(a);
    const helpText = a.name === 'provider' ? providerHelp[value ?? ''] : a.help;
    const described = [helpText && `${id}-h`, problem && `${id}-e`].filter(Boolean).join(' ') || nothing;
    const help = html`${helpText ? html`<p class="help" id=${`${id}-h`}>${helpText}</p>` : nothing}
    ${problem ? html`<p class="error" id=${`${id}-e`}>${a.label} ${problem}</p>` : nothing}`;
    if (a.kind === 'bool')
      return html`<div class="check">
        <input type="checkbox" id=${id} .checked=${value !== undefined} @change=${(e: Event) => this.#setAttr(a.name, (e.target as HTMLInputElement).checked ? '' : undefined)} />
        <label for=${id}>${a.label} <code>${a.name}</code></label>
      </div>`;
    if (a.kind === 'select')
      return html`<div class="field">
        <label for=${id}>${a.label}</label>
        <select id=${id} aria-describedby=${described} @change=${(e: Event) => {
          const i = (e.target as HTMLSelectElement).selectedIndex;
          this.#setAttr(a.name, a.options![i][0] ?? undefined);
        }}>
          ${a.options!.map(([v, l]) => html`<option .selected=${(value ?? null) === v}>${l}</option>`)}
        </select>
        ${help}
      </div>`;
    return html`<div class="field">
      <label for=${id}>${a.label}</label>
      <input id=${id} type=${a.kind === 'url' ? 'url' : 'text'} inputmode=${a.kind === 'number' ? 'decimal' : nothing} .value=${value ?? ''}
        aria-invalid=${!!problem} aria-describedby=${described}
        @input=${(e: Event) => this.#setAttr(a.name, (e.target as HTMLInputElement).value || undefined)} />
      ${help}
    </div>`;
  }

  #renderPaste(problems: Problem[]) {
    const pasted = this.pasted;
    // The widget's own complaints about pasted bands, named by their spreadsheet row (until the bands are rearranged).
    const fromWidget = (pasted?.rows.length ? problems : []).flatMap((p) => {
      const m = /^bands\[(\d+)\](?:\.(\w+))?$/.exec(p.field);
      const row = m && pasted!.rows[Number(m[1])];
      return row ? [{ row, column: (m[2] && pasted!.at[m[2]]) ?? m[2] ?? 'any', problem: p.problem }] : [];
    });
    const cells = [...(pasted?.problems ?? []), ...fromWidget].sort((a, b) => a.row - b.row);
    return html`<div class="field paste">
      <label for="paste">Paste from a spreadsheet</label>
      <p class="help" id="paste-h">
        Copy the rows of your pay bands, header row included, and paste them here: the bands below are replaced. Columns
        <code>role</code>, <code>level</code>, <code>location</code>, <code>min</code>, <code>max</code>, and if you have them
        <code>median</code>, <code>p10</code>, <code>p25</code>, <code>p75</code>, <code>p90</code>. Tab- or comma-separated;
        figures such as <code>£65,000</code> or <code>65k</code>.
      </p>
      <textarea id="paste" rows="5" wrap="off" aria-describedby="paste-h paste-r" placeholder=${'role\tlevel\tlocation\tmin\tmax\nML Engineer\tMid-level\tLondon\t£65,000\t£95,000'}
        @input=${(e: Event) => this.#paste((e.target as HTMLTextAreaElement).value)}></textarea>
      <div id="paste-r" role="status">
        ${pasted
          ? html`<p>${pasted.bands.length} band${pasted.bands.length === 1 ? '' : 's'} read${cells.length ? html`; <strong>${cells.length} cell${cells.length === 1 ? '' : 's'} rejected</strong>:` : '.'}</p>
              ${cells.length ? html`<ul class="error">${cells.map((c) => html`<li>Row ${c.row}${c.column ? `, column ${c.column}` : ''}: ${c.problem}</li>`)}</ul>` : nothing}`
          : nothing}
      </div>
    </div>`;
  }

  #renderMailchimp() {
    return html`<div class="field">
      <label for="mailchimp">Paste Mailchimp's embed code <span class="opt">(optional)</span></label>
      <p class="help" id="mailchimp-h">In Mailchimp: Audience, Signup forms, Embedded form; copy the code and paste it here. The signup address is taken from it.</p>
      <textarea id="mailchimp" rows="3" aria-describedby="mailchimp-h" .value=${this.mailchimp} @input=${(e: Event) => this.#pasteMailchimp((e.target as HTMLTextAreaElement).value)}></textarea>
      ${this.mailchimp && this.state.attrs.provider !== 'mailchimp'
        ? html`<p class="error" role="status">No Mailchimp form found in it: its form's action looks like https://….list-manage.com/subscribe/post?u=…&amp;id=….</p>`
        : nothing}
    </div>`;
  }

  #renderTheme() {
    const { theme } = this.state;
    const scheme = theme.mode === 'light' || theme.mode === 'dark' ? theme.mode : this.scheme;
    const base = defaults[scheme];
    const colours = { ...base, ...Object.fromEntries(Object.keys(tokens).filter((k) => theme[k as Colour]).map((k) => [k, theme[k as Colour]!])) };
    const ratios = pairs.map(([what, pick, need]) => {
      const [a, b] = pick(colours);
      return { what, ratio: contrast(a, b), need };
    });
    const low = ratios.filter((r) => r.ratio < r.need);
    const names: Record<Colour, string> = { accent: 'Accent colour', text: 'Text colour', bg: 'Background colour' };
    return html`<div class="field">
        <label for="mode">Light or dark</label>
        <select id="mode" @change=${(e: Event) => this.#change((s) => {
          const v = (e.target as HTMLSelectElement).value as Theme['mode'] | '';
          if (v) s.theme.mode = v;
          else delete s.theme.mode;
        })}>
          ${[['', "The page's own colours (no theme)"], ['light', 'Light'], ['dark', 'Dark'], ['auto', "Follow the reader's setting (auto)"]].map(
            ([v, l]) => html`<option value=${v} .selected=${(theme.mode ?? '') === v}>${l}</option>`,
          )}
        </select>
      </div>
      ${(Object.keys(tokens) as Colour[]).map((key) => {
        const draft = this.drafts[key];
        const bad = draft !== undefined && draft !== '' && !hex.test(draft.trim());
        return html`<div class="field colour">
          <label for=${`c-${key}`}>${names[key]} <code>${tokens[key]}</code></label>
          <div class="row">
            <input type="color" aria-label=${`Pick the ${names[key].toLowerCase()}`} .value=${theme[key] ?? base[key]} @input=${(e: Event) => this.#setColour(key, (e.target as HTMLInputElement).value)} />
            <input id=${`c-${key}`} type="text" spellcheck="false" placeholder=${`${base[key]} (default)`} .value=${draft ?? theme[key] ?? ''} aria-invalid=${bad}
              aria-describedby=${bad ? `c-${key}-e` : nothing} @input=${(e: Event) => this.#setColour(key, (e.target as HTMLInputElement).value)} />
            ${theme[key] ? html`<button type="button" @click=${() => this.#setColour(key, '')}>Reset</button>` : nothing}
          </div>
          ${bad ? html`<p class="error" id=${`c-${key}-e`}>${names[key]} must be a colour written #rrggbb, such as ${base[key]}.</p>` : nothing}
        </div>`;
      })}
      <table class="ratios">
        <caption>Contrast (${scheme})</caption>
        <thead><tr><th scope="col">Colours</th><th scope="col">Ratio</th><th scope="col">WCAG AA needs</th></tr></thead>
        <tbody>
          ${ratios.map((r) => html`<tr class=${r.ratio < r.need ? 'low' : ''}><th scope="row">${r.what}</th><td>${r.ratio.toFixed(2)}:1</td><td>${r.need}:1${r.ratio < r.need ? ' ✗' : ' ✓'}</td></tr>`)}
        </tbody>
      </table>
      <div role="status" class="warning">
        ${low.length
          ? html`<p><strong>Below WCAG AA:</strong> ${low.map((r) => `${r.what.replace(/ \(.*/, '').toLowerCase()} is ${r.ratio.toFixed(2)}:1, under ${r.need}:1`).join('; ')}. Some readers will not be able to read it.</p>`
          : nothing}
      </div>`;
  }

  override render() {
    const { state } = this;
    const info = this.#info;
    const problems = this.#problems;
    const attributes = [...info.attributes, ...this.#common];
    // Each problem in words, for the summary: the content's by field, the attributes' by label.
    const summary = [
      ...problems.map((p) => `${describe(p.field)} ${p.problem}`),
      ...attributes.flatMap((a) => {
        const problem = this.#attrProblem(a);
        return problem ? [`${a.label} ${problem}`] : [];
      }),
    ];
    const code = snippet(state);
    const link = `${location.href.split('#')[0]}${toHash(state)}`;
    return html`
      <header>
        <h1>Careerkit embed builder</h1>
        <p>Make a widget for your page: pick one, fill in the forms, check the preview, and copy the code into your page (a "Custom HTML" block).</p>
        <nav aria-label="Steps">
          ${[['h-start', 'Widget'], ['h-content', 'Content'], ['h-theme', 'Theme'], ['h-preview', 'Preview'], ['h-code', 'Embed code']].map(
            ([id, label]) => html`<a href=${`#${id}`} @click=${(e: Event) => this.#jump(e, id)}>${label}</a>`,
          )}
        </nav>
      </header>
      <div class="layout">
        <div class="edit">
          <section aria-labelledby="h-start">
            <h2 id="h-start" tabindex="-1">1. Pick a widget</h2>
            <div class="field">
              <label for="widget">Widget</label>
              <select id="widget" @change=${(e: Event) => this.#pick((e.target as HTMLSelectElement).value as Tag)}>
                ${Object.values(widgets).map((w) => html`<option value=${w.tag} .selected=${w.tag === state.tag}>${w.title} &lt;${w.tag}&gt;</option>`)}
              </select>
            </div>
            <details>
              <summary>Or edit a snippet you already have</summary>
              <div class="field">
                <label for="paste-snippet">Paste an existing snippet</label>
                <textarea id="paste-snippet" rows="4"></textarea>
              </div>
              <button type="button" @click=${this.#loadSnippet}>Edit this snippet</button>
              <p role="status">${this.notice}</p>
            </details>
            <div class="tools">
              <button type="button" @click=${() => this.#pick(state.tag)}>Start again from the default content</button>
              <button type="button" @click=${this.#empty}>Start from empty content</button>
            </div>
          </section>

          <section aria-labelledby="h-content">
            <h2 id="h-content" tabindex="-1">2. Content</h2>
            ${summary.length
              ? html`<div class="summary">
                  <p><strong>${summary.length} problem${summary.length === 1 ? '' : 's'}</strong> (the widget leaves out what is wrong):</p>
                  <ul class="error">${summary.map((text) => html`<li>${text}</li>`)}</ul>
                </div>`
              : nothing}
            ${state.tag === 'salary-slider' ? this.#renderPaste(problems) : nothing}
            ${this.#fields(info.schema, state.content, [], problems)}
            <h3>Options</h3>
            ${state.tag === 'newsletter-form' ? this.#renderMailchimp() : nothing}
            ${attributes.map((a) => this.#attribute(a))}
            ${this.#others().map((name) => html`<div class="item scalar">
                ${this.#attribute({ name, label: `Attribute ${name}`, kind: 'text' })}
                <div class="tools"><button type="button" @click=${() => this.#setAttr(name, undefined)}>Remove attribute ${name}</button></div>
              </div>`)}
          </section>

          <section aria-labelledby="h-theme">
            <h2 id="h-theme" tabindex="-1">3. Theme</h2>
            ${this.#renderTheme()}
          </section>
        </div>

        <div class="out">
          <section aria-labelledby="h-preview">
            <h2 id="h-preview" tabindex="-1">4. Preview</h2>
            <div class="toggles">
              <fieldset>
                <legend>Width</legend>
                ${(['280', '480', 'full'] as const).map(
                  (w) => html`<label><input type="radio" name="width" .checked=${this.width === w} @change=${() => (this.width = w)} /> ${w === 'full' ? 'Full' : `${w} px`}</label>`,
                )}
              </fieldset>
              <fieldset>
                <legend>Page</legend>
                ${(['light', 'dark'] as const).map(
                  (s) => html`<label><input type="radio" name="scheme" .checked=${this.scheme === s} @change=${() => (this.scheme = s)} /> ${s === 'light' ? 'Light' : 'Dark'}</label>`,
                )}
              </fieldset>
            </div>
            <div class="stage ${this.scheme}" role="region" aria-label="Preview" tabindex="0">
              <div class="frame w${this.width}"></div>
            </div>
          </section>

          <section aria-labelledby="h-code">
            <h2 id="h-code" tabindex="-1">5. Embed code</h2>
            <div class="field">
              <label for="code">Embed code</label>
              <p class="help" id="code-h">Paste it into your page where the widget goes. ${state.attrs.src ? 'Put the downloaded JSON file at the content address.' : ''}</p>
              ${summary.length ? html`<p class="error">Not ready: ${summary.length} problem${summary.length === 1 ? '' : 's'} to fix, listed under Content.</p>` : nothing}
              <div class="tools">
                <button type="button" class="primary" @click=${() => this.#copy(code, 'embed code')}>Copy</button>
                <button type="button" @click=${this.#download}>Download JSON</button>
                <button type="button" @click=${() => this.#copy(link, 'link')}>Copy link to this widget</button>
              </div>
              <p role="status" class="copied">${this.copied}</p>
              <textarea id="code" readonly rows="12" wrap="off" spellcheck="false" aria-describedby="code-h" .value=${code}></textarea>
            </div>
            <p><a href=${link}>Link that reopens the builder with this widget</a>: send it to a colleague.</p>
            <details>
              <summary>For developers: npm and React</summary>
              <div class="field">
                <label for="react">React code</label>
                <textarea id="react" readonly rows="10" wrap="off" spellcheck="false" .value=${react(state)}></textarea>
              </div>
              <p>Or without React: <code>npm install ${info.npm}</code>, then <code>import '${info.npm}/define';</code> and set the element's <code>data</code> property. The CDN script above is <code>${cdnUrl()}</code>.</p>
            </details>
          </section>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ck-builder': CkBuilder;
  }
}
