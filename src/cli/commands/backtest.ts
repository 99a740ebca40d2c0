import * as path from 'node:path';
import { backtestCoverageChart, backtestMapeChart } from '../../analysis/charts';
import { runDefaultBacktest, MODEL_DEFAULT_TRENDS } from '../../analysis/defaultBacktest';
import type { BacktestResult, BacktestSummaryRow } from '../../analysis/backtest';
import type { InflowHorizonBacktest } from '../../analysis/defaultBacktest';
import {
  checkOutTarget, csvText, intOptionValue, langOption, numberOption, parseCommand, pctText, processCommandIo, runWithExitCode,
  writeAnalysisOutput, type CommandIo,
} from '../../analysis/cliSupport';
import { InputError } from '../../errors';
import { loadScenario } from '../../scenario/load';
import { formatTable } from '../terminal-table';
import { runWorkforceBacktest, WORKFORCE_BACKTEST_HELP } from './backtest-workforce';
import { toolVersion } from '../version';

/** `sop backtest --help`. */
export const BACKTEST_HELP = `Usage: sop backtest [options]

How well would the model's trend rules have forecast the past? Rolling-origin backtest on the
observed series of the data folder: for every origin that leaves at least --min-train observations,
each rule is fitted on the years up to the origin and forecasts the observed years 1..--ahead years
later. Reports the error (MAPE, bias) and how often the stated 90% intervals covered the truth,
with n and a 95% binomial (Wilson) interval, for:
  inflow per route (pooled over routes): the model's rule (last value carried forward), the
    mean of the last 3 years, linear, log-linear and constant trends, and the band the ensemble
    draws (level factor × growth rate of --scenario);
  the national SO&P share: the model's rule (logistic pace from the last observation), the fitted
    logistic (2 and 3 parameters), log-linear, linear, last value, and the ensemble's band.
Says "cannot tell apart" when a paired comparison does not separate two rules.

Options:
  --scenario NAME|FILE  scenario whose distributions give the ensemble's band (default baseline)
  --data DIR            data folder (default: the bundled data/)
  --ahead N             years ahead scored, 1–5 (default 3)
  --min-train N         fewest observations a fit may use, 4–12 (default 6)
  --level P             nominal interval level, 0.5–0.99 (default 0.9)
  --out DIR             output folder (default out/backtest-<timestamp>/)
  --force               replace an existing non-empty output folder
  --lang nl|en          language of the chart labels (default nl)
  -h, --help            this help

Also scores the inflow rules 1 to 8 years ahead from every origin (each definition its own series)
and says which horizons the data could test (2030 is 6–7 years past the last observations).

Writes backtest-summary.csv, backtest-horizons.csv, backtest-forecasts.csv, backtest-comparisons.csv,
manifest.json and charts/*.svg (with their Vega-Lite specs).

Examples:
  sop backtest
  sop backtest --ahead 2 --out out/backtest --force
  sop backtest --scenario lage-instroom --lang en
${WORKFORCE_BACKTEST_HELP}`;

