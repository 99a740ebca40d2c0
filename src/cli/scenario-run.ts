import { threadsWithin } from '../ensemble/address-space';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import { InputError, type InputProblem, isInputError } from '../errors';
import type { ModelData } from '../model/inputs';
import type { ResolvedScenario } from '../scenario/types';
import { loadScenario } from '../scenario/load';
import { checkOutputTarget, defaultOutputDir } from '../report/output-folder';
import { startRenderPool } from '../report/charts/render-pool';
import { preloadReportModules, writeRunOutputs } from '../report/write-outputs';
import type { ComparisonRow, SummaryRow } from '../ensemble/types';
import type { CliIo } from './io';
import type { RunOptionValues } from './commands/shared-options';
import { toolVersion } from './version';
import { ensembleProgress } from './progress-adapter';
import { buildImpactSection } from '../report/impact-section';
import { formatTerminalSummary, TERMINAL_SPEC } from './terminal-summary';
import { buildHeadline } from '../report/headline';

/** Options shared by `sop run` and `sop compare`: the checked run options plus what to run. */
export interface ScenarioRunOptions extends RunOptionValues {
  refs: readonly string[];
  /** The command line as typed, for the manifest. */
  command: string;
  /** `compare` titles the report as a comparison. */
  kind?: 'run' | 'compare';
}

/**
 * Loads every scenario reference, collecting the problems of all of them into one InputError (so
 * the user sees every problem at once). Scenario ids must be distinct.
 *
 * @example
 * loadScenarios(['baseline', 'ambitie-2030'], { cwd: process.cwd() }).map((s) => s.id)
 * // → ['baseline', 'ambitie-2030']
 */
export function loadScenarios(
  refs: readonly string[],
  o: { cwd: string; horizon?: number; sets?: Readonly<Record<string, string>> },
): ResolvedScenario[] {
  const problems: InputProblem[] = [];
  const scenarios: ResolvedScenario[] = [];
  for (const ref of refs) {
    try {
      scenarios.push(loadScenario(ref, { cwd: o.cwd, horizon: o.horizon, overrides: o.sets }));
    } catch (e) {
      if (isInputError(e)) problems.push(...(e as InputError).problems);
      else throw e;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.id)) {
      throw new InputError({ field: 'scenario', expected: 'distinct scenarios (the id is the file stem)', found: `'${s.id}' twice` });
    }
    seen.add(s.id);
  }
  return scenarios;
}

/** What the ensemble returns (src/ensemble `runEnsemble`). */
export interface EnsembleOutput {
  summary: SummaryRow[];
  comparison: ComparisonRow[];
  method?: string;
  sketch?: { bins: number; pilotDraws: number; maxRankError: number };
  timings?: Readonly<Record<string, number>>;
  /** Sums and kept draws asked for with `extract` (src/ensemble `DrawExtract`). */
  sums?: SummaryRow[];
  kept?: { width: number; values: Float64Array };
  layout?: { years: readonly number[] };
}

/**
 * Runs the ensemble of the scenarios on the data, with a progress bar on a terminal.
 *
 * @example
 * const r = await runScenarioEnsemble(scenarios, data, { draws: 1000, seed: 1 }, io);
 */
export async function runScenarioEnsemble(
  scenarios: readonly ResolvedScenario[],
  data: ModelData,
  o: {
    draws: number; seed: number; workers?: number; partnershipDetail?: boolean; lang?: 'nl' | 'en';
    extract?: import('../ensemble/engine').DrawExtract; quantiles?: readonly number[];
  },
  io: CliIo,
): Promise<EnsembleOutput> {
  const { runEnsemble } = await import('../ensemble');
  const progress = ensembleProgress(io, o.lang);
  // The main thread waits while the workers draw: load the chart and xlsx libraries meanwhile.
  const preload = setTimeout(preloadReportModules, 20);
  try {
    const r = await runEnsemble(scenarios, data, {
      draws: o.draws, seed: o.seed, workers: o.workers, onProgress: progress.onProgress, partnershipDetail: o.partnershipDetail,
      extract: o.extract, quantiles: o.quantiles,
    });
    return r as EnsembleOutput;
  } finally {
    clearTimeout(preload);
    progress.done();
  }
}

/**
 * The rules the model applied to series that end before the base year (from the model's plan),
 * for the manifest and the report. Empty when the model does not report them.
 *
 * @example
 * rulesApplied(scenario, data) // → [{ series: 'sop.share', rule: 'fitted logistic trend 2022→2024' }, …]
 */
export function rulesApplied(scenario: ResolvedScenario, data: ModelData): unknown[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = require('../model/run') as { planModel?: (s: ResolvedScenario, d: ModelData) => { rulesApplied?: unknown[] } };
  const plan = model.planModel?.(scenario, data);
  return [...(plan?.rulesApplied ?? [])];
}

/**
 * Where a partnership table came from, for the manifest, report and chart notes.
 *
 * @example
 * partnershipInfo(loadModelData()) // → { source: 'data/partnerships/illustrative.csv', illustrative: true, count: 130 }
 */
