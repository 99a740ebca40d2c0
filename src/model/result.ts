import type { SectorOrAll, Unit } from './domain';

/**
 * One output series: a metric for a sector and a breakdown, over the years of a run.
 * Codes are those of `summary.csv` (DESIGN.md §5) and never change with the language.
 */
export interface SeriesKey {
  /** Metric code, e.g. `workforce.shortage_fte`. */
  metric: string;
  sector: SectorOrAll;
  /** `all`, a route code (`pabo`, …) or a partnership id (`P001`, …). */
  breakdown: string;
  unit: Unit;
}

/** The shape of a run's output: which series, which years. Fixed for a plan, shared by all draws. */
export interface RunLayout {
  /** Output years, ascending, from the base year to the horizon. */
  years: readonly number[];
  series: readonly SeriesKey[];
}

/**
 * A run's values as one flat array: `values[s * layout.years.length + y]` is series `s` in year
 * index `y`. One allocation per draw; ensembles reuse it.
 */
export interface RunResult {
  layout: RunLayout;
  values: Float64Array;
}

/** Index of a value in a run's flat array. */
export function valueIndex(layout: RunLayout, seriesIndex: number, yearIndex: number): number {
  return seriesIndex * layout.years.length + yearIndex;
}
