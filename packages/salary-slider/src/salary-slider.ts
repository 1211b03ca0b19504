import { html, nothing, svg, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CkElement, baseStyles, check, memo, renderSource, sourceSchema, type Report, type Schema, type StatusStrings } from '@careerkit/core';
import { styles } from './salary-slider.styles.js';
import { defaultContent } from './salary-slider.content.js';
import {
  SALARY_CHANGE_EVENT,
  type SalaryBand,
  type SalaryChangeDetail,
  type SalaryPosition,
  type SalarySliderData,
  type SalarySliderStrings,
} from './salary-slider.types.js';

const defaultStrings: SalarySliderStrings = {
  label: 'Your salary',
  level: 'Level',
  location: 'Location',
  year: 'a year',
  day: 'a day',
  median: 'median',
  p25: '25th–75th percentile',
  p10: '10th–90th percentile',
  below: 'is below the band',
  lower: 'is in the lower third of the band',
  middle: 'is in the middle third of the band',
  upper: 'is in the upper third of the band',
  above: 'is above the band',
  source: 'Source',
};

const bandSchema: Schema = {
  role: 'text',
  'level?': 'text',
  'location?': 'text',
  min: 'number',
  max: 'number',
  'p10?': 'number',
  'p25?': 'number',
  'median?': 'number',
  'p75?': 'number',
  'p90?': 'number',
};
/** The figures inside a band, in the order they must be in (from min to max). */
const inner = ['p10', 'p25', 'median', 'p75', 'p90'] as const;
/** Percentiles come in pairs: each one and the one it is shown with, as a range ("25th–75th percentile: £60,000–£72,000"). */
const pairs = { p25: 'p75', p10: 'p90', p75: 'p25', p90: 'p10' } as const;


/** Where a figure sits in a band: under it, in its lower, middle or upper third, or over it. */
const position = (value: number, min: number, max: number): SalaryPosition =>
  value < min ? 'below' : value > max ? 'above' : (['lower', 'middle', 'upper', 'upper'] as const)[Math.floor(((value - min) * 3) / (max - min || 1))];

/** The ISO 4217 codes Intl knows, read once: renderContent runs on every move of the slider. */
let currencies: string[] | undefined;

/** Number formats by locale and options, made once: renderContent runs on every move of the slider. */
const format = (locale: string, options: Intl.NumberFormatOptions) => memo(locale + JSON.stringify(options), () => new Intl.NumberFormat(locale, options));

/**
 * A figure as a person types it, in any locale: "75k", "75.5k", "£75,000", "75.000 €", "75 000", "1.2m", and in
 * the locale's own digits (`digits`: its 9 to 0, "٩٨٧…٠" in Arabic as WebKit writes it). Every separator but the last
 * groups ("7,50,000"); the last one groups three digits, else it is the decimal point. NaN when it cannot be read
 * (no digits, digits in two places, "75 5").
 */
