import * as path from 'node:path';
import { inflowOnDefinition } from '../data/inflow-splice';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import type { Route } from '../model/domain';
import { BACKTEST_INFLOW_DEFINITIONS } from './backtestSeries';
import { pearson } from './stats/ranks';

/** One pair of routes: Pearson correlation of their year-on-year log changes of intake. */
export interface InflowChangePair {
  a: Route;
  b: Route;
  /** Pairs of changes used (years where both routes have a change on the same definition). */
  n: number;
  rho: number;
}

/** Result of {@link inflowChangeCorrelation}. */
export interface InflowChangeCorrelation {
  pairs: InflowChangePair[];
  /** Mean of the pairwise correlations among `routes`. */
  meanRho: number;
  routes: readonly Route[];
}

/**
 * Correlation of the year-on-year log changes of teacher-education intake between routes, from the
 * published values of data/inflow.csv. A change is only taken between consecutive years on one
 * definition (STAMOS all-forms 2009–2016, OCW all new enrolments 2019–2023; estimated rows left
 * out), so no definition break enters; the changes of both definitions are pooled.
 *
 * The registry draws the inflow level factors and growth rates of `routes` as a correlated group
 * with ρ = `meanRho` rounded to two decimals (src/params/defs/pipeline.ts; a test checks they agree).
 *
 * @example
 * inflowChangeCorrelation().meanRho; // → about 0.64 (pabo, hbo-2e-graads, hbo-1e-graads)
 */
export function inflowChangeCorrelation(
  routes: readonly Route[] = ['pabo', 'hbo-2e-graads', 'hbo-1e-graads'],
  dataDir: string = defaultDataDir(),
): InflowChangeCorrelation {
  const rows = readTable(path.join(dataDir, 'inflow.csv'), DATA_SCHEMAS['inflow.csv'], 'data/inflow.csv').rows;
  const changes = (route: Route): Map<string, number> => {
    const out = new Map<string, number>();
    for (const def of BACKTEST_INFLOW_DEFINITIONS) {
      const pts = inflowOnDefinition(rows, route, def);
      for (let i = 1; i < pts.length; i++) {
        if (pts[i].year === pts[i - 1].year + 1) out.set(`${def}|${pts[i].year}`, Math.log(pts[i].value / pts[i - 1].value));
      }
    }
    return out;
  };
  const pairs: InflowChangePair[] = [];
  for (let i = 0; i < routes.length; i++) {
    for (let j = i + 1; j < routes.length; j++) {
      const ca = changes(routes[i]);
      const cb = changes(routes[j]);
      const keys = [...ca.keys()].filter((k) => cb.has(k));
      pairs.push({ a: routes[i], b: routes[j], n: keys.length, rho: pearson(keys.map((k) => ca.get(k)!), keys.map((k) => cb.get(k)!)) });
    }
  }
  return { pairs, meanRho: pairs.reduce((s, p) => s + p.rho, 0) / pairs.length, routes };
}
