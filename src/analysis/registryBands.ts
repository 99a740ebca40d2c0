import { inverseCdf } from '../ensemble/distributions';
import type { Distribution } from '../params/types';
import type { ResolvedScenario } from '../scenario/types';
import type { Forecaster } from './backtest';
import { checkLevel, prepareSeries } from './trend/linearisedFit';
import { fitLogistic } from './trend/logistic';
import type { TrendFit } from './trend/types';

/**
 * The bands the ensemble itself draws, as backtest forecasters, so the backtest checks the
 * uncertainty the model states (not only the trend models' own intervals):
 *
 * - inflow of a route: last observation × L × (1 + g)^h, with L = `pipeline.inflow.<route>.level_factor`
 *   and g = `pipeline.inflow.<route>.growth_rate` drawn independently from the scenario's
 *   distributions (the model's rule after the base year, with the origin in the role of the base year);
 * - SO&P share: expit(logit(last) + δ + f · k · h), k the rate of the logistic fitted on the years up
 *   to the origin, f = `sop.trend.slope_factor` and δ = `sop.trend.logit_shift` drawn independently
 *   (src/model/sop-share.ts); a scenario without `sop.trend.logit_shift` uses δ = 0.
 *
 * Quantiles of L·(1 + g)^h and of δ + f·k·h are computed on a 200 × 200 grid of the two inverse
 * CDFs at mid-point probabilities (deterministic; the grid's quantile error is well below 0.5%).
 */

const GRID = 200;

function gridQuantiles(d: Distribution | undefined, fallback: number): number[] {
  if (!d) return [fallback];
  const q = inverseCdf(d);
  return Array.from({ length: GRID }, (_, i) => q((i + 0.5) / GRID));
}

function type7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The ensemble's inflow band for `route` under `scenario`, as a forecaster named `registry-band`.
 *
 * @example
 * runBacktest(series, { models: ['last-value', inflowRegistryForecaster(baseline, 'pabo')] });
 */
export function inflowRegistryForecaster(scenario: ResolvedScenario, route: string): Forecaster {
  const levelParam = scenario.params[`pipeline.inflow.${route}.level_factor`];
  const growthParam = scenario.params[`pipeline.inflow.${route}.growth_rate`];
  if (!levelParam || !growthParam) throw new RangeError(`the scenario has no inflow level/growth parameters for ${route}`);
  const levels = gridQuantiles(levelParam.distribution, levelParam.value as number);
  const growths = gridQuantiles(growthParam.distribution, growthParam.value as number);
  const levelDefault = levelParam.value as number;
  const growthDefault = growthParam.value as number;
  const bandCache = new Map<number, number[]>();
  const sortedFactors = (h: number) => {
    let s = bandCache.get(h);
    if (!s) {
      s = [];
      for (const l of levels) for (const g of growths) s.push(l * (1 + g) ** h);
      s.sort((a, b) => a - b);
      bandCache.set(h, s);
    }
    return s;
  };
  return {
    name: 'registry-band',
    minPoints: 1,
    fit(yearsIn, valuesIn): TrendFit {
      const { years, values } = prepareSeries(yearsIn, valuesIn);
      const last = values[values.length - 1];
      const lastYear = years[years.length - 1];
      return {
        model: 'registry-band',
        params: { last, levelFactor: levelDefault, growthRatePerYear: growthDefault },
        n: years.length,
        df: Infinity,
        scale: 'level',
        residualSd: NaN,
        firstYear: years[0],
        lastYear,
        predict: (year) => last * levelDefault * (1 + growthDefault) ** Math.max(0, year - lastYear),
        predictInterval(year, level) {
          checkLevel(level);
          const s = sortedFactors(Math.max(0, year - lastYear));
          return [last * type7(s, (1 - level) / 2), last * type7(s, (1 + level) / 2)];
        },
      };
    },
  };
}

/**
 * The ensemble's SO&P-share band under `scenario` (trajectory `logistic`), as a forecaster named
 * `registry-band`.
 *
 * @example
 * runBacktest([shareSeries], { models: ['logistic-anchored', sopRegistryForecaster(baseline)] });
 */
export function sopRegistryForecaster(scenario: ResolvedScenario): Forecaster {
  const slope = scenario.params['sop.trend.slope_factor'];
  if (!slope) throw new RangeError('the scenario has no sop.trend.slope_factor');
  const shift = scenario.params['sop.trend.logit_shift'];
  const factors = gridQuantiles(slope.distribution, slope.value as number);
  const shifts = shift ? gridQuantiles(shift.distribution, shift.value as number) : [0];
  const factorDefault = slope.value as number;
  const shiftDefault = shift ? (shift.value as number) : 0;
  const logit = (x: number) => Math.log(x / (1 - x));
  const expit = (z: number) => 1 / (1 + Math.exp(-z));
  return {
    name: 'registry-band',
    minPoints: 3,
    fit(yearsIn, valuesIn): TrendFit {
      const { years, values } = prepareSeries(yearsIn, valuesIn);
      const rate = fitLogistic(years, values, { upper: 1 }).params.ratePerYear;
      const lastYear = years[years.length - 1];
      const anchor = logit(values[values.length - 1]);
      const bandCache = new Map<number, number[]>();
      const sortedOffsets = (h: number) => {
        let o = bandCache.get(h);
        if (!o) {
          o = [];
          for (const d of shifts) for (const f of factors) o.push(d + f * rate * h);
          o.sort((a, b) => a - b);
          bandCache.set(h, o);
        }
        return o;
      };
      return {
        model: 'registry-band',
        params: { ratePerYear: rate, slopeFactor: factorDefault, logitShift: shiftDefault, anchorYear: lastYear },
        n: years.length,
        df: Infinity,
        scale: 'logit',
        residualSd: NaN,
        firstYear: years[0],
        lastYear,
        predict: (year) => expit(anchor + (year > lastYear ? shiftDefault : 0) + factorDefault * rate * (year - lastYear)),
        predictInterval(year, level) {
          checkLevel(level);
          const h = Math.max(0, year - lastYear);
          if (h === 0) return [values[values.length - 1], values[values.length - 1]];
          const o = sortedOffsets(h);
          return [expit(anchor + type7(o, (1 - level) / 2)), expit(anchor + type7(o, (1 + level) / 2))];
        },
      };
    },
  };
}