const OPTIONS = {
  scenario: { type: 'string' },
  data: { type: 'string' },
  ahead: { type: 'string' },
  'min-train': { type: 'string' },
  level: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  workforce: { type: 'boolean' },
  from: { type: 'string' },
  observed: { type: 'string' },
  draws: { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
} as const;

/**
 * `sop backtest`: runs the default backtest, prints its tables and writes the output folder.
 * Returns the exit code (0 ok, 2 invalid input, 1 internal error).
 *
 * @example
 * process.exitCode = await runBacktestCommand(['--out', 'out/bt', '--force']);
 */
export async function runBacktestCommand(args: string[], io: CommandIo = processCommandIo()): Promise<number> {
  return runWithExitCode('backtest', io, async () => {
    const { values, positionals } = parseCommand('backtest', args, OPTIONS);
    if (values.help) {
      io.stdout(BACKTEST_HELP);
      return 0;
    }
    if (positionals.length > 0) throw new InputError({ field: 'sop backtest', expected: 'no positional arguments (see --help)', found: `'${positionals[0]}'` });
    if (values.workforce === true) return runWorkforceBacktest(values, args, io);
    for (const k of ['from', 'observed', 'draws', 'seed', 'workers']) {
      if (values[k] !== undefined) throw new InputError({ field: `--${k}`, expected: 'an option of the trend backtest; --from, --observed, --draws, --seed and --workers need --workforce', found: `--${k}` });
    }
    const ahead = intOptionValue(values, 'ahead', 1, 5, 3);
    const minTrain = intOptionValue(values, 'min-train', 4, 12, 6);
    const level = numberOption(values, 'level', 0.5, 0.99, 0.9);
    const lang = langOption(values);
    const force = values.force === true;
    const out = typeof values.out === 'string' ? values.out : undefined;
    checkOutTarget(out, force, io.cwd);
    const scenario = loadScenario(typeof values.scenario === 'string' ? values.scenario : 'baseline', { cwd: io.cwd });
    const dataDir = typeof values.data === 'string' ? path.resolve(io.cwd, values.data) : undefined;

    const result = runDefaultBacktest({ dataDir, scenario, minTrainPoints: minTrain, maxHorizon: ahead, level });
    io.stdout(formatBacktestReport(result.inflow, result.share, level));
    io.stdout(formatHorizonReport(result.inflowHorizons, level));
    io.stdout('\nChosen by the numbers:\n');
    for (const c of result.choices) io.stdout(`  ${c.scope}: ${c.model} — ${c.reason}\n`);
    io.stdout('\nNotes:\n');
    for (const n of result.notes) io.stdout(`  - ${n}\n`);

    const summaryRows = [...result.inflow.summary, ...result.share.summary];
    const forecasts = [...result.inflow.forecasts, ...result.share.forecasts];
    const comparisons = [...result.inflow.comparisons, ...result.share.comparisons];
    const scopes = ['pooled:inflow', 'inflow.pabo', 'sop.share'].filter((s) => summaryRows.some((r) => r.scope === s));
    const charts = scopes.flatMap((s) => [backtestMapeChart(summaryRows, s, { lang }), backtestCoverageChart(summaryRows, s, level, { lang })]);
    const dir = await writeAnalysisOutput(
      { out, force, stem: 'backtest', cwd: io.cwd },
      {
        files: {
          'backtest-summary.csv': csvText(
            ['scope', 'model', 'horizon', 'n', 'n_series', 'n_targets', 'mape', 'bias', 'mae', 'coverage', 'coverage_wilson_lo', 'coverage_wilson_hi', 'coverage_exact_lo', 'coverage_exact_hi', 'coverage_consistent'],
            summaryRows.map((r) => [r.scope, r.model, String(r.horizon), r.n, r.nSeries, r.nTargets, r.mape, r.bias, r.mae, r.coverage, r.coverageWilsonLo, r.coverageWilsonHi, r.coverageExactLo, r.coverageExactHi, r.coverageConsistent]),
          ),
          'backtest-forecasts.csv': csvText(
            ['series', 'group', 'model', 'origin_year', 'n_train', 'year', 'horizon', 'actual', 'forecast', 'lo', 'hi', 'relative_error', 'covered'],
            forecasts.map((f) => [f.series, f.group, f.model, f.originYear, f.nTrain, f.year, f.horizon, f.actual, f.forecast, f.lo, f.hi, f.relativeError, f.covered]),
          ),
          'backtest-horizons.csv': csvText(
            ['scope', 'model', 'horizon', 'n', 'n_series', 'n_targets', 'mape', 'bias', 'coverage', 'coverage_wilson_lo', 'coverage_wilson_hi', 'coverage_consistent'],
            result.inflowHorizons.result.summary.map((r) => [r.scope, r.model, String(r.horizon), r.n, r.nSeries, r.nTargets, r.mape, r.bias, r.coverage, r.coverageWilsonLo, r.coverageWilsonHi, r.coverageConsistent]),
          ),
          'backtest-comparisons.csv': csvText(
            ['scope', 'model_a', 'model_b', 'n_targets', 'mean_difference_abs_pct_error', 'difference_lo', 'difference_hi', 'wins_a', 'non_tied', 'sign_test_p', 'verdict'],
            comparisons.map((c) => [c.scope, c.modelA, c.modelB, c.n, c.meanDifference, c.differenceLo, c.differenceHi, c.winsA, c.nonTied, c.signTestP, c.verdict]),
          ),
          'manifest.json': `${JSON.stringify(
            {
              tool: 'sop2030',
              version: toolVersion(),
              command: ['sop', 'backtest', ...args].join(' '),
              scenario: { id: scenario.id, files: scenario.files.map((f) => ({ path: path.relative(io.cwd, f.path) || f.path, sha256: f.sha256 })) },
              dataFiles: result.files,
              options: { ahead, minTrain, level },
              inflowHorizons: { tested: result.inflowHorizons.tested, untested: result.inflowHorizons.untested },
              defaults: MODEL_DEFAULT_TRENDS,
              choices: result.choices,
              notes: result.notes,
            },
            null,
            2,
          )}\n`,
        },
        charts,
      },
    );
    io.stdout(`\nWrote ${path.relative(io.cwd, dir) || dir}\n`);
    return 0;
  });
}

/**
 * The terminal tables of a backtest: the model's default rules by horizon, then every rule over
 * all horizons with the paired verdict against the default.
 *
 * @example
 * io.stdout(formatBacktestReport(result.inflow, result.share, 0.9));
 */
export function formatBacktestReport(inflow: BacktestResult, share: BacktestResult, level: number): string {
  const parts: string[] = [];
  const row = (r: BacktestSummaryRow) => [
    r.scope, r.model, String(r.horizon), String(r.nTargets), String(r.n), pctText(r.mape), pctText(r.bias),
    `${pctText(r.coverage)} [${pctText(r.coverageWilsonLo)}–${pctText(r.coverageWilsonHi)}]`,
  ];
  const header = ['scope', 'rule', 'years ahead', 'n targets', 'n forecasts', 'MAPE', 'bias', `${Math.round(level * 100)}% coverage [95% CI]`];
  const defaults = [
    ...inflow.summary.filter((r) => (r.scope === 'pooled:inflow' || r.scope === 'inflow.pabo') && (r.model === MODEL_DEFAULT_TRENDS.inflow || r.model === 'registry-band')),
    ...share.summary.filter((r) => r.scope === 'sop.share' && (r.model === MODEL_DEFAULT_TRENDS.share || r.model === 'registry-band')),
  ];
  parts.push("The model's default rules ('registry-band' = the band the ensemble draws around them):\n");
  parts.push(formatTable(header, defaults.map(row)));
  for (const [result, scope, def] of [
    [inflow, 'pooled:inflow', MODEL_DEFAULT_TRENDS.inflow],
    [share, 'sop.share', MODEL_DEFAULT_TRENDS.share],
  ] as const) {
    const rows = result.summary.filter((r) => r.scope === scope && r.horizon === 'all').sort((a, b) => a.mape - b.mape);
    const verdict = (model: string) => {
      if (model === def) return 'default';
      const c = result.comparisons.find((x) => x.scope === scope && ((x.modelA === def && x.modelB === model) || (x.modelB === def && x.modelA === model)));
      return c ? `${c.verdict} (p ${c.signTestP.toFixed(2)})` : '';
    };
    parts.push(`\nAll rules, ${scope}, 1–${Math.max(...result.summary.map((r) => (typeof r.horizon === 'number' ? r.horizon : 0)))} years ahead:\n`);
    parts.push(formatTable([...header.filter((h) => h !== 'years ahead'), 'vs default'], rows.map((r) => [...row(r).filter((_, i) => i !== 2), verdict(r.model)])));
  }
  return parts.join('');
}

/**
 * The terminal table of the inflow horizon backtest: coverage of the ensemble's band (and the
 * carried-forward rule's error) per horizon, and the horizons the data could not test.
 *
 * @example
 * io.stdout(formatHorizonReport(result.inflowHorizons, 0.9));
 */
export function formatHorizonReport(h: InflowHorizonBacktest, level: number): string {
  const rows = h.result.summary
    .filter((r) => r.scope === 'pooled:inflow' && typeof r.horizon === 'number')
    .sort((a, b) => (a.horizon as number) - (b.horizon as number) || a.model.localeCompare(b.model))
    .map((r) => [r.model, String(r.horizon), String(r.nTargets), String(r.n), pctText(r.mape), pctText(r.bias), `${pctText(r.coverage)} [${pctText(r.coverageWilsonLo)}–${pctText(r.coverageWilsonHi)}]`]);
  const header = ['rule', 'years ahead', 'n targets', 'n forecasts', 'MAPE', 'bias', `${Math.round(level * 100)}% coverage [95% CI]`];
  const list = (xs: number[]) => (xs.length === 0 ? 'none' : xs.join(', '));
  return (
    `\nInflow by horizon (pooled over routes and definitions, every origin):\n` +
    formatTable(header, rows) +
    `Horizons tested: ${list(h.tested)}; not testable with these data: ${list(h.untested)}.\n`
  );
}
