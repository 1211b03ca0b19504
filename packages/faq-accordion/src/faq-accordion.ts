import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CkElement, baseStyles, headingLevel, renderSource, slug, sourceSchema, squash, type Report, type StatusStrings, type Plural } from '@careerkit/core';
import { styles } from './faq-accordion.styles.js';
import { defaultContent } from './faq-accordion.content.js';
import { FAQ_TOGGLE_EVENT, type FaqAccordionData, type FaqItem, type FaqStrings, type FaqToggleDetail } from './faq-accordion.types.js';

const defaultStrings: FaqStrings = {
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  source: 'Source',
  search: 'Filter the questions',
  noMatches: 'No questions match',
  oneMatch: '1 question matches',
  matches: '{n} questions match',
};

/** The structured data's writer (structured-data.ts), once imported. */
let faqPage: typeof import('./structured-data.js').faqPage | undefined;

/** Text as the filter compares it: lower case, without accents. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Each item's question and answer as the filter compares them, folded once per item, not on every keystroke. */
const folded = new WeakMap<FaqItem, string>();
const foldItem = (item: FaqItem) => {
  let text = folded.get(item);
  if (text === undefined) folded.set(item, (text = fold(`${item.question}\n${item.answer}`)));
  return text;
};

/**
 * An accessible FAQ, following the WAI-ARIA accordion pattern: each question
 * is a button in a heading; Enter or Space opens and closes it, the arrow
 * keys, Home and End move between questions. Each question has a stable id:
 * a URL hash naming it opens it and scrolls to it, on load and on
 * `hashchange`. Printing shows every answer.
 *
 * Closed answers are found by the browser's find-in-page, which opens them
 * (`hidden="until-found"` and `beforematch`). Where a browser lacks them
 * (older Safari and Firefox), closed answers are plain `hidden` and
 * find-in-page does not reach them, on purpose: there is no honest fallback.
 * Those browsers search only rendered text and fire no event when they match
 * it, so a closed answer would have to stay rendered
 * (clipped out of sight) to be found; the match would then be invisible, with
 * no signal to open it, and the text would be read by screen readers as if it
 * were open and its links reached by Tab while unseen. `aria-hidden` would
 * leave those links in the tab order, and `inert` would also hide the text
 * from find-in-page. There, readers find answers with `searchable` (which
 * matches answer text) or `toggle-all`.
 *
 * A long list (more than 50 questions) lays out the questions after the 50th
 * only when they near the screen (`content-visibility: auto`), and the
 * filter hides each run of 50 questions none of which match as one element,
 * so 1,000 questions render, and a filter over 10,000 narrows, in a fraction
 * of the time; the keyboard, links and the filter reach every one. Safari leaves
 * those not yet near the screen out of find-in-page; use `searchable`.
 *
 * `searchable` adds a filter box above the questions: it narrows them, by
 * question and answer text (ignoring case and accents), as the reader types,
 * and announces how many match. `structured-data` adds one
 * `<script type="application/ld+json">` FAQPage (schema.org) to the light DOM
 * with every question and answer as text; it follows the content and goes
 * with the element. Where Trusted Types are enforced, its text comes from a
 * policy named `careerkit`, which the page's CSP must allow.
 *
 * With no content given it shows the four questions of the Careerkit seed
 * article. Authored `<details><summary>question</summary>answer</details>`
 * elements inside the tag are read as content (answers keep their links and
 * lists) and are the no-JavaScript fallback; those that are open (`open`, or
 * opened by the reader before the upgrade) start open, without events (in
 * `single` mode only the first). Other children keep their place: those
 * before the last `<details>` (a heading, an introduction) show above the
 * questions, those after it (a closing note) below them. So that the page moves
 * little when the widget upgrades, a closed question is compact: a bold line
 * with a little padding, close to a `<details>` summary (never under the 24px
 * target size); restyle it with `::part(question)`.
 *
 * @tag faq-accordion
 * @slot - Authored children before the last `<details>` item (a heading, an introduction), shown above the questions.
 * @slot after - Authored elements after the last `<details>` item (a closing note), shown below the questions. The widget sets their `slot="after"` itself, and removes it when another `<details>` follows them or the element is removed; loose text there stays above (wrap it in a `<p>`).
 * @summary An accessible FAQ that readers can open, link to, find and print.
 *
 * @fires {CustomEvent<FaqToggleDetail>} ck-faq-toggle - A question opened or closed; `detail` has its `id` and `open`.
 * @fires {CustomEvent<LoadDetail>} ck-load - Content from `src` has loaded.
 * @fires {CustomEvent<ErrorDetail>} ck-error - Content from `src` could not be loaded.
 *
 * @csspart base - The wrapper around everything.
 * @csspart toolbar - The row of "Expand all" / "Collapse all" buttons (with `toggle-all`).
 * @csspart button - A toolbar button.
 * @csspart search - The filter box (with `searchable`); its label holds it.
 * @csspart matches - How many questions the filter matches, announced politely (with `searchable`).
 * @csspart items - The list of questions; its children are groups of 50 questions (`div`s), so style the questions with `::part(item)`.
 * @csspart item - One question and its answer.
 * @csspart question - A question's button.
 * @csspart answer - A question's answer.
 * @csspart source - The source line.
 * @csspart status - The loading message.
 * @csspart message - The error or empty message.
 *
 * @cssprop [--ck-accent=#2f6fdf] - Focus colour.
 * @cssprop [--ck-text=inherit] - Text colour.
 * @cssprop [--ck-bg=transparent] - Background.
 * @cssprop [--ck-surface=color-mix(in srgb, currentColor 6%, transparent)] - Background of the error and empty messages.
 * @cssprop [--ck-border=color-mix(in srgb, currentColor 28%, transparent)] - Rules between questions.
 * @cssprop [--ck-font=inherit] - Font family.
 * @cssprop [--ck-radius=0.5em] - Corner radius of the toolbar buttons and the filter box.
 * @cssprop [--ck-space=1em] - Base spacing.
 */
