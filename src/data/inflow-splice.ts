import { ROUTES, type Route } from '../model/domain';
import type { YearSeries } from '../params/types';
import type { DataRow } from './schema';

/** One year of a spliced inflow series and where its value comes from. */
export interface SplicedInflowPoint {
  readonly year: number;
  /** Persons, on the target definition (STAMOS new students, all forms). */
  readonly value: number;
  /** Definition of the observation the value comes from. */
  readonly from: string;
  /** Factor applied to the observation (1 when it is already on the target definition). */
  readonly factor: number;
  /** True when the value is not a published observation on the target definition. */
  readonly derived: boolean;
}

/** The splice rule of one route, as read from data/inflow-splice.csv. */
export interface InflowSpliceRule {
  readonly route: Route;
  readonly targetDefinition: string;
  readonly fromDefinition: string;
  readonly factor: number;
  readonly factorLow: number;
  readonly factorHigh: number;
  readonly method: 'overlap' | 'continuity-assumption';
  readonly note: string;
}

/**
 * Measures of data/zij-instroom.csv used for the route's series, in order of preference per year.
 *
 * @example
 * ZIJ_INSTROOM_MEASURES_FOR_MODEL[0]; // → 'zij-instromers'
 */
export const ZIJ_INSTROOM_MEASURES_FOR_MODEL = ['zij-instromers', 'subsidies-granted', 'subsidy-applications'] as const;

/**
 * Builds one inflow series per route on a single definition (data/inflow.md, "How the model
 * splices"):
 * - years with a STAMOS all-forms observation keep it (factor 1, not derived);
 * - other years with a VH first-year count take count × the route's splice factor (derived);
 * - zij-instroom: po side entrants from data/zij-instroom.csv, per year the first measure of
 *   `ZIJ_INSTROOM_MEASURES_FOR_MODEL` that is published (po only: no vo/mbo series exists);
 * - pdg: no counts exist, so the series is empty (the model treats it as an assumption).
 * Years without any observation are left out (no interpolation here).
 *
 * @example
 * const s = spliceInflow(inflowRows, spliceRows, zijRows);
 * s.pabo.find((p) => p.year === 2020); // → { year: 2020, value: 6288, from: 'vh-first-years', factor: 0.9181, derived: true }
 */
export function spliceInflow(
  inflowRows: readonly DataRow[],
  spliceRows: readonly DataRow[],
  zijRows: readonly DataRow[],
): Record<Route, SplicedInflowPoint[]> {
  const rules = spliceRulesFrom(spliceRows);
  const out = Object.fromEntries(ROUTES.map((r) => [r, [] as SplicedInflowPoint[]])) as Record<Route, SplicedInflowPoint[]>;
  for (const route of ROUTES) {
    const rule = rules[route];
    if (!rule) continue;
    const byYear = new Map<number, SplicedInflowPoint>();
    for (const { cells } of inflowRows) {
      if (cells.route !== route || cells.definition !== rule.targetDefinition) continue;
      byYear.set(cells.year as number, { year: cells.year as number, value: cells.value as number, from: rule.targetDefinition, factor: 1, derived: false });
    }
    for (const { cells } of inflowRows) {
      const year = cells.year as number;
      if (cells.route !== route || cells.definition !== rule.fromDefinition || byYear.has(year)) continue;
      byYear.set(year, { year, value: Math.round((cells.value as number) * rule.factor), from: rule.fromDefinition, factor: rule.factor, derived: true });
    }
    out[route] = [...byYear.values()].sort((a, b) => a.year - b.year);
  }
  const zij = new Map<number, SplicedInflowPoint>();
  for (const measure of ZIJ_INSTROOM_MEASURES_FOR_MODEL) {
    for (const { cells } of zijRows) {
      const year = cells.year as number;
      if (cells.sector !== 'po' || cells.measure !== measure || zij.has(year)) continue;
      zij.set(year, { year, value: cells.value as number, from: `po ${measure}`, factor: 1, derived: measure !== 'zij-instromers' });
    }
  }
  out['zij-instroom'] = [...zij.values()].sort((a, b) => a.year - b.year);
  return out;
}

/**
 * Reads the splice rules by route from the rows of data/inflow-splice.csv.
 *
 * @example
 * spliceRulesFrom(rows).pabo?.factor; // → 0.9181
 */
export function spliceRulesFrom(spliceRows: readonly DataRow[]): Partial<Record<Route, InflowSpliceRule>> {
  const rules: Partial<Record<Route, InflowSpliceRule>> = {};
  for (const { cells } of spliceRows) {
    rules[cells.route as Route] = {
      route: cells.route as Route,
      targetDefinition: cells.target_definition as string,
      fromDefinition: cells.from_definition as string,
      factor: cells.factor as number,
      factorLow: cells.factor_low as number,
      factorHigh: cells.factor_high as number,
      method: cells.method as InflowSpliceRule['method'],
      note: (cells.note as string | null) ?? '',
    };
  }
  return rules;
}

/**
 * The year → value map of a spliced series.
 *
 * @example
 * toYearSeries([{ year: 2016, value: 5578, from: 'stamos-all-forms', factor: 1, derived: false }]); // → { 2016: 5578 }
 */
export function toYearSeries(points: readonly { year: number; value: number }[]): YearSeries {
  return Object.fromEntries(points.map((p) => [p.year, p.value]));
}
