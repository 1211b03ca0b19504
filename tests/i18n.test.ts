// One language per widget: the content's. A widget with German content on a German page writes its own words in
// German (loaded on demand); the default content is British English wherever it is shown.
import { expect, fixture, html } from '@open-wc/testing';
import '@careerkit/role-compare/define';
import '@careerkit/faq-accordion/define';
import '@careerkit/salary-slider/define';
import '@careerkit/newsletter-form/define';
import { RoleCompare } from '@careerkit/role-compare';
import { FaqAccordion } from '@careerkit/faq-accordion';
import { SalarySlider } from '@careerkit/salary-slider';
import { NewsletterForm } from '@careerkit/newsletter-form';
import type { CkElement } from '@careerkit/core';
import { captureConsole, textOf } from './helpers.js';

type Widget = CkElement<object>;
/** The English words a widget (and core) writes itself, placeholders cut, long enough to mean something. */
const english = (Widget: { defaultStrings: object }) =>
  [...Object.values(Widget.defaultStrings), 'Loading…', 'Sorry, this content could not be loaded.', 'There is nothing to show here yet.']
    .flatMap((s: string) => s.split(/\{\w\}/))
    .map((s) => s.trim())
    .filter((s) => s.length > 3);

/** Everything the widget shows or says: its text, and its labels and values. */
const said = (el: Element) => {
  const root = el.shadowRoot!;
  const attrs = [...root.querySelectorAll('*')].flatMap((n) => ['aria-label', 'placeholder', 'title', 'alt', 'aria-valuetext', 'value'].map((a) => n.getAttribute(a) ?? ''));
  return `${textOf(root)} ${attrs.join(' ')}`;
};

