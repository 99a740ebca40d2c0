import { orderPositions, quantileFromOrderStatistics, selectPositions } from './quantile';

/**
 * Summaries of many draws per output cell (one series in one year): the mean and type-7
 * quantiles, exact while every draw of every cell fits the memory budget, else from a binned
 * sketch (docs/methods.md, "Uncertainty"). Everything here is order-fixed so that the bytes of
 * the result do not depend on how draws were split over workers:
 *
 * - means: each fixed chunk of draws is summed in draw order (Kahan), chunk sums are added in
 *   chunk order (Kahan), then divided by the number of draws;
 * - exact quantiles: selection on all draws of a cell, the same order statistics whatever order
 *   they arrived in;
 * - sketch: integer counts per bin, whose sum does not depend on the order of addition.
 */

/**
 * Per-cell Kahan sums of the draws of one chunk, in draw order.
 *
 * @example
 * const s = new ChunkSum(cells);
 * for (const v of chunkDraws) s.add(v);
 * const sums = s.take(); // and a new chunk starts
 */
export class ChunkSum {
  readonly sum: Float64Array;
  private readonly comp: Float64Array;

  constructor(readonly cells: number) {
    this.sum = new Float64Array(cells);
    this.comp = new Float64Array(cells);
  }

  /** Adds one draw's values (length ≥ cells). */
  add(values: Float64Array): void {
    const { sum, comp } = this;
    for (let c = 0; c < this.cells; c++) {
      const y = values[c] - comp[c];
      const t = sum[c] + y;
      comp[c] = t - sum[c] - y;
      sum[c] = t;
    }
  }

  /** The chunk's sums (a copy), then starts a new chunk. */
  take(): Float64Array {
    const out = this.sum.slice();
    this.sum.fill(0);
    this.comp.fill(0);
    return out;
  }
}

/**
 * Adds chunk sums in chunk order, whatever order they arrive in (out-of-order chunks wait).
 *
 * @example
 * const m = new OrderedMean(cells, chunkCount);
 * m.addChunk(1, sums1); m.addChunk(0, sums0); // 0 then 1 are added
 * const means = m.means(draws);
 */
export class OrderedMean {
  private readonly total: Float64Array;
  private readonly comp: Float64Array;
  private readonly pending = new Map<number, Float64Array>();
  private nextChunk = 0;

  constructor(
    readonly cells: number,
    readonly chunkCount: number,
  ) {
    this.total = new Float64Array(cells);
    this.comp = new Float64Array(cells);
  }

  addChunk(index: number, sums: Float64Array): void {
    this.pending.set(index, sums);
    for (let s = this.pending.get(this.nextChunk); s !== undefined; s = this.pending.get(this.nextChunk)) {
      this.pending.delete(this.nextChunk);
      const { total, comp } = this;
      for (let c = 0; c < this.cells; c++) {
        const y = s[c] - comp[c];
        const t = total[c] + y;
        comp[c] = t - total[c] - y;
        total[c] = t;
      }
      this.nextChunk++;
    }
  }

  /** The means over `draws` draws; throws if a chunk is missing. */
  means(draws: number): Float64Array {
    if (this.nextChunk !== this.chunkCount) throw new Error(`OrderedMean: ${this.nextChunk} of ${this.chunkCount} chunks added`);
    const out = new Float64Array(this.cells);
    for (let c = 0; c < this.cells; c++) out[c] = this.total[c] / draws;
    return out;
  }
}

/** Per cell: the quantiles asked for (in order), the extremes, and (sketch) a rank-error bound. */
export interface CellQuantiles {
  /** quantiles[c * ps.length + j] is cell c's quantile ps[j]. */
  quantiles: Float64Array;
  min: Float64Array;
  max: Float64Array;
  /**
   * Sketch only: the largest share of draws, over cells and quantiles, in the bins that hold the
   * exact order statistics: a bound on |rank(estimate) − rank(exact)| / draws.
   */
  maxRankError?: number;
}

/**
 * All draws of all cells, cell-major (`values[c * draws + i]`), for exact quantiles.
 *
 * @example
 * const store = new ExactStore(cells, draws);
 * store.setDraw(i, drawValues);
 * const q = store.quantiles([0.05, 0.5, 0.95]);
 */
