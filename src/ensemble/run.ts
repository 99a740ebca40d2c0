import { threadsWithin, WORKER_CODE_RANGE_MB } from './address-space';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors';
import type { ModelData } from '../model/inputs';
import type { RunLayout } from '../model/result';
import type { ResolvedScenario } from '../scenario/types';
import { chunkPlan, chunkRange, DrawEngine, mergeRange, pilotRange, runChunks, type CellBlock, type ChunkPlan, type DrawExtract } from './engine';
import { builtDir, loadModelModule, modelModulePath } from './model-module';
import { buildRows } from './rows';
import { ExactStore, HistogramSketch, OrderedMean, sketchSpec, type CellQuantiles, type SketchSpec } from './summary';
import type { ComparisonRow, SummaryRow } from './types';
import type { WorkerInit, WorkerMessage, WorkerPilot, WorkerRun } from './worker';

/** Options of `runEnsemble` / `runEnsembleSync`. */
export interface EnsembleOptions {
  /** Number of draws (≥ 1). */
  draws: number;
  /** Seed of every named random stream. */
  seed: number;
  /** Worker threads (default: the number of cores). Results are byte-identical for any number. */
  workers?: number;
  /** Extra quantiles (fractions 0–1) besides p05, p50 and p95, reported in `row.quantiles`. */
  quantiles?: readonly number[];
  /** Memory for exact quantiles (default 256 MB); above it a binned sketch is used. */
  memoryBudgetBytes?: number;
  /** One series per partnership in the outputs (breakdown = partnership id). */
  partnershipDetail?: boolean;
  /** Base year of the run (default: the data's own). The hindcast starts earlier with the data known then. */
  baseYear?: number;
  /** Called after each chunk of draws with draws done and the total. */
  onProgress?: (done: number, total: number) => void;
  /** A CommonJS module with `planModel`/`runModel` to use instead of the model (tests, benchmarks). */
  modelModule?: string;
  /** Sums of series summarised from their draws, and series/parameters whose every draw is returned. */
  extract?: DrawExtract;
}

/** The outcome of an ensemble. */
export interface EnsembleResult {
  /** Rows of `summary.csv`, sorted as DESIGN.md §5. */
  summary: SummaryRow[];
  /** Rows of `comparison.csv` (scenario − first scenario, per draw), sorted likewise. */
  comparison: ComparisonRow[];
  /** Rows of the sums of `extract.sums` (first scenario), sorted likewise; empty without them. */
  sums: SummaryRow[];
  /**
   * With `extract.keep`/`keepParams`: every draw's kept values, draw-major, `width` per draw: the
   * kept series (all layout years each, in the order given), then the kept parameters.
   */
  kept?: { width: number; values: Float64Array };
  /** The first scenario's output layout. */
  layout: RunLayout;
  /** Every scenario's output layout, in the order given. */
  layouts: RunLayout[];
  draws: number;
  seed: number;
  /** All quantiles computed, p05, p50, p95 first. */
  quantiles: number[];
  /** `exact` when every draw of every cell fitted the memory budget, else `sketch`. */
  method: 'exact' | 'sketch';
  /** Sketch details: bins per cell, pilot draws, and the largest rank error bound (share of draws). */
  sketch?: { bins: number; pilotDraws: number; maxRankError: number };
  /** Wall-clock milliseconds of each phase and the number of worker threads used. */
  timings: { planMs: number; pilotMs: number; drawsMs: number; summaryMs: number; totalMs: number; workers: number };
}

/** Default memory budget for exact quantiles: 256 MB. */
export const DEFAULT_MEMORY_BUDGET_BYTES = 256 * 1024 * 1024;
/** Draws of the pilot that places the sketch's bins (fixed, so it never depends on workers). */
export const PILOT_DRAWS = 256;
/** Always-reported quantiles, in the order of the `p05`, `p50`, `p95` columns. */
export const STANDARD_QUANTILES = [0.05, 0.5, 0.95] as const;
/** Below this many draws `runEnsemble` does not start worker threads (no gain). */
const MIN_DRAWS_FOR_WORKERS = 64;

