import type { Source } from '@careerkit/core';

/** One row of a comparison: a label and one value per role, or one value shared by all roles. */
export interface RoleCompareRow {
  /** Row header, such as "Typical artefact". Optional. */
  label?: string;
  /** One text per role, in the order of `roles`; or a single text that spans every role. */
  values: string[];
}

/** A titled table of rows. */
export interface RoleCompareSection {
  /** Stable id, used by the `sections` attribute. Defaults to a slug of the title. */
  id?: string;
  /** The table's caption. */
  title?: string;
  /** A paragraph before the table. */
  intro?: string;
  rows: RoleCompareRow[];
  /** A paragraph after the table. */
  note?: string;
}

/** A background a reader can pick, and the role it suits best. */
export interface RoleComparePath {
  /** The background, such as "Software engineering". */
  background: string;
  /** The recommended role: one of `roles`. */
  role: string;
  /** Why, in a sentence or three. */
  text?: string;
}

/** Where the content comes from: `{ title, author?, date?, url? }` (an http(s) URL). */
export type RoleCompareSource = Source;

/** Every string the widget shows that is not content. */
export interface RoleCompareStrings {
  /** Legend of the background picker. */
  pathsHeading: string;
  /** Badge on the recommended role and start of the result. */
  recommended: string;
  /** Prefix of the source line. */
  source: string;
}

/** The content schema of `<role-compare>`: the `data` property, the JSON script and `src` all take it. */
export interface RoleCompareData {
  heading?: string;
  intro?: string;
  /** Two or three role names: the table's columns. */
  roles: string[];
  sections: RoleCompareSection[];
  paths?: RoleComparePath[];
  source?: RoleCompareSource;
  strings?: Partial<RoleCompareStrings>;
}

/** Fired when the reader picks a background. */
export const PATH_SELECT_EVENT = 'ck-path-select';

export interface PathSelectDetail {
  /** The background picked. */
  background: string;
  /** The role recommended for it. */
  role: string;
  /** The index of that role in `roles`. */
  roleIndex: number;
}

// The core's `ck-load` and `ck-error`, re-exported so that every type of this package's events comes from it.
export type { LoadDetail, ErrorDetail } from '@careerkit/core';

// On GlobalEventHandlersEventMap, so that listeners on the element, `document` and `window` are typed.
declare global {
  interface GlobalEventHandlersEventMap {
    /** The reader picked a background. */
    'ck-path-select': CustomEvent<PathSelectDetail>;
  }
}

/** Every event `<role-compare>` fires, by name, with its `detail` type (`ck-load` and `ck-error` included). */
export type RoleCompareEventMap = Pick<GlobalEventHandlersEventMap, 'ck-path-select' | 'ck-load' | 'ck-error'>;
