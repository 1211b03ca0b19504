import { html, nothing } from 'lit/html.js';
import { CkElement, baseStyles, check, resolveLocale, type Report, type Schema, type StatusStrings, type PropertyDeclarations, type PropertyValues } from '@careerkit/core';
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
  below: 'is below the band',
  lower: 'is in the lower third of the band',
  middle: 'is in the middle third of the band',
  upper: 'is in the upper third of the band',
  above: 'is above the band',
  source: 'Source',
};

const bandSchema: Schema = { role: 'text', 'level?': 'text', 'location?': 'text', min: 'number', max: 'number', 'median?': 'number' };

const schema: Schema = {
  'currency?': 'text',
  'period?': 'text',
  roles: ['text'],
  // Only that it is a list of objects: each band is checked below, so that errors name it by its place in the list.
  bands: [{}],
  'note?': 'text',
  'source?': { title: 'text', 'author?': 'text', 'date?': 'text' },
  // Every key of defaultStrings, each optional text.
  'strings?': Object.fromEntries(Object.keys(defaultStrings).map((key) => [`${key}?`, 'text'])),
};

/** Where a figure sits in a band: under it, in its lower, middle or upper third, or over it. */
const position = (value: number, min: number, max: number): SalaryPosition =>
  value < min ? 'below' : value > max ? 'above' : (['lower', 'middle', 'upper', 'upper'] as const)[Math.floor(((value - min) * 3) / (max - min || 1))];

/** An attribute as a number when it reads as one, else as given (so the validator names what it got). */
const number = (text?: string) => (text?.trim() && isFinite(+text) ? +text : text);

