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
  /** The median, when known: given after the range ("median £70,000"). */
  median?: number;
}

/** Where the figures come from: shown as "Source: title, author, date". */
export interface SalarySliderSource {
  title: string;
  author?: string;
  /** The date the figures are from, shown as written ("May 3, 2026"). */
  date?: string;
}

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
  /** ISO 4217 code in capitals (`GBP`, the default; `USD`, `EUR`…). The `currency` attribute wins. */
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
