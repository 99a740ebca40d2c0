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

/** Result of {@link runDefaultBacktest}. */
export interface DefaultBacktestResult {
  inflow: BacktestResult;
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
  const share = runBacktest(series.share, { ...common, models: shareModels });
  const choices = [
    chooseModel(inflow, 'pooled:inflow'),
    ...series.inflow.map((s) => chooseModel(inflow, s.id)),
    chooseModel(share, 'sop.share', ['logistic', 'logistic-3p', 'logistic-anchored', 'registry-band']),
  ].filter((c): c is ModelChoice => c !== undefined);
  return {
    inflow,
    share,
    choices,
    files: series.files,
    notes: [
      ...series.notes,
      ...inflow.notes,
      'SO&P share: only bounded models (logistic variants) are candidates for the default; log-linear and linear are scored for comparison but leave [0, 1] within the horizon.',
    ],
  };
}