const read = (text: string, digits: string) => {
  text = text.toLowerCase().replace(/\p{Nd}/gu, (d) => `${digits.indexOf(d) < 0 ? d : 9 - digits.indexOf(d)}`);
  // One run of digits and separators, with anything but digits around it (a currency, "a year").
  const [, run, k] = /^\D*(\d+(?:[\s.,'’٬٫]\d+)*)\s*([km]\b)?\D*$/.exec(text) ?? [];
  // Without one, +undefined is NaN.
  return +run?.replace(/\D(?=.*\D|\d{3}$)/g, '').replace(/[.,٫]/, '.') * (k == 'k' ? 1e3 : k ? 1e6 : 1);
};

/** An attribute as a number when it reads as one, else as given (so the validator names what it got). */
const number = (text?: string) => (text?.trim() && isFinite(+text) ? +text : text);

/**
 * Salary bands per role on one shared scale, for a level and a location,
 * with a slider: the reader sets a figure and sees a marker on every band and
 * a sentence per role saying where the figure sits (below the band, in its
 * lower, middle or upper third, above it). Exact figures are always text.
 * When the data has several levels or locations, the reader chooses them.
 * With many roles, the bands after the 50th are laid out only when they near
 * the screen (`content-visibility: auto`), so a slider step over 10,000 roles
 * stays quick; every band's sentence follows the figure all the same.
 *
 * The data (`SalarySliderData`): `roles`, and `bands`, each a role's `min`
 * and `max` at a `level` in a `location`, with an optional `median` and
 * optional percentiles in pairs (`p25` with `p75`, `p10` with `p90`), all in
 * `currency` per `period`. The median and percentiles are given as text
 * ("median £105,000, 25th–75th percentile: £95,000–£115,000") and drawn on
 * the bar: each pair a darker segment, the median a light tick. A figure
 * out of its band or out of order is reported and left out; the band stays.
 * The `source` line gives its "as of" `date` (ISO, `2026-05-03`) in the
 * widget's language ("3 May 2026"; "3. Mai 2026" in `de-DE`).
 *
 * With no content it shows the seed article's mid-level London salaries for
 * ML engineers and data scientists. One band can be written with attributes
 * alone: `<salary-slider job="Data Scientist" min="55000" max="80000">`
 * (`job`, not `role`, since `role` is the ARIA attribute every element has).
 *
 * The slider is a native range input, so the platform gives it the WAI-ARIA
 * slider pattern on every engine and every input (arrows move one step, Page
 * Up and Page Down a tenth of the scale, Home and End its ends, natively in
 * Chromium, Firefox and WebKit; touch and screen-reader gestures); it
 * carries `aria-valuetext` ("£72,000 a year").
 * A number field does the same without dragging: it shows the figure as the locale writes it ("£75,000",
 * "75.000 €") and reads it as people type it ("75k", "75.000", "£75,000", "1.2m"), committed on Enter or when
 * left; Arrow Up and Down step it. In right-to-left content the bars and markers mirror with the slider, so the
 * thumb and the markers agree. The scale covers every band
 * in the data in whole big steps; a step is 1,000 for salaries in the tens of
 * thousands, 10 for day rates in the hundreds. The sentences are a polite
 * live region and change once the figure has stayed put for half a second.
 *
 * The axis under the slider names the ends of the scale in full, or in a
 * container narrower than 25em compactly ("£50k").
 *
 * The widget has no heading of its own (it sits under the page's); the level
 * and location shown head the bands. Words, figures and dates are in the
 * widget's language: British English for the default content, else the `locale`
 * attribute, else the nearest `lang`.
 *
 * @tag salary-slider
 * @summary Salary bands on one scale, with a slider to place a figure in each.
 *
 * @fires {CustomEvent<SalaryChangeDetail>} ck-salary-change - The reader committed a figure (a key press or the end of a drag on the slider, a change in the number field; not every `input`); `detail` has the value, level, location and the position in each band.
 * @fires {CustomEvent<LoadDetail>} ck-load - Content from `src` has loaded.
 * @fires {CustomEvent<ErrorDetail>} ck-error - Content from `src` could not be loaded.
 *
 * @csspart base - The wrapper around everything.
 * @csspart select - The level and location choosers.
 * @csspart slider - The slider (`<input type="range">`).
 * @csspart input - The number field.
 * @csspart bands - The list of bands (a polite live region).
 * @csspart band - One role's band: its name and figures, its bar (with the percentiles darker, a light tick at the median and the marker at the reader's figure), and where the figure sits.
 * @csspart note - The paragraph after the bands.
 * @csspart source - The source line (its title a link when the source has an http(s) `url`).
 * @csspart status - The loading message.
 * @csspart message - The error or empty message.
 *
 * @cssprop [--ck-accent=#2f6fdf] - The slider, focus outlines.
 * @cssprop [--ck-text=inherit] - Text colour; also the markers.
 * @cssprop [--ck-bg=transparent] - Background.
 * @cssprop [--ck-surface=color-mix(in srgb, currentColor 6%, transparent)] - The bars' tracks.
 * @cssprop [--ck-font=inherit] - Font family.
 * @cssprop [--ck-space=1em] - Base spacing.
 * @cssprop [--ck-salary-slider-role-1=#3b74e0] - The bar of the first band shown, and of every odd one.
 * @cssprop [--ck-salary-slider-role-2=#c85a12] - The bar of the second band shown, and of every even one.
 */
export class SalarySlider extends CkElement<SalarySliderData, SalarySliderStrings> {
  static override tagName = 'salary-slider';
  static override styles = [baseStyles, styles];
  static override schema = {
    'currency?': 'text',
    'period?': 'text',
    roles: ['text'],
    // Only that it is a list of objects: each band is checked in checkContent, so that errors name it by its place in the list.
    bands: [{}],
    'note?': 'text',
    'source?': sourceSchema,
  } as const;
  static override defaults = defaultContent;
  static override defaultStrings = defaultStrings;
  static override properties: PropertyDeclarations = {
    value: { type: Number },
    level: {},
    location: {},
    currency: {},
    period: {},
    job: {},
    min: {},
    max: {},
    // Private, re-rendering state; `state: true` would make the manifest analyzer list it as an attribute.
    said: { attribute: false },
  };

  /** The reader's figure, in the content's currency per period, shown rounded to the slider's step and within the scale. The middle of the scale when absent or not a number. */
  declare value?: number;

  /** The level shown; set it to choose the first one shown. The first level in the data when absent. */
  declare level?: string;

  /** The location shown; set it to choose the first one shown. The first location in the data when absent. */
  declare location?: string;

  /** ISO 4217 currency code of the figures, in any case (`GBP`, `USD`, `eur`…); overrides the content's. */
  declare currency?: string;

  /** `year` for salaries or `day` for day rates; overrides the content's. */
  declare period?: 'year' | 'day';

  /** The role of a band written with attributes alone (with `min` and `max`). */
  declare job?: string;

  /** Bottom of a band written with attributes alone. */
  declare min?: string;

  /** Top of a band written with attributes alone. */
  declare max?: string;

  /** Replacement text for the widget's own strings. */
  declare strings?: Partial<SalarySliderStrings & StatusStrings>;

  /** The figure the sentences describe while the reader is moving the slider. */
  private said?: number;
  private timer?: ReturnType<typeof setTimeout>;
  #views = new WeakMap<SalaryBand, [Intl.NumberFormat, object, string, string, unknown]>();
  #indexed?: { content: SalarySliderData; byRole: Map<string, SalaryBand[]>; options: { level: string[]; location: string[] }; lo: number; hi: number; step: number };

  /** The one-band case: `job`, `min` and `max` attributes (with `level`, `location`, `currency` and `period`). */
  protected override fromHtml() {
    const { job: role, level, location, min, max } = this;
    return min || max ? { roles: [role], bands: [{ role, level, location, min: number(min), max: number(max) }] } : undefined;
  }

  protected override checkContent(data: SalarySliderData, report: Report, raw: { bands: unknown[] }): SalarySliderData | undefined {
    const { roles } = data;
    const known = new Set(roles);
    // A band that fails is left out, and the rest are shown.
    data.bands = raw.bands.flatMap((item, i) => {
      const band = check<SalaryBand>(bandSchema, item, report, `bands[${i}]`);
      if (!band) return [];
      const { role, min, max } = band;
      const [field, problem] = !known.has(role)
        ? ['role', `must be one of the roles; got "${role}"`]
        : min < 0
          ? ['min', 'must not be negative']
          : min > max
            ? ['min', 'must not be above max']
            : [];
      if (field) {
        report(`bands[${i}].${field}`, problem!);
        return [];
      }
      // A median or percentile out of the band or out of order, or a percentile without its pair, is left out; the band stays.
      let floor = min;
      for (const key of inner)
        if (band[key]! < floor || band[key]! > max) {
          report(`bands[${i}].${key}`, `must be from min to max, in the order p10, p25, median, p75, p90; got ${band[key]}`);
          delete band[key];
        } else floor = band[key] ?? floor;
      for (const [key, other] of Object.entries(pairs) as [keyof typeof pairs, keyof typeof pairs][])
        if (band[key] !== undefined && band[other] === undefined) {
          report(`bands[${i}].${key}`, `needs ${other} too`);
          delete band[key];
        }
      return [band];
    });
    // With no band left (each failure was reported), the polite empty message is shown.
    if (!raw.bands.length) report('bands', 'has no bands; expected at least one');
    return data.bands.length ? data : undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('job') || changed.has('min') || changed.has('max')) this.invalidateContent();
    super.willUpdate(changed);
  }

  /** What depends on the content alone, worked out once per content, not on every move of the slider. */
  #index(content: SalarySliderData) {
    if (this.#indexed?.content === content) return this.#indexed;
    const byRole = new Map<string, SalaryBand[]>();
    const options = { level: [] as string[], location: [] as string[] };
    // One scale for every band, in whole big steps (ten steps) around all the figures; a loop, as a spread of
    // many thousands of figures into Math.max would overflow the stack.
    let [low, high] = [Infinity, 50];
    for (const band of content.bands) {
      let own = byRole.get(band.role);
      if (!own) byRole.set(band.role, (own = []));
      own.push(band);
      for (const key of ['level', 'location'] as const) if (band[key] && !options[key].includes(band[key])) options[key].push(band[key]);
      low = Math.min(low, band.min);
      high = Math.max(high, band.max);
    }
    const step = 10 ** Math.floor(Math.log10(high / 50));
    const big = step * 10;
    const lo = Math.max(0, Math.floor(low / big - 0.5) * big);
    const hi = Math.ceil(high / big + 0.5) * big;
    return (this.#indexed = { content, byRole, options, lo, hi, step });
  }

  protected renderContent(content: SalarySliderData) {
    const strings = this.text;
    const locale = this.resolvedLocale;
    const code = this.currency || content.currency || 'GBP';
    // Intl takes a code in any case; its list is in capitals.
    let currency: string | undefined = code.toUpperCase();
    if (!(currencies ??= Intl.supportedValuesOf('currency')).includes(currency)) {
      this.report(`currency must be an ISO 4217 code; got ${code}.`);
      currency = undefined;
    }
    const period = this.period || content.period;
    if (period && period != 'year' && period != 'day') this.report(`period must be year or day; got ${period}.`);
    const style: Intl.NumberFormatOptions | undefined = currency ? { style: 'currency', currency } : undefined;
    const money = format(locale, { ...style, maximumFractionDigits: 0 });
    // For the axis where space is short: "£65k". Its own rounding keeps the scale's ends exact ("£1.1M", where whole units would say "£1M").
    const compact = format(locale, { ...style, notation: 'compact' });
    const unit = period == 'day' ? strings.day : strings.year;
    const per = (figure: number) => `${money.format(figure)} ${unit}`;
    const range = (from: number, to: number) => memo(`${locale} ${currency} ${from} ${to}`, () => money.formatRange(from, to));

    const { roles } = content;
    const { byRole, options, lo, hi, step } = this.#index(content);
    // The level and location shown, and a chooser for each the data has more than one of (in the order they first appear).
    const chosen: { level?: string; location?: string } = {};
    const choosers = (['level', 'location'] as const).map((key) => {
      const list = options[key];
      const value = (chosen[key] = list.includes(this[key]!) ? this[key] : list[0]);
      return list[1]
        ? html`<label
            >${strings[key]} <select part="select" @change=${(event: Event) => (this[key] = (event.target as HTMLSelectElement).value)}>
              ${list.map((option) => html`<option ?selected=${option == value}>${option}</option>`)}
            </select></label
          >`
        : nothing;
    });
    const { level, location } = chosen;
    // Each role's band at that level and location: a look-up among the role's own bands, not all of them.
    const shown = roles.flatMap(
      (role) => byRole.get(role)?.find((band) => (!band.level || band.level == level) && (!band.location || band.location == location)) ?? [],
    );

    // Every figure (the value attribute or property, the slider, the number field) is rounded to the step, as the slider
    // rounds it, and kept on the scale; only a missing or non-numeric one (null when the attribute is removed) means the middle.
    const at = (figure?: number | null) => Math.min(hi, Math.max(lo, Math.round((figure == null || isNaN(figure) ? (lo + hi) / 2 : figure) / step) * step));
    let value = at(this.value);
    const said = at(this.said ?? value);
    const x = (figure: number) => `${((figure - lo) / (hi - lo)) * 100}%`;

    /** Sets the figure; a commit also fires the change event. */
    const set = (figure: number, commit?: boolean) => {
      // While the reader moves, the sentences keep the figure they had; they follow once it has settled.
      this.said ??= value;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => (this.said = undefined), 500);
      value = this.value = at(figure);
      if (commit)
        this.emit<SalaryChangeDetail>(SALARY_CHANGE_EVENT, {
          value,
          level,
          location,
          bands: shown.map((band) => ({ ...band, position: position(value, band.min, band.max) })),
        });
    };
    // The slider: an `input` event moves the figure, a `change` commits it.
    const onInput = (event: Event) => {
      const input = event.target as HTMLInputElement;
      set(+input.value, event.type == 'change');
      input.value = `${value}`;
    };
    // The number field, in the locale's way ("£75,000", "75.000 €"): a change (Enter, leaving it) commits what it
    // reads, Arrow Up and Down step it as the slider's arrows do; what it cannot read is put back as it was.
    const onField = (event: Event) => {
      const input = event.target as HTMLInputElement;
      const key = (event as KeyboardEvent).key;
      const delta = key == 'ArrowUp' ? step : key == 'ArrowDown' ? -step : 0;
      if (key && !delta) return;
      event.preventDefault();
      const figure = read(input.value, format(locale, { useGrouping: false }).format(9876543210));
      if (figure >= 0) set(figure + delta, true);
      input.value = money.format(value);
    };

    // What a band shows that does not move with the slider (its figures as text, its bars), made once per band
    // and format: with many roles, formatting every band again on every step is most of the cost of a step.
    const view = (band: SalaryBand) => {
      let found = this.#views.get(band);
      if (found?.[0] !== money || found[1] !== strings || found[2] !== unit) {
        // Each pair of percentiles the band has: as text, and as a darker segment on the bar.
        const ranges = (['p25', 'p10'] as const).filter((low) => band[low] !== undefined).map((low) => [low, band[low]!, band[pairs[low]]!] as const);
        const text = `${range(band.min, band.max)} ${unit}${band.median === undefined ? '' : `, ${strings.median} ${money.format(band.median)}`}${ranges
          .map(([low, from, to]) => `, ${strings[low]}: ${range(from, to)}`)
          .join('')}`;
        const bars = svg`<rect width="100%" height="100%" /><rect class="band" x=${x(band.min)} width=${x(band.max - band.min + lo)} height="100%" />${ranges.map(
          ([, from, to]) => svg`<rect class="inner" x=${x(from)} width=${x(to - from + lo)} height="100%" />`,
        )}${band.median === undefined ? nothing : svg`<line class="median" x1=${x(band.median)} x2=${x(band.median)} y2="100%" />`}`;
        this.#views.set(band, (found = [money, strings, unit, text, bars]));
      }
      return found;
    };
    const marker = x(value);
    const saidText = per(said);

    // The ends of the scale, in full and compact ("£65k"); a container query shows one.
    const axis = (format: Intl.NumberFormat, kind: string) =>
      html`<p class="axis ${kind}" aria-hidden="true"><span>${format.format(lo)}</span><span>${format.format(hi)}</span></p>`;

    return html`
      ${choosers}
      ${level || location ? html`<p>${new Intl.ListFormat(locale, { type: 'unit' }).format([level, location].filter(Boolean) as string[])}</p>` : nothing}
      <input
        type="range"
        part="slider"
        aria-label=${strings.label}
        min=${lo}
        max=${hi}
        step=${step}
        .value=${value}
        aria-valuenow=${value}
        aria-valuetext=${per(value)}
        @input=${onInput}
        @change=${onInput}
      />
      ${axis(money, 'full')}${axis(compact, 'short')}
      <label
        >${strings.label} <input part="input" inputmode="decimal" .value=${money.format(value)} @change=${onField} @keydown=${onField}
      /></label>
      <ul part="bands" aria-live="polite">
        ${shown.map((band) => {
          const [, , , text, bars] = view(band);
          return html`<li part="band" aria-atomic="true">
            <b>${band.role}</b> ${text}
            <svg aria-hidden="true">
              ${bars}<line x1=${marker} x2=${marker} y1="-25%" y2="125%" />
            </svg>
            ${saidText} ${strings[position(said, band.min, band.max)]}.
          </li>`;
        })}
      </ul>
      ${content.note ? html`<p part="note">${content.note}</p>` : nothing}
      ${renderSource(content.source, strings.source, locale)}
    `;
  }
}
