import { describe, expect, it } from 'vitest';
import { fitConstant, fitLinear, fitLogistic, fitLogLinear, fitMeanOfLast, fitTrend, TREND_MODELS } from '../../src/analysis/trend';
import { normalStream } from './helpers';

describe('fitLinear (hand-computed)', () => {
  // x̄ = 2022, ȳ = 4, Sxx = 10, Sxy = 6 → slope 0.6; residuals −0.8, 0.6, 1, −0.6, −0.2; SSE 2.4
  const fit = fitLinear([2020, 2021, 2022, 2023, 2024], [2, 4, 5, 4, 5]);
  it('recovers the OLS line', () => {
    expect(fit.params.slopePerYear).toBeCloseTo(0.6, 12);
    expect(fit.params.interceptAtCentre).toBeCloseTo(4, 12);
    expect(fit.predict(2025)).toBeCloseTo(5.8, 12);
    expect(fit.residualSd).toBeCloseTo(Math.sqrt(0.8), 12);
    expect(fit.n).toBe(5);
    expect(fit.df).toBe(3);
  });
  it('gives the textbook prediction interval', () => {
    // leverage at 2025: 1/5 + 3²/10 = 1.1; half = t(0.95, 3) · sqrt(0.8) · sqrt(2.1) = 3.05033
    const [lo, hi] = fit.predictInterval(2025, 0.9);
    expect(lo).toBeCloseTo(5.8 - 3.050326, 4);
    expect(hi).toBeCloseTo(5.8 + 3.050326, 4);
  });
  it('does not depend on the input order', () => {
    const shuffled = fitLinear([2024, 2020, 2022, 2021, 2023], [5, 2, 5, 4, 4]);
    expect(shuffled.predict(2030)).toBeCloseTo(fit.predict(2030), 12);
  });
  it('rejects bad input', () => {
    expect(() => fitLinear([2020, 2020, 2021], [1, 2, 3])).toThrow(/twice/);
    expect(() => fitLinear([2020, 2021], [1, 2])).toThrow(/at least 3/);
    expect(() => fitLinear([2020, 2021, 2022], [1, NaN, 2])).toThrow(/non-finite/);
  });
});

describe('other trend models', () => {
  it('log-linear recovers a constant growth rate', () => {
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
    const fit = fitLogLinear(years, years.map((y) => 1000 * 1.05 ** (y - 2010)));
    expect(fit.params.growthRatePerYear).toBeCloseTo(0.05, 10);
    expect(fit.predict(2020)).toBeCloseTo(1000 * 1.05 ** 10, 6);
    const [lo] = fit.predictInterval(2030, 0.9);
    expect(lo).toBeGreaterThan(0);
  });
  it('constant: mean and interval s·sqrt(1 + 1/n)', () => {
    const fit = fitConstant([1, 2, 3], [4, 6, 8]);
    expect(fit.predict(10)).toBe(6);
    expect(fit.residualSd).toBeCloseTo(2, 12);
    const [lo, hi] = fit.predictInterval(10, 0.9);
    expect(hi - 6).toBeCloseTo(2.919986 * 2 * Math.sqrt(4 / 3), 4); // qt(0.95, 2) = 2.919986
    expect(6 - lo).toBeCloseTo(hi - 6, 10);
  });
  it('mean of last k: level and random-walk interval growth', () => {
    const fit = fitMeanOfLast([2018, 2019, 2020, 2021, 2022], [1, 2, 3, 4, 5], 2);
    expect(fit.predict(2025)).toBe(4.5);
    // one-step errors: 3 − 1.5, 4 − 2.5, 5 − 3.5 = 1.5 each → s = 1.5 on 3 df
    expect(fit.residualSd).toBeCloseTo(1.5, 12);
    const w1 = fit.predictInterval(2023, 0.9);
    const w4 = fit.predictInterval(2026, 0.9);
    expect((w4[1] - w4[0]) / (w1[1] - w1[0])).toBeCloseTo(2, 10);
  });
  it('every named model fits a plausible share series', () => {
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
    const share = [0.13, 0.15, 0.17, 0.17, 0.18, 0.21, 0.23, 0.27, 0.33, 0.37, 0.36, 0.44, 0.5];
    for (const m of TREND_MODELS) {
      const fit = fitTrend(m, years, share);
      expect(Number.isFinite(fit.predict(2030))).toBe(true);
      const [lo, hi] = fit.predictInterval(2030, 0.9);
      expect(lo).toBeLessThanOrEqual(fit.predict(2030));
      expect(hi).toBeGreaterThanOrEqual(fit.predict(2030));
    }
  });
});

