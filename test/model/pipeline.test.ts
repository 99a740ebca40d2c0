import { describe, expect, it } from 'vitest';
import { FLOW, clamp01, stepRoute } from '../../src/model/pipeline';

describe('stepRoute (one school year of one route)', () => {
  it('matches a hand computation with SO&P students and forced exit', () => {
    // K = 3; study years hold 100, 80, 50 students, of whom 40, 20, 10 are placed in SO&P.
    // d = [0.2, 0.1, –], g = [0, 0.3, 0.6], m_d = 0.5.
    const E = Float64Array.of(100, 80, 50);
    const S = Float64Array.of(40, 20, 10);
    const next = new Float64Array(3);
    const acc = new Float64Array(4);
    stepRoute(E, S, 0, 3, Float64Array.of(0.2, 0.1, 0), Float64Array.of(0, 0.3, 0.6), 0.5, next, acc);
    // year 1: SO&P 40·(1 − 0.1) = 36, regular 60·0.8 = 48 → 84 continue; dropouts 4 + 12
    expect(next[1]).toBeCloseTo(84, 12);
    // year 2: SO&P 20·(1 − 0.05 − 0.3) = 13, regular 60·(1 − 0.1 − 0.3) = 36 → 49; grads 6 + 18; drops 1 + 6
    expect(next[2]).toBeCloseTo(49, 12);
    // year 3 (last): grads 6 + 24; everyone else leaves: 4 + 16
    expect(acc[FLOW.graduatesSop]).toBeCloseTo(6 + 6, 12);
    expect(acc[FLOW.graduatesRegular]).toBeCloseTo(18 + 24, 12);
    expect(acc[FLOW.dropoutsSop]).toBeCloseTo(4 + 1 + 4, 12);
    expect(acc[FLOW.dropoutsRegular]).toBeCloseTo(12 + 6 + 16, 12);
    // mass: what was enrolled either continues, graduates or drops out
    const total = 230;
    expect(next[1] + next[2] + acc[0] + acc[1] + acc[2] + acc[3]).toBeCloseTo(total, 10);
  });

  it('clamps dropout so that dropout + graduation never exceeds 1', () => {
    const next = new Float64Array(2);
    const acc = new Float64Array(4);
    stepRoute(Float64Array.of(10, 0), Float64Array.of(0, 0), 0, 2, Float64Array.of(0.9, 0), Float64Array.of(0.5, 0), 1, next, acc);
    expect(next[1]).toBe(0);
    expect(acc[FLOW.dropoutsRegular]).toBeCloseTo(5, 12);
    expect(acc[FLOW.graduatesRegular]).toBeCloseTo(5, 12);
  });

  it('clamp01 clamps', () => {
    expect([clamp01(-0.1), clamp01(0.4), clamp01(1.3)]).toEqual([0, 0.4, 1]);
  });
});
