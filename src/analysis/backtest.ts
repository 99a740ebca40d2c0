import { clopperPearsonInterval, signTestPValue, studentTQuantile, wilsonInterval } from './stats';
import { fitTrend, TREND_MIN_POINTS } from './trend';
import type { TrendFit, TrendModelName } from './trend';

/**
 * A forecasting rule that is not one of the named trend models, e.g. the band the ensemble itself
 * draws (src/analysis/registryBands.ts). `fit` may throw when the rule does not apply to a series.
 */
export interface Forecaster {
  name: string;
  fit(years: readonly number[], values: readonly number[], series: BacktestSeries): TrendFit;
  /** Fewest observations the rule needs (default 3). */
  minPoints?: number;
}

/**
 * Rolling-origin backtest of the trend models on short observed series (DESIGN.md §2.0, issue 9).
 *
 * For every series and every origin (the last year used for fitting) that leaves at least
 * `minTrainPoints` observations to fit and at least one later observation to forecast, each model
 * is fitted on the observations up to the origin and forecasts the observed years 1..`maxHorizon`
 * years ahead; the forecast is compared with what was observed. So the last k observed years are
 * hidden for k = 1, 2, … and every hidden year within the horizon is scored.
 *
 * Honest caveats, repeated in the output: forecasts from neighbouring origins share most of their
 * training data and their errors are correlated, so the binomial intervals of coverage and the
 * paired comparisons treat correlated forecasts as independent and are too narrow; with 8–16
 * points per series a difference between models is only claimed when a sign test and a t interval
 * of the paired differences both say so.
 */

/** One observed series to backtest. */
export interface BacktestSeries {
  /** Identifier, e.g. `inflow.pabo` or `sop.share`. */
  id: string;
  /** Pooling group: series in one group are summarised together (e.g. all inflow routes). */
  group: string;
  years: readonly number[];
  values: readonly number[];
  /** Asymptote for logistic models (shares: 1). */
  upper?: number;
}

/** Options of {@link runBacktest}. */
export interface BacktestOptions {
  /** Named trend models and/or custom forecasters. */
  models: readonly (TrendModelName | Forecaster)[];
  /** Fewest observations a fit may use (default 6). */
  minTrainPoints?: number;
  /** Forecast horizons scored: 1..maxHorizon years after the origin (default 3). */
  maxHorizon?: number;
  /** Nominal level of the prediction intervals checked (default 0.9). */
  level?: number;
}

/** One scored forecast. */
export interface ForecastRecord {
  series: string;
  group: string;
  model: string;
  /** Last year used for fitting. */
  originYear: number;
  /** Observations used for fitting. */
  nTrain: number;
  year: number;
  /** Years ahead of the origin. */
  horizon: number;
  actual: number;
  forecast: number;
  lo: number;
  hi: number;
  /** (forecast − actual) / actual. */
  relativeError: number;
  covered: boolean;
}

/** Accuracy of one model on one series (or a pooled group), one horizon or all. */
export interface BacktestSummaryRow {
  /** A series id or `pooled:<group>`. */
  scope: string;
  model: string;
  /** `all` or a horizon in years. */
  horizon: number | 'all';
  /** Forecasts scored. */
  n: number;
  /** Series contributing. */
  nSeries: number;
  /**
   * Distinct observed values forecast (series × year). Forecasts of one year from several origins
   * share that year's noise, so the coverage interval uses this as its sample size.
   */
  nTargets: number;
  /** Mean absolute percentage error (a fraction: 0.1 = 10%). */
  mape: number;
  /** Mean signed percentage error, forecast − actual (positive = forecasts too high). */
  bias: number;
  /** Mean absolute error in the series' unit. */
  mae: number;
  /**
   * Share of forecasts inside their interval, with 95% Wilson and Clopper–Pearson intervals computed
   * on `nTargets` observations (the effective sample size), not `n`.
   */
  coverage: number;
  coverageWilsonLo: number;
  coverageWilsonHi: number;
  coverageExactLo: number;
  coverageExactHi: number;
  /** True when the nominal level lies inside the Wilson interval. */
  coverageConsistent: boolean;
}

/** A paired comparison of two models' absolute percentage errors on the same forecasts. */
export interface ModelComparisonRow {
  scope: string;
  modelA: string;
  modelB: string;
  /** Paired targets (series × year; differences from several origins averaged per target). */
  n: number;
  /** Mean over targets of |APE_A| − |APE_B| (negative: A is more accurate). */
  meanDifference: number;
  /** Naive 95% t interval of the mean difference (treats pairs as independent). */
  differenceLo: number;
  differenceHi: number;
  /** Targets where A's error is smaller, and non-tied targets. */
  winsA: number;
  nonTied: number;
  /** Two-sided exact sign-test p-value. */
  signTestP: number;
  /** `A more accurate`, `B more accurate` or `cannot tell apart`. */
  verdict: string;
}

