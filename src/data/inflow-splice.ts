import { ROUTES, type Route } from '../model/domain';
import type { YearSeries } from '../params/types';
import type { DataRow } from './schema';

/**
 * The definition of `data/inflow.csv` the model's inflow series use (data/inflow.md): OCW's count of
 * all new enrolments per route (2019–2023, with derived 2024 rows), one definition for every route.
 *
 * @example
 * INFLOW_DEFINITION_FOR_MODEL; // → 'ocw-all-enrolments'
 */
export const INFLOW_DEFINITION_FOR_MODEL = 'ocw-all-enrolments';

/** One year of a model inflow series and where its value comes from. */
export interface SplicedInflowPoint {
  readonly year: number;
  /** Persons, on the model definition (`INFLOW_DEFINITION_FOR_MODEL`). */
  readonly value: number;
  /** Definition of the observation the value comes from. */
  readonly from: string;
  /** Factor applied to the observation (1 when it is already on the model definition). */
  readonly factor: number;
  /** True when the value is not a published observation on the model definition (the row's `derived` flag, or scaled). */
  readonly derived: boolean;
}

/** A rule of data/inflow-splice.csv: the ratio of one definition to another, per route. */
export interface InflowSpliceRule {
  readonly route: Route;
  readonly targetDefinition: string;
  readonly fromDefinition: string;
  readonly factor: number;
  readonly factorLow: number;
  readonly factorHigh: number;
  /** `ratio-only`: documented, never applied (the model definition covers the years the model needs). */
  readonly method: 'overlap' | 'continuity-assumption' | 'ratio-only';
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
 * Builds one inflow series per route on a single definition (data/inflow.md, "Which definition the
 * model uses"):
 * - rows of `INFLOW_DEFINITION_FOR_MODEL` (or of the route's `target_definition` in
 *   data/inflow-splice.csv) are taken as they are; their `derived` flag is kept;
 * - a rule with method `overlap` or `continuity-assumption` fills other years from its
 *   `from_definition` × factor (derived); `ratio-only` rules are documentation and never applied;
 * - zij-instroom: side entrants of all sectors from data/zij-instroom.csv: per year the first po
 *   measure of `ZIJ_INSTROOM_MEASURES_FOR_MODEL` that is published, ÷ the po share of the 2021
 *   subsidy capacity (`subsidy-ceiling-capacity`; no vo/mbo series exists);
 * - pdg: no counts exist, so the series is empty (the model treats it as an assumption).
 * Years without any observation are left out (no interpolation here).
 *
 * @example
 * const s = spliceInflow(inflowRows, spliceRows, zijRows);
 * s.pabo.find((p) => p.year === 2020); // → { year: 2020, value: 9700, from: 'ocw-all-enrolments', factor: 1, derived: false }
 */
export function spliceInflow(
  inflowRows: readonly DataRow[],
  spliceRows: readonly DataRow[],
  zijRows: readonly DataRow[],
): Record<Route, SplicedInflowPoint[]> {
  const rules = spliceRulesFrom(spliceRows);
  const out = Object.fromEntries(ROUTES.map((r) => [r, [] as SplicedInflowPoint[]])) as Record<Route, SplicedInflowPoint[]>;
  for (const route of ROUTES) {
    if (route === 'zij-instroom') continue;
    const rule = rules[route];
    const target = rule?.targetDefinition ?? INFLOW_DEFINITION_FOR_MODEL;
    const byYear = new Map<number, SplicedInflowPoint>();
    for (const { cells } of inflowRows) {
      if (cells.route !== route || cells.definition !== target) continue;
      byYear.set(cells.year as number, { year: cells.year as number, value: cells.value as number, from: target, factor: 1, derived: cells.derived === 'yes' });
    }
    if (rule && rule.method !== 'ratio-only') {
      for (const { cells } of inflowRows) {
        const year = cells.year as number;
        if (cells.route !== route || cells.definition !== rule.fromDefinition || byYear.has(year)) continue;
        byYear.set(year, { year, value: Math.round((cells.value as number) * rule.factor), from: rule.fromDefinition, factor: rule.factor, derived: true });
      }
    }
    out[route] = [...byYear.values()].sort((a, b) => a.year - b.year);
  }
  // All sectors: the po series ÷ the po share of the 2021 subsidy capacity per sector (issue #13
  // item 3; only po has a series, vo and mbo single figures or none).
  const capacity = (s: string) => (zijRows.find((r) => r.cells.sector === s && r.cells.measure === 'subsidy-ceiling-capacity')?.cells.value as number | undefined) ?? 0;
  const capTotal = capacity('po') + capacity('vo') + capacity('mbo');
  const toAll = capacity('po') > 0 ? capTotal / capacity('po') : 1;
  const zij = new Map<number, SplicedInflowPoint>();
  for (const measure of ZIJ_INSTROOM_MEASURES_FOR_MODEL) {
    for (const { cells } of zijRows) {
      const year = cells.year as number;
      if (cells.sector !== 'po' || cells.measure !== measure || zij.has(year)) continue;
      const value = toAll === 1 ? (cells.value as number) : Math.round((cells.value as number) * toAll);
      zij.set(year, { year, value, from: `po ${measure}`, factor: toAll, derived: measure !== 'zij-instromers' || toAll !== 1 });
    }
  }
  out['zij-instroom'] = [...zij.values()].sort((a, b) => a.year - b.year);
  return out;
}

/**
 * One route's values on one definition of data/inflow.csv, sorted by year. Rows with a range
 * (`value_low`/`value_high`: estimates such as a carried-forward or scaled 2024) are left out unless
 * `includeEstimates`, e.g. for a backtest, where a carried-forward row would flatter the
 * carried-forward rule. Sums of published sub-categories (derived, no range) are kept.
 *
 * @example
 * inflowOnDefinition(rows, 'pabo', 'stamos-all-forms').map((p) => p.year); // → [2009, …, 2016]
 * inflowOnDefinition(rows, 'ulo', 'ocw-all-enrolments').map((p) => p.year); // → [2019, …, 2023]
 */
export function inflowOnDefinition(
  inflowRows: readonly DataRow[],
  route: Route,
  definition: string,
  includeEstimates = false,
): { year: number; value: number; derived: boolean }[] {
  return inflowRows
    .filter((r) => r.cells.route === route && r.cells.definition === definition && (includeEstimates || r.cells.value_low == null))
    .map((r) => ({ year: r.cells.year as number, value: r.cells.value as number, derived: r.cells.derived === 'yes' }))
    .sort((a, b) => a.year - b.year);
}

/**
 * Reads the splice rules by route from the rows of data/inflow-splice.csv.
 *
 * @example
 * spliceRulesFrom(rows).pabo?.factor; // → 1.41
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
