import { linearisedFit, meanYear, prepareSeries } from './linearisedFit';
import type { TrendFit } from './types';

/**
 * Ordinary least-squares straight line `value = level + slopePerYear · (year − centreYear)`.
 * Prediction interval: the exact OLS interval (Student t, n − 2 df), see {@link linearisedFit}.
 * Params: `slopePerYear`, `interceptAtCentre`, `centreYear`.
 *
 * @example
 * const fit = fitLinear([2020, 2021, 2022], [1, 3, 5]);
 * fit.params.slopePerYear; // → 2
 * fit.predict(2023);       // → 7
 */
export function fitLinear(yearsIn: readonly number[], valuesIn: readonly number[]): TrendFit {
  const { years, values } = prepareSeries(yearsIn, valuesIn);
  const { intercept, slope, centre } = olsLine(years, values);
  return linearisedFit({
    model: 'linear',
    params: { interceptAtCentre: intercept, slopePerYear: slope, centreYear: centre },
    years,
    observedOnScale: values,
    scale: 'level',
    parameterCount: 2,
    curveOnScale: (t) => intercept + slope * (t - centre),
    gradientOnScale: (t) => [1, t - centre],
    toLevel: (z) => z,
  });
}

/**
 * OLS line through (x, y) with x centred at its mean: y = intercept + slope · (x − centre).
 *
 * @example
 * olsLine([0, 1, 2], [1, 3, 5]); // → { intercept: 3, slope: 2, centre: 1 }
 */
export function olsLine(x: readonly number[], y: readonly number[]): { intercept: number; slope: number; centre: number } {
  const centre = meanYear(x);
  const yBar = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - centre) * (y[i] - yBar);
    sxx += (x[i] - centre) ** 2;
  }
  if (sxx === 0) throw new RangeError('olsLine: needs at least two distinct x values');
  return { intercept: yBar, slope: sxy / sxx, centre };
}
