import { LitElement, html, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defineElement, type DefinableElement } from './define.js';
import { resolveLocale } from './format.js';
import { registry } from './translation.js';
import { check, type Schema } from './validate.js';

declare const __CK_VERSION__: string;

/** Reports one invalid or missing field: `report('roles[2]', 'must be text')`. */
export type Report = (field: string, problem: string) => void;

/** Where a widget's content came from, in the order it is looked for. */
export type ContentOrigin = 'data' | 'src' | 'json' | 'html' | 'default';

/** Fired when content from `src` has loaded. */
export const LOAD_EVENT = 'ck-load';
/** Fired when content from `src` could not be loaded. */
export const ERROR_EVENT = 'ck-error';

export interface LoadDetail {
  /** The URL the content came from. */
  src: string;
}
export interface ErrorDetail {
  src: string;
  /** What went wrong, in English, for logs. */
  message: string;
}

/** Strings every widget shows outside its own content. */
export interface StatusStrings {
  loading: string;
  error: string;
  empty: string;
}

/** The strings every widget shows outside its own content, in English (validate() checks `strings` against them too). */
export const statusStrings: StatusStrings = {
  loading: 'Loading…',
  error: 'Sorry, this content could not be loaded.',
  empty: 'There is nothing to show here yet.',
};


/**
 * The base of every Careerkit widget: a LitElement that finds the content to
 * show, from the first of these that is there:
 *
 * 1. the `data` property (set by a developer, even before the element upgrades);
 * 2. JSON fetched from the `src` attribute (with a loading and an error state;
 *    when it fails, 3 or 4 is shown if the page has one, else the error message);
 * 3. a child `<script type="application/json">`;
 * 4. authored light-DOM HTML, where the widget reads it (`fromHtml`);
 * 5. the widget's default content.
 *
 * A widget declares what its content is: `static schema` (without `strings`),
 * `static defaults` (the seed content) and `static defaultStrings` (its own
 * words, in English); the `strings` part of the schema is derived from them.
 * The content is resolved once per change, in `willUpdate`: checked against
 * the schema, then by the widget's `checkContent`, every bad field reported
 * once in the console; the strings are merged once into `text`. Nothing here
 * throws into the host page, and nothing touches the DOM on the server, where
 * `data`, attributes and the default content render.
 */
export abstract class CkElement<T extends object, S extends object = object> extends LitElement {
  /** The version of Careerkit that built this class. */
  static readonly version: string = __CK_VERSION__;
  /** The tag `define()` uses when it is given none. */
  static tagName = '';
  /** The content schema, without its `strings` (derived from `defaultStrings`). */
  declare static schema: { readonly [key: string]: Schema };
  /** The seed content, shown when no other is given. */
  declare static defaults: unknown;
  /**
   * The authored HTML the widget reads (`table`, `details`, `form`): inside a
   * `<p>`, the HTML parser moves it out of the tag, which is reported.
   */
  declare static authored?: string;
  /** The widget's own words, in English: every key can be replaced through `strings`. */
  declare static defaultStrings?: object;

  /**
   * Registers this widget, safely: a second call, or another copy of the same
   * version, does nothing; a clash with another version warns once. Pass a
   * `tag` to use another name (`RoleCompare.define('my-compare')`).
   */
  static define(tag = this.tagName, registry?: CustomElementRegistry) {
    return defineElement(tag, this as unknown as DefinableElement, registry);
  }

  static override properties: PropertyDeclarations = {
    src: {},
    theme: { reflect: true },
    locale: {},
    strings: { attribute: false },
    data: { attribute: false },
  };

  /** URL of a JSON document with the content (same schema as `data`). */
  declare src?: string;

  /**
   * `light`, `dark`, or `auto` (follows `prefers-color-scheme`): the widget paints its own
   * background and text. When absent it takes the host page's text colour and background.
   */
  declare theme?: 'light' | 'dark' | 'auto';

  /**
   * The language of the content given (a BCP 47 tag): the widget's words, numbers,
   * money, dates and direction follow it. Defaults to the nearest `lang`; the
   * default content is British English wherever it is shown.
   */
  declare locale?: string;

  /**
   * Replacement text for any string the widget shows: its own (see its `strings` type)
   * and the loading, error and empty messages (`loading`, `error`, `empty`).
   */
  declare strings?: Partial<S & StatusStrings>;

  /** Whether content is `ready`, `loading` from `src`, or failed to load (`error`). */
  protected status: 'ready' | 'loading' | 'error' = 'ready';
  /** Where the content in use came from. */
  protected origin: ContentOrigin = 'default';
  /** The checked content in use. */
  protected content?: T;
  /** Every string the widget shows, merged once per change: defaults, the content's `strings`, the `strings` property. */
  protected text = {} as S & StatusStrings;

  /**
   * The widget's language, the content's: `en-GB` for the default content, else
   * `locale`, else the nearest `lang`, else the browser's. Its root is marked with it.
   */
  readonly resolvedLocale: string = 'en-GB';