export function partnershipInfo(data: ModelData, userFile?: string): { source: string; illustrative: boolean; count: number } {
  if (userFile) return { source: userFile, illustrative: /illustrative/i.test(path.basename(userFile)), count: data.partnerships.length };
  const file = data.files.find((f) => /partnerships?\//.test(f.path.split(path.sep).join('/')));
  const source = file?.path ?? 'data/partnerships/illustrative.csv';
  return { source: displayRel(source), illustrative: /illustrative/i.test(source), count: data.partnerships.length };
}

/**
 * The cited sources of data/sources.csv (key, title, URL) for the report; empty when the file is
 * absent.
 *
 * @example
 * readSources()[0] // → { key: 'S1', title: 'OCW in cijfers: …', url: 'https://…' }
 */
export function readSources(): { key: string; title: string; url: string }[] {
  const file = path.join(defaultDataDir(), 'sources.csv');
  if (!fs.existsSync(file)) return [];
  const schema = DATA_SCHEMAS['sources.csv'];
  if (!schema) return [];
  return readTable(file, schema).rows.map((r) => ({ key: String(r.cells.key ?? ''), title: String(r.cells.title ?? ''), url: String(r.cells.url ?? '') }));
}

/**
 * `sop run` and `sop compare`: load, run, write the output folder, print the summary.
 *
 * @example
 * await runAndWrite({ refs: ['baseline', 'ambitie-2030'], draws: 1000, seed: 1, lang: 'nl', force: false, command: 'sop run' }, io)
 */
export async function runAndWrite(o: ScenarioRunOptions, io: CliIo): Promise<number> {
  const t0 = performance.now();
  const scenarios = loadScenarios(o.refs, { cwd: io.cwd, horizon: o.horizon, sets: o.sets });
  const outDir = o.out ? path.resolve(io.cwd, o.out) : defaultOutputDir(scenarios.map((s) => s.id), new Date(), io.cwd);
  checkOutputTarget(outDir, o.force, { cwd: io.cwd, inputs: scenarios.flatMap((s) => s.files.map((f) => f.path)), warn: (l) => io.stderr(l) });
  const { loadModelData } = await import('../data');
  // --partnerships: the national scenarios on the user's own table (read and checked before anything is written).
  const data = loadModelData(undefined, o.partnerships ? { partnershipsFile: path.resolve(io.cwd, o.partnerships) } : undefined);
  const tLoaded = performance.now();
  // Chart threads start now and load vega while the ensemble runs.
  const pool = startRenderPool(chartThreads(o.workers));
  try {
    const result = await runScenarioEnsemble(scenarios, data, o, io);
    const tRun = performance.now();
    const horizon = o.horizon ?? Math.min(...scenarios.map((s) => s.horizon));
    const chartProgress = ensembleProgress(io, o.lang, 'charts');
    const out = await writeRunOutputs({
      renderPool: pool,
      onChartProgress: chartProgress.onProgress,
      outDir, force: o.force, lang: o.lang, scenarios,
      summary: result.summary, comparison: result.comparison,
      dataFiles: data.files.map((f) => ({ path: displayRel(f.path), sha256: f.sha256 })),
      sources: readSources(),
      sopShareObserved: data.sopShareObserved,
      shortageObserved: data.shortageFte,
      partnerships: partnershipInfo(data, o.partnerships),
      seed: o.seed, draws: o.draws, horizon, workers: o.workers,
      toolVersion: toolVersion(), command: o.command,
      rulesApplied: rulesApplied(scenarios[0], data),
      ensemble: result.method ? { method: result.method, sketch: result.sketch } : undefined,
      timings: { loadMs: ms(tLoaded - t0), ensembleMs: ms(tRun - tLoaded), ...prefixed(result.timings) },
      ...(o.kind === 'compare'
        ? { title: o.lang === 'nl' ? "SO&P 2030: vergelijking van scenario's" : 'SO&P 2030: comparison of scenarios' }
        : {}),
    }).finally(() => chartProgress.done());
    const terminal = buildHeadline(result.summary, result.comparison, { year: out.headline.year, scenarios: out.headline.scenarios, lang: o.lang, spec: TERMINAL_SPEC });
    const impact = buildImpactSection(result.summary, { year: out.headline.year, scenarios: out.headline.scenarios, lang: o.lang });
    io.stdout(formatTerminalSummary(terminal, o.lang, { draws: o.draws, seed: o.seed }, impact));
    const total = (performance.now() - t0) / 1000;
    io.stdout(`\n${o.lang === 'nl' ? 'Uitvoermap' : 'Output folder'}: ${displayRel(out.dir, io.cwd)}  (${total.toFixed(1)} s)\n`);
    return 0;
  } finally {
    await pool.close();
  }
}

/**
 * Threads for rendering charts: as many as the ensemble's workers (default: the cores), at most 2
 * (a dozen charts do not gain from more).
 *
 * @example
 * chartThreads(1) // → 1
 */
export function chartThreads(workers: number | undefined): number {
  return Math.max(1, threadsWithin(Math.min(2, workers ?? os.cpus().length)));
}

function prefixed(t: Readonly<Record<string, number>> | undefined): Record<string, number> {
  if (!t) return {};
  return Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === 'number').map(([k, v]) => [`ensemble.${k}`, v]));
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * A path relative to `cwd` when inside it, with forward slashes.
 *
 * @example
 * displayRel('/w/out/x', '/w') // → 'out/x'
 */
export function displayRel(p: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, p);
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p).split(path.sep).join('/');
}