/** Everything a backtest produces. */
export interface BacktestResult {
  forecasts: ForecastRecord[];
  summary: BacktestSummaryRow[];
  comparisons: ModelComparisonRow[];
  level: number;
  /** Plain-language caveats to print with the tables. */
  notes: string[];
}

/**
 * Runs the rolling-origin backtest of `options.models` on each series. Deterministic.
 *
 * @example
 * const result = runBacktest(
 *   [{ id: 'inflow.pabo', group: 'inflow', years: [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016],
 *      values: [8852, 9119, 7913, 6984, 7445, 7568, 5046, 5578] }],
 *   { models: ['linear', 'mean-of-last-3'], minTrainPoints: 5 });
 * result.summary.find((r) => r.scope === 'inflow.pabo' && r.model === 'linear' && r.horizon === 'all')?.n; // → 6
 */
export function runBacktest(series: readonly BacktestSeries[], options: BacktestOptions): BacktestResult {
  const minTrain = options.minTrainPoints ?? 6;
  const maxHorizon = options.maxHorizon ?? 3;
  const level = options.level ?? 0.9;
  const forecasters: Forecaster[] = options.models.map((m) =>
    typeof m === 'string' ? { name: m, minPoints: TREND_MIN_POINTS[m], fit: (y, v, s) => fitTrend(m, y, v, { upper: s.upper }) } : m,
  );
  const modelNames = forecasters.map((f) => f.name);
  const forecasts: ForecastRecord[] = [];
  for (const s of series) {
    const order = s.years.map((y, i) => [y, s.values[i]] as const).sort((a, b) => a[0] - b[0]);
    const years = order.map((p) => p[0]);
    const values = order.map((p) => p[1]);
    for (let origin = minTrain - 1; origin < years.length - 1; origin++) {
      const trainYears = years.slice(0, origin + 1);
      const trainValues = values.slice(0, origin + 1);
      const originYear = years[origin];
      for (const forecaster of forecasters) {
        const model = forecaster.name;
        if (trainYears.length < Math.max(forecaster.minPoints ?? 3, minTrain)) continue;
        let fit;
        try {
          fit = forecaster.fit(trainYears, trainValues, s);
        } catch {
          continue; // e.g. a share model on a series outside (0, 1): the model does not apply
        }
        for (let j = origin + 1; j < years.length; j++) {
          const horizon = years[j] - originYear;
          if (horizon > maxHorizon) break;
          const actual = values[j];
          const forecast = fit.predict(years[j]);
          const [lo, hi] = fit.predictInterval(years[j], level);
          forecasts.push({
            series: s.id,
            group: s.group,
            model,
            originYear,
            nTrain: trainYears.length,
            year: years[j],
            horizon,
            actual,
            forecast,
            lo,
            hi,
            relativeError: (forecast - actual) / actual,
            covered: actual >= lo && actual <= hi,
          });
        }
      }
    }
  }
  const scopes: { scope: string; pick: (f: ForecastRecord) => boolean }[] = [
    ...series.map((s) => ({ scope: s.id, pick: (f: ForecastRecord) => f.series === s.id })),
    ...[...new Set(series.map((s) => s.group))]
      .filter((g) => series.filter((s) => s.group === g).length > 1)
      .map((g) => ({ scope: `pooled:${g}`, pick: (f: ForecastRecord) => f.group === g })),
  ];
  const horizons: (number | 'all')[] = ['all', ...Array.from({ length: maxHorizon }, (_, i) => i + 1)];
  const summary: BacktestSummaryRow[] = [];
  const comparisons: ModelComparisonRow[] = [];
  for (const { scope, pick } of scopes) {
    const inScope = forecasts.filter(pick);
    for (const model of modelNames) {
      for (const horizon of horizons) {
        const rows = inScope.filter((f) => f.model === model && (horizon === 'all' || f.horizon === horizon));
        if (rows.length > 0) summary.push(summarise(scope, model, horizon, rows, level));
      }
    }
    for (let a = 0; a < modelNames.length; a++) {
      for (let b = a + 1; b < modelNames.length; b++) {
        const row = compareModels(scope, modelNames[a], modelNames[b], inScope);
        if (row) comparisons.push(row);
      }
    }
  }
  return {
    forecasts,
    summary,
    comparisons,
    level,
    notes: [
      `Rolling origin: fits use ≥ ${minTrain} observations; every later observed year up to ${maxHorizon} years ahead is scored.`,
      'Forecasts of one year from several origins share its noise: coverage intervals and paired comparisons count distinct (series, year) targets, not forecasts. Neighbouring origins also share training data, so both remain somewhat optimistic.',
      'Models are only called different when a sign test (p < 0.05) and the t interval of the paired differences agree; otherwise: cannot tell apart.',
    ],
  };
}

