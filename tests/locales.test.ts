// The built-in translations (packages/core/src/locales/<lang>.ts), each checked against the English it translates:
// every file in the list, so a translator's new file is checked without a change here.
import { expect, fixture, html } from '@open-wc/testing';
import '@careerkit/faq-accordion/define';
import { FaqAccordion } from '@careerkit/faq-accordion';
import { NewsletterForm } from '@careerkit/newsletter-form';
import { RoleCompare } from '@careerkit/role-compare';
import { SalarySlider } from '@careerkit/salary-slider';
import { languages } from '@careerkit/core/locales';
import type { Plural, StatusStrings, Translation } from '@careerkit/core';
import { files } from '../packages/core/src/locale-files.js';
import { textOf } from './helpers.js';

// The keys of the strings every widget shows (statusStrings in core/src/element.ts: the type keeps this list whole),
// and each widget's own English strings.
const core: Record<keyof StatusStrings, ''> = { loading: '', error: '', empty: '' };
const english: Record<string, Record<string, string>> = Object.fromEntries([
  ['core', core],
  ...[FaqAccordion, NewsletterForm, RoleCompare, SalarySlider].map((Widget) => [Widget.tagName, Widget.defaultStrings]),
]);
const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];
/** The languages written right to left (of those a translation may be added for). */
const rtl = /^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)\b/;
/** Counts a FAQ filter may announce with `matches` (from 2), as many as tell the plural categories apart. */
const counts = [...Array(29).keys()].map((i) => i + 2).concat([100, 101, 102, 103, 104, 105, 1000000]);

describe('built-in translations', () => {
  it('are listed in @careerkit/core/locales, one per file', () => {
    expect(languages).to.deep.equal(Object.keys(files));
    for (const lang of ['ar', 'de', 'es', 'fr', 'he', 'it', 'nl', 'pl', 'pt', 'sv']) expect(languages).to.include(lang);
  });

  for (const lang of Object.keys(files)) {
    describe(lang, () => {
      let words: Translation;
      before(async () => (words = (await files[lang]()).default));

      it('has every part and key of the English strings, and no other', () => {
        expect(Object.keys(words).sort()).to.deep.equal(Object.keys(english).sort());
        for (const part of Object.keys(english)) expect(Object.keys(words[part]).sort(), part).to.deep.equal(Object.keys(english[part]).sort());
      });

      it('keeps every placeholder, and counts in the plural categories of the language', () => {
        const categories: string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [part, keys] of Object.entries(english))
          for (const [key, en] of Object.entries(keys)) {
            const text = words[part][key];
            const where = `${part}.${key}`;
            if (typeof text == 'string') {
              expect(text.trim(), where).not.to.equal('');
              for (const p of placeholders(en)) expect(text, where).to.include(p);
              continue;
            }
            const plural: Plural = text;
            expect(plural.other, `${where}.other`).to.be.a('string');
            for (const [category, form] of Object.entries(plural)) {
              expect(categories, `${where}: ${lang} has no plural category "${category}"`).to.include(category);
              // The dual may say its number in words ("سؤالان", "שתי שאלות").
              if (category != 'two') for (const p of placeholders(en)) expect(form, `${where}.${category}`).to.include(p);
            }
          }
      });

      it('counts matches in every plural category the language has from 2 up', () => {
        const rules = new Intl.PluralRules(lang);
        const used = [...new Set(counts.map((n) => rules.select(n)))].filter((category) => category != 'other');
        const matches = words['faq-accordion'].matches;
        const given = typeof matches == 'string' ? ['other'] : Object.keys(matches);
        expect(given, `faq-accordion.matches: ${lang} counts 2 and more as ${used.join(', ')} too`).to.include.members(used);
      });

      it('is what a <faq-accordion locale> shows, in its direction', async () => {
        const el = await fixture<FaqAccordion>(html`<faq-accordion searchable toggle-all locale=${lang}>
          <details><summary>Question 1</summary><p>A</p></details>
          <details><summary>Question 2</summary><p>B</p></details>
        </faq-accordion>`);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const base = root.querySelector('.ck')!;
        expect(base.getAttribute('lang')).to.equal(lang);
        expect(base.getAttribute('dir')).to.equal(rtl.test(lang) ? 'rtl' : 'ltr');
        const faq = words['faq-accordion'];
        expect(textOf(root.querySelector('[part=toolbar] button'))).to.equal(faq.expandAll);
        // Both questions match: the count for 2, in the language's plural category for 2.
        const input = root.querySelector<HTMLInputElement>('[part=search]')!;
        input.value = 'question';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        const matches = faq.matches;
        const two = typeof matches == 'string' ? matches : (matches[new Intl.PluralRules(lang).select(2)] ?? matches.other);
        expect(textOf(root.querySelector('[part=matches]'))).to.equal(two.replace('{n}', (2).toLocaleString(lang)));
        await expect(el).to.be.accessible();
      });
    });
  }
});
