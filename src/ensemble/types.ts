import type { SectorOrAll, Unit } from '../model/domain';

/** One row of `summary.csv` (DESIGN.md §5): a series in one year, summarised over draws. */
export interface SummaryRow {
  scenario: string;
  year: number;
  sector: SectorOrAll;
  breakdown: string;
  metric: string;
  unit: Unit;
  mean: number;
  p05: number;
  p50: number;
  p95: number;
  /**
   * Quantiles asked for besides p05/p50/p95 (`EnsembleOptions.quantiles`), keyed `p10`, `p2.5`, …
   * Absent unless asked for; not a column of `summary.csv`.
   */
  quantiles?: Readonly<Record<string, number>>;
}

/** One row of `comparison.csv`: per-draw differences scenario − baseline, summarised. */
export interface ComparisonRow extends SummaryRow {
  baseline: string;
}