/**
 * Salary bands per role on one shared scale, for a level and a location,
 * with a slider: the reader sets a figure and sees a marker on every band and
 * a sentence per role saying where the figure sits (below the band, in its
 * lower, middle or upper third, above it). Exact figures are always text.
 * When the data has several levels or locations, the reader chooses them.
 *
 * With no content it shows the seed article's mid-level London salaries for
 * ML engineers and data scientists. One band can be written with attributes
 * alone: `<salary-slider job="Data Scientist" min="55000" max="80000">`
 * (`job`, not `role`, since `role` is the ARIA attribute every element has).
 *
 * The slider is a native range input, so the platform gives it the WAI-ARIA
 * slider pattern on every engine and every input (arrows move one step, Page
 * Up and Page Down a tenth of the scale, Home and End its ends; touch and
 * screen-reader gestures); it carries `aria-valuetext` ("£72,000 a year").
 * A number field does the same without dragging. The scale covers every band
 * in the data in whole big steps; a step is 1,000 for salaries in the tens of
 * thousands, 10 for day rates in the hundreds. The sentences are a polite
 * live region and change once the figure has stayed put for half a second.
 *
 * The widget has no heading of its own (it sits under the page's); the level
 * and location shown head the bands. Figures are in the reader's locale: the
 * `locale` attribute, else the nearest `lang`.
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
 * @csspart band - One role's band: its name and figures, its bar with the marker at the reader's figure, and where the figure sits.
 * @csspart note - The paragraph after the bands.
 * @csspart source - The source line.
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
export class SalarySlider extends CkElement<SalarySliderData> {
  static override tagName = 'salary-slider';
  static override styles = [baseStyles, styles];
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

  /** The reader's figure, in the content's currency per period. The middle of the scale when absent. */
  declare value?: number;

  /** The level shown; set it to choose the first one shown. The first level in the data when absent. */
  declare level?: string;

  /** The location shown; set it to choose the first one shown. The first location in the data when absent. */
  declare location?: string;

  /** ISO 4217 currency code of the figures, in capitals (`GBP`, `USD`, `EUR`…); overrides the content's. */
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
  declare strings: Partial<SalarySliderStrings & StatusStrings>;

  /** The figure the sentences describe while the reader is moving the slider. */
  private said?: number;
  private timer?: ReturnType<typeof setTimeout>;

  protected defaultContent() {
    return defaultContent;
  }

  /** The one-band case: `job`, `min` and `max` attributes (with `level`, `location`, `currency` and `period`). */
  protected override fromHtml() {
    const { job: role, level, location, min, max } = this;
    return min || max ? { roles: [role], bands: [{ role, level, location, min: number(min), max: number(max) }] } : undefined;
  }

  protected checkContent(raw: unknown, report: Report): SalarySliderData | undefined {
    const data = check<SalarySliderData>(schema, raw, report);
    if (!data) return undefined;
    const { roles } = data;
    // A band that fails is left out, and the rest are shown.
    data.bands = (raw as { bands: unknown[] }).bands.flatMap((item, i) => {
      const band = check<SalaryBand>(bandSchema, item, report, `bands[${i}]`);
      if (!band) return [];
      const { role, min, max } = band;
      const [field, problem] = !roles.includes(role)
        ? ['role', `must be one of the roles; got "${role}"`]
        : min < 0
          ? ['min', 'must not be negative']
          : min > max
            ? ['min', 'must not be above max']
            : [];
      if (field) report(`bands[${i}].${field}`, problem!);
      return field ? [] : [band];
    });
    // With no band left (each failure was reported), the polite empty message is shown.
    return data.bands.length ? data : undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('job') || changed.has('min') || changed.has('max')) this.invalidateContent();
    super.willUpdate(changed);
  }

  protected renderContent(content: SalarySliderData) {
    const strings = { ...defaultStrings, ...content.strings, ...this.strings };
    const locale = resolveLocale(this, this.locale);
    let currency: string | undefined = this.currency || content.currency || 'GBP';
    if (!Intl.supportedValuesOf('currency').includes(currency)) {
      this.report(`currency must be an ISO 4217 code; got ${currency}.`);
      currency = undefined;
    }
    const period = this.period || content.period;
    const money = new Intl.NumberFormat(locale, { ...(currency && { style: 'currency', currency }), maximumFractionDigits: 0 });
    const unit = period == 'day' ? strings.day : strings.year;
    const per = (figure: number) => `${money.format(figure)} ${unit}`;

    const { roles, bands } = content;
    // The level and location shown, and a chooser for each the data has more than one of (in the order they first appear).
    const chosen: { level?: string; location?: string } = {};
    const choosers = (['level', 'location'] as const).map((key) => {
      const options = [...new Set(bands.map((band) => band[key]))].filter(Boolean) as string[];
      const value = (chosen[key] = options.includes(this[key]!) ? this[key] : options[0]);
      return options[1]
        ? html`<label
            >${strings[key]} <select part="select" @change=${(event: Event) => (this[key] = (event.target as HTMLSelectElement).value)}>
              ${options.map((option) => html`<option ?selected=${option == value}>${option}</option>`)}
            </select></label
          >`
        : nothing;
    });
    const { level, location } = chosen;
    const shown = roles.flatMap(
      (role) => bands.find((band) => band.role == role && (!band.level || band.level == level) && (!band.location || band.location == location)) ?? [],
    );

    // One scale for every band, in whole big steps (ten steps) around all the figures.
    const figures = bands.flatMap((band) => [band.min, band.max]);
    const step = 10 ** Math.floor(Math.log10(Math.max(...figures, 50) / 50));
    const big = step * 10;
    const lo = Math.max(0, Math.floor(Math.min(...figures) / big - 0.5) * big);
    const hi = Math.ceil(Math.max(...figures) / big + 0.5) * big;
    const at = (figure?: number) => Math.min(hi, Math.max(lo, figure! >= 0 ? figure! : Math.round((lo + hi) / 2 / step) * step));
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
    // The slider and the number field: an `input` event moves the figure, a `change` commits it.
    const onInput = (event: Event) => {
      const input = event.target as HTMLInputElement;
      if (input.value) set(+input.value, event.type == 'change');
      input.value = `${value}`;
    };

    const source = content.source;
    return html`
      ${choosers}
      ${level || location ? html`<p>${[level, location].filter(Boolean).join(', ')}</p>` : nothing}
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
      <p class="axis" aria-hidden="true"><span>${money.format(lo)}</span><span>${money.format(hi)}</span></p>
      <label
        >${strings.label} <input part="input" type="number" min=${lo} max=${hi} step=${step} .value=${value} @change=${onInput}
      /></label>
      <ul part="bands" aria-live="polite">
        ${shown.map(
          (band) => html`<li part="band" aria-atomic="true">
            <b>${band.role}</b> ${money.formatRange(band.min, band.max)} ${unit}${band.median === undefined ? '' : `, ${strings.median} ${money.format(band.median)}`}
            <svg aria-hidden="true">
              <rect width="100%" height="100%" /><rect class="band" x=${x(band.min)} width=${x(band.max - band.min + lo)} height="100%" /><line
                x1=${x(value)}
                x2=${x(value)}
                y1="-25%"
                y2="125%"
              />
            </svg>
            ${per(said)} ${strings[position(said, band.min, band.max)]}.
          </li>`,
        )}
      </ul>
      ${content.note ? html`<p part="note">${content.note}</p>` : nothing}
      ${source ? html`<p part="source">${strings.source}: ${[source.title, source.author, source.date].filter(Boolean).join(', ')}</p>` : nothing}
    `;
  }
}