export class ExactStore {
  readonly values: Float64Array;

  constructor(
    readonly cells: number,
    readonly draws: number,
  ) {
    this.values = new Float64Array(cells * draws);
  }

  /** Bytes this store needs for `cells` × `draws`. */
  static bytes(cells: number, draws: number): number {
    return cells * draws * 8;
  }

  /** Stores draw `i` (values of every cell, length ≥ cells). */
  setDraw(i: number, values: Float64Array): void {
    const { draws, cells } = this;
    const store = this.values;
    for (let c = 0, at = i; c < cells; c++, at += draws) store[at] = values[c];
  }

  /** Stores `count` consecutive draws starting at draw `first`, given draw-major (`block[d * cells + c]`). */
  setDraws(first: number, count: number, block: Float64Array): void {
    const { draws, cells } = this;
    const store = this.values;
    // Tiles of cells keep the strided writes within a few pages at a time.
    const tile = 256;
    for (let c0 = 0; c0 < cells; c0 += tile) {
      const c1 = Math.min(cells, c0 + tile);
      for (let d = 0; d < count; d++) {
        const row = d * cells;
        for (let c = c0, at = c0 * draws + first + d; c < c1; c++, at += draws) store[at] = block[row + c];
      }
    }
  }

  /** Exact type-7 quantiles per cell (equal to simple-statistics' `quantile`). */
  quantiles(ps: readonly number[]): CellQuantiles {
    const { cells, draws } = this;
    const quantiles = new Float64Array(cells * ps.length);
    const min = new Float64Array(cells);
    const max = new Float64Array(cells);
    const positions = orderPositions(draws, ps);
    const scratch = new Float64Array(draws);
    for (let c = 0; c < cells; c++) {
      const column = this.values.subarray(c * draws, (c + 1) * draws);
      let lo = Infinity;
      let hi = -Infinity;
      let nan = false;
      for (let i = 0; i < draws; i++) {
        const v = column[i];
        if (v < lo) lo = v;
        if (v > hi) hi = v;
        if (v !== v) nan = true;
      }
      min[c] = nan ? NaN : lo;
      max[c] = nan ? NaN : hi;
      if (nan || lo === hi) {
        for (let j = 0; j < ps.length; j++) quantiles[c * ps.length + j] = nan ? NaN : lo;
        continue;
      }
      scratch.set(column);
      selectPositions(scratch, positions);
      for (let j = 0; j < ps.length; j++) quantiles[c * ps.length + j] = quantileFromOrderStatistics(draws, ps[j], (k) => scratch[k]);
    }
    return { quantiles, min, max };
  }
}

/**
 * Where each cell's bins lie: `bins` equal-width bins on [lo, lo + span] plus an underflow and an
 * overflow bin. Set from a pilot of the first draws (a fixed number, so it does not depend on
 * the workers): the pilot's range widened by a quarter of its width on each side.
 */
export interface SketchSpec {
  bins: number;
  lo: Float64Array;
  span: Float64Array;
}

/** How far the pilot range is widened on each side, as a share of its width. */
export const SKETCH_MARGIN = 0.25;

/**
 * The bins of a sketch from the pilot's per-cell minimum and maximum.
 *
 * @example
 * sketchSpec(1024, Float64Array.of(0), Float64Array.of(10)) // lo −2.5, span 15
 */
export function sketchSpec(bins: number, pilotMin: Float64Array, pilotMax: Float64Array): SketchSpec {
  const cells = pilotMin.length;
  const lo = new Float64Array(cells);
  const span = new Float64Array(cells);
  for (let c = 0; c < cells; c++) {
    const a = pilotMin[c];
    const b = pilotMax[c];
    const r = b - a;
    if (Number.isFinite(r)) {
      lo[c] = a - SKETCH_MARGIN * r;
      span[c] = r * (1 + 2 * SKETCH_MARGIN);
    } else {
      lo[c] = Number.isFinite(a) ? a : 0;
      span[c] = 0;
    }
  }
  return { bins, lo, span };
}

/** The mergeable state of a sketch: bin counts and the extremes of the out-of-range draws. */
export interface SketchState {
  counts: Uint32Array;
  /** Per cell: the smallest draw below the bins (+∞ when none). */
  underMin: Float64Array;
  /** Per cell: the largest draw above the bins (−∞ when none). */
  overMax: Float64Array;
}

