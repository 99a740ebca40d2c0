import type { ModelData } from '../model/inputs';
import type { RunLayout, SeriesKey } from '../model/result';
import type { ResolvedScenario } from '../scenario/types';
import type { EnsemblePlanOptions, ModelModule, ModelPlanLike } from './model-module';
import { ParamSampler } from './sample';
import { ChunkSum, ExactStore, HistogramSketch, type SketchSpec } from './summary';

/**
 * One draw of every scenario, side by side in one flat vector of "cells": first each scenario's
 * run output (its RunLayout, series-major), then one block per scenario after the first with the
 * per-draw differences scenario − baseline on the cells both share (same metric, sector,
 * breakdown and year). The same vector layout is used in the main thread and in every worker.
 */

/** A block of cells in a draw vector: one scenario's outputs, one comparison, or the sums asked for. */
export interface CellBlock {
  kind: 'scenario' | 'comparison' | 'sums';
  /** Index of the scenario in the list given. */
  scenarioIndex: number;
  layout: RunLayout;
  offset: number;
  size: number;
}

/**
 * The cell layout of an ensemble over `layouts` (one per scenario, baseline first).
 *
 * @example
 * const { blocks, cells } = cellLayout([baselineLayout, ambitionLayout]);
 */
export function cellLayout(layouts: readonly RunLayout[]): { blocks: CellBlock[]; cells: number; diffs: DiffMap[] } {
  const blocks: CellBlock[] = [];
  let offset = 0;
  layouts.forEach((layout, s) => {
    const size = layout.series.length * layout.years.length;
    blocks.push({ kind: 'scenario', scenarioIndex: s, layout, offset, size });
    offset += size;
  });
  const diffs: DiffMap[] = [];
  for (let s = 1; s < layouts.length; s++) {
    const diff = diffMap(layouts[s], layouts[0], blocks[s].offset, blocks[0].offset);
    blocks.push({ kind: 'comparison', scenarioIndex: s, layout: diff.layout, offset, size: diff.from.length });
    diffs.push({ ...diff, offset });
    offset += diff.from.length;
  }
  return { blocks, cells: offset, diffs };
}

/** Which cells a comparison block subtracts: cell k = v[from[k]] − v[base[k]]. */
export interface DiffMap {
  layout: RunLayout;
  from: Int32Array;
  base: Int32Array;
  offset: number;
}

function seriesId(k: SeriesKey): string {
  return `${k.metric}\u0000${k.sector}\u0000${k.breakdown}`;
}

function diffMap(layout: RunLayout, baseline: RunLayout, offset: number, baseOffset: number): Omit<DiffMap, 'offset'> {
  const baseSeries = new Map(baseline.series.map((k, i) => [seriesId(k), i] as const));
  const baseYear = new Map(baseline.years.map((y, i) => [y, i] as const));
  const years = layout.years.filter((y) => baseYear.has(y));
  const series: SeriesKey[] = [];
  const from: number[] = [];
  const base: number[] = [];
  layout.series.forEach((k, si) => {
    const bi = baseSeries.get(seriesId(k));
    if (bi === undefined) return;
    series.push(k);
    for (const y of years) {
      from.push(offset + si * layout.years.length + layout.years.indexOf(y));
      base.push(baseOffset + bi * baseline.years.length + (baseYear.get(y) as number));
    }
  });
  return { layout: { years, series }, from: Int32Array.from(from), base: Int32Array.from(base) };
}

/** A named sum of series of the first scenario, per year and per draw (e.g. an onderwijsregio's total). */
export interface SeriesSum {
  /** The key of the sum's own rows (its breakdown names the sum, e.g. a region). */
  key: SeriesKey;
  /** The series added; a series missing from the layout is an error. */
  terms: readonly { metric: string; sector: SeriesKey['sector']; breakdown: string }[];
}

/**
 * Extra per-draw outputs of an ensemble, defined on series keys (resolved after planning, so the
 * same plain object serves the main thread and the workers).
 */
