import { html, nothing, type TemplateResult } from 'lit/html.js';
import { CkBase, type PropertyDeclarations, type PropertyValues } from './base.js';
import { defineElement, type DefinableElement } from './define.js';
import { resolveLocale } from './format.js';

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

/**
 * The base of every Careerkit widget. It finds the content to show, from the
 * first of these that is there:
 *
 * 1. the `data` property (set by a developer, even before the element upgrades);
 * 2. JSON fetched from the `src` attribute (with a loading and an error state;
 *    when it fails, 3 or 4 is shown if the page has one, else the error message);
 * 3. a child `<script type="application/json">`;
 * 4. authored light-DOM HTML, where the widget reads it (`fromHtml`);
 * 5. the widget's default content.
 *
 * The raw content is checked by the widget's `checkContent`, which reports each
 * bad field once in the console and keeps what it can. Nothing here throws
 * into the host page.
 */
export abstract class CkElement<T extends object> extends CkBase {
  /** The version of Careerkit that built this class. */
  static readonly version: string = __CK_VERSION__;
  /** The tag `define()` uses when it is given none. */
  static tagName = '';

  /**
   * Registers this widget, safely: a second call, or another copy of the same
   * version, does nothing; a clash with another version warns once. Pass a
   * `tag` to use another name (`RoleCompare.define('my-compare')`).
   */
  static define(tag = this.tagName, registry: CustomElementRegistry = customElements) {
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

  /** BCP 47 locale for numbers, money and dates; defaults to the nearest `lang`. */
  declare locale?: string;

  /**
   * Replacement text for any string the widget shows: its own (see its `strings` type)
   * and the loading, error and empty messages (`loading`, `error`, `empty`).
   */
  strings: Partial<StatusStrings> = {};

  /**
   * Whether content is `ready`, `loading` from `src`, or failed to load (`error`).
   * Not a reactive property: it changes only in #load(), which asks for the update.
   */
  protected status: 'ready' | 'loading' | 'error' = 'ready';

  /** Where the content in use came from. */
  protected origin: ContentOrigin = 'default';
  protected content?: T;

  #dataValue?: unknown;
  #fetched?: unknown;
  #dirty = true;
  #reported = new Set<string>();
  #abort?: AbortController;
  #observer = new MutationObserver(() => this.invalidateContent());

  /**
   * The content as an object of this widget's schema. Setting it replaces
   * every other source; reading it returns the checked content in use.
   */
  get data(): T | undefined {
    if (this.#dirty) this.#resolve();
    return this.content;
  }
  set data(value: T | undefined) {
    this.#dataValue = value;
    this.invalidateContent();
  }

  /** The widget's own content, used when no other is given. */
  protected abstract defaultContent(): unknown;

  /** Checks raw content, reporting problems; returns what can be shown, or undefined. */
  protected abstract checkContent(raw: unknown, report: Report): T | undefined;

  /** Reads authored light-DOM HTML as content, where the widget supports it. */
  protected fromHtml(): unknown {
    return undefined;
  }

  /** Renders checked content. */
  protected abstract renderContent(content: T): TemplateResult;

  /** The locale in use: `locale`, else the nearest `lang`, else the browser's. */
  get resolvedLocale(): string {
    return resolveLocale(this, this.locale);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.invalidateContent();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** Marks the content for checking again before the next render. */
  protected invalidateContent() {
    this.#dirty = true;
    this.requestUpdate();
  }

  /** Fires a typed event that bubbles out of the shadow root. Returns false if it was cancelled. */
  protected emit<D>(name: string, detail: D, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<D>(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Logs a problem with the content once per element. */
  protected report(message: string) {
    if (!this.#reported.has(message)) console.error(`<${this.localName}>: ${message}`);
    this.#reported.add(message);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('src')) this.#load();
    if (this.#dirty) this.#resolve();
  }

  #resolve() {
    this.#dirty = false;
    const script = this.querySelector(':scope > script[type="application/json"]');
    let raw: unknown;
    let from: string | undefined;
    if (this.#dataValue !== undefined) [raw, from, this.origin] = [this.#dataValue, 'the data property', 'data'];
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
      if (!this.src) raw ??= this.defaultContent();
    }
    try {
      this.content = raw === undefined ? raw : this.checkContent(raw, (field, problem) => this.report(`${field} ${problem} (in ${from}).`));
    } catch (error) {
      this.report(`the content could not be read (${(error as Error).message}).`);
      this.content = undefined;
    }
  }

  async #load() {
    this.#abort?.abort();
    this.#fetched = undefined;
    this.#dirty = true;
    const { src } = this;
    this.status = src ? 'loading' : 'ready';
    if (!src) return;
    const abort = (this.#abort = new AbortController());
    try {
      // A relative `src` is resolved against the document's base URL, as fetch() does.
      const response = await fetch(src, { signal: abort.signal, headers: { accept: 'application/json' } });
      if (!response.ok) throw Error(`the server answered ${response.status}`);
      const json: unknown = await response.json();
      // A newer `src` may have replaced this one while its body was read.
      abort.signal.throwIfAborted();
      this.#fetched = json;
      this.status = 'ready';
      this.invalidateContent();
      this.emit<LoadDetail>(LOAD_EVENT, { src });
    } catch (error) {
      if (abort.signal.aborted) return;
      const { message } = error as Error;
      this.status = 'error';
      this.invalidateContent();
      this.report(`could not load ${src}: ${message}.`);
      this.emit<ErrorDetail>(ERROR_EVENT, { src, message });
    }
  }

  protected override render() {
    const strings = { loading: 'Loading…', error: 'Sorry, this content could not be loaded.', empty: 'There is nothing to show here yet.', ...this.strings };
    const loading = this.status == 'loading';
    const content = this.data;
    return html`<div class="ck" part="base">
      <p class="status" role="status" part="status">${loading ? strings.loading : ''}</p>
      ${this.status == 'error' && !content
        ? html`<p class="message" role="alert" part="message">${strings.error}</p>`
        : loading
          ? nothing
          : content
            ? this.renderContent(content)
            : html`<p class="message" part="message">${strings.empty}</p>`}
    </div>`;
  }
}
