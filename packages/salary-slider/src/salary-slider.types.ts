/** One salary band: what a role pays at a level, in a location. */
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
  /** The median, when known: drawn as a tick and given as text. */
  median?: number;
}

/** Where the content comes from. */
export interface SalarySliderSource {
  title: string;
  author?: string;
  /** An ISO date (`2026-05-03`), shown in the reader's locale; other text is shown as is. */
  date?: string;
  /** An `http(s)` link to the source. */
  url?: string;
}

/** Every string the widget shows that is not content. `{x}` marks a value filled in. */
export interface SalarySliderStrings {
  /** Label of the slider and of the number field. */
  label: string;
  /** Label of the level chooser. */
  level: string;
  /** Label of the location chooser. */
  location: string;
  /** An amount per year: `{value} a year`. Also the slider's `aria-valuetext`. */
  year: string;
  /** An amount per day: `{value} a day`. */
  day: string;
  /** The median of a band: `median {value}`. */
  median: string;
  /** A position sentence: `{role}: {value} is {where}.` */
  sentence: string;
  /** `{where}` when the figure is under the band. */
  below: string;
  /** `{where}` in the band's lower third. */
  lower: string;
  /** `{where}` in the band's middle third. */
  middle: string;
  /** `{where}` in the band's upper third. */
  upper: string;
  /** `{where}` when the figure is over the band. */
  above: string;
  /** Prefix of the source line. */
  source: string;
  /** The "as of" date after the source: `as of {date}`. */
  asOf: string;
}

/**
 * The content schema of `<salary-slider>`: the `data` property, the JSON
 * script and `src` all take it.
 */
export interface SalarySliderData {
  heading?: string;
  /** ISO 4217 code; `GBP` when absent. The `currency` attribute wins. */
  currency?: string;
  /** `year` (salaries, the default) or `day` (contractors' day rates). The `period` attribute wins. */
  period?: 'year' | 'day';
  /** BCP 47 locale for the figures; the `locale` attribute and then the nearest `lang` win over it. */
  locale?: string;
  /** The role names, in the order they are shown. */
  roles: string[];
  /** Bands per role, level and location. Levels and locations keep the order they first appear in. */
  bands: SalaryBand[];
  /** A paragraph after the bands. */
  note?: string;
  /** When the figures were true: an ISO date or text. */
  asOf?: string;
  source?: SalarySliderSource;
  strings?: Partial<SalarySliderStrings>;
}

/** Where a figure sits in a band. */
export type SalaryPosition = 'below' | 'lower' | 'middle' | 'upper' | 'above';

/** Fired when the reader commits a figure: a key press on the slider, the end of a drag, or a change in the number field. */
export const SALARY_CHANGE_EVENT = 'ck-salary-change';

export interface SalaryChangeDetail {
  /** The figure, in the content's currency per period. */
  value: number;
  /** The level shown, if the bands have levels. */
  level?: string;
  /** The location shown, if the bands have locations. */
  location?: string;
  /** Each band shown, in role order, with where the figure sits in it. */
  bands: { role: string; min: number; max: number; position: SalaryPosition }[];
}
