import { describe, expect, it } from 'vitest';
import { runDefaultBacktest } from '../../src/analysis/defaultBacktest';
import { sopRegistryForecaster } from '../../src/analysis/registryBands';
import { loadScenario } from '../../src/scenario';
import type { Distribution } from '../../src/params/types';
import type { ResolvedScenario } from '../../src/scenario/types';

/**
 * The registry ranges of the inflow level factors, `sop.trend.slope_factor` and
 * `sop.trend.logit_shift` are calibrated to the rolling-origin backtest (docs/methods.md §12).
 * These tests fail when the ranges drift back to bands that history contradicts, or grow so wide
 * that they cover every forecast.
 */

function withParam(s: ResolvedScenario, key: string, value: number, distribution?: Distribution): ResolvedScenario {
  const p = s.params[key];
  return { ...s, params: { ...s.params, [key]: { ...p, value, distribution } } };
}

const SHARE = { years: [2010, 2011, 2012, 2013, 2014, 2015, 2016], values: [0.13, 0.15, 0.17, 0.17, 0.18, 0.21, 0.23] };
const logit = (x: number) => Math.log(x / (1 - x));
const expit = (z: number) => 1 / (1 + Math.exp(-z));
const info = { id: 's', group: 's', years: [], values: [] };

describe('calibrated ensemble bands against the backtest (bundled data, baseline)', () => {
  const r = runDefaultBacktest({ scenario: loadScenario('baseline') });
  const row = (scope: string) => r.inflow.summary.concat(r.share.summary).find((x) => x.scope === scope && x.model === 'registry-band' && x.horizon === 'all')!;

  it('inflow, trend-model backtest (≥ 6 training points): 12 forecasts, too few to calibrate on; one year ahead consistent', () => {
    // STAMOS 2009–2016 per route, origins 2014–2015 only (the OCW series has 5 points): the pabo fall of
    // 2015 (−33% after the entry tests) dominates. The ranges are calibrated on the horizon backtest below.
    const x = row('pooled:inflow');
    expect(x.n).toBe(12);
    expect(x.coverage).toBeLessThan(1);
    const one = r.inflow.summary.find((y) => y.scope === 'pooled:inflow' && y.model === 'registry-band' && y.horizon === 1)!;
    expect(one.coverageConsistent).toBe(true);
  });

  it('inflow by horizon: tests 1–7 years ahead, says 8 cannot be tested, and covers about 90% at every tested horizon', () => {
    const h = r.inflowHorizons;
    expect(h.tested).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(h.untested).toEqual([8]);
    expect(r.notes.some((n) => /horizons tested 1, 2, 3, 4, 5, 6, 7; not testable 8/.test(n))).toBe(true);
    const band = (k: number | 'all') => h.result.summary.find((x) => x.scope === 'pooled:inflow' && x.model === 'registry-band' && x.horizon === k)!;
    expect(band('all').coverage).toBeGreaterThan(0.85);
    expect(band('all').coverage).toBeLessThan(0.95);
    for (const k of [1, 2, 3, 4, 5, 6]) {
      expect(band(k).coverageConsistent).toBe(true);
      expect(band(k).coverage).toBeGreaterThanOrEqual(0.85); // with ±0.5 / ±0.02: 75% at 6 years ahead
    }
    expect(band(1).coverage).toBeLessThan(0.95); // not wider than history at one year either
    // the spread grows with the horizon: errors 6 years ahead are larger than 1 year ahead
    expect(band(6).mape).toBeGreaterThan(2 * band(1).mape);
  });

  it('SO&P share: the 90% band covers at a rate consistent with 90% and not every forecast', () => {
    const x = row('sop.share');
    expect(x.n).toBe(18);
    expect(x.coverageConsistent).toBe(true); // before the calibration: 28%, Wilson 8–64%
    expect(x.coverage).toBeGreaterThan(0.75);
    expect(x.coverage).toBeLessThan(1);
  });
});

describe('SO&P registry band with the logit shift', () => {
  const baseline = loadScenario('baseline');

  it('with both parameters fixed the band collapses to expit(logit(last) + δ + f·k·h)', () => {
    let s = withParam(baseline, 'sop.trend.logit_shift', 0.2, { type: 'fixed', value: 0.2 });
    s = withParam(s, 'sop.trend.slope_factor', 1.5, { type: 'fixed', value: 1.5 });
    const f = sopRegistryForecaster(s).fit(SHARE.years, SHARE.values, info);
    const k = f.params.ratePerYear;
    const want = expit(logit(0.23) + 0.2 + 1.5 * k * 3);
    expect(f.predict(2019)).toBeCloseTo(want, 12);
    const [lo, hi] = f.predictInterval(2019, 0.9);
    expect(lo).toBeCloseTo(want, 12);
    expect(hi).toBeCloseTo(want, 12);
    expect(f.predict(2016)).toBeCloseTo(0.23, 12); // no shift on the last observed year
  });

  it('a scenario without sop.trend.logit_shift gets δ = 0 (the band of the slope factor alone)', () => {
    const params = Object.fromEntries(Object.entries(baseline.params).filter(([key]) => key !== 'sop.trend.logit_shift'));
    const s = withParam({ ...baseline, params }, 'sop.trend.slope_factor', 1, { type: 'uniform', min: 0.5, max: 1.5 });
    const f = sopRegistryForecaster(s).fit(SHARE.years, SHARE.values, info);
    const k = f.params.ratePerYear;
    const [lo, hi] = f.predictInterval(2018, 0.9);
    // the band uses type-7 quantiles of the 200 mid-point quantiles of U(0.5, 1.5): 0.5 + (i + 0.5)/200
    const factors = Array.from({ length: 200 }, (_, i) => 0.5 + (i + 0.5) / 200);
    const q = (p: number) => {
      const h = 199 * p;
      const j = Math.floor(h);
      return factors[j] + (h - j) * (factors[j + 1] - factors[j]);
    };
    expect(lo).toBeCloseTo(expit(logit(0.23) + q(0.05) * k * 2), 12);
    expect(hi).toBeCloseTo(expit(logit(0.23) + q(0.95) * k * 2), 12);
  });

  it('the shift widens the band at every horizon, most at one year ahead relative to the slope band', () => {
    const noShift = withParam(baseline, 'sop.trend.logit_shift', 0, { type: 'fixed', value: 0 });
    const a = sopRegistryForecaster(noShift).fit(SHARE.years, SHARE.values, info);
    const b = sopRegistryForecaster(baseline).fit(SHARE.years, SHARE.values, info);
    const width = (f: typeof a, y: number) => {
      const [lo, hi] = f.predictInterval(y, 0.9);
      return logit(hi) - logit(lo);
    };
    for (const y of [2017, 2018, 2019]) expect(width(b, y)).toBeGreaterThan(width(a, y));
    expect(width(b, 2017) / width(a, 2017)).toBeGreaterThan(width(b, 2019) / width(a, 2019));
  });
});
