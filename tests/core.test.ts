import { expect, fixture } from '@open-wc/testing';
import { LitElement, css, html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { CkElement, baseStyles, check, defineElement, formatDate, isWebUrl, resolveLocale, type Schema } from '@careerkit/core';
import { captureConsole } from './helpers.js';

/** A minimal widget on core's base, as a developer would write one. */
interface MiniData {
  title: string;
}
class Mini extends CkElement<MiniData, { prefix: string }> {
  static override tagName = 'ck-mini';
  static override schema = { title: 'text' } as const;
  static override defaults: MiniData = { title: 'Seed' };
  static override defaultStrings = { prefix: 'Title' };
  static override styles: CSSResultGroup = [baseStyles, css`p{margin:7px}`];
  static override properties: PropertyDeclarations = { tone: {} };
  declare tone?: string;
  renders = 0;
  protected override render() {
    this.renders++;
    return super.render();
  }
  protected renderContent(content: MiniData) {
    return html`<p>${this.text.prefix}: ${content.title}${this.tone ? ` (${this.tone})` : ''}</p>`;
  }
}
Mini.define();
const text = (el: Element) => el.shadowRoot!.querySelector('p:not(.status)')?.textContent;

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

  describe('CkElement is a LitElement', () => {
    it('is a LitElement with the widget contract: seed content, strings from content and property, bad strings reported', async () => {
      const log = captureConsole();
      try {
        const el = await fixture<Mini>(html`<ck-mini></ck-mini>`);
        expect(el instanceof LitElement).to.be.true;
        expect(text(el)).to.equal('Title: Seed');
        el.data = { title: 'Mine', strings: { prefix: 'Name' } } as MiniData;
        await el.updateComplete;
        expect(text(el)).to.equal('Name: Mine');
        el.strings = { prefix: 5 } as unknown as { prefix: string };
        await el.updateComplete;
        expect(text(el)).to.equal('Name: Mine');
        expect(log.errors.join('\n')).to.contain('strings.prefix must be text; got a number (in the strings property)');
      } finally {
        log.restore();
      }
    });

    it('can be subclassed: one more observed attribute, [super.styles, css``], shouldUpdate, another tag', async () => {
      class Sub extends Mini {
        static override properties: PropertyDeclarations = { mood: {} };
        static override styles = [super.styles, css`p{padding:3px}`];
        declare mood?: string;
        protected override shouldUpdate(changed: PropertyValues<this>) {
          return this.mood !== 'frozen' && super.shouldUpdate(changed);
        }
        protected override renderContent(content: MiniData) {
          return html`${super.renderContent(content)}<i>${this.mood}</i>`;
        }
      }
      Sub.define('ck-mini-sub');
      const el = await fixture<Sub>(html`<ck-mini-sub mood="calm" tone="warm"></ck-mini-sub>`);
      expect(el.shadowRoot!.querySelector('i')!.textContent).to.equal('calm');
      expect(text(el)).to.equal('Title: Seed (warm)');
      const p = getComputedStyle(el.shadowRoot!.querySelector('p:not(.status)')!);
      expect([p.marginTop, p.paddingTop]).to.deep.equal(['7px', '3px']);
      el.setAttribute('mood', 'frozen');
      el.tone = 'cold';
      await el.updateComplete;
      expect(text(el)).to.equal('Title: Seed (warm)');
      el.mood = 'open';
      await el.updateComplete;
      expect(text(el)).to.equal('Title: Seed (cold)');
    });

    it('takes reactive controllers, and disconnects async directives when removed', async () => {
      const seen: string[] = [];
      class Watch extends AsyncDirective {
        render(label: string) {
          return label;
        }
        protected override disconnected() {
          seen.push('directive disconnected');
        }
      }
      const watch = directive(Watch);
      class WithController extends Mini {
        constructor() {
          super();
          this.addController({
            hostConnected: () => seen.push('connected'),
            hostUpdated: () => seen.push('updated'),
            hostDisconnected: () => seen.push('disconnected'),
          });
        }
        protected override renderContent(content: MiniData) {
          return html`<p>${watch(content.title)}</p>`;
        }
      }
      WithController.define('ck-mini-controlled');
      const el = await fixture<WithController>(html`<ck-mini-controlled></ck-mini-controlled>`);
      expect(text(el)).to.equal('Seed');
      el.remove();
      expect(seen).to.deep.equal(['connected', 'updated', 'disconnected', 'directive disconnected']);
    });

    it('keeps properties set before the element was defined', async () => {
      const el = document.createElement('ck-mini-late') as Mini;
      Object.assign(el, { data: { title: 'Early' }, tone: 'first' });
      document.body.append(el);
      class Late extends Mini {}
      Late.define('ck-mini-late');
      await el.updateComplete;
      expect(text(el)).to.equal('Title: Early (first)');
      el.remove();
    });

    it('reads the data property as a plain value: no content resolution, no console, no update', async () => {
      const log = captureConsole();
      try {
        const el = await fixture<Mini>(html`<ck-mini><script type="application/json">{"title": 5}</script></ck-mini>`);
        const renders = el.renders;
        expect(log.errors.length).to.equal(1);
        for (let i = 0; i < 3; i++) expect(el.data).to.be.undefined;
        await el.updateComplete;
        expect([el.renders, log.errors.length, el.isUpdatePending]).to.deep.equal([renders, 1, false]);
      } finally {
        log.restore();
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
