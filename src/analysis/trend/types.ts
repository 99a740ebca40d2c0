/**
 * A trend model fitted to a short yearly series (8–16 points): inflow per route, the SO&P share.
 *
 * Every fit carries its own prediction interval, computed on the model's `scale` (level, log or
 * logit) from the fit's residuals and a linearised parameter covariance, with Student-t quantiles
 * on `df` = n − (number of parameters) degrees of freedom. The method of each model is in its doc
 * comment; `docs/methods.md` summarises them. With series this short the intervals are themselves
 * uncertain; the backtest (`src/analysis/backtest.ts`) measures how often they actually cover.
 */
export interface TrendFit {
  /** Model code, one of {@link TREND_MODELS} (or a custom forecaster's name). */
  model: string;
  /** Fitted parameters by name (units in the names, e.g. `slopePerYear`). */
  params: Record<string, number>;
  /** Number of observations fitted. */
  n: number;
  /** Residual degrees of freedom of the interval (n − parameters, or the number of past errors). */
  df: number;
  /** The scale the residuals and intervals live on. */
  scale: TrendScale;
  /** Residual standard deviation on `scale` (log units for `log`, logit units for `logit`). */
  residualSd: number;
  /** First and last fitted year. */
  firstYear: number;
  lastYear: number;
  /** Point forecast for a year (in-sample or ahead). On log/logit scales this is the median. */
  predict(year: number): number;
  /** Central prediction interval [lo, hi] for a new observation in `year` at `level` (e.g. 0.9). */
  predictInterval(year: number, level: number): [number, number];
}

/** Scale of the residuals: `level` (identity), `log` (constant growth), `logit` (shares in (0, upper)). */
export type TrendScale = 'level' | 'log' | 'logit';

/** Trend models available to scenarios and the backtest. */
export const TREND_MODELS = ['linear', 'log-linear', 'constant', 'last-value', 'mean-of-last-3', 'logistic', 'logistic-3p', 'logistic-anchored'] as const;
export type TrendModelName = (typeof TREND_MODELS)[number];
