import { studentTQuantile } from '../stats/studentT';
import { fitLogistic } from './logistic';
import { checkLevel, meanYear, prepareSeries } from './linearisedFit';
import type { TrendFit } from './types';

/**
 * The SO&P-share rule of the model (src/model/sop-share.ts): the logistic trend's pace, continued
 * from the last observation on the logit scale,
 * `logit π(t) = logit π(last) + ratePerYear · (t − last)`, with ratePerYear from {@link fitLogistic}
 * (asymptote `upper`, default 1). Unlike the fitted curve it passes through the last observation.
 *
 * Prediction interval (logit scale, mapped back): the forecast error h = t − last years ahead is
 * the new year's noise minus the last observation's noise minus the slope error times h, so with
 * s the residual sd of the logistic fit on the logit scale and Sxx = Σ(t_i − t̄)²:
 * `± t_{n−2} · s · sqrt(2 + h² / Sxx)`. This treats the residuals as independent; if they are
 * persistent (autocorrelated), anchoring is more accurate and this interval too wide, which the
 * backtest shows.
 *
 * @example
 * const fit = fitAnchoredLogistic([2010, 2011, 2012, 2013], [0.1, 0.12, 0.15, 0.17]);
 * fit.predict(2013); // → 0.17 (passes through the last observation)
 */
export function fitAnchoredLogistic(yearsIn: readonly number[], valuesIn: readonly number[], options: { upper?: number } = {}): TrendFit {
  const { years, values } = prepareSeries(yearsIn, valuesIn);
  const upper = options.upper ?? 1;
  const logistic = fitLogistic(years, values, { upper });
  const rate = logistic.params.ratePerYear;
  const n = years.length;
  const lastYear = years[n - 1];
  const toLogit = (y: number) => Math.log(y / (upper - y));
  const toLevel = (z: number) => upper / (1 + Math.exp(-z));
  const anchor = toLogit(values[n - 1]);
  const centre = meanYear(years);
  const sxx = years.reduce((s, y) => s + (y - centre) ** 2, 0);
  return {
    model: 'logistic-anchored',
    params: { ratePerYear: rate, anchorYear: lastYear, anchorValue: values[n - 1], upper },
    n,
    df: logistic.df,
    scale: 'logit',
    residualSd: logistic.residualSd,
    firstYear: years[0],
    lastYear,
    predict: (year) => toLevel(anchor + rate * (year - lastYear)),
    predictInterval(year, level) {
      checkLevel(level);
      const h = Math.max(0, year - lastYear);
      const sd = logistic.residualSd * Math.sqrt((h > 0 ? 2 : 0) + (h * h) / sxx);
      const t = studentTQuantile((1 + level) / 2, logistic.df);
      const z = anchor + rate * (year - lastYear);
      return [toLevel(z - t * sd), toLevel(z + t * sd)];
    },
  };
}
