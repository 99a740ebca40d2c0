import { describe, expect, it } from 'vitest';
import { betaQuantile, erf, erfc, logGamma, normalCdf, normalQuantile, regularizedBeta } from '../../src/params/special-functions';

describe('special functions (reference values from R / closed forms)', () => {
  it('erf and erfc match reference values to 1e-14', () => {
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 14);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(-2)).toBeCloseTo(-0.9953222650189527, 14);
    expect(erfc(3.5) / 7.430983723414128e-7).toBeCloseTo(1, 12);
    expect(erf(2.999999) - erf(3.000001)).toBeLessThan(0); // continuous across the switch
  });
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
