import type { Source } from '@careerkit/core';

/**
 * One salary band: what a role pays at a level, in a location. Every figure
 * is in `currency` per `period`. Percentiles are optional and come in pairs
 * (`p25` with `p75`, `p10` with `p90`); with `min`, `median` and `max` they
 * must be in order: min ≤ p10 ≤ p25 ≤ median ≤ p75 ≤ p90 ≤ max.
 *
 * ```json
 * { "role": "ML Engineer", "level": "Senior", "location": "London",
 *   "min": 90000, "p25": 98000, "median": 105000, "p75": 115000, "max": 130000 }
 * ```
 */
export interface SalaryBand {
  /** The role: one of `roles`. */
  role: string;
  /** Seniority, such as "Mid-level". A band without one applies at every level. */
  level?: string;
  /** Place, such as "London". A band without one applies in every location. */
  location?: string;
  /** Bottom of the band, in `currency` per `period`. */
  min: number;
  /** Top of the band. */
  max: number;
  /** The median (the 50th percentile), when known: given after the range ("median £70,000") and ticked on the bar. */
  median?: number;
  /** 25th percentile: a quarter of the salaries are below it. With `p75`: "25th–75th percentile: £60,000–£72,000", and a darker segment on the bar. */
  p25?: number;
  /** 75th percentile: a quarter of the salaries are above it. */
  p75?: number;
  /** 10th percentile. With `p90`: "10th–90th percentile: £58,000–£85,000", and a dark segment on the bar. */
  p10?: number;
  /** 90th percentile. */
  p90?: number;
}

/**
 * Where the figures come from, shown as "Source: title, author, date": `date` is the
 * "as of" date, an ISO date (`2026-05-03`) shown in the widget's language ("3 May 2026");
 * `url`, if http(s), links the title.
 */
export type SalarySliderSource = Source;

/** Every string the widget shows that is not content. */
export interface SalarySliderStrings {
  /** Label of the slider and of the number field. */
  label: string;
  /** Label of the level chooser. */
  level: string;
  /** Label of the location chooser. */
  location: string;
  /** After an amount per year: "£72,000 a year". Also in the slider's `aria-valuetext`. */
  year: string;
  /** After an amount per day: "£500 a day". */
  day: string;
  /** Before a band's median: "median £70,000". */
  median: string;
  /** Before a band's 25th to 75th percentiles: "25th–75th percentile: £60,000–£72,000". */
  p25: string;
  /** Before a band's 10th to 90th percentiles. */
  p10: string;
  /** After the figure, under each band, when the figure is under the band: "£50,000 a year is below the band." */
  below: string;
  /** …in the band's lower third. */
  lower: string;
  /** …in the band's middle third. */
  middle: string;
  /** …in the band's upper third. */
  upper: string;
  /** …over the band. */
  above: string;
  /** Prefix of the source line. */
  source: string;
}

/**
 * The content schema of `<salary-slider>`: the `data` property, the JSON
 * script and `src` all take it.
 */
export interface SalarySliderData {
  /** ISO 4217 code, in any case (`GBP`, the default; `USD`, `eur`…). The `currency` attribute wins. */
  currency?: string;
  /** `year` (salaries, the default) or `day` (contractors' day rates). The `period` attribute wins. */
  period?: 'year' | 'day';
  /** The role names, in the order they are shown. */
  roles: string[];
  /** Bands per role, level and location. Levels and locations keep the order they first appear in. */
  bands: SalaryBand[];
  /** A paragraph after the bands. */
  note?: string;
  source?: SalarySliderSource;
  strings?: Partial<SalarySliderStrings>;
}

/** Where a figure sits in a band. */
export type SalaryPosition = 'below' | 'lower' | 'middle' | 'upper' | 'above';

/** Fired when the reader commits a figure: a key press on the slider, the end of a drag, or a change in the number field (the `change` event, not every `input`). */
export const SALARY_CHANGE_EVENT = 'ck-salary-change';

export interface SalaryChangeDetail {
  /** The figure, in the content's currency per period. */
  value: number;
  /** The level shown, if the bands have levels. */
  level?: string;
  /** The location shown, if the bands have locations. */
  location?: string;
  /** Each band shown, in role order, with where the figure sits in it. */
  bands: (SalaryBand & { position: SalaryPosition })[];
}

// The core's `ck-load` and `ck-error`, re-exported so that every type of this package's events comes from it.
export type { LoadDetail, ErrorDetail } from '@careerkit/core';

// On GlobalEventHandlersEventMap, so that listeners on the element, `document` and `window` are typed.
declare global {
  interface GlobalEventHandlersEventMap {
    /** The reader committed a figure. */
    'ck-salary-change': CustomEvent<SalaryChangeDetail>;
  }
}

/** Every event `<salary-slider>` fires, by name, with its `detail` type (`ck-load` and `ck-error` included). */
export type SalarySliderEventMap = Pick<GlobalEventHandlersEventMap, 'ck-salary-change' | 'ck-load' | 'ck-error'>;