export interface DrawExtract {
  /** Sums summarised like any other cell (mean and quantiles from the draws of the sum). */
  sums?: readonly SeriesSum[];
  /** Series of the first scenario whose every draw is returned (all years of its layout). */
  keep?: readonly { metric: string; sector: SeriesKey['sector']; breakdown: string }[];
  /** Number-valued parameters of the first scenario whose every draw is returned. */
  keepParams?: readonly string[];
}

/** Everything needed to compute draws, identical in the main thread and in workers. */
export interface EngineConfig {
  scenarios: readonly ResolvedScenario[];
  data: ModelData;
  seed: number;
  planOptions: EnsemblePlanOptions;
  extract?: DrawExtract;
}

function seriesIndex(layout: RunLayout, k: { metric: string; sector: string; breakdown: string }): number {
  const i = layout.series.findIndex((s) => s.metric === k.metric && s.sector === k.sector && s.breakdown === k.breakdown);
  if (i < 0) throw new Error(`ensemble: no series ${k.metric} / ${k.sector} / ${k.breakdown} in the run's layout`);
  return i;
}

/**
 * Plans every scenario once and computes draws into one reused vector.
 *
 * @example
 * const engine = new DrawEngine(model, { scenarios, data, seed: 42, planOptions: {} });
 * engine.skipTo(1000);
 * const v = engine.next(); // draw 1000 of every scenario and comparison
 */
export class DrawEngine {
  readonly plans: ModelPlanLike[];
  readonly blocks: CellBlock[];
  readonly cells: number;
  readonly vector: Float64Array;
  /** Values kept per draw (`extract.keep` × years, then `extract.keepParams`); 0 without them. */
  readonly keptWidth: number;
  private samplers: ParamSampler[];
  private readonly views: Float64Array[];
  private readonly diffs: DiffMap[];
  /** Sums: cell k of the sums block adds cells sumCells[sumStart[k] .. sumStart[k+1] − 1]. */
  private readonly sumStart: Int32Array;
  private readonly sumCells: Int32Array;
  private readonly sumOffset: number;
  private readonly keepCells: Int32Array;
  private readonly keepParams: readonly string[];
  private lastValues: Readonly<Record<string, unknown>> | undefined;

  constructor(
    private readonly model: ModelModule,
    private readonly config: EngineConfig,
  ) {
    this.plans = config.scenarios.map((s) => model.planModel(s, config.data, config.planOptions));
    const { blocks, cells, diffs } = cellLayout(this.plans.map((p) => p.layout));
    // The sums asked for: one more block after the scenarios and comparisons (first scenario's years).
    const first = this.plans[0].layout;
    const ny = first.years.length;
    const sums = config.extract?.sums ?? [];
    const start = [0];
    const from: number[] = [];
    for (const sum of sums) {
      for (let y = 0; y < ny; y++) {
        for (const t of sum.terms) from.push(seriesIndex(first, t) * ny + y);
        start.push(from.length);
      }
    }
    this.sumStart = Int32Array.from(start);
    this.sumCells = Int32Array.from(from);
    this.sumOffset = cells;
    if (sums.length > 0) blocks.push({ kind: 'sums', scenarioIndex: 0, layout: { years: first.years, series: sums.map((s) => s.key) }, offset: cells, size: sums.length * ny });
    this.blocks = blocks;
    this.cells = cells + sums.length * ny;
    this.diffs = diffs;
    const keep: number[] = [];
    for (const k of config.extract?.keep ?? []) for (let y = 0; y < ny; y++) keep.push(seriesIndex(first, k) * ny + y);
    this.keepCells = Int32Array.from(keep);
    this.keepParams = config.extract?.keepParams ?? [];
    this.keptWidth = keep.length + this.keepParams.length;
    this.vector = new Float64Array(this.cells);
    this.views = this.plans.map((_, s) => this.vector.subarray(blocks[s].offset, blocks[s].offset + blocks[s].size));
    this.samplers = config.scenarios.map((s) => new ParamSampler(s, config.seed));
  }

