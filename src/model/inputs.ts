import type { Route, Sector } from './domain';
import type { YearSeries } from '../params/types';

/**
 * Observed data the model reads at run time (as opposed to parameters, which live in the
 * registry and may be overridden by scenarios). Filled by `loadModelData` in `src/data/` from the
 * CSV files in `data/`; tests build small ones by hand.
 *
 * CONTRACT between src/model (consumer) and src/data (producer). Extend it here when the model
 * needs more; keep both sides compiling.
 */
export interface ModelData {
  /** Inflow per route, spliced to one definition (see data/inflow.md), year → persons. */
  inflowObserved: Readonly<Record<Route, YearSeries>>;
  /** National share of teacher-education students placed in an SO&P partnership, year → share. */
  sopShareObserved: YearSeries;
  /** Composition of SO&P students by placement sector (fractions summing to 1) and its year. */
  sopComposition: Readonly<{ year: number; po: number; vo: number; mbo: number; mixed: number }>;
  /** Measured total shortage (totale tekort) per sector, year → fte. */
  shortageFte: Readonly<Record<Sector, YearSeries>>;
  /** Teacher employment per sector, year → fte (the denominator of the shortage share). */
  employmentFte: Readonly<Record<Sector, YearSeries>>;
  /** Pupils (po, vo) and students (mbo), observed then projected (Referentieraming), year → persons. */
  pupils: Readonly<Record<Sector, YearSeries>>;
  /** Teachers by age band per sector: share of persons in each band (shares sum to 1). */
  ageProfile: Readonly<Record<Sector, readonly AgeBandValue[]>>;
  /** Annual rate of leaving po+vo+mbo altogether, by age band, per sector. */
  outflowByAge: Readonly<Record<Sector, readonly AgeBandValue[]>>;
  /** Annual rate of switching to another of po/vo/mbo, by age band, per sector (optional: none → no switchers). */
  switchByAge?: Readonly<Record<Sector, readonly AgeBandValue[]>>;
  /** Where switchers from each sector go: persons per year to each other sector (only the shares are used). */
  switchDestinations?: Readonly<Record<Sector, Readonly<Partial<Record<Sector, number>>>>>;
  /** Stille reserve per sector (persons: qualified, not teaching), used as the pool in the base year (optional: none → no returners). */
  stilleReserve?: Readonly<Partial<Record<Sector, number>>>;
  /** The partnership table (illustrative by default, or a user's own file). */
  partnerships: readonly Partnership[];
  /** Provenance: data files read, with SHA-256, for the manifest. */
  files: readonly { path: string; sha256: string }[];
  /**
   * Rules the data loader applied to build these series (definition splices, the choice of one
   * definition or edition where several exist), for the manifest next to the engine's own rules.
   * Optional: hand-built test data may leave it out.
   */
  rulesApplied?: readonly { series: string; rule: string; nl?: string }[];
}

/** A value for an inclusive age band, e.g. ages 30–39. */
export interface AgeBandValue {
  ageFrom: number;
  ageTo: number;
  value: number;
}

/** Placement sector of a partnership; `mixed` partnerships place in po and vo. */
export type PartnershipSector = Sector | 'mixed';

/**
 * One partnership as read from the long partnership table (one row per partnership × route ×
 * study year; partnership-level fields repeated on each row).
 */
export interface Partnership {
  /** Id like `P001`. */
  id: string;
  name: string;
  sector: PartnershipSector;
  onderwijsregio: string;
  /** SO&P students placed in the base year, per route and study year (index 0 = year 1). */
  students: Readonly<Partial<Record<Route, readonly number[]>>>;
  /** Trained mentors (werkplekbegeleiders) available now. */
  mentorsAvailable: number;
  /** Mentors the partnership trains per year (blank in the file → the registry default rate). */
  mentorsTrainedPerYear?: number;
  schoolopleiders: number;
  /** The school year the numbers describe (optional `year` column of the template). */
  year?: number;
  /** The partnership's own target (optional `target_year`, `target_students`): SO&P students in a year. */
  target?: { year: number; students: number };
  /** Optional local hour norms: hours of mentoring per student per (route, study year). */
  hoursPerStudent?: Readonly<Partial<Record<Route, readonly (number | undefined)[]>>>;
  /** Optional local norms: students per mentor per (route, study year). */
  studentsPerMentor?: Readonly<Partial<Record<Route, readonly (number | undefined)[]>>>;
  /** Source line of the partnership's first row, for error messages. */
  line?: number;
}
