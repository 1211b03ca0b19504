// One language per widget: the content's. A widget with German content on a German page writes its own words in
// German (loaded on demand); the default content is British English wherever it is shown.
import { expect, fixture, html } from '@open-wc/testing';
import '@careerkit/role-compare/define';
import '@careerkit/faq-accordion/define';
import '@careerkit/salary-slider/define';
import '@careerkit/newsletter-form/define';
import { FaqAccordion } from '@careerkit/faq-accordion';
import { SalarySlider } from '@careerkit/salary-slider';
import type { CkElement } from '@careerkit/core';
import { textOf } from './helpers.js';

type Widget = CkElement<object>;
const english = (Widget: { defaultStrings: object }) =>
  Object.values(Widget.defaultStrings).map((s: string) => s.replace(/\{\w\}/g, '').trim()).filter((s) => s.length > 3);

/** Everything the widget shows or says: its text, and its labels and values. */
const said = (el: Element) => {
  const root = el.shadowRoot!;
  const attrs = [...root.querySelectorAll('*')].flatMap((n) => ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext'].map((a) => n.getAttribute(a) ?? ''));
  return `${textOf(root)} ${attrs.join(' ')}`;
};

describe('i18n: one language per widget', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('on a de-DE page, German content gets German words; the default content stays English', async () => {
    document.documentElement.lang = 'de-DE';
    const page = await fixture<HTMLElement>(html`<div>
      <faq-accordion searchable toggle-all id="faq"><details><summary>Was verdient ein Data Scientist?</summary><p>Etwa 60.000 € im Jahr.</p></details><details><summary>Braucht man einen Doktortitel?</summary><p>Nein.</p></details></faq-accordion>
      <salary-slider id="salary" .data=${{ currency: 'EUR', roles: ['Data Scientist'], bands: [{ role: 'Data Scientist', min: 50000, max: 90000, median: 65000 }] }}></salary-slider>
      <faq-accordion toggle-all id="seed"></faq-accordion>
    </div>`);
    const [faq, salary, seed] = ['faq', 'salary', 'seed'].map((id) => page.querySelector<Widget>(`#${id}`)!);
    for (const el of [faq, salary, seed]) await el.updateComplete;
    expect(faq.shadowRoot!.querySelector('.ck')!.getAttribute('lang')).to.equal('de-DE');
    expect(said(faq)).to.include('Alle aufklappen');
    for (const word of english(FaqAccordion)) expect(said(faq)).not.to.include(word);
    expect(said(salary)).to.include('Ihr Gehalt');
    for (const word of english(SalarySlider)) expect(said(salary)).not.to.include(word);
    expect(said(salary)).to.match(/65\.000\s€/);
    expect(seed.shadowRoot!.querySelector('.ck')!.getAttribute('lang')).to.equal('en-GB');
    expect(said(seed)).to.include('Expand all');
  });
});
