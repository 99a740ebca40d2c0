import { describe, expect, it } from 'vitest';
import { inverseCdf } from '../../src/ensemble/distributions';
import { distributionMedian, distributionShapeProblems, distributionSupport, distributionText } from '../../src/params/distribution';
import type { Distribution } from '../../src/params/types';

describe('distribution medians (hand-computed)', () => {
  it('fixed, uniform, triangular', () => {
    expect(distributionMedian({ type: 'fixed', value: 3 })).toBe(3);
    expect(distributionMedian({ type: 'uniform', min: 0.8, max: 1 })).toBeCloseTo(0.9, 15);
    // left-heavy: median = max − √((max−min)(max−mode)/2) = 1 − √0.5
    expect(distributionMedian({ type: 'triangular', min: 0, mode: 0, max: 1 })).toBeCloseTo(1 - Math.SQRT1_2, 15);
    // right-heavy: min + √((max−min)(mode−min)/2) = √0.5
    expect(distributionMedian({ type: 'triangular', min: 0, mode: 1, max: 1 })).toBeCloseTo(Math.SQRT1_2, 15);
    expect(distributionMedian({ type: 'triangular', min: 0.05, mode: 0.1, max: 0.15 })).toBeCloseTo(0.1, 15);
  });
  it('PERT: symmetric is the mode; skewed matches the Beta median', () => {
    expect(distributionMedian({ type: 'pert', min: 0.7, mode: 1, max: 1.3 })).toBe(1);
    // min 0, mode 0.25, max 1 → Beta(2, 4); qbeta(0.5, 2, 4) = 0.3138101704556974
    expect(distributionMedian({ type: 'pert', min: 0, mode: 0.25, max: 1 })).toBeCloseTo(0.3138101704556974, 12);
  });
  it('normal: untruncated is the mean; truncated one-sided moves the median', () => {
    expect(distributionMedian({ type: 'normal', mean: 2, sd: 1 })).toBe(2);
    expect(distributionMedian({ type: 'normal', mean: 2, sd: 1, min: 1, max: 3 })).toBe(2);
    // truncated at the mean from below: median = mean + sd·Φ⁻¹(0.75) = 0.6744897501960817
    expect(distributionMedian({ type: 'normal', mean: 0, sd: 1, min: 0 })).toBeCloseTo(0.6744897501960817, 12);
  });
  it('discrete: the first value whose cumulative weight exceeds one half (order as given)', () => {
    expect(distributionMedian({ type: 'discrete', values: [1, 2, 3], weights: [1, 1, 1] })).toBe(2);
    expect(distributionMedian({ type: 'discrete', values: [1, 2], weights: [1, 1] })).toBe(2);
    expect(distributionMedian({ type: 'discrete', values: [5, 1], weights: [3, 1] })).toBe(5);
  });
  it("agrees with the ensemble's inverse CDF at u = 0.5 for every type", () => {
    const ds: Distribution[] = [
      { type: 'fixed', value: 0.3 },
      { type: 'uniform', min: 0.2, max: 0.9 },
      { type: 'triangular', min: 0, mode: 0.2, max: 1 },
      { type: 'pert', min: 0, mode: 0.1, max: 1 },
      { type: 'normal', mean: 1, sd: 0.5, min: 0.2, max: 4 },
      { type: 'discrete', values: [3, 1, 2], weights: [0.2, 0.5, 0.3] },
    ];
    for (const d of ds) expect(distributionMedian(d)).toBeCloseTo(inverseCdf(d)(0.5), 9);
  });
});

describe('distribution support, shape and text', () => {
  it('support', () => {
    expect(distributionSupport({ type: 'normal', mean: 0, sd: 1 })).toEqual([-Infinity, Infinity]);
    expect(distributionSupport({ type: 'discrete', values: [3, 1, 2], weights: [1, 1, 1] })).toEqual([1, 3]);
  });
  it('shape problems', () => {
    expect(distributionShapeProblems({ type: 'uniform', min: 2, max: 1 })).toEqual(['min (2) must not exceed max (1)']);
    expect(distributionShapeProblems({ type: 'normal', mean: 0, sd: 0 })).toEqual(['sd must be positive, found 0']);
    expect(distributionShapeProblems({ type: 'discrete', values: [1, 2], weights: [1] })).toEqual([
      'values and weights must have the same length, found 2 and 1',
    ]);
    expect(distributionShapeProblems({ type: 'discrete', values: [1], weights: [-1] })).toEqual([
      'weights[0] must be a non-negative number, found -1',
      'weights must not all be zero',
    ]);
  });
  it('text', () => {
    expect(distributionText({ type: 'pert', min: 0.8, mode: 1, max: 1.3 })).toBe('pert(min 0.8, mode 1, max 1.3)');
    expect(distributionText({ type: 'normal', mean: 1, sd: 0.1, min: 0 })).toBe('normal(mean 1, sd 0.1, min 0)');
  });
});
