import { fitConstant, fitMeanOfLast } from './constant';
import { fitLinear } from './linear';
import { fitLogLinear } from './logLinear';
import { fitLogistic } from './logistic';
import { fitAnchoredLogistic } from './anchoredLogistic';
import type { TrendFit, TrendModelName } from './types';

export * from './types';
export { fitLinear, olsLine } from './linear';
export { fitLogLinear } from './logLinear';
export { fitConstant, fitMeanOfLast } from './constant';
export { fitLogistic } from './logistic';
export { fitAnchoredLogistic } from './anchoredLogistic';
export type { LogisticOptions } from './logistic';
export { levenbergMarquardt, invertMatrix } from './leastSquares';

/**
 * Fits a trend model by name (the names of {@link TREND_MODELS}); `upper` is the logistic
 * asymptote (or its maximum for `logistic-3p`), default 1.
 *
 * @example
 * fitTrend('linear', [2020, 2021, 2022], [1, 3, 5]).predict(2024); // → 9
 */
export function fitTrend(model: TrendModelName, years: readonly number[], values: readonly number[], options: { upper?: number } = {}): TrendFit {
  switch (model) {
    case 'linear':
      return fitLinear(years, values);
    case 'log-linear':
      return fitLogLinear(years, values);
    case 'constant':
      return fitConstant(years, values);
    case 'last-value':
      return { ...fitMeanOfLast(years, values, 1), model: 'last-value' };
    case 'mean-of-last-3':
      return fitMeanOfLast(years, values, 3);
    case 'logistic':
      return fitLogistic(years, values, { upper: options.upper ?? 1 });
    case 'logistic-3p':
      return fitLogistic(years, values, { fitUpper: true, upperMax: options.upper ?? 1 });
    case 'logistic-anchored':
      return fitAnchoredLogistic(years, values, { upper: options.upper ?? 1 });
  }
}

/** Minimum number of observations each model needs for an interval. */
export const TREND_MIN_POINTS: Readonly<Record<TrendModelName, number>> = {
  linear: 3,
  'log-linear': 3,
  constant: 2,
  'last-value': 3,
  'mean-of-last-3': 5,
  logistic: 3,
  'logistic-3p': 4,
  'logistic-anchored': 3,
};
