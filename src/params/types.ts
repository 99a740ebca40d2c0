import type { Label, Unit } from '../model/domain';

/**
 * Uncertainty distributions of the parameter registry and of scenario overrides.
 *
 * Every distribution is sampled by inverse CDF from a uniform of the parameter's own named random
 * stream (DESIGN.md §2.4), so the same uniform maps to a comparable value when a scenario changes
 * the distribution. A parameter's default must be the median of its distribution.
 */
export type Distribution =
  | { type: 'fixed'; value: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'pert'; min: number; mode: number; max: number }
  /** Normal, truncated to [min, max] when given. */
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number }
  /** A finite set of values with weights (normalised on use). */
  | { type: 'discrete'; values: number[]; weights: number[] };

export type DistributionType = Distribution['type'];

/** A year → value map (school year t = t/t+1, counted on 1 October t). */
export type YearSeries = Readonly<Record<number, number>>;

/**
 * How a series parameter's uncertainty applies: the whole series is multiplied by one draw
 * (`scale`) or shifted by one draw (`shift`), DESIGN.md §2.4.
 */
export type SeriesUncertainty = 'scale' | 'shift';

/**
 * Expected effect of raising a parameter on the shortage (issue #12 item 5): `up` raises it,
 * `down` lowers it, `none` leaves it exactly unchanged, `depends` has no one sign (the reason says
 * on what; tested on its own).
 */
export type LeverDirection = 'up' | 'down' | 'none' | 'depends';

/** A declared direction with its one-line reason (shown in docs/parameters.md). */
export interface Direction {
  effect: LeverDirection;
  reason: string;
}

/**
 * When a parameter acts (DESIGN.md §2.4): `plan` shapes the model (never a distribution), `base`
 * describes the base year itself (a scenario that changes it may move calibrated constants, never
 * the measured anchors), `draw` (the default) acts on the future only: the base year and every
 * calibrated constant use the registry's value (calibration on history only).
 */
export type ParamStage = 'plan' | 'base' | 'draw';

interface ParamDefBase {
  /** Dotted key, e.g. `pipeline.dropout.pabo.y1`. Scenario files override by this key. */
  key: string;
  label: Label;
  /** Unit of the value; `share` is a fraction 0–1, `rate` a fraction per year, `factor` a multiplier. */
  unit: Unit | 'rate' | 'factor' | 'years' | 'count' | 'year' | 'eur_per_person' | 'hours_per_person' | 'persons_per_mentor' | 'none';
  /** What the parameter means, in one or two sentences (English). */
  description: string;
  /**
   * Where the default comes from: a data card (`data/<file>.csv`), a research source key
   * (`FACTS S12`, `WORKFORCE W16`), or `assumption` (then `bounds` and `distribution` give its range).
   */
  source: string;
  /** Why this value, how derived, caveats. */
  notes?: string;
  /** Expected effect on the shortage (pipeline, workforce and SO&P-effect parameters). */
  direction?: Direction;
  /** When the parameter acts; omitted: `draw`. */
  stage?: ParamStage;
}

/** A number (rate, count, factor…). */
export interface ScalarParamDef extends ParamDefBase {
  kind: 'scalar';
  default: number;
  /** Inclusive valid range; values and distribution supports outside it are rejected. */
  bounds: readonly [number, number];
  /** Uncertainty used by ensembles; absent means the parameter is fixed. Median = default. */
  distribution?: Distribution;
  /** Optional correlation group: parameters in one group are drawn with a Gaussian copula. */
  correlation?: { group: string; rho: number };
}

/** A year series (inflow path, funding per student by year, pupil projection…). */
export interface SeriesParamDef extends ParamDefBase {
  kind: 'series';
  default: YearSeries;
  bounds: readonly [number, number];
  /** Years between given points are interpolated linearly; after the last point, carried forward. */
  distribution?: Distribution;
  /** How the distribution applies to the series as a whole. */
  seriesUncertainty?: SeriesUncertainty;
  /** Bounds of the scale factor / shift drawn for the series (checked for scenario distributions). */
  uncertaintyBounds?: readonly [number, number];
}

/** A choice among named options (e.g. the SO&P trajectory rule). */
export interface ChoiceParamDef extends ParamDefBase {
  kind: 'choice';
  default: string;
  options: readonly string[];
}

export type ParamDef = ScalarParamDef | SeriesParamDef | ChoiceParamDef;

/** The value a parameter takes in one draw (or in the deterministic run). */
export type ParamValue = number | YearSeries | string;
/** One draw's parameter values by key. */
export type ParamValues = Readonly<Record<string, ParamValue>>;
