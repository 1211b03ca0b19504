import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SalarySlider } from '@careerkit/salary-slider/define';
import { SALARY_CHANGE_EVENT, type SalaryChangeDetail, type SalarySliderData } from '@careerkit/salary-slider';
import { captureConsole, loadPage, textOf, until } from './helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const slider = (el: Element) => shadow(el).querySelector<HTMLInputElement>('[part=slider]')!;
const field = (el: Element) => shadow(el).querySelector<HTMLInputElement>('[part=input]')!;
const bands = (el: Element) => [...shadow(el).querySelectorAll('[part=band]')].map(textOf);
const markers = (el: Element) => [...shadow(el).querySelectorAll('[part=band] line:not(.median)')].map((line) => line.getAttribute('x1'));
const scope = (el: Element) => textOf(slider(el).previousElementSibling);
// Intl puts no-break spaces in some locales; compare them as plain spaces.
const aria = (el: Element) => [slider(el).getAttribute('aria-valuenow'), textOf(document.createTextNode(slider(el).getAttribute('aria-valuetext')!))];

/** The widget's own rules (its last style sheet, after the shared base) inside `@media condition`, as text. */
const mediaRules = (el: Element, condition: string) =>
  [...shadow(el).adoptedStyleSheets.at(-1)!.cssRules]
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === condition)
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText))
    .join('\n');

/** Example data, not from the seed: two levels and two locations. */
const levels: SalarySliderData = {
  note: 'Salaries by level: example data.',
  roles: ['ML Engineer', 'Data Scientist'],
  bands: [
    { role: 'ML Engineer', level: 'Mid-level', location: 'London', min: 65000, max: 95000 },
    { role: 'Data Scientist', level: 'Mid-level', location: 'London', min: 55000, max: 80000 },
    { role: 'ML Engineer', level: 'Senior', location: 'London', min: 90000, max: 130000, median: 105000 },
    { role: 'Data Scientist', level: 'Senior', location: 'London', min: 75000, max: 110000 },
    { role: 'ML Engineer', level: 'Mid-level', location: 'Manchester', min: 50000, max: 75000 },
    { role: 'Data Scientist', level: 'Mid-level', location: 'Manchester', min: 45000, max: 65000 },
  ],
};

/** Example data, not from the seed: a band with a median and percentiles, and one without. */
const percentiles: SalarySliderData = {
  note: 'Senior salaries with percentiles: example data.',
  roles: ['ML Engineer', 'Data Scientist'],
  bands: [
    { role: 'ML Engineer', min: 90000, p10: 92000, p25: 95000, median: 105000, p75: 115000, p90: 125000, max: 130000 },
    { role: 'Data Scientist', min: 75000, max: 110000 },
  ],
};

/** The seed's bands, note and source as author content, in `currency`: the seed itself is always shown in en-GB, author content in its locale. */
const authored = (currency: string): SalarySliderData => ({ ...structuredClone(SalarySlider.defaults as SalarySliderData), currency });

/** The axis labels a reader can see (one of the full and compact rows is hidden). */
const visibleAxis = (el: Element) =>
  [...shadow(el).querySelectorAll('.axis')]
    .filter((row) => row.getClientRects().length)
    .map((row) => [...row.children].map(textOf).join(' '))
    .join(' | ');

