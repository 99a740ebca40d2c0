import { SECTOR_ORDER } from '../model/domain';
import type { CellBlock } from './engine';
import type { CellQuantiles } from './summary';
import type { ComparisonRow, SummaryRow } from './types';

/**
 * The key under which a quantile other than p05/p50/p95 appears in `row.quantiles`.
 *
 * @example
 * quantileKey(0.1)   // → 'p10'
 * quantileKey(0.025) // → 'p2.5'
 */
export function quantileKey(p: number): string {
  return `p${Math.round(p * 1e8) / 1e6}`;
}

/**
 * Summary and comparison rows from per-cell means and quantiles, sorted as DESIGN.md §5:
 * scenario (in the order given), year, sector (po, vo, mbo, all), breakdown, metric (code point
 * order). `ps` starts with 0.05, 0.5, 0.95; further quantiles go to `row.quantiles`. A cell whose
 * draws are all equal reports that value as its mean (not a sum divided back).
 *
 * @example
 * const { summary, comparison } = buildRows(['baseline', 'ambitie-2030'], blocks, means, q, [0.05, 0.5, 0.95]);
 */
export function buildRows(
  scenarioIds: readonly string[],
  blocks: readonly CellBlock[],
  means: Float64Array,
  q: CellQuantiles,
  ps: readonly number[],
): { summary: SummaryRow[]; comparison: ComparisonRow[]; sums: SummaryRow[] } {
  const summary: SummaryRow[] = [];
  const comparison: ComparisonRow[] = [];
  const sums: SummaryRow[] = [];
  const np = ps.length;
  const extraKeys = ps.slice(3).map(quantileKey);
  for (const block of blocks) {
    const { layout, offset } = block;
    const ny = layout.years.length;
    const scenario = scenarioIds[block.scenarioIndex];
    layout.series.forEach((key, si) => {
      for (let yi = 0; yi < ny; yi++) {
        const c = offset + si * ny + yi;
        const constant = q.min[c] === q.max[c];
        const row: SummaryRow = {
          scenario,
          year: layout.years[yi],
          sector: key.sector,
          breakdown: key.breakdown,
          metric: key.metric,
          unit: key.unit,
          mean: constant ? q.min[c] : means[c],
          p05: q.quantiles[c * np],
          p50: q.quantiles[c * np + 1],
          p95: q.quantiles[c * np + 2],
        };
        if (extraKeys.length > 0) {
          const extra: Record<string, number> = {};
          extraKeys.forEach((k, j) => (extra[k] = q.quantiles[c * np + 3 + j]));
          row.quantiles = extra;
        }
        if (block.kind === 'scenario') summary.push(row);
        else if (block.kind === 'sums') sums.push(row);
        else comparison.push({ ...row, baseline: scenarioIds[0] });
      }
    });
  }
  const order = rowOrder(scenarioIds);
  return { summary: summary.sort(order), comparison: comparison.sort(order), sums: sums.sort(order) };
}

/**
 * The comparator of DESIGN.md §5's row order.
 *
 * @example
 * rows.sort(rowOrder(['baseline', 'ambitie-2030']));
 */
export function rowOrder(scenarioIds: readonly string[]): (a: SummaryRow, b: SummaryRow) => number {
  const scenarioRank = new Map(scenarioIds.map((id, i) => [id, i] as const));
  const sectorRank = new Map(SECTOR_ORDER.map((s, i) => [s as string, i] as const));
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return (a, b) =>
    (scenarioRank.get(a.scenario) ?? 0) - (scenarioRank.get(b.scenario) ?? 0) ||
    a.year - b.year ||
    (sectorRank.get(a.sector) ?? 9) - (sectorRank.get(b.sector) ?? 9) ||
    cmp(a.breakdown, b.breakdown) ||
    cmp(a.metric, b.metric);
}
