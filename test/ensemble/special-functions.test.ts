import { describe, expect, it } from 'vitest';
import { incompleteBeta as regularizedBeta, incompleteBetaInverse as betaQuantile, logGamma } from '../../src/ensemble/beta';
import { normalCdf, normalQuantile } from '../../src/ensemble/normal';

describe('special functions shared by the registry, the ensemble and the analysis tools (reference values from R / closed forms)', () => {
  it('normalCdf and normalQuantile are inverse and match qnorm', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    for (const p of [1e-6, 0.01, 0.3, 0.5, 0.77, 0.999]) expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
  });
  it('logGamma gives factorials', () => {
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 10);
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 12);
  });
  it('regularizedBeta equals the binomial tail for integer shapes', () => {
    // I_0.3(2, 5) = P(Bin(6, 0.3) ≥ 2) = 1 − 0.7^6 − 6·0.3·0.7^5
    expect(regularizedBeta(0.3, 2, 5)).toBeCloseTo(1 - 0.7 ** 6 - 6 * 0.3 * 0.7 ** 5, 14);
    expect(regularizedBeta(0.9, 2, 5)).toBeCloseTo(1 - 0.1 ** 6 - 6 * 0.9 * 0.1 ** 5 - 0, 12);
  });
  it('betaQuantile inverts regularizedBeta', () => {
    expect(betaQuantile(0.5, 1, 1)).toBeCloseTo(0.5, 14);
    const m = betaQuantile(0.5, 2, 5);
    expect(regularizedBeta(m, 2, 5)).toBeCloseTo(0.5, 14);
    expect(m).toBeCloseTo(0.26444998329566, 10); // qbeta(0.5, 2, 5)
  });
});
