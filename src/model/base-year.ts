import { SECTORS, type Sector } from './domain';
import type { ModelData } from './inputs';
import { seriesYears } from './param-read';

/**
 * The base year B is read from the data (DESIGN.md §2.0): the last year with a measured total
 * shortage of the same kind in all three sectors (`ModelData.shortageFte`: data/shortage.csv rows
 * with staff teachers, area NL, subsector all, component total, unit fte, definition measured).
 * Adding a newer year of measurements for po, vo and mbo moves B without code changes.
 */

/**
 * The last year in which every sector has a measured shortage, or undefined when there is none.
 *
 * @example
 * measuredBaseYear({ po: { 2021: 9100, 2024: 7700 }, vo: { 2023: 3800, 2024: 3800 }, mbo: { 2024: 1650 } }); // → 2024
 * measuredBaseYear({ po: { 2021: 9100 }, vo: {}, mbo: {} }); // → undefined
 */
export function measuredBaseYear(shortageFte: ModelData['shortageFte']): number | undefined {
  const [first, ...rest] = SECTORS.map((s) => new Set(seriesYears(shortageFte[s])));
  const common = [...first].filter((y) => rest.every((ys) => ys.has(y)));
  return common.length > 0 ? Math.max(...common) : undefined;
}

/**
 * The years with a measured shortage per sector, in words (for messages).
 *
 * @example
 * measuredYearsText({ po: { 2021: 1, 2022: 1 }, vo: { 2023: 1 }, mbo: {} }); // → 'po 2021, 2022; vo 2023; mbo none'
 */
export function measuredYearsText(shortageFte: ModelData['shortageFte']): string {
  return SECTORS.map((s: Sector) => {
    const ys = seriesYears(shortageFte[s]);
    return `${s} ${ys.length > 0 ? ys.join(', ') : 'none'}`;
  }).join('; ');
}

/**
 * The base year of a data set: {@link measuredBaseYear}, or a plain Error when no year has a
 * measurement in all three sectors (the data loader reports this as an InputError first).
 *
 * @example
 * dataBaseYear(loadModelData()); // → 2024 with the bundled data
 */
export function dataBaseYear(data: Pick<ModelData, 'shortageFte'>): number {
  const b = measuredBaseYear(data.shortageFte);
  if (b === undefined) {
    throw new Error(`model: no year with a measured shortage in all three sectors (${measuredYearsText(data.shortageFte)}), so no base year`);
  }
  return b;
}
