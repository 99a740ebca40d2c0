import { fitLogistic } from '../analysis/trend';
import type { YearSeries } from '../params/types';
import { seriesYears } from './param-read';

/**
 * The SO&P share (DESIGN §2.1): the share of teacher-education students whose placement that year
 * is in a partnership, per placement sector s.
 *
 * National path: the observed indicator (FACTS S1, 2010–2022) on observed years, linear between
 * them, flat before the first; after the last observation the logistic trend fitted to the whole
 * series (src/analysis/trend) continues from the last observed value on the logit scale:
 *   logit π(t) = logit π(last) + f · k · (t − last)         (k: fitted rate per year, f: slope factor)
 * Sector paths keep a constant logit offset δ_s from the national path (derived from the 2021
 * composition 48/44/7/1 in `plan.ts`): logit π_s(t) = logit π(t) + δ_s. So every sector follows
 * a logistic with the national pace, shifted; no sector exceeds 1.
 */

/** The national share's history and its fitted trend, computed once per plan. */
export interface SopTrend {
  /** First simulated year (index 0 of `nationalLogit`). */
  firstYear: number;
  /** logit of the national share on simulated years up to the last observation (NaN after). */
  nationalLogit: Float64Array;
  /** Last observed year and the logit of its value. */
  lastObservedYear: number;
  lastObservedLogit: number;
  /** Fitted logistic: rate per year (logit scale), midpoint year, residual sd (logit scale). */
  ratePerYear: number;
  midpointYear: number;
  residualSd: number;
  /** Observations fitted. */
  observedYears: number[];
  observedValues: number[];
}

/**
 * logit(x) = ln(x / (1 − x)), with x kept inside [1e-9, 1 − 1e-9].
 *
 * @example
 * logit(0.5); // → 0
 */
export function logit(x: number): number {
  const v = x < 1e-9 ? 1e-9 : x > 1 - 1e-9 ? 1 - 1e-9 : x;
  return Math.log(v / (1 - v));
}

/**
 * The logistic function 1 / (1 + e^(−z)).
 *
 * @example
 * expit(0); // → 0.5
 */
export function expit(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * Fits the national trend and lays out its history over the simulated years.
 *
 * @example
 * const trend = sopTrend({ 2010: 0.13, 2016: 0.23, 2022: 0.5 }, 2009, 32);
 * trend.lastObservedYear; // → 2022
 */
export function sopTrend(observed: YearSeries, firstYear: number, simYears: number): SopTrend {
  const years = seriesYears(observed);
  if (years.length < 3) throw new Error('model: the SO&P share series needs at least 3 observations to fit its trend');
  const values = years.map((y) => observed[y]);
  const fit = fitLogistic(years, values, { upper: 1 });
  const nationalLogit = new Float64Array(simYears).fill(NaN);
  const last = years[years.length - 1];
  let j = 0;
  for (let i = 0; i < simYears; i++) {
    const t = firstYear + i;
    if (t > last) break;
    while (j < years.length - 1 && years[j + 1] <= t) j++;
    let v: number;
    if (t <= years[0]) v = values[0];
    else if (years[j] === t || j === years.length - 1) v = values[j];
    else v = values[j] + ((values[j + 1] - values[j]) * (t - years[j])) / (years[j + 1] - years[j]);
    nationalLogit[i] = logit(v);
  }
  return {
    firstYear,
    nationalLogit,
    lastObservedYear: last,
    lastObservedLogit: logit(values[values.length - 1]),
    ratePerYear: fit.params.ratePerYear,
    midpointYear: fit.params.midpointYear,
    residualSd: fit.residualSd,
    observedYears: years,
    observedValues: values,
  };
}

/**
 * The national logit share in year t: observed history, then the fitted pace × `slopeFactor`,
 * shifted by `logitShift` (`sop.trend.logit_shift`: the last observation's and later years' own
 * deviation from the trend) in every year after the last observation.
 *
 * @example
 * nationalLogitAt(trend, 2024, 1); // → logit(0.5) + 2 · trend.ratePerYear when the last observation is 0.5 in 2022
 * nationalLogitAt(trend, 2024, 1, 0.2); // → the same + 0.2
 */
export function nationalLogitAt(trend: SopTrend, year: number, slopeFactor: number, logitShift = 0): number {
  if (year <= trend.lastObservedYear) {
    const i = Math.max(0, year - trend.firstYear);
    return trend.nationalLogit[i];
  }
  return trend.lastObservedLogit + logitShift + slopeFactor * trend.ratePerYear * (year - trend.lastObservedYear);
}

/** Trajectory codes of `sop.trajectory`. */
export type SopTrajectory = 'logistic' | 'target' | 'frozen';

/**
 * The target share of one sector in year t after the base year B.
 * - logistic: expit(national logit(t) + δ_s);
 * - target: linear from the base-year share π_s(B) to `targetShare` in `targetYear`, then flat;
 * - frozen: π_s(B).
 *
 * @example
 * projectSectorShare('target', 0.5, 0.9, 2026, 2024, 1, 2030); // → 0.5 + (1 − 0.5) · 2/6 ≈ 0.667
 */
export function projectSectorShare(
  trajectory: SopTrajectory,
  baseShare: number,
  logisticShare: number,
  year: number,
  baseYear: number,
  targetShare: number,
  targetYear: number,
): number {
  if (year <= baseYear || trajectory === 'frozen') return baseShare;
  if (trajectory === 'logistic') return logisticShare;
  const span = targetYear - baseYear;
  const f = span <= 0 ? 1 : Math.min(1, (year - baseYear) / span);
  return baseShare + (targetShare - baseShare) * f;
}
