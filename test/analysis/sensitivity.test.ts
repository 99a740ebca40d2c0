import { describe, expect, it } from 'vitest';
import { globalSensitivity, oneAtATime } from '../../src/analysis/sensitivity';
import { partialRankCorrelation } from '../../src/analysis/prcc';
import { ranks } from '../../src/analysis/stats/ranks';
import { toyRunner, toyScenario } from './toy-model';
import { normalStream } from './helpers';

const Y = { metric: 'toy.y', sector: 'po' as const, year: 2025 };

describe('one-at-a-time swings (toy model y = 3a − b + s, c unused)', () => {
  const rows = oneAtATime(toyScenario(), toyRunner(), [Y]);
  const row = (k: string) => rows.find((r) => r.key === k)!;
  it('hand-computed swings and signs', () => {
    // a: U(0,1) p10..p90 = 0.1..0.9 → y swings 3·0.8 = 2.4 upward
    expect(row('toy.a').effect).toBeCloseTo(2.4, 12);
    // b: U(0,2) → 0.2..1.8, y falls by 1.6
    expect(row('toy.b').effect).toBeCloseTo(-1.6, 12);
    // s: factor U(0.8,1.2) → 0.84..1.16 on 10 → +3.2
    expect(row('toy.s').effect).toBeCloseTo(3.2, 12);
    expect(row('toy.s').inputHigh).toBeCloseTo(1.16, 12);
    expect(row('toy.s').inputUnit).toBe('factor');
    expect(row('toy.c').swing).toBe(0);
    expect(row('toy.a').base).toBeCloseTo(3 * 0.5 - 1 + 10, 12);
  });
  it('sorts by swing, largest first, and skips fixed parameters', () => {
    expect(rows.map((r) => r.key)).toEqual(['toy.s', 'toy.a', 'toy.b', 'toy.c']);
  });
  it('rejects an output the model does not have', () => {
    expect(() => oneAtATime(toyScenario(), toyRunner(), [{ metric: 'toy.q', sector: 'po', year: 2025 }])).toThrow(/a metric of the model/);
    expect(() => oneAtATime(toyScenario(), toyRunner(), [{ ...Y, year: 2031 }])).toThrow(/a year from 2024 to 2025/);
  });
});

describe('partial rank correlation', () => {
  it('ranks ties by their average', () => {
    expect(Array.from(ranks([10, 30, 20, 20]))).toEqual([1, 4, 2.5, 2.5]);
  });
  it('gives ≈ 0 to an input that does not enter the output, within sampling error', () => {
    const z = normalStream('test:analysis:prcc');
    const n = 600;
    const x1 = Float64Array.from({ length: n }, () => z());
    const x2 = Float64Array.from({ length: n }, () => z());
    const x3 = Float64Array.from({ length: n }, () => z());
    const y = Float64Array.from({ length: n }, (_, i) => 2 * x1[i] - x2[i] + 0.5 * z());
    const r = partialRankCorrelation([x1, x2, x3], y);
    expect(r[0].prcc).toBeGreaterThan(0.9);
    expect(r[1].prcc).toBeLessThan(-0.75);
    // sd of a null PRCC ≈ 1/sqrt(n − k) ≈ 0.041: 3 sd
    expect(Math.abs(r[2].prcc)).toBeLessThan(3 / Math.sqrt(n - 3));
    expect(r[2].pValue).toBeGreaterThan(0.001);
    expect(r[0].pValue).toBeLessThan(1e-10);
    // SRRC ≈ standardised coefficients 2/2.29 and −1/2.29 (σ_y = sqrt(4 + 1 + 0.25)); x3 ≈ 0
    expect(r[0].srrc).toBeGreaterThan(0.8);
    expect(r[0].srrc).toBeLessThan(0.95);
    expect(r[1].srrc).toBeGreaterThan(-0.52);
    expect(r[1].srrc).toBeLessThan(-0.36);
    expect(Math.abs(r[2].srrc)).toBeLessThan(0.06);
  });
  it('leaves constant inputs out', () => {
    const r = partialRankCorrelation([[1, 1, 1, 1, 1], [1, 2, 3, 4, 5]], [2, 4, 5, 9, 10]);
    expect(Number.isNaN(r[0].prcc)).toBe(true);
    expect(r[1].spearman).toBeCloseTo(1, 12);
  });
});

describe('global sensitivity over the ensemble (toy model)', () => {
  const rows = globalSensitivity(toyScenario(), toyRunner(), [Y], { seed: 7, draws: 400 });
  const row = (k: string) => rows.find((r) => r.key === k)!;
  it('signs agree with the monotonicity and the unused input gets ≈ 0', () => {
    expect(row('toy.a').prcc).toBeGreaterThan(0.9);
    expect(row('toy.b').prcc).toBeLessThan(-0.8);
    expect(row('toy.s').prcc).toBeGreaterThan(0.9);
    expect(Math.abs(row('toy.c').prcc)).toBeLessThan(3 / Math.sqrt(400 - 4));
    expect(row('toy.c').n).toBe(400);
    expect(Math.abs(row('(dummy)').prcc)).toBeLessThan(3 / Math.sqrt(400 - 5));
    expect(rows).toHaveLength(5); // a, b, c, s and the dummy (the fixed lever is not drawn)
  });
  it('is deterministic for a seed and changes with it', () => {
    const again = globalSensitivity(toyScenario(), toyRunner(), [Y], { seed: 7, draws: 400 });
    expect(again).toEqual(rows);
    const other = globalSensitivity(toyScenario(), toyRunner(), [Y], { seed: 8, draws: 400 });
    expect(other.find((r) => r.key === 'toy.c')!.prcc).not.toBe(row('toy.c').prcc);
  });
});

describe('a constant outcome', () => {
  it('has no PRCC (NaN) and no swings', () => {
    const r = partialRankCorrelation([[1, 2, 3, 4, 5, 6], [6, 1, 5, 2, 4, 3]], [7, 7, 7, 7, 7, 7]);
    expect(r.every((x) => Number.isNaN(x.prcc))).toBe(true);
  });
});
