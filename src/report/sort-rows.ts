import { SECTOR_ORDER } from '../model/domain';
import type { SummaryRow } from '../ensemble/types';

/**
 * Sorts output rows in the order of DESIGN.md §5: scenario (in the order given), year, sector
 * (po, vo, mbo, all), breakdown, metric. Breakdown and metric compare by code point, so the order
 * is the same on every machine and locale. Returns a new array; the input is not changed.
 *
 * @example
 * sortRows(rows, ['baseline', 'ambitie-2030'])
 */
export function sortRows<T extends SummaryRow>(rows: readonly T[], scenarioOrder: readonly string[]): T[] {
  const scenarioRank = new Map(scenarioOrder.map((id, i) => [id, i] as const));
  const sectorRank = new Map(SECTOR_ORDER.map((s, i) => [s as string, i] as const));
  const rank = (map: Map<string, number>, key: string): number => map.get(key) ?? map.size;
  return [...rows].sort(
    (a, b) =>
      rank(scenarioRank, a.scenario) - rank(scenarioRank, b.scenario) ||
      compareCodes(a.scenario, b.scenario) ||
      a.year - b.year ||
      rank(sectorRank, a.sector) - rank(sectorRank, b.sector) ||
      compareCodes(a.breakdown, b.breakdown) ||
      compareCodes(a.metric, b.metric),
  );
}

/** Code-point comparison (not locale-aware, on purpose). */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
