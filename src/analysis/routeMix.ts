import * as path from 'node:path';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import type { Route } from '../model/domain';
import type { ParamValues, YearSeries } from '../params/types';

/** The routes with published diplomas (data/diplomas.csv, `ocw-rounded`). */
export const ROUTE_MIX_ROUTES: readonly Route[] = ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo'];

/** One route of the route-mix check. */
export interface RouteMixRow {
  route: Route;
  /** Graduates per entrant under the pipeline's rates (steady state: Σ_k alive_k · g_k). */
  completion: number;
  /** Mean model inflow over the check years (persons). */
  inflowMean: number;
  /** completion × inflowMean: graduates a constant inflow at that level yields per year. */
  graduatesModel: number;
  /** Mean published diplomas over the check years. */
  diplomasMean: number;
  /** graduatesModel / diplomasMean. */
  ratio: number;
  /** The route's share of the model graduates of the four routes, and of the diplomas. */
  shareModel: number;
  shareObserved: number;
}

/** Result of {@link routeMixCheck}. */
export interface RouteMixCheck {
  years: readonly number[];
  rows: RouteMixRow[];
  /** Largest |shareModel − shareObserved| over the routes (share points, 0–1). */
  maxShareGap: number;
}

/**
 * Checks the route mix of the model's graduates against the published diplomas per route
 * (data/diplomas.csv, OCW, rounded to hundreds), as reported in data/inflow.md. Graduates are the
 * steady-state yield of the mean model inflow over `years` under the pipeline rates in `values`:
 * no inflow on the model's definition exists for the cohorts that graduated in those years
 * (mostly 2015–2017), so the level comparison assumes an unchanged inflow; the mix is the check.
 *
 * @example
 * const c = routeMixCheck(loadModelData().inflowObserved, scenarioValues(loadScenario('baseline')));
 * c.rows.find((r) => r.route === 'pabo')?.ratio; // → about 1.28
 */
export function routeMixCheck(
  inflowObserved: Readonly<Record<Route, YearSeries>>,
  values: ParamValues,
  years: readonly number[] = [2019, 2020, 2021],
  dataDir: string = defaultDataDir(),
): RouteMixCheck {
  const diplomas = readTable(path.join(dataDir, 'diplomas.csv'), DATA_SCHEMAS['diplomas.csv'], 'data/diplomas.csv').rows;
  const rows: RouteMixRow[] = ROUTE_MIX_ROUTES.map((route) => {
    const inflow = years.map((y) => inflowObserved[route][y]);
    const observed = years.map((y) => diplomas.find((r) => r.cells.route === route && r.cells.year === y && r.cells.definition === 'ocw-rounded')?.cells.value as number | undefined);
    if (inflow.some((x) => x === undefined) || observed.some((x) => x === undefined)) {
      throw new RangeError(`routeMixCheck: ${route} needs model inflow and diplomas in ${years.join(', ')}`);
    }
    const completion = completionOf(route, values);
    const inflowMean = mean(inflow as number[]);
    const diplomasMean = mean(observed as number[]);
    const graduatesModel = completion * inflowMean;
    return { route, completion, inflowMean, graduatesModel, diplomasMean, ratio: graduatesModel / diplomasMean, shareModel: 0, shareObserved: 0 };
  });
  const totalModel = rows.reduce((s, r) => s + r.graduatesModel, 0);
  const totalObserved = rows.reduce((s, r) => s + r.diplomasMean, 0);
  for (const r of rows) {
    r.shareModel = r.graduatesModel / totalModel;
    r.shareObserved = r.diplomasMean / totalObserved;
  }
  return { years, rows, maxShareGap: Math.max(...rows.map((r) => Math.abs(r.shareModel - r.shareObserved))) };
}

/**
 * Graduates per entrant of a route under the pipeline rates, in the engine's order (graduation,
 * then dropout capped at 1 − graduation; whoever is left after the last study year leaves).
 *
 * @example
 * completionOf('ulo', { 'pipeline.study_years.ulo': 2, 'pipeline.graduation.ulo.y1': 0.5, 'pipeline.dropout.ulo.y1': 0.1, 'pipeline.graduation.ulo.y2': 0.8 }); // → 0.82
 */
export function completionOf(route: Route, values: ParamValues): number {
  const k = values[`pipeline.study_years.${route}`] as number;
  let alive = 1;
  let completion = 0;
  for (let y = 1; y <= k; y++) {
    const g = (values[`pipeline.graduation.${route}.y${y}`] as number | undefined) ?? 0;
    const d = y < k ? ((values[`pipeline.dropout.${route}.y${y}`] as number | undefined) ?? 0) : 0;
    completion += alive * g;
    alive *= 1 - g - Math.min(d, 1 - g);
  }
  return completion;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
