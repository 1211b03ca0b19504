import { expect } from '@open-wc/testing';
import { check, defineElement, formatDate, resolveLocale, type Schema } from '@careerkit/core';

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
