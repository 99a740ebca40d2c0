import { studentTQuantile } from '../stats/studentT';
import { invertMatrix, normalMatrix, quadraticForm } from './leastSquares';
import type { TrendFit, TrendScale } from './types';

/** What a model gives to {@link linearisedFit}: its curve and gradient on the interval scale. */
export interface LinearisedFitSpec {
  model: string;
  params: Record<string, number>;
  years: readonly number[];
  /** Observed values transformed to `scale` (g(y_i)). */
  observedOnScale: readonly number[];
  scale: TrendScale;
  /** Number of fitted parameters (for the degrees of freedom). */
  parameterCount: number;
  /** g(f(year)): the fitted curve on `scale`. */
  curveOnScale(year: number): number;
  /** ∂g(f(year))/∂θ: gradient of the curve on `scale` w.r.t. the parameters. */
  gradientOnScale(year: number): number[];
  /** g⁻¹: back from `scale` to the level of the series. */
  toLevel(z: number): number;
}

/**
 * Builds a {@link TrendFit} whose prediction interval is the linearised (delta-method) one on the
 * model's scale: for a new observation in year t0,
 * `g(f(t0)) ± t_{df, (1+level)/2} · s · sqrt(1 + j0ᵀ (JᵀJ)⁻¹ j0)`, mapped back with g⁻¹,
 * where s² = Σ residuals² / (n − p) on the scale, J the gradient rows at the fitted years and j0
 * the gradient at t0. For linear models (linear, log-linear, constant) this is the exact
 * textbook OLS prediction interval under normal, independent, homoscedastic errors; for the
 * logistic it is the usual asymptotic approximation. It ignores autocorrelation of residuals, so
 * it tends to be too narrow several years ahead; the backtest measures by how much.
 *
 * @example
 * const fit = linearisedFit({ model: 'constant', params: { level: 2 }, years: [1, 2, 3],
 *   observedOnScale: [1, 2, 3], scale: 'level', parameterCount: 1,
 *   curveOnScale: () => 2, gradientOnScale: () => [1], toLevel: (z) => z });
 * fit.residualSd; // → 1
 */
export function linearisedFit(spec: LinearisedFitSpec): TrendFit {
  const n = spec.years.length;
  const df = n - spec.parameterCount;
  if (df < 1) throw new RangeError(`${spec.model}: needs at least ${spec.parameterCount + 1} observations, got ${n}`);
  let sse = 0;
  for (let i = 0; i < n; i++) {
    const r = spec.observedOnScale[i] - spec.curveOnScale(spec.years[i]);
    sse += r * r;
  }
  const residualSd = Math.sqrt(sse / df);
  const covarianceFactor = invertMatrix(normalMatrix(spec.years.map((y) => spec.gradientOnScale(y))));
  return {
    model: spec.model,
    params: { ...spec.params },
    n,
    df,
    scale: spec.scale,
    residualSd,
    firstYear: spec.years[0],
    lastYear: spec.years[n - 1],
    predict: (year) => spec.toLevel(spec.curveOnScale(year)),
    predictInterval(year, level) {
      checkLevel(level);
      const leverage = covarianceFactor ? quadraticForm(covarianceFactor, spec.gradientOnScale(year)) : 0;
      const sd = residualSd * Math.sqrt(1 + leverage);
      const t = studentTQuantile((1 + level) / 2, df);
      const z = spec.curveOnScale(year);
      return [spec.toLevel(z - t * sd), spec.toLevel(z + t * sd)];
    },
  };
}

/**
 * Throws a RangeError unless 0 < level < 1.
 *
 * @example
 * checkLevel(0.9); // ok; checkLevel(90) throws
 */
export function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`interval level must be in (0, 1), got ${level}`);
}

/**
 * Checks a series for fitting and returns it sorted by year: equal lengths, finite numbers,
 * distinct years.
 *
 * @example
 * prepareSeries([2012, 2010], [2, 1]); // → { years: [2010, 2012], values: [1, 2] }
 */
export function prepareSeries(years: readonly number[], values: readonly number[]): { years: number[]; values: number[] } {
  if (years.length !== values.length) throw new RangeError(`years (${years.length}) and values (${values.length}) differ in length`);
  const pairs = years.map((y, i) => [y, values[i]] as const);
  for (const [y, v] of pairs) {
    if (!Number.isFinite(y) || !Number.isFinite(v)) throw new RangeError(`non-finite point (${y}, ${v})`);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < pairs.length; i++) {
    if (pairs[i][0] === pairs[i - 1][0]) throw new RangeError(`year ${pairs[i][0]} appears twice`);
  }
  return { years: pairs.map((p) => p[0]), values: pairs.map((p) => p[1]) };
}

/**
 * Mean of the years, used to centre the time axis (better-conditioned fits).
 *
 * @example
 * meanYear([2010, 2011, 2012]); // → 2011
 */
export function meanYear(years: readonly number[]): number {
  return years.reduce((s, y) => s + y, 0) / years.length;
}
