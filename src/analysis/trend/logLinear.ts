import { olsLine } from './linear';
import { linearisedFit, prepareSeries } from './linearisedFit';
import type { TrendFit } from './types';

/**
 * Constant growth: OLS of log(value) on year, `value = exp(a + b · (year − centreYear))`.
 * `growthRatePerYear` = exp(b) − 1. Values must be > 0. Prediction interval: exact OLS interval on
 * the log scale, exponentiated (so it is asymmetric and never negative); `predict` returns the
 * median exp(a + b·t), not the mean.
 *
 * @example
 * const fit = fitLogLinear([2020, 2021, 2022], [100, 110, 121]);
 * fit.params.growthRatePerYear; // ≈ 0.1
 */
export function fitLogLinear(yearsIn: readonly number[], valuesIn: readonly number[]): TrendFit {
  const { years, values } = prepareSeries(yearsIn, valuesIn);
  for (const v of values) if (!(v > 0)) throw new RangeError(`log-linear: values must be > 0, found ${v}`);
  const logs = values.map(Math.log);
  const { intercept, slope, centre } = olsLine(years, logs);
  return linearisedFit({
    model: 'log-linear',
    params: { logLevelAtCentre: intercept, logSlopePerYear: slope, growthRatePerYear: Math.exp(slope) - 1, centreYear: centre },
    years,
    observedOnScale: logs,
    scale: 'log',
    parameterCount: 2,
    curveOnScale: (t) => intercept + slope * (t - centre),
    gradientOnScale: (t) => [1, t - centre],
    toLevel: Math.exp,
  });
}
