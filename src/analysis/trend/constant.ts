import { studentTQuantile } from '../stats/studentT';
import { checkLevel, linearisedFit, prepareSeries } from './linearisedFit';
import type { TrendFit } from './types';

/**
 * No trend: the mean of all observations. Prediction interval: exact (Student t, n − 1 df,
 * s·sqrt(1 + 1/n)) for independent normal noise around a fixed level.
 *
 * @example
 * fitConstant([2020, 2021, 2022], [4, 6, 8]).predict(2030); // → 6
 */
export function fitConstant(yearsIn: readonly number[], valuesIn: readonly number[]): TrendFit {
  const { years, values } = prepareSeries(yearsIn, valuesIn);
  const level = values.reduce((s, v) => s + v, 0) / values.length;
  return linearisedFit({
    model: 'constant',
    params: { level },
    years,
    observedOnScale: values,
    scale: 'level',
    parameterCount: 1,
    curveOnScale: () => level,
    gradientOnScale: () => [1],
    toLevel: (z) => z,
  });
}

/**
 * Recent level: the mean of the last `k` observations, carried forward flat.
 *
 * Prediction interval (empirical, random-walk scaling): the in-sample one-step forecast errors of
 * the same rule, e_t = y_t − mean(y_{t−k} … y_{t−1}) for every t with k predecessors, give
 * s = sqrt(mean e²) on df = number of such errors; h years after the last observation the
 * interval is level ± t_{df} · s · sqrt(h). The sqrt(h) growth is right for a random walk and
 * conservative for noise around a fixed level. Needs at least k + 2 observations.
 *
 * @example
 * const fit = fitMeanOfLast([2018, 2019, 2020, 2021, 2022], [1, 2, 3, 4, 5], 2);
 * fit.predict(2025); // → 4.5
 */
export function fitMeanOfLast(yearsIn: readonly number[], valuesIn: readonly number[], k = 3): TrendFit {
  const { years, values } = prepareSeries(yearsIn, valuesIn);
  const n = values.length;
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`mean-of-last: k must be a positive integer, got ${k}`);
  if (n < k + 2) throw new RangeError(`mean-of-last-${k}: needs at least ${k + 2} observations, got ${n}`);
  const meanOf = (from: number, to: number) => {
    let s = 0;
    for (let i = from; i < to; i++) s += values[i];
    return s / (to - from);
  };
  const level = meanOf(n - k, n);
  let sse = 0;
  let df = 0;
  for (let t = k; t < n; t++) {
    const e = values[t] - meanOf(t - k, t);
    sse += e * e;
    df++;
  }
  const residualSd = Math.sqrt(sse / df);
  const lastYear = years[n - 1];
  return {
    model: `mean-of-last-${k}`,
    params: { level, k },
    n,
    df,
    scale: 'level',
    residualSd,
    firstYear: years[0],
    lastYear,
    predict: () => level,
    predictInterval(year, level_) {
      checkLevel(level_);
      const h = Math.max(1, year - lastYear);
      const half = studentTQuantile((1 + level_) / 2, df) * residualSd * Math.sqrt(h);
      return [level - half, level + half];
    },
  };
}