  #data?: T;
  #fetched?: unknown;
  #dirty = true;
  #reported = new Set<string>();
  /** The request for `src` under way; `null` when removal cut it short, to be made again if the element comes back. */
  #abort?: AbortController | null;
  #observer?: MutationObserver;
  /** Its new stylesheets, after a move to another document. */
  #restyled?: Promise<void>;
  /** The widget's words while they load. */
  #waiting?: Promise<unknown>;

  /**
   * The content as an object of this widget's schema. Setting it replaces
   * every other source; reading it returns the checked content in use (after
   * the element has updated).
   */
  get data(): T | undefined {
    return this.content;
  }
  set data(value: T | undefined) {
    this.#data = value;
    this.invalidateContent();
  }

  /** Reads authored light-DOM HTML as content, where the widget supports it. */
  protected fromHtml(): unknown {
    return undefined;
  }

  /**
   * Checks what the schema cannot (relations between fields), reporting
   * problems; returns what can be shown. `raw` is the content as given.
   */
  protected checkContent(data: T, _report: Report, _raw: unknown): T | undefined {
    return data;
  }

  /** Renders checked content. */
  protected abstract renderContent(content: T): TemplateResult;


  override connectedCallback() {
    super.connectedCallback();
    // The light DOM is content: a change there is read again before the next render.
    (this.#observer ??= new MutationObserver(() => this.invalidateContent())).observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    this.invalidateContent();
    const { authored } = this.constructor as typeof CkElement;
    const parent = this.parentElement;
    // `<p><role-compare><table>`: the parser closes the <p> (and the tag) before a table, details or form.
    if (authored && parent?.localName == 'p' && parent.nextElementSibling?.matches(authored))
      import('./rare.js').then((m) => m.inParagraph(this, authored), () => {});
    if (this.#abort === null) this.requestUpdate('src', null);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    // A removed widget's request is of no use: it would hold a connection and fire ck-load later.
    this.#abort?.abort();
    this.#abort &&= null;
  }

  /**
   * Moved into another document (an iframe's, with `adoptNode`), the shadow
   * root's stylesheets, made by the first document, no longer apply: it gets
   * copies made by the document it is now in, on every move (rare.ts).
   */
  adoptedCallback() {
    // A module that cannot be loaded leaves the widget unstyled there, and updateComplete still resolves.
    this.#restyled = import('./rare.js').then((m) => m.restyle(this), () => {});
  }

  /** Marks the content for checking again before the next render. */
  protected invalidateContent() {
    this.#dirty = true;
    this.requestUpdate();
  }

  /**
   * Runs `write`, which changes the widget's own light DOM (JSON-LD, an
   * enhanced form), without the content observer seeing it: the widget's own
   * writes never cause a render. A real change made before it still does.
   */
  protected writeLight(write: () => void) {
    if (this.#observer?.takeRecords().length) this.invalidateContent();
    write();
    this.#observer?.takeRecords();
  }

  /** Resolves once the widget has rendered in its language, after its words have loaded (and restyled after a move). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#restyled;
    return this.#waiting ? this.#waiting.then(() => this.getUpdateComplete()) : done;
  }

  /** Fires a typed event that bubbles out of the shadow root. Returns false if it was cancelled. */
  protected emit<D>(type: string, detail: D, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<D>(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Logs a problem with the content once per element. */
  protected report(message: string) {
    if (!this.#reported.has(message)) console.error(`<${this.localName}>: ${message}`);
    this.#reported.add(message);
  }

  protected override willUpdate(changed: PropertyValues) {
    this.#checkProperties(changed);
    if (changed.has('src')) this.#load();
    if (this.#dirty || changed.has('strings') || changed.has('locale')) this.#resolve();
  }

  /**
   * A property set from code with the wrong type (`el.sections = ['core']` for
   * text) is reported and ignored, as bad content is, instead of throwing in render.
   */
  #checkProperties(changed: PropertyValues) {
    for (const name of changed.keys()) {
      const { type, attribute } = (this.constructor as typeof LitElement).elementProperties.get(name) ?? {};
      const value: unknown = this[name as keyof this];
      // Text must be text; a number may also come as text ("72000"), as from its attribute.
      const want = type === Number ? 'number' : !type && 'text';
      if (want && attribute !== false && value != null && typeof value != 'string' && typeof value != want) {
        check(want, value, this.#reporter(''), `the ${name as string} property`);
        (this as Record<PropertyKey, unknown>)[name] = undefined;
      }
    }
  }

  /** Reports the problems of a check, saying where they were found. */
  #reporter(where: string): Report {
    return (field, problem) => this.report(`${field} ${problem}${where}.`);
  }

  #resolve() {
    const ctor = this.constructor as typeof CkElement;
    const defaults = { ...statusStrings, ...ctor.defaultStrings };
    const stringsSchema = Object.fromEntries(Object.keys(defaults).map((key) => [`${key}?`, 'text'])) as Schema;
    if (this.#dirty) {
      this.#dirty = false;
      const script = isServer ? null : this.querySelector(':scope>script[type="application/json"]');
      let raw: unknown;
      let from: string;
      if (this.#data !== undefined) [raw, from, this.origin] = [this.#data, 'the data property', 'data'];
      // When `src` fails, authored content (a JSON script or HTML) is the fallback; the seed default is not.
      else if (this.src && this.status != 'error') [raw, from, this.origin] = [this.#fetched, this.src, 'src'];
      else if (script) {
        [from, this.origin] = ['the JSON script', 'json'];
        try {
          raw = JSON.parse(script.textContent!);
        } catch (error) {
          // Reported once here; with nothing read, the widget shows its empty message.
          this.report(`${from} is not valid JSON (${(error as Error).message}).`);
        }
      } else {
        raw = this.fromHtml();
        [from, this.origin] = raw === undefined ? ['the default content', 'default'] : ['the HTML', 'html'];
        if (!this.src) raw ??= ctor.defaults;
      }
      const report = this.#reporter(` (in ${from})`);
      try {
        const data = raw === undefined ? undefined : check<T>({ ...ctor.schema, 'strings?': stringsSchema }, raw, report);
        this.content = data && this.checkContent(data, report, raw);
      } catch (error) {
        this.report(`the content could not be read (${(error as Error).message}).`);
        this.content = undefined;
      }
    }
    // One language per widget: the content's. The built-in translation of its words, and its direction (`core.dir`,
    // see locales.ts), load on demand; English needs neither.
    const lang = ((this as { resolvedLocale: string }).resolvedLocale = this.origin == 'default' && !this.src ? 'en-GB' : resolveLocale(this, this.locale));
    const words = registry[lang] ?? registry[lang.split('-')[0]];
    if (!words && !/^en\b/.test(lang))
      // The server renders at once, in English if the words were not loaded before (the browser drops this branch).
      if (isServer) this.report(`renders in English: load its words first, with await loadLocale('${lang}') from @careerkit/core/locales.`);
      else this.#waiting ??= import('./locales.js')
        .then((m) => m.loadLocale(lang))
        // Words that cannot be loaded (offline, or a CSP that refuses the file) are English ones, not asked for again.
        .catch(() => (registry[lang] = {}))
        .finally(() => {
          this.#waiting = undefined;
          this.invalidateContent();
        });
    // A developer's `strings` are checked like content: a wrong type is reported and left out.
    const own = this.strings && check<Partial<S>>(stringsSchema, this.strings, this.#reporter(' (in the strings property)'), 'strings');
    this.text = { ...defaults, ...words?.core, ...words?.[ctor.tagName], ...(this.content as { strings?: object } | undefined)?.strings, ...own } as S & StatusStrings;
  }

  async #load() {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#fetched = undefined;
    this.#dirty = true;
    const { src } = this;
    this.status = src ? 'loading' : 'ready';
    // On the server the loading state renders; the browser loads the content.
    if (!src || isServer) return;
    const abort = (this.#abort = new AbortController());
    // The request is made by a module of its own, imported on demand: most widgets have no `src`.
    const [data, failure] = await import('./request.js').then(
      (m) => m.request(src, abort),
      (error: Error) => [undefined, error.message],
    );
    // Replaced by a newer `src`, or the element was removed: this answer is not wanted.
    if (this.#abort !== abort) return;
    this.#abort = undefined;
    this.#fetched = data;
    this.status = failure ? 'error' : 'ready';
    this.invalidateContent();
    if (failure) {
      this.report(`could not load ${src}: ${failure}.`);
      this.emit<ErrorDetail>(ERROR_EVENT, { src, message: failure });
    } else this.emit<LoadDetail>(LOAD_EVENT, { src });
  }

  protected override render() {
    const { text, content, status } = this;
    let body: unknown;
    try {
      // While `src` or the widget's words load, authored light DOM (the no-JavaScript fallback, such as a form) stays
      // in view and usable.
      body =
        status == 'error' && !content
          ? html`<p class="message" role="alert" part="message">${text.error}</p><slot></slot>`
          : status == 'loading' || this.#waiting
            ? html`<slot></slot>`
            : content && this.renderContent(content);
    } catch (error) {
      // Never thrown into the host page: reported, and the polite empty message instead.
      this.report(`could not render (${(error as Error).message}).`);
    }
    return html`<div class="ck" part="base" lang=${this.resolvedLocale} dir=${(text as { dir?: string }).dir ?? 'ltr'}>
      <p class="status" role="status" part="status">${status == 'loading' && !this.#waiting ? text.loading : ''}</p>
      ${body ?? html`<p class="message" part="message">${text.empty}</p>`}
    </div>`;
  }
}
