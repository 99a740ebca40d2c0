import { describe, expect, it } from 'vitest';
import { clopperPearsonInterval, regularizedIncompleteBeta, signTestPValue, studentTCdf, studentTQuantile, wilsonInterval } from '../../src/analysis/stats';

describe('stats helpers (values from R)', () => {
  it('incomplete beta', () => {
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.2, 2, 5)).toBeCloseTo(0.34464, 5); // pbeta(0.2, 2, 5)
  });
  it('Student t quantiles and CDF', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(studentTQuantile(0.95, 3)).toBeCloseTo(2.353363, 5);
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(6.313752, 4);
    expect(studentTQuantile(0.05, 7)).toBeCloseTo(-1.894579, 5);
    expect(studentTCdf(0, 4)).toBe(0.5);
    expect(studentTCdf(-2.015048, 5)).toBeCloseTo(0.05, 5);
  });
  it('binomial intervals', () => {
    const w = wilsonInterval(9, 10, 0.95);
    expect(w[0]).toBeCloseTo(0.5958, 3);
    expect(w[1]).toBeCloseTo(0.9821, 3);
    const cp = clopperPearsonInterval(9, 10, 0.95); // binom.test(9, 10)
    expect(cp[0]).toBeCloseTo(0.5550, 3);
    expect(cp[1]).toBeCloseTo(0.9975, 3);
    expect(clopperPearsonInterval(0, 10)[0]).toBe(0);
    expect(signTestPValue(9, 10)).toBeCloseTo(22 / 1024, 10);
    expect(signTestPValue(5, 10)).toBe(1);
  });
});

describe('normalQuantile', () => {
  it('matches qnorm', async () => {
    const { normalQuantile } = await import('../../src/analysis/stats');
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644853627, 8);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902, 6);
    expect(normalQuantile(0.5)).toBe(0);
  });
});
