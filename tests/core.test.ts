import { expect } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { CkBase, check, css, defineElement, formatDate, isWebUrl, resolveLocale, type PropertyDeclarations, type PropertyValues, type Schema } from '@careerkit/core';

/** A minimal element on the base, counting renders and recording what changed. */
class Probe extends CkBase {
  static override properties: PropertyDeclarations = {
    label: {},
    count: { type: Number },
    on: { type: Boolean },
    tone: { reflect: true },
    pinned: { type: Boolean, reflect: true },
    heading: { attribute: 'heading-text' },
    list: { attribute: false },
    inner: { state: true },
  };
  static override styles = [css`:host{display:block}`, css`p{margin:7px}`];
  declare label?: string;
  count = 1;
  declare on?: boolean;
  declare tone?: string;
  declare pinned?: boolean;
  declare heading?: string;
  declare list?: string[];
  declare inner?: number;
  renders = 0;
  changes: PropertyValues[] = [];
  protected override willUpdate(changed: PropertyValues) {
    this.changes.push(new Map(changed));
  }
  protected render() {
    this.renders++;
    return html`<p>${this.label}:${this.count}:${String(this.on)}:${this.heading}:${this.list?.join('+')}:${this.inner}</p>`;
  }
  protected override updated(changed: PropertyValues) {
    // An update asked for from updated() runs next, and updateComplete waits for it.
    if (changed.has('count') && this.count === 5) this.count = 6;
  }
}
customElements.define('ck-probe', Probe);
class ProbeChild extends Probe {}
customElements.define('ck-probe-child', ProbeChild);
const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('core', () => {
  describe('check', () => {
    const schema: Schema = { name: 'text', 'age?': 'number', tags: ['text'], 'meta?': { id: 'text' } };
    const run = (raw: unknown) => {
      const problems: string[] = [];
      const value = check(schema, raw, (field, problem) => problems.push(`${field} ${problem}`));
      return { value, problems };
    };

    it('keeps valid content, trimming text', () => {
      expect(run({ name: ' Ada ', age: 36, tags: ['a'], extra: true })).to.deep.equal({
        value: { name: 'Ada', age: 36, tags: ['a'] },
        problems: [],
      });
    });

    it('drops invalid list items and optional fields, naming each', () => {
      const { value, problems } = run({ name: 'Ada', age: 'old', tags: ['a', 3, ''], meta: { id: 1 } });
      expect(value).to.deep.equal({ name: 'Ada', tags: ['a'] });
      expect(problems).to.deep.equal([
        'age must be a number; got a string',
        'tags[1] must be text; got a number',
        'tags[2] must be text; got empty text',
        'meta.id must be text; got a number',
      ]);
    });

    it('rejects an object whose required field is missing', () => {
      expect(run({ tags: [] })).to.deep.equal({ value: undefined, problems: ['name is missing; expected text'] });
      expect(run(null).problems).to.deep.equal(['the content must be an object; got null']);
      expect(run([]).problems).to.deep.equal(['the content must be an object; got a list']);
      expect(run({ name: 'x', tags: [], age: Infinity }).problems).to.deep.equal(['age must be a number; got a number']);
    });

    it("takes only http(s) URLs, absolute or relative to the page, as 'url'", () => {
      const problems: string[] = [];
      const links = ['https://example.com/a', ' /privacy ', 'page.html#x', 'HTTP://EXAMPLE.COM', 'javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.c', 7];
      const value = check(['url'], links, (field, problem) => problems.push(`${field} ${problem}`));
      expect(value).to.deep.equal(['https://example.com/a', '/privacy', 'page.html#x', 'HTTP://EXAMPLE.COM']);
      expect(problems).to.deep.equal([4, 5, 6, 7].map((i) => `the content[${i}] must be an http(s) URL; got a ${i == 7 ? 'number' : 'string'}`));
      expect([isWebUrl(undefined), isWebUrl(''), isWebUrl('//cdn.example/x'), isWebUrl('java\tscript:x')]).to.deep.equal([false, false, true, false]);
    });
  });

  describe('defineElement', () => {
    it('defines, ignores a repeat, and subclasses for a second tag', () => {
      class A extends HTMLElement {
        static version = '1.0.0';
      }
      expect(defineElement('ck-test-a', A)).to.equal(A);
      expect(defineElement('ck-test-a', A)).to.equal(A);
      const B = defineElement('ck-test-b', A)!;
      expect(B).to.not.equal(A);
      expect(document.createElement('ck-test-b')).to.be.instanceOf(A);
    });

    it('reports an invalid tag name instead of throwing', () => {
      const { error } = console;
      const errors: unknown[] = [];
      console.error = (...args: unknown[]) => void errors.push(args[0]);
      try {
        class C extends HTMLElement {
          static version = '1.0.0';
        }
        expect(defineElement('NotValid', C)).to.be.undefined;
        expect(String(errors[0])).to.contain('could not define <NotValid>');
      } finally {
        console.error = error;
      }
    });
  });

  describe('CkBase', () => {
    it('converts attributes by type, batches changes into one update, and lists what changed', async () => {
      const el = document.createElement('ck-probe') as Probe;
      el.setAttribute('label', 'a');
      el.setAttribute('count', '3');
      el.setAttribute('on', '');
      el.setAttribute('heading-text', 'h');
      document.body.append(el);
      await el.updateComplete;
      expect(text(el)).to.equal('a:3:true:h::');
      expect(el.renders).to.equal(1);
      el.label = 'b';
      el.list = ['x', 'y'];
      el.inner = 2;
      el.removeAttribute('on');
      await el.updateComplete;
      expect(text(el)).to.equal('b:3:false:h:x+y:2');
      expect(el.renders).to.equal(2);
      expect([...el.changes[1]!]).to.deep.equal([['label', 'a'], ['list', undefined], ['inner', undefined], ['on', true]]);
      // Neither an unchanged value nor NaN set twice asks for an update.
      el.label = 'b';
      el.count = NaN;
      await el.updateComplete;
      el.count = NaN;
      await el.updateComplete;
      expect(el.renders).to.equal(3);
      expect(el.getAttribute('list')).to.be.null;
      // An empty Number attribute is no number (NaN), not 0.
      el.setAttribute('count', ' ');
      expect(el.count).to.be.NaN;
      el.remove();
    });

    it('reflects only properties marked reflect, and removes the attribute for no value', async () => {
      const el = document.createElement('ck-probe') as Probe;
      document.body.append(el);
      el.tone = 'dark';
      el.label = 'x';
      await el.updateComplete;
      expect(el.getAttribute('tone')).to.equal('dark');
      expect(el.hasAttribute('label')).to.be.false;
      el.tone = undefined;
      await el.updateComplete;
      expect(el.hasAttribute('tone')).to.be.false;
      // A Boolean reflects as the attribute's presence, and stays as set.
      el.pinned = true;
      await el.updateComplete;
      expect(el.getAttribute('pinned')).to.equal('');
      el.pinned = false;
      await el.updateComplete;
      expect([el.hasAttribute('pinned'), el.pinned]).to.deep.equal([false, false]);
      // The prototype's accessors can be read (inspectors do) without an instance behind them.
      expect(Probe.prototype.tone).to.be.undefined;
      el.remove();
    });

    it('keeps properties set before the element was defined, over its defaults', async () => {
      const el = document.createElement('ck-probe-late') as Probe;
      Object.assign(el, { count: 9, list: ['early'] });
      document.body.append(el);
      customElements.define('ck-probe-late', class extends Probe {});
      await el.updateComplete;
      expect(text(el)).to.equal(':9:undefined::early:');
      el.count = 10;
      await el.updateComplete;
      expect(text(el)).to.contain(':10:');
      el.remove();
    });

    it('waits for updates asked for after an update, and renders nothing until connected', async () => {
      const el = document.createElement('ck-probe') as Probe;
      el.count = 5;
      await Promise.resolve();
      expect(el.renders).to.equal(0);
      document.body.append(el);
      expect(await el.updateComplete).to.be.true;
      expect(text(el)).to.contain(':6:');
      expect(el.renders).to.equal(2);
      el.remove();
    });

    it('adopts every stylesheet, also in a subclass registered under another tag', async () => {
      for (const tag of ['ck-probe', 'ck-probe-child']) {
        const el = document.createElement(tag) as Probe;
        el.setAttribute('count', '4');
        document.body.append(el);
        await el.updateComplete;
        expect(getComputedStyle(el).display).to.equal('block');
        expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).marginTop).to.equal('7px');
        expect(text(el)).to.contain(':4:');
        el.remove();
      }
    });
  });

  describe('locale and dates', () => {
    it('takes the locale attribute, else the nearest lang, else the browser', () => {
      const outer = document.createElement('div');
      outer.lang = 'fr-CA';
      const inner = document.createElement('span');
      outer.append(inner);
      expect(resolveLocale(inner)).to.equal('fr-CA');
      expect(resolveLocale(inner, 'de')).to.equal('de');
      // The browser's language, if it is a valid tag (WebKit under a POSIX locale reports "C"), else English.
      const browser = (() => {
        try {
          return Intl.getCanonicalLocales(navigator.language)[0];
        } catch {
          return 'en';
        }
      })();
      expect(resolveLocale(document.createElement('span'))).to.equal(browser);
      expect(resolveLocale(inner, 'not a locale!')).to.equal(browser);
    });

    it('formats ISO dates and leaves other text alone', () => {
      expect(formatDate('2026-05-03', 'en-GB')).to.equal('3 May 2026');
      expect(formatDate('2026-05-03', 'en-US')).to.equal('May 3, 2026');
      expect(formatDate('Spring 2026', 'en-GB')).to.equal('Spring 2026');
    });
  });
});