/** A figure as the widget formats it in full. */
const formatted = (locale: string, currency: string, figure: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(figure);

/** Changes the slider or the number field as the browser does after a key press or a typed figure. */
async function commit(el: SalarySlider, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const event = oneEvent(el, SALARY_CHANGE_EVENT);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const { detail } = (await event) as CustomEvent<SalaryChangeDetail>;
  await el.updateComplete;
  return detail;
}

describe('salary-slider', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());

  describe('default content', () => {
    it('is accessible', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider></salary-slider>`);
      await expect(el).to.be.accessible();
    });

    it('shows the seed article bands, note and source, with no console errors', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      expect(scope(el)).to.equal('Mid-level, London');
      const [ml, ds] = bands(el);
      expect(ml).to.match(/^ML Engineer £65,000 – £95,000 a year/);
      expect(ds).to.match(/^Data Scientist £55,000 – £80,000 a year/);
      expect(textOf(shadow(el).querySelector('[part=note]'))).to.equal(
        'ML engineers typically earn slightly more than data scientists at equivalent experience levels in the UK, reflecting the higher software engineering expectations. The gap is small at junior and mid-level but widens at senior and principal levels.',
      );
      expect(textOf(shadow(el).querySelector('[part=source]'))).to.equal(
        'Source: Data Scientist vs ML Engineer: Which Path Is Right for You?, Alex Morgan, 3 May 2026',
      );
      expect(shadow(el).querySelector('select')).to.be.null;
      // The seed has no median or percentiles, so none are shown or drawn.
      expect(bands(el).join(' ')).to.not.match(/median|percentile/);
      expect(shadow(el).querySelectorAll('.inner, .median')).to.have.length(0);
      expect(log.errors).to.deep.equal([]);
    });

    it('puts both bands on one scale, with the figure marked on each and a sentence per role', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      const input = slider(el);
      expect([input.type, input.min, input.max, input.step, input.value]).to.deep.equal(['range', '50000', '100000', '1000', '75000']);
      expect(aria(el)).to.deep.equal(['75000', '£75,000 a year']);
      expect(input.getAttribute('aria-label')).to.equal('Your salary');
      // 65,000–95,000 on a 50,000–100,000 scale starts at 30% and is 60% wide.
      const bar = shadow(el).querySelector('[part=band] .band')!;
      expect([bar.getAttribute('x'), bar.getAttribute('width')]).to.deep.equal(['30%', '60%']);
      expect(markers(el)).to.deep.equal(['50%', '50%']);
      // The axis names the ends of the scale, under the ends of the slider.
      const [first, last] = [...shadow(el).querySelectorAll('.axis span')];
      expect([textOf(first), textOf(last)]).to.deep.equal(['£50,000', '£100,000']);
      const track = input.getBoundingClientRect();
      expect(Math.abs(first.getBoundingClientRect().left - track.left)).to.be.below(1);
      expect(Math.abs(last.getBoundingClientRect().right - track.right)).to.be.below(1);
      const [ml, ds] = bands(el);
      expect(ml).to.match(/£75,000 a year is in the middle third of the band\.$/);
      expect(ds).to.match(/£75,000 a year is in the upper third of the band\.$/);
      expect(shadow(el).querySelector('[part=bands]')!.getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('the slider', () => {
    it('is reached with Tab and follows the slider pattern: arrows, Page Up/Down, Home, End', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(slider(el));
      expect(getComputedStyle(slider(el)).outlineStyle).to.not.equal('none');
      const commits: number[] = [];
      el.addEventListener(SALARY_CHANGE_EVENT, (e) => commits.push(e.detail.value));
      const steps: [string, string, string][] = [
        ['ArrowRight', '76000', '£76,000 a year'],
        ['ArrowUp', '77000', '£77,000 a year'],
        ['ArrowLeft', '76000', '£76,000 a year'],
        ['ArrowDown', '75000', '£75,000 a year'],
        ['PageUp', '80000', '£80,000 a year'],
        ['PageDown', '75000', '£75,000 a year'],
        ['End', '100000', '£100,000 a year'],
        ['Home', '50000', '£50,000 a year'],
      ];
      for (const [key, now, text] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(aria(el), key).to.deep.equal([now, text]);
        expect(el.value, key).to.equal(+now);
      }
      expect(commits).to.deep.equal(steps.map(([, now]) => +now));
      before.remove();
    });

    it('moves a tenth of the scale with Page Up and Page Down on any scale, within its ends', async () => {
      // Day rates on a 400–1,000 scale in steps of 10: a tenth is 60. Every engine does this natively.
      const data = { ...percentiles, currency: 'EUR', period: 'day', bands: [{ role: 'ML Engineer', min: 500, max: 900 }] };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" value="910" .data=${data}></salary-slider>`);
      expect([slider(el).min, slider(el).max, slider(el).step]).to.deep.equal(['400', '1000', '10']);
      slider(el).focus();
      const steps: [string, string, string][] = [
        ['PageUp', '970', '€970 a day'],
        ['PageUp', '1000', '€1,000 a day'],
        ['PageDown', '940', '€940 a day'],
        ['ArrowLeft', '930', '€930 a day'],
        ['Home', '400', '€400 a day'],
        ['PageDown', '400', '€400 a day'],
        ['PageUp', '460', '€460 a day'],
        ['ArrowRight', '470', '€470 a day'],
        ['End', '1000', '€1,000 a day'],
      ];
      for (const [key, now, text] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(aria(el), key).to.deep.equal([now, text]);
      }
    });

    it('moves the markers at once, and the sentences once the figure settles', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      slider(el).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(markers(el)).to.deep.equal(['100%', '100%']);
      expect(bands(el)[0]).to.contain('£75,000 a year is in the middle third of the band.');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(bands(el)[0]).to.contain('£75,000 a year');
      await until(() => bands(el)[0].endsWith('£50,000 a year is below the band.'), 2000, 'the sentence to settle');
      expect(bands(el)[1]).to.match(/£50,000 a year is below the band\.$/);
    });

    it('fires ck-salary-change on change only, with the value, level, location and each position', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider></salary-slider>`);
      let fired = 0;
      el.addEventListener(SALARY_CHANGE_EVENT, () => fired++);
      slider(el).value = '90000';
      slider(el).dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect(el.value).to.equal(90000);
      expect(markers(el)).to.deep.equal(['80%', '80%']);
      expect(fired).to.equal(0);
      const event = oneEvent(document.body, SALARY_CHANGE_EVENT);
      slider(el).dispatchEvent(new Event('change'));
      const { detail, bubbles, composed } = (await event) as CustomEvent<SalaryChangeDetail>;
      expect([bubbles, composed]).to.deep.equal([true, true]);
      expect(detail.value).to.equal(90000);
      expect([detail.level, detail.location]).to.deep.equal(['Mid-level', 'London']);
      expect(detail.bands.map(({ role, min, max, position }) => [role, min, max, position])).to.deep.equal([
        ['ML Engineer', 65000, 95000, 'upper'],
        ['Data Scientist', 55000, 80000, 'above'],
      ]);
    });

    it('has a number field that does the same without dragging, rounded to the step and kept within the scale', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      const input = field(el);
      expect(textOf(input.closest('label'))).to.equal('Your salary');
      // A text field (a number field cannot show grouping or a currency), with a keyboard for figures on touch screens.
      expect([input.type, input.inputMode, input.value]).to.deep.equal(['text', 'decimal', '£75,000']);
      // 72,500 is rounded as the slider's thumb rounds it (half up), so the thumb, markers, announcement and field agree.
      let detail = await commit(el, input, '72500');
      expect(detail.value).to.equal(73000);
      expect(el.value).to.equal(73000);
      expect(aria(el)).to.deep.equal(['73000', '£73,000 a year']);
      expect([input.value, slider(el).value]).to.deep.equal(['£73,000', '73000']);
      expect(markers(el)).to.deep.equal(['46%', '46%']);
      expect(detail.bands.map((band) => band.position)).to.deep.equal(['lower', 'upper']);
      await until(() => bands(el)[0].endsWith('£73,000 a year is in the lower third of the band.'), 2000, 'the sentence to settle');
      // Below the scale (even below 0): its minimum, not its middle.
      detail = await commit(el, input, '-5');
      expect(detail.value).to.equal(50000);
      expect(aria(el)).to.deep.equal(['50000', '£50,000 a year']);
      expect([input.value, slider(el).value]).to.deep.equal(['£50,000', '50000']);
      detail = await commit(el, input, '250000');
      expect(detail.value).to.equal(100000);
      expect(aria(el)).to.deep.equal(['100000', '£100,000 a year']);
      expect([input.value, slider(el).value]).to.deep.equal(['£100,000', '100000']);
    });

    it('takes typed figures from the keyboard', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      field(el).value = '';
      field(el).focus();
      // Digits that do not repeat: WebKit's driver drops a repeated key.
      await sendKeys({ type: '61234' });
      const event = oneEvent(el, SALARY_CHANGE_EVENT);
      await sendKeys({ press: 'Tab' });
      // Rounded to the step of 1,000, in the field too.
      expect(((await event) as CustomEvent<SalaryChangeDetail>).detail.value).to.equal(61000);
      await el.updateComplete;
      expect(aria(el)).to.deep.equal(['61000', '£61,000 a year']);
      expect(field(el).value).to.equal('£61,000');
    });

    it('says where the figure sits at the band edges', async () => {
      // Day rates of 55–80 and 65–95: a scale in steps of 1, so a figure can sit one under or over an edge.
      const data = { roles: ['ML Engineer', 'Data Scientist'], period: 'day', bands: [{ role: 'ML Engineer', min: 65, max: 95 }, { role: 'Data Scientist', min: 55, max: 80 }] };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${data}></salary-slider>`);
      expect(slider(el).step).to.equal('1');
      const cases: [number, string, string][] = [
        [54, 'below the band', 'below the band'],
        [55, 'below the band', 'in the lower third of the band'],
        [64, 'below the band', 'in the middle third of the band'],
        [65, 'in the lower third of the band', 'in the middle third of the band'],
        [75, 'in the middle third of the band', 'in the upper third of the band'],
        [80, 'in the middle third of the band', 'in the upper third of the band'],
        [81, 'in the middle third of the band', 'above the band'],
        [85, 'in the upper third of the band', 'above the band'],
        [95, 'in the upper third of the band', 'above the band'],
        [96, 'above the band', 'above the band'],
      ];
      for (const [value, ml, ds] of cases) {
        el.value = value;
        await el.updateComplete;
        const [mlText, dsText] = bands(el);
        expect(mlText, `${value}`).to.match(new RegExp(`is ${ml}\\.$`));
        expect(dsText, `${value}`).to.match(new RegExp(`is ${ds}\\.$`));
      }
    });

    it('takes the value attribute as the starting figure, kept within the scale', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" value="62000"></salary-slider>`);
      expect(aria(el)).to.deep.equal(['62000', '£62,000 a year']);
      expect(bands(el)[1]).to.match(/£62,000 a year is in the lower third of the band\.$/);
      el.setAttribute('value', '9000000');
      await el.updateComplete;
      expect(aria(el)[0]).to.equal('100000');
    });

    it('rounds the value attribute to the step and keeps it on the scale; only a missing or non-numeric one is the middle', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" value="72500"></salary-slider>`);
      const cases: [string | null, string, string][] = [
        ['72500', '73000', '£73,000 a year'],
        ['72499', '72000', '£72,000 a year'],
        ['-5', '50000', '£50,000 a year'],
        ['0', '50000', '£50,000 a year'],
        ['100400', '100000', '£100,000 a year'],
        ['lots', '75000', '£75,000 a year'],
        ['62000', '62000', '£62,000 a year'],
        [null, '75000', '£75,000 a year'],
      ];
      for (const [value, now, text] of cases) {
        if (value === null) el.removeAttribute('value');
        else el.setAttribute('value', value);
        await el.updateComplete;
        expect(aria(el), `${value}`).to.deep.equal([now, text]);
        expect([slider(el).value, field(el).value], `${value}`).to.deep.equal([now, `£${(+now).toLocaleString('en-GB')}`]);
        expect(markers(el)[0], `${value}`).to.equal(`${(+now - 50000) / 500}%`);
        expect(bands(el)[0], `${value}`).to.contain(`${text} is`);
      }
    });
  });

  describe('the number field', () => {
    /** Example data, not from the seed: a scale from 900,000 to 1,600,000 in steps of 10,000, for millions. */
    const millions = { roles: ['Partner'], bands: [{ role: 'Partner', min: 1000000, max: 1500000 }] };
    // What a person types, and the figure it means (on the seed's scale, 50,000 to 100,000, rounded to its step of 1,000
    // as the slider rounds), whatever the locale:
    // a separator followed by three digits groups them; a last "." or "," followed by other than three is the decimal point.
    const typed: [string, number][] = [
      ['75k', 75000],
      ['75.5k', 76000],
      ['75,5k', 76000],
      ['62.4K', 62000],
      ['75.000', 75000],
      ['75,000', 75000],
      ['£75,000', 75000],
      ['75 000', 75000],
      ['75\u202f000', 75000],
      ['75.000 €', 75000],
      ['€ 75.000,00', 75000],
      ['75000', 75000],
      ['61234', 61000],
      ['60.499,5', 60000],
      ['90,600.5', 91000],
      ['  81k a year ', 81000],
    ];
    for (const [locale, currency, shown] of [
      ['en-GB', 'GBP', '£75,000'],
      ['de-DE', 'EUR', '75.000 €'],
    ])
      it(`in ${locale}, shows the figure as the locale writes it ("${shown}") and reads every way of typing one`, async () => {
        const el = await fixture<SalarySlider>(html`<salary-slider locale=${locale} .data=${authored(currency)}></salary-slider>`);
        await el.updateComplete;
        const input = field(el);
        expect(input.value.replace(/\s/g, ' ')).to.equal(shown);
        for (const [text, figure] of typed) {
          el.value = 50000;
          await el.updateComplete;
          const detail = await commit(el, input, text);
          expect(detail.value, text).to.equal(figure);
          expect([slider(el).value, input.value], text).to.deep.equal([`${figure}`, formatted(locale, currency, figure)]);
        }
        // Millions, on a scale that reaches them.
        el.data = { ...millions, currency };
        await el.updateComplete;
        for (const [text, figure] of [
          ['1.2m', 1200000],
          ['1,25M', 1250000],
          ['1.234.567', 1230000],
          ['1,234,567', 1230000],
        ] as const)
          expect((await commit(el, input, text)).value, text).to.equal(figure);
        expect(log.errors).to.deep.equal([]);
      });

    it('reads back what it shows, in every locale: grouping in lakhs, apostrophes, narrow spaces, Arabic and Persian digits', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider value="1230000" .data=${millions}></salary-slider>`);
      for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ar-SA', 'fa-IR', 'he-IL', 'ja-JP']) {
        el.locale = locale;
        el.value = 1230000;
        await el.updateComplete;
        const input = field(el);
        const shown = input.value;
        expect(shown, locale).to.equal(formatted(locale, 'GBP', 1230000));
        el.value = 1000000;
        await el.updateComplete;
        expect((await commit(el, input, shown)).value, `${locale}: ${shown}`).to.equal(1230000);
      }
    });

    it('puts back what it cannot read, without an event or an error', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" value="62000"></salary-slider>`);
      let fired = 0;
      el.addEventListener(SALARY_CHANGE_EVENT, () => fired++);
      const input = field(el);
      for (const text of ['', 'lots', '£', '75 5', '1.2 3', '60k–80k', '60,000 or 70,000', '7a5']) {
        input.value = text;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        expect([input.value, el.value, fired], text).to.deep.equal(['£62,000', 62000, 0]);
      }
      expect(log.errors).to.deep.equal([]);
    });

    it('commits on Enter, and steps with Arrow Up and Down as the slider does', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB"></salary-slider>`);
      const input = field(el);
      input.select();
      input.focus();
      await sendKeys({ type: '82k' });
      let event = oneEvent(el, SALARY_CHANGE_EVENT);
      await sendKeys({ press: 'Enter' });
      expect(((await event) as CustomEvent<SalaryChangeDetail>).detail.value).to.equal(82000);
      await el.updateComplete;
      expect([input.value, slider(el).value]).to.deep.equal(['£82,000', '82000']);
      for (const [key, figure] of [
        ['ArrowUp', 83000],
        ['ArrowDown', 82000],
        ['ArrowDown', 81000],
      ] as const) {
        event = oneEvent(el, SALARY_CHANGE_EVENT);
        await sendKeys({ press: key });
        expect(((await event) as CustomEvent<SalaryChangeDetail>).detail.value, key).to.equal(figure);
        await el.updateComplete;
        expect([input.value, aria(el)[1]], key).to.deep.equal([formatted('en-GB', 'GBP', figure), `${formatted('en-GB', 'GBP', figure)} a year`]);
      }
      expect(el.shadowRoot!.activeElement === input).to.equal(true);
    });
  });

  describe('median and percentiles', () => {
    it('shows them as exact figures and on the bar, on example data', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${percentiles}></salary-slider>`);
      expect(log.errors).to.deep.equal([]);
      const [ml, ds] = bands(el);
      expect(ml).to.match(
        /^ML Engineer £90,000 – £130,000 a year, median £105,000, 25th–75th percentile: £95,000 – £115,000, 10th–90th percentile: £92,000 – £125,000 /,
      );
      expect(ds).to.match(/^Data Scientist £75,000 – £110,000 a year £/);
      // On the 70,000–140,000 scale: 10th–90th from 31.4% (22/70), 25th–75th from 35.7% (25/70), median at 50%.
      const [first, second] = shadow(el).querySelectorAll('[part=band]');
      const inner = [...first.querySelectorAll('.inner')].map((rect) => [rect.getAttribute('x'), rect.getAttribute('width')].map((v) => parseFloat(v!).toFixed(1)));
      expect(inner).to.deep.equal([
        ['35.7', '28.6'],
        ['31.4', '47.1'],
      ]);
      expect(first.querySelector('.median')!.getAttribute('x1')).to.equal('50%');
      expect(second.querySelectorAll('.inner, .median')).to.have.length(0);
      // The percentiles are darker than the band (one layer for 10th–90th, two for 25th–75th); the median tick stands out on it.
      expect(getComputedStyle(first.querySelector('.inner')!).fill).to.match(/^rgba\(0, 0, 0, 0\.33/);
      expect(getComputedStyle(first.querySelector('.median')!).stroke).to.equal('rgb(255, 255, 255)');
      const forced = mediaRules(el, '(forced-colors: active)');
      expect(forced).to.match(/\.inner \{ fill: canvastext; fill-opacity: 0\.3; \}/i);
      expect(forced).to.match(/\.median \{ stroke: canvas; \}/i);
      // They are in the change event's bands too.
      const detail = await commit(el, slider(el), '100000');
      expect(detail.bands[0]).to.include({ p10: 92000, p25: 95000, median: 105000, p75: 115000, p90: 125000, position: 'lower' });
    });

    it('lets the percentile labels be replaced, and formats them in the locale', async () => {
      const el = await fixture<SalarySlider>(
        html`<salary-slider locale="de-DE" currency="EUR" .data=${percentiles} .strings=${{ year: 'im Jahr', median: 'Median', p25: '25.–75. Perzentil', p10: '10.–90. Perzentil' }}></salary-slider>`,
      );
      await el.updateComplete;
      expect(bands(el)[0]).to.match(/^ML Engineer 90\.000–130\.000 € im Jahr, Median 105\.000 €, 25\.–75\. Perzentil: 95\.000–115\.000 €, 10\.–90\. Perzentil: 92\.000–125\.000 € /);
    });

    it('leaves out a bad median or percentile, naming the band and field, and keeps the band', async () => {
      const band = { role: 'ML Engineer', min: 90000, max: 130000 };
      const data = {
        roles: ['ML Engineer'],
        bands: [
          { ...band, p25: '95k', p75: 115000, median: 105000 },
          { ...band, p10: -5, p90: 125000, p25: 95000, p75: 115000 },
          { ...band, p25: 95000, p75: 140000, median: 80000 },
          { ...band, p25: 110000, median: 100000, p75: 120000 },
          { ...band, p10: 92000, p25: 95000, p75: 115000 },
        ],
      };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${data}></salary-slider>`);
      const joined = log.errors.join('\n');
      const order = 'must be from min to max, in the order p10, p25, median, p75, p90';
      expect(joined).to.contain('bands[0].p25 must be a number; got a string (in the data property)');
      expect(joined).to.contain('bands[0].p75 needs p25 too');
      expect(joined).to.contain(`bands[1].p10 ${order}; got -5`);
      expect(joined).to.contain('bands[1].p90 needs p10 too');
      expect(joined).to.contain(`bands[2].median ${order}; got 80000`);
      expect(joined).to.contain(`bands[2].p75 ${order}; got 140000`);
      expect(joined).to.contain('bands[2].p25 needs p75 too');
      expect(joined).to.contain(`bands[3].median ${order}; got 100000`);
      expect(joined).to.contain('bands[4].p10 needs p90 too');
      expect(log.errors).to.have.length(9);
      // Every band stays, with what was valid in it.
      expect(el.data!.bands.map(({ role, min, max, ...rest }) => [role, min, max, rest])).to.deep.equal([
        ['ML Engineer', 90000, 130000, { median: 105000 }],
        ['ML Engineer', 90000, 130000, { p25: 95000, p75: 115000 }],
        ['ML Engineer', 90000, 130000, {}],
        ['ML Engineer', 90000, 130000, { p25: 110000, p75: 120000 }],
        ['ML Engineer', 90000, 130000, { p25: 95000, p75: 115000 }],
      ]);
      expect(bands(el)[0]).to.match(/^ML Engineer £90,000 – £130,000 a year, median £105,000 £/);
    });
  });

  describe('levels and locations', () => {
    it('names the level and location shown as the locale lists them (Intl.ListFormat)', async () => {
      // Example data, not from the seed: one band at a level in a city, in Arabic.
      const data = { currency: 'SAR', roles: ['عالم بيانات'], bands: [{ role: 'عالم بيانات', level: 'متوسط', location: 'الرياض', min: 55000, max: 80000 }] };
      for (const locale of ['en-GB', 'ar', 'he']) {
        const el = await fixture<SalarySlider>(html`<salary-slider locale=${locale} .data=${data}></salary-slider>`);
        await el.updateComplete;
        expect(scope(el), locale).to.equal(new Intl.ListFormat(locale, { type: 'unit' }).format(['متوسط', 'الرياض']));
      }
      // Arabic joins them with its "and" (و), not an English comma.
      expect(new Intl.ListFormat('ar', { type: 'unit' }).format(['a', 'b'])).not.to.equal('a, b');
    });

    it('offers a chooser for each, in the order of the data, and switches the bands', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${levels}></salary-slider>`);
      const [level, location] = [...shadow(el).querySelectorAll('select')];
      expect(textOf(level.closest('label'))).to.match(/^Level/);
      expect([...level.options].map((o) => o.text)).to.deep.equal(['Mid-level', 'Senior']);
      expect([...location.options].map((o) => o.text)).to.deep.equal(['London', 'Manchester']);
      // One scale for every band in the data: 45,000–130,000 becomes 40,000–140,000.
      expect([slider(el).min, slider(el).max]).to.deep.equal(['40000', '140000']);
      level.focus();
      level.value = 'Senior';
      level.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.level).to.equal('Senior');
      expect(scope(el)).to.equal('Senior, London');
      expect(bands(el)[0]).to.match(/^ML Engineer £90,000 – £130,000 a year, median £105,000/);
      expect(bands(el)[1]).to.match(/^Data Scientist £75,000 – £110,000 a year/);
      location.value = 'Manchester';
      location.dispatchEvent(new Event('change'));
      await el.updateComplete;
      // Senior has no Manchester bands, so no band is shown, and the choice stays.
      expect(bands(el)).to.deep.equal([]);
      level.value = 'Mid-level';
      level.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(bands(el)[0]).to.match(/^ML Engineer £50,000 – £75,000 a year/);
      const event = oneEvent(el, SALARY_CHANGE_EVENT);
      slider(el).dispatchEvent(new Event('change'));
      const { detail } = (await event) as CustomEvent<SalaryChangeDetail>;
      expect([detail.level, detail.location]).to.deep.equal(['Mid-level', 'Manchester']);
      await expect(el).to.be.accessible();
    });

    it('takes the first level and location from attributes', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" level="Senior" location="London" .data=${levels}></salary-slider>`);
      expect(shadow(el).querySelector('select')!.value).to.equal('Senior');
      expect(bands(el)[1]).to.match(/^Data Scientist £75,000 – £110,000 a year/);
      el.level = 'Principal';
      await el.updateComplete;
      expect(bands(el)[1]).to.match(/^Data Scientist £55,000 – £80,000 a year/);
    });

    it('can be chosen with the keyboard', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${levels}></salary-slider>`);
      shadow(el).querySelector('select')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(el.level).to.equal('Senior');
      expect(bands(el)[0]).to.match(/^ML Engineer £90,000 – £130,000/);
    });
  });

  describe('content', () => {
    it('with many roles, lays out the bands after the 50th only near the screen, and keeps them all up to date', async () => {
      // Example data: not from the seed article.
      const roles = Array.from({ length: 60 }, (_, i) => `Example role ${i + 1}`);
      const data = { roles, bands: roles.map((role, i) => ({ role, min: 40000 + i * 500, max: 90000 })) };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" value="60000" .data=${data}></salary-slider>`);
      const items = [...shadow(el).querySelectorAll<HTMLElement>('[part=band]')];
      expect([items[0], items[49], items[50], items[59]].map((li) => getComputedStyle(li).contentVisibility)).to.deep.equal(['visible', 'visible', 'auto', 'auto']);
      const short = await fixture<SalarySlider>(html`<salary-slider></salary-slider>`);
      expect([...shadow(short).querySelectorAll('[part=band]')].map((li) => getComputedStyle(li).contentVisibility)).to.deep.equal(['visible', 'visible']);
      // A step reaches every band, laid out or not; the last one, scrolled to, shows it.
      el.value = 85000;
      await el.updateComplete;
      expect(bands(el)[59]).to.match(/^Example role 60 £69,500 – £90,000 a year.*£85,000 a year is in the upper third of the band\.$/);
      items[59].scrollIntoView();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(items[59].querySelector('svg')!.getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('takes the data property, and returns the checked content in use', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${levels}></salary-slider>`);
      expect(textOf(shadow(el).querySelector('[part=note]'))).to.equal('Salaries by level: example data.');
      expect(el.data?.bands).to.have.length(6);
      expect(shadow(el).querySelector('[part=source]')).to.be.null;
    });

    it('keeps a data property set before the element upgrades', async () => {
      const el = document.createElement('ss-early') as SalarySlider;
      el.data = levels;
      document.body.append(el);
      SalarySlider.define('ss-early');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('select')).to.have.length(2);
      el.remove();
    });

    it('reads a child JSON script, and follows changes to it', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB">
        <script type="application/json">
          { "roles": ["Designer"], "bands": [{ "role": "Designer", "min": 40000, "max": 60000 }] }
        </script>
      </salary-slider>`);
      expect(bands(el)).to.have.length(1);
      expect(bands(el)[0]).to.match(/^Designer £40,000 – £60,000 a year/);
      el.querySelector('script')!.textContent = JSON.stringify(levels);
      await until(() => bands(el).length === 2, 2000, 'the new JSON');
    });

    it('loads JSON from src, with a loading state and a ck-load event', async () => {
      const el = document.createElement('salary-slider');
      const loaded = oneEvent(el, 'ck-load');
      el.src = '/tests/fixtures/salary-slider-bands.json';
      el.locale = 'de-DE';
      document.body.append(el);
      await el.updateComplete;
      // The loading message, in the reader's language (German, loaded on demand).
      expect(textOf(shadow(el).querySelector('[part=status]'))).not.to.be.oneOf(['', 'Loading…']);
      await loaded;
      await el.updateComplete;
      // The data's currency and period (euros per day, in German words), for a German reader.
      expect(bands(el)[0]).to.match(/^ML Engineer 500–700 € (?!a day)/);
      expect(aria(el)[0]).to.equal('700');
      expect(aria(el)[1]).to.match(/^700 € (?!a day)/);
      expect([slider(el).min, slider(el).max, slider(el).step]).to.deep.equal(['400', '1000', '10']);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows an error state when src fails', async () => {
      const el = document.createElement('salary-slider');
      const failed = oneEvent(el, 'ck-error');
      el.src = '/tests/fixtures/missing-salaries.json';
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect(textOf(shadow(el).querySelector('[role=alert]'))).to.equal('Sorry, this content could not be loaded.');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('writes one band with attributes alone: job, min, max, level, location, currency, period', async () => {
      const el = await fixture<SalarySlider>(
        html`<salary-slider locale="en-US" job="Data Scientist" min="420" max="610" level="Senior" location="Remote" currency="USD" period="day" value="500"></salary-slider>`,
      );
      expect(scope(el)).to.equal('Senior, Remote');
      expect(bands(el)).to.have.length(1);
      expect(bands(el)[0]).to.match(/^Data Scientist \$420 – \$610 a day/);
      expect(bands(el)[0]).to.match(/\$500 a day is in the middle third of the band\.$/);
      expect(aria(el)).to.deep.equal(['500', '$500 a day']);
      el.setAttribute('max', '800');
      await el.updateComplete;
      expect(bands(el)[0]).to.match(/\$420 – \$800 a day/);
      expect(log.errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('lets every visible string be replaced', async () => {
      const strings = { label: 'Ton salaire', level: 'Niveau', year: 'par an', upper: 'est dans le tiers haut' };
      const el = await fixture<SalarySlider>(
        html`<salary-slider locale="fr-FR" .data=${{ ...levels, strings: { location: 'Ort', level: 'Stufe' } }} .strings=${strings}></salary-slider>`,
      );
      expect(textOf(field(el).closest('label'))).to.equal('Ton salaire');
      expect(slider(el).getAttribute('aria-label')).to.equal('Ton salaire');
      // The property wins over the content's strings, which win over the defaults.
      expect([...shadow(el).querySelectorAll('select')].map((s) => textOf(s.closest('label')).split(' ')[0])).to.deep.equal(['Niveau', 'Ort']);
      expect(aria(el)[1]).to.equal('90 000 £GB par an');
      expect(bands(el)[0]).to.match(/^ML Engineer 65 000–95 000 £GB par an 90 000 £GB par an est dans le tiers haut\.$/);
    });
  });

  describe('formatting', () => {
    // Author content in the locale (the seed itself is always en-GB); its words are the locale's too.
    const cases: [string, string, string, string][] = [
      ['en-GB', 'GBP', '£65,000 – £95,000 a year', '£75,000 a year'],
      ['en-US', 'USD', '$65,000 – $95,000 a year', '$75,000 a year'],
      ['de-DE', 'EUR', '65.000–95.000 € ', '75.000 € '],
    ];
    for (const [locale, currency, range, valuetext] of cases)
      it(`formats ${currency} in ${locale}`, async () => {
        const el = await fixture<SalarySlider>(html`<salary-slider locale=${locale} currency=${currency} .data=${authored('GBP')}></salary-slider>`);
        await el.updateComplete;
        expect(bands(el)[0]).to.contain(`ML Engineer ${range}`);
        expect(aria(el)[1]!.startsWith(valuetext), aria(el)[1]!).to.equal(true);
        expect(log.errors).to.deep.equal([]);
      });

    for (const [locale, date] of [
      ['en-GB', '3 May 2026'],
      ['en-US', 'May 3, 2026'],
      ['de-DE', '3. Mai 2026'],
    ])
      it(`gives the source's "as of" date in ${locale}`, async () => {
        const el = await fixture<SalarySlider>(html`<salary-slider locale=${locale} .data=${authored('GBP')}></salary-slider>`);
        await el.updateComplete;
        expect(textOf(shadow(el).querySelector('[part=source]'))).to.match(
          new RegExp(`^\\S+: Data Scientist vs ML Engineer: Which Path Is Right for You\\?, Alex Morgan, ${date}$`),
        );
      });

    const axes: [string, string, string, string][] = [
      ['en-GB', 'GBP', '£50,000 £100,000', '£50k £100k'],
      ['en-US', 'USD', '$50,000 $100,000', '$50K $100K'],
      // German has no short form for thousands.
      ['de-DE', 'EUR', '50.000 € 100.000 €', '50.000 € 100.000 €'],
    ];
    for (const [locale, currency, full, compact] of axes)
      it(`labels the axis in full, and compactly in a 280px container, in ${locale} ${currency}`, async () => {
        for (const [width, labels] of [
          [760, full],
          [280, compact],
        ] as const) {
          const el = await fixture<SalarySlider>(html`<salary-slider locale=${locale} currency=${currency} style="width: ${width}px" .data=${authored('GBP')}></salary-slider>`);
          await el.updateComplete;
          // Engines' locale data differ on the case of en-GB's "k".
          expect(visibleAxis(el).toLowerCase(), `${width}px`).to.equal(labels.toLowerCase());
          // The text and aria-valuetext stay in full.
          expect(aria(el)[1]!.startsWith(textOf(document.createTextNode(formatted(locale, currency, 75000))) + ' ')).to.equal(true);
          expect(bands(el)[0]).to.contain(textOf(document.createTextNode(formatted(locale, currency, 95000))));
        }
      });

    it('keeps compact labels exact: "$1.1M", not "$1M"', async () => {
      const data = { roles: ['CEO'], bands: [{ role: 'CEO', min: 1150000, max: 1480000 }] };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-US" currency="USD" .data=${data} style="width: 280px"></salary-slider>`);
      expect([slider(el).min, slider(el).max]).to.deep.equal(['1100000', '1600000']);
      expect(visibleAxis(el)).to.equal('$1.1M $1.6M');
      el.value = 1250000;
      await el.updateComplete;
      expect(aria(el)[1]).to.equal('$1,250,000 a year');
    });

    it('makes each number format and range once: a second slider with the same content, and a step, make none', async () => {
      const calls: string[] = [];
      const { NumberFormat } = Intl;
      const { formatRange } = NumberFormat.prototype;
      Intl.NumberFormat = new Proxy(NumberFormat, { construct: (...args) => (calls.push('NumberFormat'), Reflect.construct(...args)) });
      NumberFormat.prototype.formatRange = function (this: Intl.NumberFormat, ...args: Parameters<typeof formatRange>) {
        calls.push('formatRange');
        return formatRange.apply(this, args);
      };
      try {
        const data = () => ({ ...authored('NZD'), bands: percentiles.bands });
        const first = await fixture<SalarySlider>(html`<salary-slider locale="en-NZ" .data=${data()}></salary-slider>`);
        expect(calls.filter((call) => call == 'formatRange').length, calls.join()).to.equal(4);
        calls.length = 0;
        const el = await fixture<SalarySlider>(html`<salary-slider locale="en-NZ" .data=${data()}></salary-slider>`);
        expect(bands(el), 'the same text').to.deep.equal(bands(first));
        expect(bands(el)[0]).to.contain('$90,000 – $130,000 a year, median $105,000');
        await commit(el, slider(el), '100000');
        expect(calls).to.deep.equal([]);
      } finally {
        Intl.NumberFormat = NumberFormat;
        NumberFormat.prototype.formatRange = formatRange;
      }
    });

    it('follows the nearest lang when there is no locale attribute', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="de-DE"><salary-slider currency="EUR" .data=${authored('GBP')}></salary-slider></div>`);
      const el = wrap.querySelector('salary-slider')!;
      await el.updateComplete;
      expect(bands(el)[0]).to.contain('65.000–95.000 €');
      expect(aria(el)[1]).to.match(/^75\.000 € /);
    });
  });

  describe('bad data', () => {
    it('reports strings that are not text and keeps the defaults for them', async () => {
      const trap = { _$litType$: 1, strings: ['<img src=x>'], values: [] };
      const data = {
        roles: ['ML Engineer'],
        bands: [{ role: 'ML Engineer', min: 65000, max: 95000 }],
        strings: { year: trap, median: 'middle' },
      };
      const el = await fixture<SalarySlider>(html`<salary-slider .data=${data}></salary-slider>`);
      expect(log.errors.some((e) => e.includes('strings.year must be text; got an object'))).to.be.true;
      expect(bands(el)[0]).to.contain('a year');
      expect(shadow(el).querySelector('img')).to.be.null;
    });

    it('leaves out each bad band, naming the band and field, and shows the rest', async () => {
      const data = {
        roles: ['ML Engineer', 'Data Scientist'],
        bands: [
          { role: 'ML Engineer', min: 95000, max: 65000 },
          { role: 'ML Engineer', min: -1, max: 65000 },
          { role: 'ML Engineer', min: '65k', max: 95000 },
          { role: 'Data Scientist', min: 55000 },
          { role: 'Astronaut', min: 1, max: 2 },
          { role: 'Data Scientist', min: 55000, max: 80000 },
        ],
      };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${data}></salary-slider>`);
      const joined = log.errors.join('\n');
      expect(joined).to.contain('bands[0].min must not be above max (in the data property)');
      expect(joined).to.contain('bands[1].min must not be negative');
      expect(joined).to.contain('bands[2].min must be a number; got a string');
      expect(joined).to.contain('bands[3].max is missing; expected a number');
      expect(joined).to.contain('bands[4].role must be one of the roles; got "Astronaut"');
      expect(log.errors.every((e) => e.startsWith('<salary-slider>'))).to.be.true;
      expect(bands(el)).to.have.length(1);
      expect(bands(el)[0]).to.match(/^Data Scientist £55,000 – £80,000 a year/);
      await expect(el).to.be.accessible();
    });

    it('takes a currency code in any case, from the attribute or the content', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" currency="eur"></salary-slider>`);
      expect(bands(el)[0]).to.match(/^ML Engineer €65,000 – €95,000 a year/);
      expect(aria(el)[1]).to.equal('€75,000 a year');
      el.removeAttribute('currency');
      el.data = { ...percentiles, currency: 'Usd' };
      await el.updateComplete;
      // en-GB writes dollars as "US$"; engines differ on how a range repeats it, so compare single figures.
      expect(bands(el)[0]).to.contain(`median ${formatted('en-GB', 'USD', 105000)}`);
      expect(aria(el)[1]).to.equal(`${formatted('en-GB', 'USD', 105000)} a year`);
      expect(log.errors).to.deep.equal([]);
    });

    it('reports a currency code that is not ISO 4217, in any case', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" currency="pounds"></salary-slider>`);
      expect(log.errors.filter((e) => e.includes('currency must be an ISO 4217 code; got pounds.'))).to.have.length(1);
      expect(bands(el)[0]).to.match(/^ML Engineer 65,000–95,000 a year/);
    });

    it('reports an unknown currency once, and shows plain figures', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" currency="XYZ"></salary-slider>`);
      el.value = 70000;
      await el.updateComplete;
      expect(log.errors.filter((e) => e.includes('currency must be an ISO 4217 code; got XYZ'))).to.have.length(1);
      expect(bands(el)[0]).to.match(/^ML Engineer 65,000–95,000 a year/);
      expect(aria(el)[1]).to.equal('70,000 a year');
    });

    it('reports a period other than year or day', async () => {
      await fixture<SalarySlider>(html`<salary-slider period="week"></salary-slider>`);
      await fixture<SalarySlider>(html`<salary-slider .data=${{ ...percentiles, period: 'month' }}></salary-slider>`);
      expect(log.errors.filter((e) => /period must be year or day; got (week|month)\./.test(e))).to.have.length(2);
    });

    it('links an http(s) source only, and reports any other URL', async () => {
      const source = { title: 'Salary survey (example)', author: 'A Recruiter', date: '2026-01-31' };
      const el = await fixture<SalarySlider>(html`<salary-slider locale="en-GB" .data=${{ ...percentiles, source: { ...source, url: 'https://example.com/survey' } }}></salary-slider>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part=source] a')!;
      expect([link.href, textOf(link)]).to.deep.equal(['https://example.com/survey', 'Salary survey (example)']);
      expect(textOf(shadow(el).querySelector('[part=source]'))).to.equal('Source: Salary survey (example), A Recruiter, 31 January 2026');
      // In the text's colour, as in the other widgets, not the browser's link blue.
      el.style.color = 'rgb(10, 120, 30)';
      expect(getComputedStyle(link).color).to.equal('rgb(10, 120, 30)');
      el.data = { ...percentiles, source: { ...source, url: 'javascript:alert(1)' } };
      await el.updateComplete;
      expect(shadow(el).querySelector('[part=source] a')).to.be.null;
      expect(log.errors.some((e) => e.includes('source.url must be an http(s) URL; got a string (in the data property)'))).to.be.true;
    });

    it('reports bad attributes in the one-band case', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider job="Data Scientist" min="lots" max="80000"></salary-slider>`);
      expect(log.errors.some((e) => e.includes('bands[0].min must be a number; got a string (in the HTML)'))).to.be.true;
      expect(textOf(shadow(el).querySelector('[part=message]'))).to.equal('There is nothing to show here yet.');
      await expect(el).to.be.accessible();
    });

    it('shows a polite message when no band is left, and throws nothing', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider .data=${{ roles: ['A'], bands: [{ role: 'B', min: 1, max: 2 }] }}></salary-slider>`);
      expect(textOf(shadow(el).querySelector('[part=message]'))).to.equal('There is nothing to show here yet.');
      expect(log.errors.some((e) => e.includes('bands[0].role must be one of the roles; got "B"'))).to.be.true;
    });

    it('reports missing or malformed bands', async () => {
      await fixture(html`<salary-slider .data=${{ roles: ['A'] }}></salary-slider>`);
      const el = await fixture<SalarySlider>(html`<salary-slider .data=${{ roles: ['A'], bands: ['A', { role: 'A', min: 1, max: 2 }] }}></salary-slider>`);
      expect(log.errors.some((e) => e.includes('bands is missing; expected a list'))).to.be.true;
      expect(log.errors.filter((e) => e.includes('bands[0] must be an object; got a string'))).to.have.length(1);
      expect(bands(el)).to.have.length(1);
    });

    it('renders HTML in content as text, never as elements', async () => {
      const attack = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<SalarySlider>(
        html`<salary-slider .data=${{ roles: [attack], bands: [{ role: attack, level: attack, min: 1, max: 2 }], note: attack, source: { title: attack } }}></salary-slider>`,
      );
      expect(textOf(shadow(el).querySelector('[part=note]'))).to.equal(attack);
      expect(textOf(shadow(el).querySelector('[part=source]'))).to.equal(`Source: ${attack}`);
      expect(bands(el)[0].startsWith(attack)).to.be.true;
      expect(shadow(el).querySelector('img')).to.be.null;
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('layout and theme', () => {
    for (const theme of ['light', 'dark'] as const)
      it(`is accessible with theme="${theme}", with choosers, at 280px and 760px`, async () => {
        for (const width of [280, 760]) {
          const wrap = await fixture<HTMLDivElement>(
            html`<div style="width: ${width}px"><salary-slider theme=${theme} .data=${levels}></salary-slider></div>`,
          );
          const el = wrap.querySelector('salary-slider')!;
          await el.updateComplete;
          expect(getComputedStyle(el).backgroundColor).to.equal(theme === 'dark' ? 'rgb(23, 25, 29)' : 'rgb(255, 255, 255)');
          await expect(el).to.be.accessible();
          for (const node of shadow(el).querySelectorAll('[part=band], [part=slider], select, svg'))
            expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(el.getBoundingClientRect().right + 1);
        }
      });

    for (const theme of ['light', 'dark'] as const)
      it(`is accessible in every state with theme="${theme}"`, async () => {
        const fetch = window.fetch;
        // Each state, and what shows that the widget is in it.
        const states: [string, ReturnType<typeof html>, string][] = [
          ['default', html`<salary-slider theme=${theme}></salary-slider>`, '[part=slider]'],
          ['percentiles', html`<salary-slider theme=${theme} .data=${percentiles} value="140000"></salary-slider>`, '.inner'],
          ['one band', html`<salary-slider theme=${theme} job="Data Scientist" min="55000" max="80000" period="day"></salary-slider>`, '[part=band]'],
          ['no band left', html`<salary-slider theme=${theme} .data=${{ roles: ['A'], bands: [{ role: 'B', min: 1, max: 2 }] }}></salary-slider>`, '[part=message]'],
          ['load error', html`<salary-slider theme=${theme} src="/tests/fixtures/missing-salaries.json"></salary-slider>`, '[role=alert]'],
          ['loading', html`<salary-slider theme=${theme} src="/never.json"></salary-slider>`, '[part=status]:not(:empty)'],
        ];
        try {
          for (const [state, template, shows] of states) {
            // Loading lasts as long as the fetch, so this one never answers.
            if (state == 'loading') window.fetch = () => new Promise(() => {});
            const el = await fixture<SalarySlider>(template);
            await until(() => shadow(el).querySelector(shows), 3000, state);
            await expect(el, state).to.be.accessible();
          }
        } finally {
          window.fetch = fetch;
        }
      });

    it('colours each role from a custom property', async () => {
      const el = await fixture<SalarySlider>(html`<salary-slider style="--ck-salary-slider-role-2: rgb(1, 2, 3)"></salary-slider>`);
      const [ml, ds] = [...shadow(el).querySelectorAll('.band')].map((bar) => getComputedStyle(bar).fill);
      expect(ml).to.equal('rgb(59, 116, 224)');
      expect(ds).to.equal('rgb(1, 2, 3)');
      // In forced colours, one system colour replaces the role colours (a rule as specific as theirs, and later).
      const forced = mediaRules(el, '(forced-colors: active)');
      expect(forced).to.match(/(^|\n)\.band \{ fill: graytext; \}\n/i);
    });

    it('leaves the controls out of print, keeping the bands and sentences', () => {
      const el = document.createElement('salary-slider');
      document.body.append(el);
      expect(mediaRules(el, 'print')).to.match(/^input, \.axis, label \{ display: none; \}$/);
      el.remove();
    });
  });

  describe('CDN file', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    it('works from cdn/salary-slider.js on a plain page under a strict CSP (run after `npm run build`)', async () => {
      const frame = await loadPage('/tests/pages/salary-slider-cdn.html');
      const win = frame.contentWindow as Window & typeof globalThis & { violations: string[]; pageErrors: string[] };
      const el = win.document.querySelector('salary-slider')!;
      await until(() => el.shadowRoot?.querySelector('[part=slider]'), 5000, 'the upgrade');
      const text = textOf(el.shadowRoot);
      for (const figure of ['£65,000', '£95,000', '£55,000', '£80,000']) expect(text).to.contain(figure);
      win.document.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const range = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(range.getAttribute('part')).to.equal('slider');
      const before = +range.getAttribute('aria-valuenow')!;
      await sendKeys({ press: 'ArrowRight' });
      await until(() => +range.getAttribute('aria-valuenow')! > before, 2000, 'Right Arrow');
      await sendKeys({ press: 'End' });
      await until(() => range.getAttribute('aria-valuenow') === range.max, 2000, 'End');
      expect(range.getAttribute('aria-valuetext')).to.contain('£');
      expect(win.violations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
    });
  });
});