/**
 * A binned quantile sketch per cell: exact counts per bin, plus the exact extremes of the draws
 * that fall below or above the bins. Mergeable by adding counts (order-free), so the result is
 * the same for any split of the draws.
 *
 * @example
 * const h = new HistogramSketch(spec);
 * h.addBlock(chunkValues, drawsInChunk);
 * h.merge(otherWorkersSketch);
 * const q = h.quantiles(draws, [0.05, 0.5, 0.95]);
 */
export class HistogramSketch implements SketchState {
  readonly counts: Uint32Array;
  readonly underMin: Float64Array;
  readonly overMax: Float64Array;
  /** Per cell, interleaved for locality: lo, span, bins / span (0 when the span is 0). */
  private readonly params: Float64Array;
  readonly cells: number;
  private readonly stride: number;

  constructor(
    readonly spec: SketchSpec,
    state?: SketchState,
  ) {
    this.cells = spec.lo.length;
    this.stride = spec.bins + 2;
    this.counts = state?.counts ?? new Uint32Array(this.cells * this.stride);
    this.underMin = state?.underMin ?? new Float64Array(this.cells).fill(Infinity);
    this.overMax = state?.overMax ?? new Float64Array(this.cells).fill(-Infinity);
    this.params = new Float64Array(3 * this.cells);
    for (let c = 0; c < this.cells; c++) {
      this.params[3 * c] = spec.lo[c];
      this.params[3 * c + 1] = spec.span[c];
      this.params[3 * c + 2] = spec.span[c] > 0 ? spec.bins / spec.span[c] : 0;
    }
  }

  /** Bytes of the counts for `cells` cells with `bins` bins each. */
  static bytes(cells: number, bins: number): number {
    return cells * (bins + 2) * 4;
  }

  /** Adds one draw's values (length ≥ cells). */
  add(values: Float64Array): void {
    this.addBlock(values, 1);
  }

  /**
   * Adds `count` draws given draw-major (`block[d * cells + c]`). Goes through the cells in tiles
   * so that a tile's bins stay in cache while all the block's draws are counted: adding draw by
   * draw touches every cell's bins (a different page per cell) once per draw, about twice as slow
   * at 22,000 cells. The counts are the same as adding the draws one by one (tested).
   */
  addBlock(block: Float64Array, count: number): void {
    const { counts, underMin, overMax, params, stride, cells } = this;
    const top = this.spec.bins + 1;
    const tile = 32;
    for (let c0 = 0; c0 < cells; c0 += tile) {
      const c1 = Math.min(cells, c0 + tile);
      for (let d = 0, row = 0; d < count; d++, row += cells) {
        for (let c = c0, base = c0 * stride, p = 3 * c0; c < c1; c++, base += stride, p += 3) {
          const v = block[row + c];
          const x = v - params[p];
          if (x < 0) {
            counts[base]++;
            if (v < underMin[c]) underMin[c] = v;
          } else if (x > params[p + 1]) {
            counts[base + top]++;
            if (v > overMax[c]) overMax[c] = v;
          } else {
            const t = (x * params[p + 2]) | 0;
            counts[base + (t >= top - 1 ? top - 1 : t + 1)]++;
          }
        }
      }
    }
  }

  /**
   * The bin of every cell of one draw (0 = underflow, bins + 1 = overflow; the same bins as
   * {@link addBlock}), written to `out[offset + c]`; the extremes of out-of-range draws are kept
   * at once. With {@link countBins} this counts draws in two steps: a streaming pass per draw,
   * then counting a batch of 2-byte bin numbers by tiles of cells, which reads a quarter of the
   * memory that counting the draws' values does. Needs bins + 2 ≤ 65,536.
   */
  binDraw(values: Float64Array, out: Uint16Array, offset: number): void {
    const { underMin, overMax, params, cells } = this;
    const top = this.spec.bins + 1;
    for (let c = 0, p = 0; c < cells; c++, p += 3) {
      const v = values[c];
      const x = v - params[p];
      if (x < 0) {
        out[offset + c] = 0;
        if (v < underMin[c]) underMin[c] = v;
      } else if (x > params[p + 1]) {
        out[offset + c] = top;
        if (v > overMax[c]) overMax[c] = v;
      } else {
        const t = (x * params[p + 2]) | 0;
        out[offset + c] = t >= top - 1 ? top - 1 : t + 1;
      }
    }
  }