  /** Starts again at draw 0 (new streams with the same seeds). */
  restart(): void {
    this.samplers = this.config.scenarios.map((s) => new ParamSampler(s, this.config.seed));
  }

  /** Index of the draw `next()` computes. */
  get position(): number {
    return this.samplers[0]?.position ?? 0;
  }

  /** Moves to draw `index` (forward only). */
  skipTo(index: number): void {
    for (const s of this.samplers) s.skipTo(index);
  }

  /** Computes the next draw into `vector` and returns it (the same array every time). */
  next(): Float64Array {
    for (let s = 0; s < this.plans.length; s++) {
      const view = this.views[s];
      const values = this.samplers[s].next();
      if (s === 0) this.lastValues = values;
      this.model.runModel(this.plans[s], values, view, this.samplers[s].history());
    }
    const v = this.vector;
    for (const d of this.diffs) {
      const { from, base, offset } = d;
      for (let k = 0; k < from.length; k++) v[offset + k] = v[from[k]] - v[base[k]];
    }
    const { sumStart, sumCells, sumOffset } = this;
    for (let k = 0; k + 1 < sumStart.length; k++) {
      let t = 0;
      for (let j = sumStart[k]; j < sumStart[k + 1]; j++) t += v[sumCells[j]];
      v[sumOffset + k] = t;
    }
    return v;
  }

  /** Copies the kept values of the draw `next()` computed last into `out` at `at`. */
  keptInto(out: Float64Array, at: number): void {
    const v = this.vector;
    const n = this.keepCells.length;
    for (let k = 0; k < n; k++) out[at + k] = v[this.keepCells[k]];
    this.keepParams.forEach((key, j) => {
      const x = this.lastValues?.[key];
      if (typeof x !== 'number') throw new Error(`ensemble: parameter ${key} is not a number in this scenario`);
      out[at + n + j] = x;
    });
  }
}

/** How draws are split into chunks: fixed by the number of draws and cells, never by workers. */
export interface ChunkPlan {
  draws: number;
  chunkSize: number;
  chunkCount: number;
}

/** Target bytes of one chunk of draw vectors (the unit sent from a worker in exact mode). */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Chunks of draws: about 4 MB of draw vectors each, at most 1024 draws.
 *
 * @example
 * chunkPlan(10000, 2000) // → { draws: 10000, chunkSize: 262, chunkCount: 39 }
 */
export function chunkPlan(draws: number, cells: number): ChunkPlan {
  const chunkSize = Math.max(1, Math.min(1024, Math.floor(CHUNK_BYTES / (8 * Math.max(1, cells)))));
  return { draws, chunkSize, chunkCount: Math.ceil(draws / chunkSize) };
}

/**
 * The draws [first, end) of chunk `index`.
 *
 * @example
 * chunkRange({ draws: 1000, chunkSize: 300, chunkCount: 4 }, 3) // → [900, 1000]
 */
export function chunkRange(plan: ChunkPlan, index: number): [number, number] {
  const first = index * plan.chunkSize;
  return [first, Math.min(plan.draws, first + plan.chunkSize)];
}

/** What a chunk of work produces, in whichever thread ran it. */
export interface ChunkOutput {
  index: number;
  /** Per-cell sums of the chunk's draws (Kahan, in draw order). */
  sums: Float64Array;
  /** Exact mode: the chunk's draw vectors, draw-major. */
  values?: Float64Array;
  /** With `extract.keep`/`keepParams`: the chunk's kept values, draw-major (`engine.keptWidth` per draw). */
  kept?: Float64Array;
}

/**
 * Runs chunks [fromChunk, toChunk) on an engine: per chunk, sums (and in exact mode the draw
 * vectors) go to `emit`; in sketch mode each draw is also added to `sketch`.
 *
 * @example
 * runChunks(engine, plan, 0, plan.chunkCount, undefined, (out) => mean.addChunk(out.index, out.sums));
 */
