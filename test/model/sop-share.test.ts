import { describe, expect, it } from 'vitest';
import { expit, logit, nationalLogitAt, projectSectorShare, sopTrend } from '../../src/model/sop-share';
import { fitLogistic } from '../../src/analysis/trend';
import { tinyData } from './helpers';

describe('SO&P share', () => {
  const observed = tinyData().sopShareObserved;
  const trend = sopTrend(observed, 2006, 35);

  it('logit and expit are inverse', () => {
    for (const x of [0.01, 0.3, 0.5, 0.97]) expect(expit(logit(x))).toBeCloseTo(x, 12);
  });

  it('reproduces the observed 2010–2022 series exactly on observed years and carries 2010 back', () => {
    for (const [y, v] of Object.entries(observed)) expect(expit(nationalLogitAt(trend, Number(y), 1))).toBeCloseTo(v, 12);
    expect(expit(nationalLogitAt(trend, 2006, 1))).toBeCloseTo(0.13, 12);
  });

  it('the fitted logistic reproduces every observation within its stated 95% prediction interval', () => {
    const years = Object.keys(observed).map(Number);
    const fit = fitLogistic(years, years.map((y) => observed[y]), { upper: 1 });
    for (const y of years) {
      const [lo, hi] = fit.predictInterval(y, 0.95);
      expect(observed[y]).toBeGreaterThanOrEqual(lo);
      expect(observed[y]).toBeLessThanOrEqual(hi);
    }
    expect(trend.ratePerYear).toBeCloseTo(fit.params.ratePerYear, 12);
    expect(trend.residualSd).toBeGreaterThan(0);
  });

  it('continues from the last observation at the fitted pace × slope factor', () => {
    expect(nationalLogitAt(trend, 2024, 1)).toBeCloseTo(logit(0.5) + 2 * trend.ratePerYear, 12);
    expect(nationalLogitAt(trend, 2024, 0)).toBeCloseTo(logit(0.5), 12);
  });

  it('target trajectory: linear from the base share to the target, then flat', () => {
    expect(projectSectorShare('target', 0.5, NaN, 2027, 2024, 1, 2030)).toBeCloseTo(0.75, 12);
    expect(projectSectorShare('target', 0.5, NaN, 2035, 2024, 1, 2030)).toBe(1);
    expect(projectSectorShare('frozen', 0.5, 0.9, 2030, 2024, 1, 2030)).toBe(0.5);
    expect(projectSectorShare('logistic', 0.5, 0.9, 2030, 2024, 1, 2030)).toBe(0.9);
    expect(projectSectorShare('logistic', 0.5, 0.9, 2024, 2024, 1, 2030)).toBe(0.5);
  });
});
