import { render } from 'lit/html.js';

/** How a reactive property is read from its attribute and written back. */
export interface PropertyOptions {
  /** The attribute's name (the property's, lower-cased, by default), or `false` for none. */
  attribute?: string | false;
  /** `Number` or `Boolean` convert the attribute's text; by default the text is the value. */
  type?: NumberConstructor | BooleanConstructor;
  /** Writes the value back to the attribute after each change. */
  reflect?: boolean;
  /** Internal state: re-renders when it changes, has no attribute. */
  state?: boolean;
}

export type PropertyDeclarations = Record<string, PropertyOptions>;

/** The properties that changed since the last update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

/**
 * A stylesheet for `static styles`. It is plain text (no values are
 * interpolated); the build minifies every css`` template.
 */
export const css = (strings: TemplateStringsArray): string => strings[0]!;

interface ClassInfo {
  /** Every reactive property of the class, its own and inherited. */
  props: Map<string, PropertyOptions>;
  /** Attribute name to property name. */
  attributes: Map<string, string>;
  sheet?: CSSStyleSheet;
}

const infos = new WeakMap<object, ClassInfo>();
const withAccessors = new WeakSet<object>();

/**
 * The update cycle of every Careerkit widget: reactive properties declared in
 * `static properties` (attributes converted to them, `reflect` written back),
 * changes batched into one update per microtask, `willUpdate` → `render` →
 * `firstUpdated`/`updated`, `updateComplete`, and `static styles` adopted into
 * an open shadow root. Templates are Lit's (`html` from `lit/html.js`).
 *
 * It follows LitElement's API for the parts the widgets use. LitElement's
 * reactive base costs ~2.5 KB brotli of every self-contained file, this one
 * ~0.9 KB (a minimal element: 5.2 KB against 3.6 KB): the difference is what keeps each widget inside its 9 KB budget.
 */
export abstract class CkBase extends HTMLElement {
  static properties: PropertyDeclarations = {};
  static styles: string[] = [];

  static get observedAttributes() {
    return [...CkBase.#info(this).attributes.keys()];
  }

  /** The shadow root the template renders into. */
  readonly renderRoot: ShadowRoot;
  /** Whether the element has rendered at least once. */
  hasUpdated = false;

  #values = new Map<string, unknown>();
  #changed: PropertyValues = new Map();
  /** Properties set on the element before it was upgraded, applied when it connects. */
  #early = new Map<string, unknown>();
  #pending = false;
  #done: Promise<unknown> = Promise.resolve();
  #connect!: () => void;
  #connected = new Promise<void>((resolve) => (this.#connect = resolve));

  constructor() {
    super();
    const { props, sheet } = CkBase.#info(this.constructor as typeof CkBase);
    for (const name of props.keys())
      if (Object.hasOwn(this, name)) {
        this.#early.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    this.renderRoot.adoptedStyleSheets = [sheet!];
    this.requestUpdate();
  }

  connectedCallback() {
    for (const [name, value] of this.#early) (this as Record<string, unknown>)[name] = value;
    this.#early.clear();
    this.#connect();
  }

  disconnectedCallback() {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null) {
    const { props, attributes } = CkBase.#info(this.constructor as typeof CkBase);
    const name = attributes.get(attribute)!;
    const { type } = props.get(name)!;
    // An empty Number attribute (`value=""`) is no number, not 0.
    (this as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : type === Number && value !== null ? (value.trim() ? Number(value) : NaN) : value;
  }

  /**
   * Asks for an update. With a name, records that property's previous value,
   * and does nothing when the value has not changed.
   */
  requestUpdate(name?: string, old?: unknown) {
    if (name !== undefined) {
      if (Object.is(old, this[name as keyof this])) return;
      if (!this.#changed.has(name)) this.#changed.set(name, old);
    }
    if (!this.#pending) {
      this.#pending = true;
      this.#done = this.#update();
    }
  }

  /** Resolves when no update is pending, after the one in progress (and any it asks for). */
  get updateComplete(): Promise<boolean> {
    return this.#done.then(() => (this.#pending ? this.updateComplete : true));
  }

  async #update() {
    // Waiting here batches every change made in the same task into one update.
    await this.#connected;
    const changed = this.#changed;
    const { props } = CkBase.#info(this.constructor as typeof CkBase);
    try {
      this.willUpdate(changed);
      for (const name of changed.keys()) {
        const { reflect, attribute, type, state } = props.get(name as string) ?? {};
        if (reflect && attribute !== false && !state) {
          const value = this[name as keyof this];
          const attr = attribute ?? (name as string).toLowerCase();
          // A Boolean is the attribute's presence, as it is read back.
          if (value == null || (type === Boolean && !value)) this.removeAttribute(attr);
          else this.setAttribute(attr, type === Boolean ? '' : String(value));
        }
      }
      render(this.render(), this.renderRoot, { host: this });
    } finally {
      this.#changed = new Map();
      this.#pending = false;
    }
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    this.updated(changed);
  }

  /** Runs before each render: derive state from what changed here. */
  protected willUpdate(_changed: PropertyValues) {}

  /** The template to render. */
  protected abstract render(): unknown;

  /** Runs after the first render. */
  protected firstUpdated(_changed: PropertyValues) {}

  /** Runs after each render. */
  protected updated(_changed: PropertyValues) {}

  /** Defines an accessor for each of `cls`'s own properties that calls requestUpdate() on change. */
  static #accessors(cls: typeof CkBase) {
    if (withAccessors.has(cls) || !Object.hasOwn(cls, 'properties')) return;
    withAccessors.add(cls);
    for (const name of Object.keys(cls.properties)) {
      // A class's own accessor (such as `data`) asks for its updates itself.
      if (Object.getOwnPropertyDescriptor(cls.prototype, name)) continue;
      Object.defineProperty(cls.prototype, name, {
        get(this: CkBase) {
          // On the prototype itself (tools inspecting it) there is no value.
          return #values in this ? this.#values.get(name) : undefined;
        },
        set(this: CkBase, value: unknown) {
          const old = this.#values.get(name);
          this.#values.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
  }

  /** What a class declares, with what it inherits; worked out once per class. */
  static #info(cls: typeof CkBase): ClassInfo {
    let found = infos.get(cls);
    if (!found) {
      const parent = Object.getPrototypeOf(cls) as typeof CkBase;
      const inherited = parent === CkBase ? undefined : CkBase.#info(parent);
      CkBase.#accessors(cls);
      const props = new Map(inherited?.props);
      if (Object.hasOwn(cls, 'properties')) for (const [name, options] of Object.entries(cls.properties)) props.set(name, options);
      const attributes = new Map<string, string>();
      for (const [name, { attribute, state }] of props)
        if (attribute !== false && !state) attributes.set(attribute ?? name.toLowerCase(), name);
      let sheet = inherited?.sheet;
      if (Object.hasOwn(cls, 'styles') || !sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(cls.styles.join(''));
      }
      infos.set(cls, (found = { props, attributes, sheet }));
    }
    return found;
  }
}
