import { quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { quantileSorted7, orderPositions, selectPositions } from '../../src/ensemble/quantile';
import { RandomStream } from '../../src/ensemble/streams';
import { ExactStore, HistogramSketch, OrderedMean, ChunkSum, sketchSpec } from '../../src/ensemble/summary';
import { normalQuantile } from '../../src/ensemble/normal';

const PS = [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1];

function sample(seed: number, n: number, kind: 'normal' | 'ties' | 'skew'): Float64Array {
  const s = new RandomStream(seed, 'summary.test');
  return Float64Array.from({ length: n }, () => {
    const u = s.nextUniform();
    if (kind === 'ties') return Math.floor(u * 5);
    if (kind === 'skew') return Math.exp(2 * normalQuantile(u));
    return 100 + 15 * normalQuantile(u);
  });
}

describe('exact quantiles', () => {
  it('type 7 on a hand example', () => {
    expect(quantileSorted7([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted7([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], 0.5)).toBe(9);
    expect(orderPositions(101, [0.05, 0.5])).toEqual([5, 50]);
  });
  for (const kind of ['normal', 'ties', 'skew'] as const) {
    for (const n of [1, 2, 7, 100, 1001]) {
      it(`equal to simple-statistics quantile, ${kind}, n = ${n}`, () => {
        const xs = sample(n, n, kind);
        const store = new ExactStore(2, n);
        for (let i = 0; i < n; i++) store.setDraw(i, Float64Array.of(xs[i], -xs[i]));
        const q = store.quantiles(PS);
        const ref = quantile(Array.from(xs), PS);
        const refNeg = quantile(Array.from(xs, (x) => -x), PS);
        PS.forEach((p, j) => {
          expect(q.quantiles[j]).toBe(ref[j]);
          expect(q.quantiles[PS.length + j]).toBe(refNeg[j]);
        });
      });
    }
  }
  it('setDraws (chunks, draw-major) equals setDraw one by one', () => {
    const cells = 300;
    const n = 50;
    const a = new ExactStore(cells, n);
    const b = new ExactStore(cells, n);
    const block = new Float64Array(20 * cells);
    for (let d = 0; d < n; d++) {
      const v = Float64Array.from({ length: cells }, (_, c) => d * 1000 + c);
      a.setDraw(d, v);
      if (d >= 10 && d < 30) block.set(v, (d - 10) * cells);
      else b.setDraw(d, v);
    }
    b.setDraws(10, 20, block);
    expect(b.values).toEqual(a.values);
  });
  it('selection handles long runs of equal values quickly', () => {
    const xs = new Float64Array(200000).fill(3);
    xs[7] = 1;
    const t = Date.now();
    selectPositions(xs, [0, 100000, 199999]);
    expect(Date.now() - t).toBeLessThan(1000);
    expect([xs[0], xs[100000], xs[199999]]).toEqual([1, 3, 3]);
  });
});

describe('means', () => {
  it('chunk sums added in chunk order whatever order the chunks arrive in', () => {
    const n = 1000;
    const xs = sample(1, n, 'skew');
    const chunks: Float64Array[] = [];
    const cs = new ChunkSum(1);
    for (let i = 0; i < n; i++) {
      cs.add(Float64Array.of(xs[i]));
      if (i % 100 === 99) chunks.push(cs.take());
    }
    const inOrder = new OrderedMean(1, 10);
    chunks.forEach((c, i) => inOrder.addChunk(i, c));
    const shuffled = new OrderedMean(1, 10);
    [3, 9, 0, 1, 2, 8, 7, 4, 6, 5].forEach((i) => shuffled.addChunk(i, chunks[i]));
    expect(shuffled.means(n)[0]).toBe(inOrder.means(n)[0]);
    expect(inOrder.means(n)[0]).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / n, 10);
    expect(() => new OrderedMean(1, 2).means(1)).toThrow();
  });
});

describe('histogram sketch', () => {
  for (const kind of ['normal', 'skew', 'ties'] as const) {
    for (const seed of [1, 2, 3]) {
      it(`rank error within its reported bound and value within a bin, ${kind}, seed ${seed}`, () => {
        const n = 50000;
        const xs = sample(seed, n, kind);
        const pilot = xs.subarray(0, 256);
        const spec = sketchSpec(1024, Float64Array.of(Math.min(...pilot)), Float64Array.of(Math.max(...pilot)));
        // two halves merged = one sketch of everything (integer counts)
        const h1 = new HistogramSketch(spec);
        const h2 = new HistogramSketch(spec);
        const all = new HistogramSketch(spec);
        xs.forEach((x, i) => {
          (i < n / 3 ? h1 : h2).add(Float64Array.of(x));
          all.add(Float64Array.of(x));
        });
        h1.merge(h2);
        expect(h1.counts).toEqual(all.counts);
        const ps = [0.05, 0.5, 0.95, 0.01, 0.99];
        const q = h1.quantiles(n, ps);
        const sorted = Float64Array.from(xs).sort();
        const exact = quantile(Array.from(xs), ps);
        const width = spec.span[0] / spec.bins;
        ps.forEach((p, j) => {
          const est = q.quantiles[j];
          // rank of the estimate vs the target rank h = (n − 1)p
          let rank = 0;
          while (rank < n && sorted[rank] <= est) rank++;
          const target = (n - 1) * p;
          expect(Math.abs(rank - target) / n).toBeLessThanOrEqual((q.maxRankError as number) + 1 / n);
          if (kind !== 'skew' || (p > 0.01 && p < 0.99)) expect(Math.abs(est - exact[j])).toBeLessThanOrEqual(2 * width);
        });
        if (kind === 'normal') expect(q.maxRankError).toBeLessThan(0.005);
      });
    }
  }
  it('addBlock (tiled, draw-major chunks) counts exactly as adding draw by draw', () => {
    const cells = 300;
    const draws = 40;
    const s = new RandomStream(9, 'block');
    const block = Float64Array.from({ length: cells * draws }, () => 10 * normalQuantile(s.nextUniform()));
    const spec = sketchSpec(100, new Float64Array(cells).fill(-8), new Float64Array(cells).fill(8));
    const one = new HistogramSketch(spec);
    for (let d = 0; d < draws; d++) one.add(block.subarray(d * cells, (d + 1) * cells));
    const blocked = new HistogramSketch(spec);
    blocked.addBlock(block.subarray(0, 15 * cells), 15);
    blocked.addBlock(block.subarray(15 * cells), draws - 15);
    expect(blocked.counts).toEqual(one.counts);
    expect(blocked.underMin).toEqual(one.underMin);
    expect(blocked.overMax).toEqual(one.overMax);
  });
  it('binDraw + countBins (2-byte bin numbers) count exactly as adding draw by draw, NaN and a zero-width cell included', () => {
    const cells = 300;
    const draws = 40;
    const s = new RandomStream(11, 'bins');
    const block = Float64Array.from({ length: cells * draws }, () => 10 * normalQuantile(s.nextUniform()));
    block[7] = NaN;
    for (let d = 0; d < draws; d++) block[d * cells + 5] = d % 3 === 0 ? 2 : 1 + d;
    const lo = new Float64Array(cells).fill(-8);
    const hi = new Float64Array(cells).fill(8);
    lo[5] = 2;
    hi[5] = 2;
    const spec = sketchSpec(100, lo, hi);
    const one = new HistogramSketch(spec);
    for (let d = 0; d < draws; d++) one.add(block.subarray(d * cells, (d + 1) * cells));
    const binned = new HistogramSketch(spec);
    const bins = new Uint16Array(15 * cells);
    for (const [from, to] of [[0, 15], [15, 30], [30, draws]]) {
      for (let d = from; d < to; d++) binned.binDraw(block.subarray(d * cells, (d + 1) * cells), bins, (d - from) * cells);
      binned.countBins(bins, to - from);
    }
    expect(binned.counts).toEqual(one.counts);
    expect(binned.underMin).toEqual(one.underMin);
    expect(binned.overMax).toEqual(one.overMax);
    expect(one.counts[5 * 102 + 101]).toBeGreaterThan(0);
  });
  it('a constant cell gives its value exactly', () => {
    const spec = sketchSpec(64, Float64Array.of(0.1 + 0.2), Float64Array.of(0.1 + 0.2));
    const h = new HistogramSketch(spec);
    for (let i = 0; i < 100; i++) h.add(Float64Array.of(0.1 + 0.2));
    expect(Array.from(h.quantiles(100, [0.05, 0.5, 0.95]).quantiles)).toEqual([0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2]);
  });
});
