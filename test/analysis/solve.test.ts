import { describe, expect, it } from 'vitest';
import { bisectProbability, goalSeek, scalarLever } from '../../src/analysis/solve';
import { drawParameter } from '../../src/ensemble/sample';
import { toyRunner, toyScenario } from './toy-model';

const Z = { metric: 'toy.z', sector: 'po' as const, year: 2025 };

describe('bisectProbability', () => {
  it('finds the crossing of a known curve', () => {
    const r = bisectProbability((x) => ({ x, probability: x * x }), 0, 1, 0.64, { gridPoints: 5, tolerance: 1e-9, sampleSize: 1e6 });
    expect(r.status).toBe('found');
    expect(r.value).toBeCloseTo(0.8, 8);
    expect(r.at.probability).toBeGreaterThanOrEqual(0.64);
  });
  it('handles a decreasing curve (the least demanding value is the largest)', () => {
    const r = bisectProbability((x) => ({ x, probability: 1 - x }), 0, 1, 0.3, { gridPoints: 3, tolerance: 1e-9, sampleSize: 1e6 });
    expect(r.direction).toBe('decreasing');
    expect(r.value).toBeCloseTo(0.7, 8);
  });
  it('reports met-at-bound and unreachable', () => {
    expect(bisectProbability((x) => ({ x, probability: 0.9 }), 0, 1, 0.8, { gridPoints: 3, tolerance: 1e-6, sampleSize: 100 }).status).toBe('met-at-bound');
    const u = bisectProbability((x) => ({ x, probability: 0.5 * x }), 0, 1, 0.8, { gridPoints: 3, tolerance: 1e-6, sampleSize: 100 });
    expect(u.status).toBe('unreachable');
    expect(u.at.x).toBe(1);
  });
  it('flags a non-monotone curve', () => {
    const r = bisectProbability((x) => ({ x, probability: x < 0.5 ? x : 1 - x }), 0, 1, 0.9, { gridPoints: 11, tolerance: 1e-6, sampleSize: 1000 });
    expect(r.nonMonotone).toBe(true);
  });
});

describe('goalSeek on the toy model: z = lever − a, a ~ U(0, 1)', () => {
  const scenario = toyScenario();
  const lever = scalarLever(scenario, 'toy.lever', { min: 0, max: 2 });
  const draws = 500;
  const result = goalSeek(scenario, toyRunner(), lever, [{ output: Z, op: '>=', threshold: 0 }], { probability: 0.8, seed: 11, draws });
  it('hand-computed answer: the 0.8 order statistic of the drawn a (≈ 0.8)', () => {
    // P(lever − a ≥ 0) = #(a_i ≤ lever) / 500 ≥ 0.8 ⇔ lever ≥ the 400th smallest a_i.
    const a = Array.from(drawParameter(scenario, 'toy.a', 11, draws)).sort((x, y) => x - y);
    expect(result.status).toBe('found');
    expect(result.value!).toBeGreaterThanOrEqual(a[399]);
    expect(result.value! - a[399]).toBeLessThanOrEqual(result.tolerance);
    expect(Math.abs(result.value! - 0.8)).toBeLessThan(0.05);
    expect(result.atValue.probability).toBeGreaterThanOrEqual(0.8);
    expect(result.direction).toBe('increasing');
    expect(result.curve.length).toBeGreaterThan(11);
    expect(result.message).toMatch(/toy.lever = 0\.\d+ factor gives P\(toy.z:po:2025 >= 0\) = 8\d\.\d% ≥ 80\.0%/);
  });
  it('reports an unreachable target and how close the bound gets', () => {
    const low = scalarLever(scenario, 'toy.lever', { min: 0, max: 0.5 });
    const r = goalSeek(scenario, toyRunner(), low, [{ output: Z, op: '>=', threshold: 0 }], { probability: 0.8, seed: 11, draws });
    expect(r.status).toBe('unreachable');
    expect(r.value).toBeUndefined();
    expect(r.atValue.x).toBe(0.5);
    expect(Math.abs(r.atValue.probability - 0.5)).toBeLessThan(0.07);
    // the 20% quantile of z = 0.5 − a at the bound ≈ 0.5 − 0.8 = −0.3
    expect(r.atValue.outputAtProbability[0]).toBeCloseTo(-0.3, 1);
    expect(r.message).toMatch(/Not reachable/);
  });
  it('is deterministic and uses the same draws at every lever value (common random numbers)', () => {
    const again = goalSeek(scenario, toyRunner(), lever, [{ output: Z, op: '>=', threshold: 0 }], { probability: 0.8, seed: 11, draws });
    expect(again.value).toBe(result.value);
    expect(again.curve).toEqual(result.curve);
    // With CRN the empirical curve is monotone exactly: no dip at all.
    for (let i = 1; i < result.curve.length; i++) expect(result.curve[i].probability).toBeGreaterThanOrEqual(result.curve[i - 1].probability);
  });
  it('rejects a lever that is not a scalar parameter', () => {
    expect(() => scalarLever(scenario, 'toy.s')).toThrow(/a scalar parameter/);
    expect(() => scalarLever(scenario, 'toy.nope')).toThrow(/parameter key/);
    expect(() => scalarLever(scenario, 'toy.lever', { min: 0, max: 20 })).toThrow(/within the bounds/);
  });
});

describe('goal seek does not depend on how the draws are split (as across workers)', () => {
  it('gives the same answer and curve for 1, 3 and 7 blocks of draws', () => {
    const scenario = toyScenario();
    const lever = scalarLever(scenario, 'toy.lever', { min: 0, max: 2 });
    const run = (chunks: number) => goalSeek(scenario, toyRunner(), lever, [{ output: Z, op: '>=', threshold: 0 }], { probability: 0.8, seed: 5, draws: 301, chunks });
    const one = run(1);
    for (const chunks of [3, 7]) {
      const r = run(chunks);
      expect(r.value).toBe(one.value);
      expect(r.curve).toEqual(one.curve);
    }
  });
});

describe('an unreachable target with a flat probability curve', () => {
  it('reports the end of the range that comes closest', () => {
    const scenario = toyScenario();
    const lever = scalarLever(scenario, 'toy.lever', { min: 0, max: 2 });
    // z = lever − a ≤ −5 never holds; its 80% quantile is ≈ −0.2 at lever 0 and ≈ 1.8 at lever 2
    const r = goalSeek(scenario, toyRunner(), lever, [{ output: Z, op: '<=', threshold: -5 }], { probability: 0.8, seed: 3, draws: 200 });
    expect(r.status).toBe('unreachable');
    expect(r.atValue.x).toBe(0);
    expect(r.direction).toBe('decreasing');
    expect(r.atValue.outputAtProbability[0]).toBeCloseTo(-0.2, 1);
    expect(r.message).toMatch(/the bound that comes closest, 0 factor/);
  });
});