interface Prepared {
  scenarios: readonly ResolvedScenario[];
  engine: DrawEngine;
  plan: ChunkPlan;
  ps: number[];
  method: 'exact' | 'sketch';
  bins: number;
  modelPath: string;
  planMs: number;
  started: number;
}

function planOptionsOf(options: EnsembleOptions): { partnershipDetail: boolean; baseYear?: number } {
  return options.baseYear === undefined
    ? { partnershipDetail: options.partnershipDetail ?? false }
    : { partnershipDetail: options.partnershipDetail ?? false, baseYear: options.baseYear };
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function prepare(scenarios: readonly ResolvedScenario[], data: ModelData, options: EnsembleOptions): Prepared {
  const started = now();
  if (scenarios.length === 0) throw new InputError({ field: 'scenarios', expected: 'at least one scenario', found: 'none' });
  if (!Number.isSafeInteger(options.draws) || options.draws < 1)
    throw new InputError({ field: 'draws', expected: 'a whole number ≥ 1', found: String(options.draws) });
  if (!Number.isFinite(options.seed)) throw new InputError({ field: 'seed', expected: 'a number', found: String(options.seed) });
  const extra = options.quantiles ?? [];
  for (const p of extra) {
    if (!(typeof p === 'number' && p >= 0 && p <= 1)) throw new InputError({ field: 'quantiles', expected: 'fractions from 0 to 1', found: String(p) });
  }
  const ps: number[] = [...STANDARD_QUANTILES];
  for (const p of extra) if (!ps.includes(p)) ps.push(p);
  const modelPath = modelModulePath(options.modelModule);
  const engine = new DrawEngine(loadModelModule(modelPath), {
    scenarios,
    data,
    seed: options.seed,
    planOptions: planOptionsOf(options),
    extract: options.extract,
  });
  const budget = options.memoryBudgetBytes ?? DEFAULT_MEMORY_BUDGET_BYTES;
  const method = ExactStore.bytes(engine.cells, options.draws) <= budget ? 'exact' : 'sketch';
  const bins = Math.max(64, Math.min(2048, Math.floor(budget / (16 * Math.max(1, engine.cells))) - 2));
  return {
    scenarios,
    engine,
    plan: chunkPlan(options.draws, engine.cells),
    ps,
    method,
    bins,
    modelPath,
    planMs: now() - started,
    started,
  };
}

function finish(
  prep: Prepared,
  options: EnsembleOptions,
  means: Float64Array,
  q: CellQuantiles,
  t: { pilotMs: number; drawsMs: number; workers: number },
  kept?: Float64Array,
): EnsembleResult {
  const t0 = now();
  const { summary, comparison, sums } = buildRows(
    prep.scenarios.map((s) => s.id),
    prep.engine.blocks,
    means,
    q,
    prep.ps,
  );
  const summaryMs = now() - t0;
  const layouts = prep.engine.plans.map((p) => p.layout);
  return {
    summary,
    comparison,
    sums,
    ...(kept ? { kept: { width: prep.engine.keptWidth, values: kept } } : {}),
    layout: layouts[0],
    layouts,
    draws: options.draws,
    seed: options.seed,
    quantiles: prep.ps,
    method: prep.method,
    sketch: prep.method === 'sketch' ? { bins: prep.bins, pilotDraws: Math.min(PILOT_DRAWS, options.draws), maxRankError: q.maxRankError ?? 0 } : undefined,
    timings: { planMs: prep.planMs, pilotMs: t.pilotMs, drawsMs: t.drawsMs, summaryMs, totalMs: now() - prep.started, workers: t.workers },
  };
}

function pilot(prep: Prepared): { spec: SketchSpec; ms: number } {
  const t0 = now();
  const range = pilotRange(prep.engine, 0, Math.min(PILOT_DRAWS, prep.plan.draws));
  return { spec: sketchSpec(prep.bins, range.min, range.max), ms: now() - t0 };
}

/**
 * Runs an ensemble in the calling thread: the same numbers as `runEnsemble` with any number of
 * workers, for small runs and notebooks.
 *
 * @example
 * const result = runEnsembleSync([baseline, ambition], data, { draws: 500, seed: 42 });
 * result.summary[0] // → { scenario: 'baseline', year: 2024, sector: 'po', … }
 */
export function runEnsembleSync(scenarios: readonly ResolvedScenario[], data: ModelData, options: EnsembleOptions): EnsembleResult {
  const prep = prepare(scenarios, data, options);
  const { engine, plan } = prep;
  const mean = new OrderedMean(engine.cells, plan.chunkCount);
  let pilotMs = 0;
  let sketch: HistogramSketch | undefined;
  let store: ExactStore | undefined;
  if (prep.method === 'sketch') {
    const p = pilot(prep);
    pilotMs = p.ms;
    sketch = new HistogramSketch(p.spec);
  } else {
    store = new ExactStore(engine.cells, plan.draws);
  }
  const t0 = now();
  let done = 0;
  const kept = engine.keptWidth > 0 ? new Float64Array(plan.draws * engine.keptWidth) : undefined;
  runChunks(engine, plan, 0, plan.chunkCount, sketch, (out) => {
    mean.addChunk(out.index, out.sums);
    const [first, end] = chunkRange(plan, out.index);
    if (store && out.values) store.setDraws(first, end - first, out.values);
    if (kept && out.kept) kept.set(out.kept, first * engine.keptWidth);
    done += end - first;
    options.onProgress?.(done, plan.draws);
  });
  const drawsMs = now() - t0;
  const q = sketch ? sketch.quantiles(plan.draws, prep.ps) : (store as ExactStore).quantiles(prep.ps);
  return finish(prep, options, mean.means(plan.draws), q, { pilotMs, drawsMs, workers: 0 }, kept);
}

/**
 * The worker script: always built JavaScript (worker threads cannot load TypeScript).
 *
 * @example
 * workerScriptPath() // → '/…/dist/ensemble/worker.js'
 */
export function workerScriptPath(): string {
  const file = path.join(builtDir(), 'ensemble', 'worker.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return file;
}

/**
 * Runs an ensemble of `draws` draws of every scenario on worker threads and summarises it: the
 * rows of `summary.csv` and `comparison.csv` (DESIGN.md §5). Byte-identical for any number of
 * workers and to `runEnsembleSync`. Each draw samples every uncertain parameter from its named
 * stream (seed, key), so scenarios share their draws (common random numbers).
 *
 * @example
 * const result = await runEnsemble([baseline, ambition], data, { draws: 10000, seed: 42, workers: 2 });
 * result.comparison.find((r) => r.metric === 'workforce.shortage_fte' && r.year === 2030 && r.sector === 'all');
 */
export async function runEnsemble(scenarios: readonly ResolvedScenario[], data: ModelData, options: EnsembleOptions): Promise<EnsembleResult> {
  const requested = options.workers ?? os.cpus().length;
  if (!Number.isSafeInteger(requested) || requested < 0)
    throw new InputError({ field: 'workers', expected: 'a whole number ≥ 0', found: String(options.workers) });
  // Within the address-space limit (ulimit -v), leaving room for two chart threads (issue #15).
  const fitted = threadsWithin(requested, 2);
  if (fitted === 0 || options.draws < MIN_DRAWS_FOR_WORKERS) return runEnsembleSync(scenarios, data, options);
  const prep = prepare(scenarios, data, options);
  const { engine, plan } = prep;
  const workerCount = Math.max(1, Math.min(fitted, plan.chunkCount));
  const script = workerScriptPath();
  const init: WorkerInit = {
    modelPath: prep.modelPath,
    scenarios: prep.scenarios,
    data,
    seed: options.seed,
    planOptions: planOptionsOf(options),
    extract: options.extract,
  };
  const workers: Worker[] = [];
  try {
    for (let w = 0; w < workerCount; w++) workers.push(new Worker(script, { workerData: init, resourceLimits: { codeRangeSizeMb: WORKER_CODE_RANGE_MB } }));
    await Promise.all(workers.map((w) => nextMessage(w, 'ready')));
    // The sketch's pilot (draws [0, PILOT_DRAWS)) is split over the workers; minima and maxima
    // merge exactly, so the bins do not depend on the split.
    let pilotMs = 0;
    let spec: SketchSpec | undefined;
    if (prep.method === 'sketch') {
      const tp = now();
      const pilotDraws = Math.min(PILOT_DRAWS, plan.draws);
      const parts = await Promise.all(
        workers.map((w, i) => {
          const msg: WorkerPilot = { type: 'pilot', from: Math.floor((pilotDraws * i) / workerCount), to: Math.floor((pilotDraws * (i + 1)) / workerCount) };
          const reply = nextPilot(w);
          w.postMessage(msg);
          return reply;
        }),
      );
      const range = { min: new Float64Array(engine.cells).fill(Infinity), max: new Float64Array(engine.cells).fill(-Infinity) };
      for (const part of parts) mergeRange(range, part);
      spec = sketchSpec(prep.bins, range.min, range.max);
      pilotMs = now() - tp;
    }
    const t0 = now();
    const mean = new OrderedMean(engine.cells, plan.chunkCount);
    const store = prep.method === 'exact' ? new ExactStore(engine.cells, plan.draws) : undefined;
    const kept = engine.keptWidth > 0 ? new Float64Array(plan.draws * engine.keptWidth) : undefined;
    // The first sketch to arrive becomes the merged one (counts add up in any order).
    let merged: HistogramSketch | undefined;
    let done = 0;
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            const fromChunk = Math.floor((plan.chunkCount * w) / workerCount);
            const toChunk = Math.floor((plan.chunkCount * (w + 1)) / workerCount);
            worker.on('message', (msg: WorkerMessage) => {
              if (msg.type === 'chunk') {
                mean.addChunk(msg.index, msg.sums);
                const [first, end] = chunkRange(plan, msg.index);
                if (store && msg.values) store.setDraws(first, end - first, msg.values);
                if (kept && msg.kept) kept.set(msg.kept, first * engine.keptWidth);
                done += end - first;
                options.onProgress?.(done, plan.draws);
              } else if (msg.type === 'done') {
                if (spec && msg.sketch) {
                  if (merged) merged.merge(msg.sketch);
                  else merged = new HistogramSketch(spec, msg.sketch);
                }
                resolve();
              } else if (msg.type === 'error') {
                reject(rebuildError(msg));
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`ensemble worker ${w} stopped (exit code ${code})`)));
            const run: WorkerRun = { type: 'run', plan, fromChunk, toChunk, spec };
            worker.postMessage(run);
          }),
      ),
    );
    const drawsMs = now() - t0;
    const q = merged ? merged.quantiles(plan.draws, prep.ps) : (store as ExactStore).quantiles(prep.ps);
    return finish(prep, options, mean.means(plan.draws), q, { pilotMs, drawsMs, workers: workerCount }, kept);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function nextMessage(worker: Worker, type: 'ready'): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: WorkerMessage): void => {
      if (msg.type === type) {
        worker.off('message', onMessage);
        resolve();
      } else if (msg.type === 'error') {
        worker.off('message', onMessage);
        reject(rebuildError(msg));
      }
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`ensemble worker stopped while starting (exit code ${code})`)));
  });
}

function nextPilot(worker: Worker): Promise<{ min: Float64Array; max: Float64Array }> {
  return new Promise((resolve, reject) => {
    const onMessage = (msg: WorkerMessage): void => {
      if (msg.type === 'pilot') {
        worker.off('message', onMessage);
        resolve({ min: msg.min, max: msg.max });
      } else if (msg.type === 'error') {
        worker.off('message', onMessage);
        reject(rebuildError(msg));
      }
    };
    worker.on('message', onMessage);
    worker.once('exit', (code) => reject(new Error(`ensemble worker stopped during the pilot (exit code ${code})`)));
  });
}

function rebuildError(msg: Extract<WorkerMessage, { type: 'error' }>): Error {
  const details = (msg.details ?? {}) as { problems?: unknown };
  if (msg.name === 'InputError' && Array.isArray(details.problems)) return new InputError(details.problems);
  const e = new Error(msg.message);
  e.name = msg.name;
  if (msg.stack) e.stack = msg.stack;
  return e;
}

/** For tests: the cell blocks of an engine. */
export type { CellBlock };