function summarise(scope: string, model: string, horizon: number | 'all', rows: readonly ForecastRecord[], level: number): BacktestSummaryRow {
  const n = rows.length;
  const covered = rows.filter((r) => r.covered).length;
  const nTargets = new Set(rows.map((r) => `${r.series}|${r.year}`)).size;
  const effectiveCovered = Math.round((covered / n) * nTargets);
  const [wLo, wHi] = wilsonInterval(effectiveCovered, nTargets, 0.95);
  const [cLo, cHi] = clopperPearsonInterval(effectiveCovered, nTargets, 0.95);
  return {
    scope,
    model,
    horizon,
    n,
    nSeries: new Set(rows.map((r) => r.series)).size,
    nTargets,
    mape: mean(rows.map((r) => Math.abs(r.relativeError))),
    bias: mean(rows.map((r) => r.relativeError)),
    mae: mean(rows.map((r) => Math.abs(r.forecast - r.actual))),
    coverage: covered / n,
    coverageWilsonLo: wLo,
    coverageWilsonHi: wHi,
    coverageExactLo: cLo,
    coverageExactHi: cHi,
    coverageConsistent: level >= wLo && level <= wHi,
  };
}

function compareModels(scope: string, modelA: string, modelB: string, forecasts: readonly ForecastRecord[]): ModelComparisonRow | undefined {
  const key = (f: ForecastRecord) => `${f.series}|${f.originYear}|${f.year}`;
  const errorsB = new Map(forecasts.filter((f) => f.model === modelB).map((f) => [key(f), Math.abs(f.relativeError)]));
  // Paired differences, averaged per target (series × year): forecasts of one year from several
  // origins share its noise, so the target is the unit of the tests.
  const byTarget = new Map<string, number[]>();
  for (const f of forecasts) {
    if (f.model !== modelA) continue;
    const eb = errorsB.get(key(f));
    if (eb === undefined) continue;
    const target = `${f.series}|${f.year}`;
    const list = byTarget.get(target) ?? [];
    list.push(Math.abs(f.relativeError) - eb);
    byTarget.set(target, list);
  }
  const diffs = [...byTarget.values()].map(mean);
  const n = diffs.length;
  if (n < 2) return undefined;
  const m = mean(diffs);
  const sd = Math.sqrt(diffs.reduce((s, d) => s + (d - m) ** 2, 0) / (n - 1));
  const half = studentTQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  const winsA = diffs.filter((d) => d < 0).length;
  const nonTied = diffs.filter((d) => d !== 0).length;
  const p = signTestPValue(winsA, nonTied);
  const lo = m - half;
  const hi = m + half;
  let verdict = 'cannot tell apart';
  if (p < 0.05 && hi < 0) verdict = `${modelA} more accurate`;
  else if (p < 0.05 && lo > 0) verdict = `${modelB} more accurate`;
  return { scope, modelA, modelB, n, meanDifference: m, differenceLo: lo, differenceHi: hi, winsA, nonTied, signTestP: p, verdict };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

/** The model a backtest recommends for one scope, and why. */
export interface ModelChoice {
  scope: string;
  model: string;
  /** Why, in one sentence with the numbers. */
  reason: string;
  /** Models whose accuracy the data cannot tell apart from the chosen one. */
  indistinguishableFrom: string[];
}

/**
 * Picks a model for a scope (a series id or `pooled:<group>`) from a backtest: the lowest MAPE
 * over all horizons among models whose interval coverage is consistent with the nominal level
 * (the level inside the 95% Wilson interval of coverage); if none is, the lowest MAPE overall.
 * `candidates` restricts the choice (e.g. only bounded models for a share).
 *
 * @example
 * // const choice = chooseModel(result, 'pooled:inflow');
 * // choice.model → 'mean-of-last-3'; choice.reason → 'lowest MAPE 17.1% (n = 24) …'
 */
export function chooseModel(result: BacktestResult, scope: string, candidates?: readonly string[]): ModelChoice | undefined {
  const rows = result.summary.filter((r) => r.scope === scope && r.horizon === 'all' && (!candidates || candidates.includes(r.model)));
  if (rows.length === 0) return undefined;
  const consistent = rows.filter((r) => r.coverageConsistent);
  const pool = consistent.length > 0 ? consistent : rows;
  const best = [...pool].sort((a, b) => a.mape - b.mape || a.model.localeCompare(b.model))[0];
  const indistinguishableFrom = result.comparisons
    .filter((c) => c.scope === scope && (c.modelA === best.model || c.modelB === best.model) && c.verdict === 'cannot tell apart')
    .map((c) => (c.modelA === best.model ? c.modelB : c.modelA))
    .filter((m) => !candidates || candidates.includes(m));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const reason =
    `lowest MAPE ${pct(best.mape)} (n = ${best.n} forecasts, ${best.nSeries} series)` +
    (consistent.length > 0 ? ` among models whose ${pct(result.level)} intervals covered at a consistent rate` : ' (no model covered at a consistent rate)') +
    `; coverage ${pct(best.coverage)} [95% Wilson ${pct(best.coverageWilsonLo)}–${pct(best.coverageWilsonHi)}]` +
    (indistinguishableFrom.length > 0 ? `; the data cannot tell it apart from ${indistinguishableFrom.join(', ')}` : '');
  return { scope, model: best.model, reason, indistinguishableFrom };
}