export function runChunks(
  engine: DrawEngine,
  plan: ChunkPlan,
  fromChunk: number,
  toChunk: number,
  sketch: HistogramSketch | undefined,
  emit: (out: ChunkOutput) => void,
): void {
  const sums = new ChunkSum(engine.cells);
  const cells = engine.cells;
  // Sketch mode counts batches of draws (up to 32 MB of them) at once: each pass over the bins
  // then serves many draws (see HistogramSketch.addBlock). Counts do not depend on the batching.
  // Draws are kept as their 2-byte bin numbers when the bins allow (HistogramSketch.binDraw).
  const binned = sketch !== undefined && sketch.spec.bins + 1 <= 0xffff;
  const batch = sketch ? Math.max(plan.chunkSize, Math.floor(SKETCH_BATCH_BYTES / ((binned ? 2 : 8) * cells))) : 0;
  const pending = sketch && !binned ? new Float64Array(batch * cells) : undefined;
  const pendingBins = binned ? new Uint16Array(batch * cells) : undefined;
  let filled = 0;
  for (let chunk = fromChunk; chunk < toChunk; chunk++) {
    const [first, end] = chunkRange(plan, chunk);
    engine.skipTo(first);
    const values = sketch ? undefined : new Float64Array((end - first) * cells);
    const kw = engine.keptWidth;
    const kept = kw > 0 ? new Float64Array((end - first) * kw) : undefined;
    for (let i = first; i < end; i++) {
      const v = engine.next();
      sums.add(v);
      if (kept) engine.keptInto(kept, (i - first) * kw);
      if (pendingBins) {
        (sketch as HistogramSketch).binDraw(v, pendingBins, filled * cells);
        if (++filled === batch) {
          (sketch as HistogramSketch).countBins(pendingBins, filled);
          filled = 0;
        }
      } else if (pending) {
        pending.set(v, filled * cells);
        if (++filled === batch) {
          (sketch as HistogramSketch).addBlock(pending, filled);
          filled = 0;
        }
      } else (values as Float64Array).set(v, (i - first) * cells);
    }
    emit({ index: chunk, sums: sums.take(), values, kept });
  }
  if (sketch && pendingBins && filled > 0) sketch.countBins(pendingBins, filled);
  if (sketch && pending && filled > 0) sketch.addBlock(pending, filled);
}

/** Bytes of draws a worker collects before counting them into its sketch. */
const SKETCH_BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Per-cell minimum and maximum of draws [from, to): (part of) the pilot that places a sketch's
 * bins. Minima and maxima merge exactly in any order, so the pilot may be split over workers.
 * Leaves the engine back at draw 0.
 *
 * @example
 * const { min, max } = pilotRange(engine, 0, 256);
 */
export function pilotRange(engine: DrawEngine, from: number, to: number): { min: Float64Array; max: Float64Array } {
  const min = new Float64Array(engine.cells).fill(Infinity);
  const max = new Float64Array(engine.cells).fill(-Infinity);
  engine.restart();
  engine.skipTo(from);
  for (let i = from; i < to; i++) {
    const v = engine.next();
    for (let c = 0; c < engine.cells; c++) {
      const x = v[c];
      if (x < min[c]) min[c] = x;
      if (x > max[c]) max[c] = x;
    }
  }
  engine.restart();
  return { min, max };
}

/**
 * Merges pilot ranges (element-wise min of minima, max of maxima) into `into`.
 *
 * @example
 * mergeRange(total, workerRange);
 */
export function mergeRange(into: { min: Float64Array; max: Float64Array }, other: { min: Float64Array; max: Float64Array }): void {
  for (let c = 0; c < into.min.length; c++) {
    if (other.min[c] < into.min[c]) into.min[c] = other.min[c];
    if (other.max[c] > into.max[c]) into.max[c] = other.max[c];
  }
}

/** Re-export for the worker and run modules. */
export { ExactStore, HistogramSketch, type SketchSpec };