const noEnglish = (el: Element, Widget: { defaultStrings: object }) => {
  const text = said(el);
  for (const word of english(Widget)) expect(text, `<${el.localName}> wrote "${word}"`).not.to.include(word);
};

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('i18n: one language per widget', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    document.documentElement.lang = 'de-DE';
    log = captureConsole();
  });
  afterEach(() => {
    log.restore();
    document.documentElement.removeAttribute('lang');
  });

  it('on a de-DE page, German content gets German words and figures; the default content stays English', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <faq-accordion searchable toggle-all id="faq"
        ><details><summary>Was verdient ein Data Scientist?</summary><p>Etwa 60.000 € im Jahr.</p></details
        ><details><summary>Braucht man einen Doktortitel?</summary><p>Nein.</p></details></faq-accordion
      >
      <salary-slider id="salary" .data=${{ currency: 'EUR', roles: ['Data Scientist'], bands: [{ role: 'Data Scientist', min: 50000, max: 90000, median: 65000 }] }}></salary-slider>
      <faq-accordion toggle-all id="seed"></faq-accordion>
      <salary-slider id="seed-salary"></salary-slider>
    </div>`);
    const [faq, salary, seed, seedSalary] = ['faq', 'salary', 'seed', 'seed-salary'].map((id) => page.querySelector<Widget>(`#${id}`)!);
    for (const el of [faq, salary, seed, seedSalary]) await el.updateComplete;
    expect(faq.shadowRoot!.querySelector('.ck')!.getAttribute('lang')).to.equal('de-DE');
    expect(faq.shadowRoot!.querySelector('.ck')!.getAttribute('dir')).to.equal('ltr');
    expect(said(faq)).to.include('Alle aufklappen');
    noEnglish(faq, FaqAccordion);
    expect(said(salary)).to.include('Ihr Gehalt');
    noEnglish(salary, SalarySlider);
    expect(said(salary)).to.match(/65\.000\s€/);
    // The seed, on the same German page: English words, English figures.
    for (const el of [seed, seedSalary]) expect(el.shadowRoot!.querySelector('.ck')!.getAttribute('lang')).to.equal('en-GB');
    expect(said(seed)).to.include('Expand all');
    expect(said(seedSalary)).to.include('£65,000');
    expect(said(seedSalary)).to.include('Your salary');
    expect(log.errors).to.deep.equal([]);
  });

  it('counts filter matches in the language, with its plural forms', async () => {
    const items = Array.from({ length: 5 }, (_, i) => ({ question: `Pytanie ${i + 1}${i < 3 ? ' trzy' : ''}`, answer: 'Tak.' }));
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable locale="pl" .data=${{ items }}></faq-accordion>`);
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    const count = async (query: string) => {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return textOf(el.shadowRoot!.querySelector('[part=matches]'));
    };
    // Polish: 3 is "few", 5 is "many", with different words.
    const three = await count('trzy');
    const five = await count('Pytanie');
    expect(three).to.match(/^3\s/);
    expect(five).to.match(/^5\s/);
    expect(three.slice(1), 'few and many differ in Polish').not.to.equal(five.slice(1));
  });

  it('role-compare and newsletter-form: German content, German words, in every state', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <role-compare
        id="compare"
        .data=${{
          roles: ['Data Scientist', 'ML Engineer'],
          sections: [{ title: 'Der Kernunterschied', rows: [{ label: 'Schwerpunkt', values: ['Forschung und Erkenntnis', 'Produktion und Systeme'] }] }],
          paths: [{ background: 'Softwareentwicklung', role: 'ML Engineer', text: 'Ihre Erfahrung mit Produktionssystemen zählt direkt.' }],
          source: { title: 'Unser Vergleich', date: '2026-05-03' },
        }}
      ></role-compare>
      <newsletter-form id="form" action="/nowhere-in-test" consent="required" .data=${{ heading: 'Karrieretipps per E-Mail' }}></newsletter-form>
      <newsletter-form id="unset" .data=${{ heading: 'Noch nicht eingerichtet' }}></newsletter-form>
    </div>`);
    const compare = page.querySelector<RoleCompare>('#compare')!;
    const form = page.querySelector<NewsletterForm>('#form')!;
    const unset = page.querySelector<NewsletterForm>('#unset')!;
    for (const el of [compare, form, unset]) await el.updateComplete;
    expect(said(compare)).to.include('Welcher Weg passt zu Ihrem Hintergrund?');
    expect(said(compare)).to.include('Quelle');
    expect(said(compare)).to.include('3. Mai 2026');
    compare.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await compare.updateComplete;
    expect(said(compare)).to.include('Empfohlen');
    noEnglish(compare, RoleCompare);

    // The consent line the widget writes itself when the content gives none is German too.
    expect(said(form)).to.include('Datenschutzerklärung');
    expect(said(unset)).to.include('noch nicht eingerichtet');
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = 'keine-adresse';
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click();
    await frames();
    await form.updateComplete;
    expect(said(form)).to.include('gültige E-Mail-Adresse');
    expect(said(form)).to.include('Häkchen');
    for (const el of [form, unset]) noEnglish(el, NewsletterForm);
    await expect(compare).to.be.accessible();
  });

  it('an authored form on a German page is German: no English seed heading, German consent line and messages', async () => {
    const el = await fixture<NewsletterForm>(html`<newsletter-form consent="required"
      ><form action="/nowhere-in-test" method="post"><label>E-Mail <input type="email" name="email"></label><button>Eintragen</button></form></newsletter-form
    >`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.ck')!.getAttribute('lang')).to.equal('de-DE');
    expect(textOf(el.shadowRoot)).not.to.include('Get career tips');
    expect(textOf(el)).to.include('Datenschutzerklärung');
    el.querySelector('button')!.click();
    await frames();
    await el.updateComplete;
    expect(textOf(el)).to.include('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    noEnglish(el, NewsletterForm);
    for (const word of english(NewsletterForm)) expect(textOf(el), word).not.to.include(word);
  });

  it('an authored form on an English page keeps the seed heading and introduction', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<NewsletterForm>(html`<newsletter-form
      ><form action="/nowhere-in-test" method="post"><input type="email" name="email" aria-label="Email"><button>Join</button></form></newsletter-form
    >`);
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.include('Get career tips delivered to your inbox');
  });

  it('a src that fails says so in German, and never shows the English loading message', async () => {
    const el = document.createElement('faq-accordion');
    el.setAttribute('src', '/tests/fixtures/does-not-exist.json');
    const seen: string[] = [];
    const watch = new MutationObserver(() => el.shadowRoot && seen.push(textOf(el.shadowRoot)));
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    seen.push(textOf(el.shadowRoot));
    await new Promise((resolve) => el.addEventListener('ck-error', resolve, { once: true }));
    await el.updateComplete;
    watch.disconnect();
    expect(said(el)).to.include('Dieser Inhalt konnte leider nicht geladen werden.');
    expect(seen.some((text) => text.includes('Loading')), seen.join(' | ')).to.be.false;
  });

  it('authored strings win over the built-in translation', async () => {
    const el = await fixture<FaqAccordion>(
      html`<faq-accordion toggle-all .strings=${{ expandAll: 'Alles öffnen' }}
        ><details><summary>Eins?</summary><p>Ja.</p></details><details><summary>Zwei?</summary><p>Ja.</p></details></faq-accordion
      >`,
    );
    await el.updateComplete;
    expect(said(el)).to.include('Alles öffnen');
    expect(said(el)).to.include('Alle zuklappen');
  });

  it('a language without a translation keeps English words, with its own direction and figures', async () => {
    const el = await fixture<SalarySlider>(
      html`<salary-slider locale="fa-IR" .data=${{ currency: 'IRR', roles: ['Engineer'], bands: [{ role: 'Engineer', min: 1000, max: 2000 }] }}></salary-slider>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('.ck')!;
    expect(root.getAttribute('lang')).to.equal('fa-IR');
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(said(el)).to.include('Your salary');
  });
});