describe('fitLogistic', () => {
  const years = Array.from({ length: 13 }, (_, i) => 2010 + i);
  it('recovers rate and midpoint from exact data', () => {
    const share = years.map((y) => 1 / (1 + Math.exp(-0.2 * (y - 2022))));
    const fit = fitLogistic(years, share);
    expect(fit.params.ratePerYear).toBeCloseTo(0.2, 6);
    expect(fit.params.midpointYear).toBeCloseTo(2022, 5);
    expect(fit.residualSd).toBeLessThan(1e-6);
  });
  it('recovers parameters from noisy data (seeded)', () => {
    const z = normalStream('test:analysis:logistic-recovery');
    const share = years.map((y) => 1 / (1 + Math.exp(-(0.18 * (y - 2021) + 0.05 * z()))));
    const fit = fitLogistic(years, share);
    expect(fit.params.ratePerYear).toBeGreaterThan(0.15);
    expect(fit.params.ratePerYear).toBeLessThan(0.21);
    expect(Math.abs(fit.params.midpointYear - 2021)).toBeLessThan(0.7);
    const [lo, hi] = fit.predictInterval(2030, 0.9);
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeLessThan(1);
  });
  it('3-parameter logistic recovers an asymptote below 1', () => {
    const share = years.map((y) => 0.7 / (1 + Math.exp(-0.4 * (y - 2016))));
    const fit = fitLogistic(years, share, { fitUpper: true });
    expect(fit.params.upper).toBeCloseTo(0.7, 3);
    expect(fit.params.ratePerYear).toBeCloseTo(0.4, 2);
    expect(fit.params.upperAtBound).toBe(0);
    expect(fit.df).toBe(10);
  });
  it('3-parameter logistic reports an asymptote at its bound', () => {
    const share = years.map((y) => 1 / (1 + Math.exp(-0.2 * (y - 2025))));
    const fit = fitLogistic(years, share, { fitUpper: true });
    expect(fit.params.upperAtBound).toBe(1);
    expect(fit.params.upper).toBe(1);
  });
  it('rejects shares outside (0, upper)', () => {
    expect(() => fitLogistic([1, 2, 3], [0.1, 1.2, 0.3])).toThrow(/between 0 and 1/);
  });
});

describe('prediction intervals cover at their nominal rate (seeded simulation)', () => {
  // 1000 replicate series of 12 points each; the 90% interval one and three years ahead should
  // cover a fresh draw 90% of the time. Binomial sd of the coverage ≈ sqrt(.09/1000) ≈ 0.0095.
  it.each([
    ['linear', (y: number) => 5000 + 120 * (y - 2010), (v: number, e: number) => v + 300 * e],
    ['logistic', (y: number) => 1 / (1 + Math.exp(-0.2 * (y - 2020))), (v: number, e: number) => 1 / (1 + Math.exp(-(Math.log(v / (1 - v)) + 0.1 * e)))],
    ['log-linear', (y: number) => 5000 * 1.03 ** (y - 2010), (v: number, e: number) => v * Math.exp(0.05 * e)],
  ] as const)('%s', (model, truth, noisy) => {
    const z = normalStream(`test:analysis:coverage:${model}`);
    const years = Array.from({ length: 12 }, (_, i) => 2010 + i);
    const reps = 1000;
    let covered1 = 0;
    let covered3 = 0;
    for (let r = 0; r < reps; r++) {
      const values = years.map((y) => noisy(truth(y), z()));
      const fit = fitTrend(model, years, values);
      const [lo1, hi1] = fit.predictInterval(2022, 0.9);
      const [lo3, hi3] = fit.predictInterval(2024, 0.9);
      const new1 = noisy(truth(2022), z());
      const new3 = noisy(truth(2024), z());
      if (new1 >= lo1 && new1 <= hi1) covered1++;
      if (new3 >= lo3 && new3 <= hi3) covered3++;
    }
    expect(Math.abs(covered1 / reps - 0.9)).toBeLessThan(0.03);
    expect(Math.abs(covered3 / reps - 0.9)).toBeLessThan(0.03);
  });
});

describe('fitAnchoredLogistic (the model\'s SO&P rule)', () => {
  it('passes through the last observation and continues the fitted pace', async () => {
    const { fitAnchoredLogistic } = await import('../../src/analysis/trend');
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017];
    const share = [0.13, 0.15, 0.17, 0.17, 0.18, 0.21, 0.23, 0.27];
    const fit = fitAnchoredLogistic(years, share);
    const rate = fitLogistic(years, share).params.ratePerYear;
    expect(fit.predict(2017)).toBeCloseTo(0.27, 12);
    const logit = (x: number) => Math.log(x / (1 - x));
    expect(logit(fit.predict(2020)) - logit(0.27)).toBeCloseTo(3 * rate, 10);
    // the interval widens with the horizon and stays inside (0, 1)
    const w = (y: number) => fit.predictInterval(y, 0.9)[1] - fit.predictInterval(y, 0.9)[0];
    expect(w(2020)).toBeGreaterThan(w(2018));
    expect(fit.predictInterval(2040, 0.9)[1]).toBeLessThan(1);
  });
});
