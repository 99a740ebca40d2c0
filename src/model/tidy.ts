import type { SectorOrAll, Unit } from './domain';
import type { RunLayout } from './result';

/** One row of a tidy result table (the columns of summary.csv before summarising). */
export interface TidyRow {
  scenario: string;
  year: number;
  sector: SectorOrAll;
  breakdown: string;
  metric: string;
  unit: Unit;
  value: number;
}

/**
 * One draw's flat values as tidy long rows, sorted by year, then in layout order (sector po, vo,
 * mbo, all; breakdown all, routes, partnerships; metric).
 *
 * @example
 * const rows = tidyRows(plan.layout, runModel(plan, values), 'baseline');
 * rows.find((r) => r.year === 2030 && r.metric === 'sop.share' && r.sector === 'all');
 * // → { scenario: 'baseline', year: 2030, sector: 'all', breakdown: 'all', metric: 'sop.share', unit: 'share', value: … }
 */
export function tidyRows(layout: RunLayout, values: Float64Array, scenarioId: string): TidyRow[] {
  const nY = layout.years.length;
  if (values.length !== layout.series.length * nY) {
    throw new RangeError(`tidyRows: expected ${layout.series.length * nY} values, got ${values.length}`);
  }
  const rows: TidyRow[] = [];
  for (let y = 0; y < nY; y++) {
    for (let s = 0; s < layout.series.length; s++) {
      const k = layout.series[s];
      rows.push({ scenario: scenarioId, year: layout.years[y], sector: k.sector, breakdown: k.breakdown, metric: k.metric, unit: k.unit, value: values[s * nY + y] });
    }
  }
  return rows;
}