export class FaqAccordion extends CkElement<FaqAccordionData, FaqStrings> {
  static override tagName = 'faq-accordion';
  static override styles = [baseStyles, styles];
  static override schema = { items: [{ 'id?': 'text', question: 'text', answer: 'text' }], 'source?': sourceSchema } as const;
  static override defaults = defaultContent;
  static override defaultStrings = defaultStrings;
  static override authored = 'details';
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number },
    single: { type: Boolean },
    toggleAll: { attribute: 'toggle-all', type: Boolean },
    syncHash: { attribute: 'sync-hash', type: Boolean },
    printAsShown: { attribute: 'print-as-shown', type: Boolean },
    searchable: { type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
    opened: { state: true },
  };

  /** Level (2–6) of each question's heading: one below the heading the FAQ sits under. */
  headingLevel = 3;

  /** Keeps at most one question open. */
  declare single?: boolean;

  /** Shows "Expand all" and "Collapse all" buttons ("Expand all" not in `single` mode). */
  declare toggleAll?: boolean;

  /** Writes the id of a question the reader opens into the URL hash. */
  declare syncHash?: boolean;

  /** Prints answers as they are on screen (open, and let through the filter); by default every answer is printed. */
  declare printAsShown?: boolean;

  /** Shows a filter box that narrows the questions as the reader types. */
  declare searchable?: boolean;

  /** Adds a schema.org FAQPage `<script type="application/ld+json">` with every question and answer to the light DOM. */
  declare structuredData?: boolean;

  /** Replacement text for the widget's own strings. */
  declare strings?: Partial<FaqStrings & StatusStrings>;

  /** Ids of the open questions. */
  private opened = new Set<string>();

  // Non-reactive internals are #private, which the minifier can shorten.
  /** The text in the filter box; set with requestUpdate(). */
  #query = '';
  /** What was read of each authored `<details>`, and from which HTML. */
  #copies = new WeakMap<Element, { html: string; question: string; answer: string; nodes: Node[] }>();
  /** Copies of each authored answer's nodes, and whether its `<details>` was open, in the order of the checked items. */
  #answers: [Node[], boolean][] = [];
  /** Whether authored `<details open>` are still to be opened: once, when the HTML is first read. */
  #authored = true;
  /** The structured data, in the light DOM while `structured-data` is set and there is content (made in the browser only). */
  #ld?: HTMLScriptElement;
  /** The import of the structured data's writer, while it loads. */
  #pending?: Promise<void>;
  /** Whether the URL hash is still to be read: on load, once there is content, and on hashchange. */
  #hash = true;
  #onHash = () => {
    this.#hash = true;
    this.requestUpdate();
  };

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    // Takes back what it added to the light DOM: the structured data and the `after` slots.
    this.#enhance();
  }

  protected override fromHtml() {
    // The server has no light DOM to read.
    const details = isServer ? [] : this.querySelectorAll<HTMLDetailsElement>(':scope>details');
    if (!details.length) return undefined;
    this.#answers = [];
    return {
      items: [...details].map((el) => {
        // Each answer is copied once, and again only when it changes: a copy is new nodes, so an
        // <iframe> or <img> in it would load again.
        const html = el.innerHTML;
        let read = this.#copies.get(el);
        if (read?.html !== html) {
          const copy = el.cloneNode(true) as Element;
          const summary = copy.querySelector(':scope>summary');
          summary?.remove();
          // An answer that is only an image, a video or a frame has no text: its accessible name stands for it.
          const media = copy.querySelector('img,iframe,video,audio,svg,object,embed,canvas');
          const name = media?.getAttribute('alt') || media?.getAttribute('title') || media?.getAttribute('aria-label') || media?.localName;
          read = { html, question: squash(summary?.textContent), answer: squash(copy.textContent) || squash(name), nodes: [...copy.childNodes] };
          this.#copies.set(el, read);
        }
        const { question, answer } = read;
        // check() drops exactly the items with an empty question or answer, so
        // keeping the others' nodes lines this list up with the checked items.
        if (question && answer) this.#answers.push([read.nodes, el.open]);
        return { id: el.id || undefined, question, answer };
      }),
    };
  }

  protected override checkContent(data: FaqAccordionData, report: Report): FaqAccordionData | undefined {
    const ids = new Set<string>();
    data.items.forEach((item, i) => {
      if (this.origin !== 'html' && /<[a-z]/i.test(item.answer)) report(`items[${i}].answer`, 'must be plain text, not HTML');
      let id = item.id ?? (slug(item.question) || `q${i + 1}`);
      for (let n = 2, base = id; ids.has(id); n++) id = `${base}-${n}`;
      ids.add((item.id = id));
    });
    if (!data.items.length) return void report('items', 'has no questions');
    // Authored <details open> start open (in `single` mode the first), as they showed before the upgrade; no events.
    if (this.origin === 'html' && this.#authored) {
      this.#authored = false;
      this.opened = new Set(data.items.filter((_, i) => this.#answers[i][1]).map((item) => item.id!).slice(0, this.single ? 1 : undefined));
    }
    return data;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (this.#hash && this.data?.items) {
      this.#hash = false;
      try {
        const id = decodeURIComponent(location.hash.slice(1));
        if (this.toggle(id, true)) {
          // A linked question shows, even if the filter hid it.
          this.#query = '';
          this.updateComplete.then(() => this.shadowRoot!.getElementById(`q-${id}`)?.scrollIntoView());
        }
      } catch {
        // A malformed hash names no question.
      }
    }
  }

  protected override updated() {
    this.#enhance();
  }

  /** Puts the structured data and the `after` slots in the light DOM, or takes them back once disconnected. */
  #enhance() {
    this.writeLight(() => {
      const ld = (this.#ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' }));
      // The authored elements after the last `<details>` take the `after` slot, so
      // they stay below the questions, where they were without JavaScript; the
      // others (all of them once disconnected) lose it. Only the widget sets
      // `slot="after"`, so it is what marks the elements to give back. The base's
      // MutationObserver does not watch attributes: this starts no new round.
      const kids = [...this.children];
      // Past the end when there are no <details>, or once disconnected.
      const n = (this.isConnected && kids.findLastIndex((el) => el.localName == 'details') + 1) || kids.length;
      kids.forEach((el, i) => (i < n || el == ld ? el.slot == 'after' && el.removeAttribute('slot') : (el.slot ||= 'after')));
      // Every question, not only those the filter shows: the filter is the reader's view, not content.
      const items = this.structuredData && this.isConnected ? this.data?.items : undefined;
      if (!items) ld.remove();
      // Its writer is imported the first time (few pages ask for structured data), then writes it as things stand.
      else if (faqPage) faqPage(this, ld, items);
      else
        this.#pending ??= import('./structured-data.js').then(
          (m) => {
            faqPage = m.faqPage;
            this.#pending = undefined;
            this.#enhance();
          },
          // A writer that cannot be loaded writes nothing; updateComplete still resolves.
          () => {},
        );
    });
  }

  /** Resolves once the widget has rendered and, with `structured-data`, written its FAQPage. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#pending;
    return done;
  }

  /**
   * Opens (`open` true), closes (`false`) or toggles the question with this id.
   * @returns whether there is such a question.
   */
  toggle(id: string, open = !this.opened.has(id)): boolean {
    const found = this.data?.items.some((item) => item.id === id);
    if (found) this.#apply([...this.opened, id].filter((x) => (x === id ? open : !(open && this.single))));
    return !!found;
  }

  /** Opens every question the filter shows (not in `single` mode). */
  expandAll() {
    if (!this.single) this.#apply([...this.opened, ...this.#shown()]);
  }

  /** Closes every question the filter shows. */
  collapseAll() {
    const shown = new Set(this.#shown());
    this.#apply([...this.opened].filter((id) => !shown.has(id)));
  }

  /** Ids of the questions the filter lets through: all of them when it is empty or off. */
  #shown() {
    const query = fold(this.searchable ? this.#query.trim() : '');
    return (this.data?.items ?? []).filter((item) => !query || foldItem(item).includes(query)).map((item) => item.id!);
  }

  /** Opens exactly these questions, firing an event for each that opens or closes. */
  #apply(ids: string[]) {
    const [before, after] = [this.opened, (this.opened = new Set(ids))];
    for (const id of new Set([...before, ...ids]))
      if (before.has(id) !== after.has(id)) this.emit<FaqToggleDetail>(FAQ_TOGGLE_EVENT, { id, open: after.has(id) });
  }

  /** The reader opened or closed a question (click, Enter, Space, find-in-page). */
  #open(id: string, open?: boolean) {
    this.toggle(id, open);
    if (this.syncHash && this.opened.has(id)) history.replaceState(history.state, '', `#${id}`);
  }

  // One listener for all the questions' buttons and one for their answers, not two functions made per question on
  // every render. Each question's button and answer carry its id, after `q-` and `a-`.
  #onClick(event: Event) {
    const button = (event.target as Element).closest('.q');
    if (button) this.#open(button.id.slice(2));
  }

  /** Find-in-page matched text in a closed answer. */
  #onFound(event: Event) {
    this.#open((event.target as Element).closest('.a')!.id.slice(2), true);
  }

  #onInput(event: Event) {
    this.#query = (event.target as HTMLInputElement).value;
    this.requestUpdate();
  }

  #onKey(event: KeyboardEvent) {
    // Only the questions the filter shows.
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .q')];
    const n = buttons.length;
    const i = buttons.indexOf(event.target as HTMLElement);
    const to = ({ ArrowDown: i + 1, ArrowUp: i + n - 1, Home: 0, End: n - 1 } as Record<string, number>)[event.key];
    if (i < 0 || to === undefined) return;
    event.preventDefault();
    buttons[to % n].focus();
  }

  protected renderContent(content: FaqAccordionData) {
    const strings = this.text;
    const level = headingLevel(this.headingLevel, 3);
    const shown = new Set(this.#shown());
    const n = shown.size;
    // The live region is there from the start, empty until there is a filter, so its first count is announced.
    // `matches` (from 2) is a string, or a translation's texts by plural category (Intl.PluralRules: Polish has few and many).
    const lang = this.resolvedLocale;
    const many = strings.matches as string | Plural;
    const count = !this.#query.trim()
      ? ''
      : n > 1
        ? (typeof many == 'string' ? many : (many[new Intl.PluralRules(lang).select(n)] ?? many.other)).replace('{n}', n.toLocaleString(lang))
        : n
          ? strings.oneMatch
          : strings.noMatches;
    // The questions go in groups of 50, and a group none of whose questions the filter lets through is hidden whole:
    // a filter that narrows 10,000 questions to a few restyles 200 groups, not each question it hides.
    const rows = content.items.map((item, i) => this.#renderItem(item, i, level, shown));
    const groups = [];
    for (let i = 0; i < rows.length; i += 50)
      groups.push(html`<div class="g" ?hidden=${!content.items.slice(i, i + 50).some((item) => shown.has(item.id!))}>${rows.slice(i, i + 50)}</div>`);
    // Bindings sit next to their tags, so no stray whitespace is rendered or shipped.
    return html`<slot></slot>${this.searchable
        ? html`<div class="find"><label>${strings.search}<input type="search" part="search" .value=${this.#query} @input=${this.#onInput}></label><p class="status" role="status" part="matches">${count}</p></div>`
        : nothing}${this.toggleAll
        ? html`<div class="bar" part="toolbar">${this.single
              ? nothing
              : html`<button part="button" @click=${this.expandAll}>${strings.expandAll}</button>`}<button part="button" @click=${this.collapseAll}>${strings.collapseAll}</button></div>`
        : nothing}<div class=${this.printAsShown ? '' : 'all'} part="items" @keydown=${this.#onKey} @click=${this.#onClick} @beforematch=${this.#onFound}>${groups}</div>${renderSource(content.source, strings.source, this.resolvedLocale)}<slot name="after"></slot>`;
  }

  #renderItem({ id, question, answer }: FaqItem, i: number, level: number, shown: Set<string>) {
    const open = this.opened.has(id!);
    const body = this.origin === 'html' ? this.#answers[i][0] : answer.split(/\n\s*\n/).map((p) => html`<p>${p}</p>`);
    return html`<div class="item" part="item" ?hidden=${!shown.has(id!)}>
      <div role="heading" aria-level=${level}>
        <button class="q" part="question" id="q-${id}" aria-expanded=${open} aria-controls="a-${id}">${question}</button>
      </div>
      <div part="answer" class="a" id="a-${id}" hidden=${open ? nothing : 'until-found'}>${body}</div>
    </div>`;
  }
}