  /** Counts `count` draws of bin numbers from {@link binDraw}, given draw-major (`bins[d * cells + c]`). */
  countBins(bins: Uint16Array, count: number): void {
    const { counts, stride, cells } = this;
    const tile = 64;
    for (let c0 = 0; c0 < cells; c0 += tile) {
      const c1 = Math.min(cells, c0 + tile);
      for (let d = 0, row = 0; d < count; d++, row += cells) {
        for (let c = c0, base = c0 * stride; c < c1; c++, base += stride) counts[base + bins[row + c]]++;
      }
    }
  }

  /** Adds another sketch with the same spec. */
  merge(other: SketchState): void {
    const { counts, underMin, overMax } = this;
    for (let i = 0; i < counts.length; i++) counts[i] += other.counts[i];
    for (let c = 0; c < this.cells; c++) {
      if (other.underMin[c] < underMin[c]) underMin[c] = other.underMin[c];
      if (other.overMax[c] > overMax[c]) overMax[c] = other.overMax[c];
    }
  }

  /**
   * Type-7 quantiles from the bins. The k-th smallest draw is estimated by spreading the draws of
   * its bin evenly over the bin (the underflow and overflow bins reach to the exact extremes of
   * their draws), then the type-7 formula is applied. `min`/`max` of the result are the exact
   * extremes when they lie outside the bins, else the edges of the outermost occupied bins (so a
   * cell whose pilot and draws are all one value reports that value exactly).
   */
  quantiles(draws: number, ps: readonly number[]): CellQuantiles {
    const { cells, stride, counts } = this;
    const { lo, span, bins } = this.spec;
    const quantiles = new Float64Array(cells * ps.length);
    const min = new Float64Array(cells);
    const max = new Float64Array(cells);
    const positions = orderPositions(draws, ps);
    const estimate = new Map<number, number>();
    const binOf = new Map<number, number>();
    let maxRankError = 0;
    for (let c = 0; c < cells; c++) {
      const base = c * stride;
      const width = span[c] / bins;
      let first = 0;
      while (first < bins + 1 && counts[base + first] === 0) first++;
      let last = bins + 1;
      while (last > 0 && counts[base + last] === 0) last--;
      const mn = first === 0 ? this.underMin[c] : lo[c] + (first - 1) * width;
      const mx = last === bins + 1 ? this.overMax[c] : lo[c] + last * width;
      min[c] = mn;
      max[c] = mx;
      estimate.clear();
      binOf.clear();
      let b = 0;
      let before = 0;
      for (const k of positions) {
        while (before + counts[base + b] <= k) {
          before += counts[base + b];
          b++;
        }
        const count = counts[base + b];
        const left = b === 0 ? mn : b === bins + 1 ? lo[c] + span[c] : lo[c] + (b - 1) * width;
        const right = b === 0 ? lo[c] : b === bins + 1 ? mx : lo[c] + b * width;
        const x = left + ((k - before + 0.5) / count) * (right - left);
        estimate.set(k, x < mn ? mn : x > mx ? mx : x);
        binOf.set(k, b);
        if (mn !== mx) maxRankError = Math.max(maxRankError, count / draws);
      }
      for (let j = 0; j < ps.length; j++) {
        quantiles[c * ps.length + j] = mn === mx ? mn : quantileFromOrderStatistics(draws, ps[j], (k) => estimate.get(k) as number);
      }
      // Two neighbouring order statistics in different bins: the interpolated estimate may lie
      // anywhere in both bins.
      for (let j = 0; j < ps.length; j++) {
        const h = (draws - 1) * ps[j];
        const bl = binOf.get(Math.floor(h));
        const bu = binOf.get(Math.ceil(h));
        if (mn !== mx && bl !== undefined && bu !== undefined && bl !== bu) {
          maxRankError = Math.max(maxRankError, (counts[base + bl] + counts[base + bu]) / draws);
        }
      }
    }
    return { quantiles, min, max, maxRankError };
  }
}
