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

/** A block of cells in a draw vector: one scenario's outputs or one comparison. */
export interface CellBlock {
  kind: 'scenario' | 'comparison';
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

/** Everything needed to compute draws, identical in the main thread and in workers. */
export interface EngineConfig {
  scenarios: readonly ResolvedScenario[];
  data: ModelData;
  seed: number;
  planOptions: EnsemblePlanOptions;
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
  private samplers: ParamSampler[];
  private readonly views: Float64Array[];
  private readonly diffs: DiffMap[];

  constructor(
    private readonly model: ModelModule,
    private readonly config: EngineConfig,
  ) {
    this.plans = config.scenarios.map((s) => model.planModel(s, config.data, config.planOptions));
    const { blocks, cells, diffs } = cellLayout(this.plans.map((p) => p.layout));
    this.blocks = blocks;
    this.cells = cells;
    this.diffs = diffs;
    this.vector = new Float64Array(cells);
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
      this.model.runModel(this.plans[s], values, view, this.samplers[s].history());
    }
    const v = this.vector;
    for (const d of this.diffs) {
      const { from, base, offset } = d;
      for (let k = 0; k < from.length; k++) v[offset + k] = v[from[k]] - v[base[k]];
    }
    return v;
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
    for (let i = first; i < end; i++) {
      const v = engine.next();
      sums.add(v);
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
    emit({ index: chunk, sums: sums.take(), values });
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
