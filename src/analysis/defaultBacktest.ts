import type { ResolvedScenario } from '../scenario/types';
import { chooseModel, runBacktest, type BacktestResult, type Forecaster, type ModelChoice } from './backtest';
import { defaultBacktestSeries } from './backtestSeries';
import { inflowRegistryForecaster, sopRegistryForecaster } from './registryBands';
import type { TrendModelName } from './trend';

/**
 * The forecasting rules the model uses by default (src/model): inflow after the last observation
 * is carried flat (`last-value`, then × level factor × (1 + growth)^t in projected years), and the
 * SO&P share continues the fitted logistic pace from its last observation (`logistic-anchored`).
 */
export const MODEL_DEFAULT_TRENDS = { inflow: 'last-value', share: 'logistic-anchored' } as const;

/** Alternatives scored against the defaults. */
export const INFLOW_ALTERNATIVES: readonly TrendModelName[] = ['mean-of-last-3', 'linear', 'log-linear', 'constant'];
export const SHARE_ALTERNATIVES: readonly TrendModelName[] = ['logistic', 'logistic-3p', 'log-linear', 'linear', 'last-value'];

/** Options of {@link runDefaultBacktest}. */
export interface DefaultBacktestOptions {
  dataDir?: string;
  /** Scenario whose distributions give the `registry-band` forecaster (the ensemble's own band). */
  scenario?: ResolvedScenario;
  minTrainPoints?: number;
  maxHorizon?: number;
  level?: number;
}

/**
 * The horizon backtest of the inflow rules (issue 13): 1 to `maxHorizon` years ahead, on every
 * inflow series of at least `minPoints` published values (each definition its own series), from
 * every origin with at least `minTrainPoints` values. 2030 is 6–7 years past the last observations,
 * so coverage is reported per horizon, and which horizons the data could test.
 */
export const INFLOW_HORIZON_BACKTEST = { maxHorizon: 8, minPoints: 3, minTrainPoints: 1 } as const;

/** Coverage of the inflow rules by horizon (see {@link INFLOW_HORIZON_BACKTEST}). */
export interface InflowHorizonBacktest {
  result: BacktestResult;
  /** Horizons (years ahead) with at least one scored forecast of the ensemble's band (or of last-value without a scenario). */
  tested: number[];
  /** Horizons in 1..maxHorizon the data cannot test (no two values that far apart on one definition). */
  untested: number[];
}

/** Result of {@link runDefaultBacktest}. */
export interface DefaultBacktestResult {
  inflow: BacktestResult;
  /** The inflow rules 1–8 years ahead, per horizon. */
  inflowHorizons: InflowHorizonBacktest;
  share: BacktestResult;
  /** The lowest-error, well-covering model per scope (see {@link chooseModel}). */
  choices: ModelChoice[];
  notes: string[];
  /** Data files read, with SHA-256. */
  files: { path: string; sha256: string }[];
}

/**
 * Backtests the model's default inflow and SO&P-share rules, their alternatives, and (with a
 * scenario) the band the ensemble draws, on the observed series of the data folder.
 *
 * @example
 * const r = runDefaultBacktest({ scenario: loadScenario('baseline') });
 * r.inflow.summary.find((x) => x.scope === 'pooled:inflow' && x.model === 'last-value' && x.horizon === 'all');
 */
export function runDefaultBacktest(options: DefaultBacktestOptions = {}): DefaultBacktestResult {
  const series = defaultBacktestSeries(options.dataDir);
  const common = { minTrainPoints: options.minTrainPoints ?? 6, maxHorizon: options.maxHorizon ?? 3, level: options.level ?? 0.9 };
  const inflowModels: (TrendModelName | Forecaster)[] = [MODEL_DEFAULT_TRENDS.inflow, ...INFLOW_ALTERNATIVES];
  const shareModels: (TrendModelName | Forecaster)[] = [MODEL_DEFAULT_TRENDS.share, ...SHARE_ALTERNATIVES];
  if (options.scenario) {
    const scenario = options.scenario;
    const perRoute = new Map<string, Forecaster>();
    inflowModels.push({
      name: 'registry-band',
      minPoints: 1,
      fit: (years, values, s) => {
        const route = s.id.replace(/^inflow\./, '').replace(/@.*$/, '');
        let f = perRoute.get(route);
        if (!f) {
          f = inflowRegistryForecaster(scenario, route);
          perRoute.set(route, f);
        }
        return f.fit(years, values, s);
      },
    });
    shareModels.push(sopRegistryForecaster(scenario));
  }
  const inflow = runBacktest(series.inflow, { ...common, models: inflowModels });
  const inflowHorizons = runInflowHorizonBacktest(options.dataDir, inflowModels.filter((m) => m === MODEL_DEFAULT_TRENDS.inflow || (typeof m !== 'string' && m.name === 'registry-band')), options.level ?? 0.9);
  const share = runBacktest(series.share, { ...common, models: shareModels });
  const choices = [
    chooseModel(inflow, 'pooled:inflow'),
    ...series.inflow.map((s) => chooseModel(inflow, s.id)),
    chooseModel(share, 'sop.share', ['logistic', 'logistic-3p', 'logistic-anchored', 'registry-band']),
  ].filter((c): c is ModelChoice => c !== undefined);
  const horizonText = (hs: number[]) => (hs.length === 0 ? 'none' : hs.join(', '));
  return {
    inflow,
    inflowHorizons,
    share,
    choices,
    files: series.files,
    notes: [
      ...series.notes,
      ...inflow.notes,
      `inflow by horizon (1–${INFLOW_HORIZON_BACKTEST.maxHorizon} years ahead, every origin, series of ≥ ${INFLOW_HORIZON_BACKTEST.minPoints} published values): horizons tested ${horizonText(inflowHorizons.tested)}; not testable ${horizonText(inflowHorizons.untested)} (no two values that far apart on one definition).`,
      'SO&P share: only bounded models (logistic variants) are candidates for the default; log-linear and linear are scored for comparison but leave [0, 1] within the horizon.',
    ],
  };
}

/**
 * Runs the horizon backtest of the given inflow rules (see {@link INFLOW_HORIZON_BACKTEST}).
 *
 * @example
 * const h = runInflowHorizonBacktest(undefined, ['last-value'], 0.9);
 * h.tested; // → [1, 2, 3, 4, 5, 6, 7]
 */
export function runInflowHorizonBacktest(dataDir: string | undefined, models: readonly (TrendModelName | Forecaster)[], level: number): InflowHorizonBacktest {
  const { maxHorizon, minPoints, minTrainPoints } = INFLOW_HORIZON_BACKTEST;
  const series = defaultBacktestSeries(dataDir, minPoints);
  const result = runBacktest(series.inflow, { models, minTrainPoints, maxHorizon, level });
  const band = models.some((m) => typeof m !== 'string' && m.name === 'registry-band') ? 'registry-band' : MODEL_DEFAULT_TRENDS.inflow;
  const all = Array.from({ length: maxHorizon }, (_, i) => i + 1);
  const tested = all.filter((h) => result.forecasts.some((f) => f.model === band && f.horizon === h));
  return { result, tested, untested: all.filter((h) => !tested.includes(h)) };
}
