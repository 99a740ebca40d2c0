import { olsLine } from './linear';
import { levenbergMarquardt } from './leastSquares';
import { linearisedFit, meanYear, prepareSeries } from './linearisedFit';
import type { TrendFit } from './types';

/** Options of {@link fitLogistic}. */
export interface LogisticOptions {
  /** Asymptote (the share's ceiling) when it is fixed. Default 1 (a share can reach 100%). */
  upper?: number;
  /**
   * Fit the asymptote too (3-parameter logistic), within (max observed, `upperMax`]. Default false:
   * with 8–16 points on the lower half of an S-curve the asymptote is barely identified.
   */
  fitUpper?: boolean;
  /** Largest asymptote allowed when `fitUpper` (default 1). Also the ceiling of the interval scale. */
  upperMax?: number;
}

/**
 * Logistic trend for a share: `value = upper / (1 + exp(−ratePerYear · (year − midpointYear)))`.
 *
 * Fit: nonlinear least squares on the share scale (Levenberg–Marquardt), started from OLS on the
 * logit, so the fit is deterministic. With `fitUpper`, the asymptote is profiled: a 2-parameter fit
 * at each of 80 asymptotes between the largest observation and `upperMax`, then golden-section
 * refinement around the best; `upperAtBound` = 1 says the best asymptote is `upperMax` itself.
 *
 * Prediction interval: on the logit scale of value/ceiling (ceiling = `upper`, or `upperMax` when
 * fitted), by the linearised (delta-method) formula of {@link linearisedFit} with n − 2 (or n − 3)
 * df, mapped back, so it always stays inside (0, ceiling). With the asymptote fixed the logit curve
 * is a straight line and the interval is the exact OLS one around the NLS curve.
 *
 * @example
 * const years = [2010, 2011, 2012, 2013, 2014, 2015];
 * const share = years.map((y) => 1 / (1 + Math.exp(-0.2 * (y - 2022))));
 * fitLogistic(years, share).params.midpointYear; // ≈ 2022
 */
export function fitLogistic(yearsIn: readonly number[], valuesIn: readonly number[], options: LogisticOptions = {}): TrendFit {
  const { years, values } = prepareSeries(yearsIn, valuesIn);
  const fitUpper = options.fitUpper ?? false;
  const ceiling = fitUpper ? (options.upperMax ?? 1) : (options.upper ?? 1);
  if (!(ceiling > 0)) throw new RangeError(`logistic: the asymptote must be > 0, got ${ceiling}`);
  for (const v of values) {
    if (!(v > 0 && v < ceiling)) throw new RangeError(`logistic: values must lie strictly between 0 and ${ceiling}, found ${v}`);
  }
  const centre = meanYear(years);
  let best = fitFixedUpper(years, values, ceiling, centre);
  let upperAtBound = 0;
  if (fitUpper) {
    const maxObserved = Math.max(...values);
    const grid = 80;
    const uAt = (j: number) => maxObserved + (ceiling - maxObserved) * (j / grid) ** 2;
    let bestJ = grid;
    for (let j = 1; j < grid; j++) {
      const candidate = fitFixedUpper(years, values, uAt(j), centre);
      if (candidate.sse < best.sse) {
        best = candidate;
        bestJ = j;
      }
    }
    if (bestJ === grid) upperAtBound = 1;
    else {
      // Golden-section search on the profile between the neighbouring grid points.
      let lo = uAt(bestJ - 1) + 1e-9 * ceiling;
      let hi = uAt(bestJ + 1);
      const g = (Math.sqrt(5) - 1) / 2;
      for (let i = 0; i < 50; i++) {
        const u1 = hi - g * (hi - lo);
        const u2 = lo + g * (hi - lo);
        if (fitFixedUpper(years, values, u1, centre).sse < fitFixedUpper(years, values, u2, centre).sse) hi = u2;
        else lo = u1;
      }
      const refined = fitFixedUpper(years, values, (lo + hi) / 2, centre);
      if (refined.sse < best.sse) best = refined;
    }
  }
  const { a, b, upper } = best;
  const curve = (t: number, aa = a, bb = b, uu = upper) => uu / (1 + Math.exp(-(aa + bb * (t - centre))));
  const logitOfCeiling = (y: number) => Math.log(y / (ceiling - y));
  const params: Record<string, number> = {
    upper,
    ratePerYear: b,
    midpointYear: centre - a / b,
  };
  if (fitUpper) params.upperAtBound = upperAtBound;
  return linearisedFit({
    model: fitUpper ? 'logistic-3p' : 'logistic',
    params,
    years,
    observedOnScale: values.map(logitOfCeiling),
    scale: 'logit',
    parameterCount: fitUpper ? 3 : 2,
    curveOnScale: (t) => logitOfCeiling(curve(t)),
    gradientOnScale: fitUpper
      ? (t) => {
          // Numerical gradient of logit(f/ceiling) w.r.t. (a, b, upper): central differences.
          const h = [1e-6, 1e-7, 1e-7 * ceiling];
          const f = (da: number, db: number, du: number) => logitOfCeiling(Math.min(curve(t, a + da, b + db, upper + du), ceiling * (1 - 1e-15)));
          return [
            (f(h[0], 0, 0) - f(-h[0], 0, 0)) / (2 * h[0]),
            (f(0, h[1], 0) - f(0, -h[1], 0)) / (2 * h[1]),
            (f(0, 0, -h[2]) - f(0, 0, -3 * h[2])) / (2 * h[2]), // one-sided below: upper may sit at the ceiling
          ];
        }
      : (t) => [1, t - centre],
    toLevel: (z) => ceiling / (1 + Math.exp(-z)),
  });
}

interface FixedUpperFit {
  a: number;
  b: number;
  upper: number;
  sse: number;
}

function fitFixedUpper(years: readonly number[], values: readonly number[], upper: number, centre: number): FixedUpperFit {
  const logits = values.map((v) => {
    const p = Math.min(Math.max(v / upper, 1e-9), 1 - 1e-9);
    return Math.log(p / (1 - p));
  });
  const start = olsLine(years, logits);
  const value = (theta: readonly number[], i: number) => upper / (1 + Math.exp(-(theta[0] + theta[1] * (years[i] - centre))));
  const { theta, sse } = levenbergMarquardt(
    {
      n: years.length,
      y: values,
      value,
      gradient: (theta, i) => {
        const f = value(theta, i);
        const d = f * (1 - f / upper);
        return [d, d * (years[i] - centre)];
      },
    },
    [start.intercept, start.slope],
  );
  return { a: theta[0], b: theta[1], upper, sse };
}
