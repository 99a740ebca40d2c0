import { describe, expect, it } from 'vitest';
import { defaultBacktestSeries } from '../../src/analysis/backtestSeries';
import { inflowRegistryForecaster, sopRegistryForecaster } from '../../src/analysis/registryBands';
import { runDefaultBacktest } from '../../src/analysis/defaultBacktest';
import { loadScenario } from '../../src/scenario';

describe('the default backtest on the bundled data', () => {
  const series = defaultBacktestSeries();
  it('scores each inflow definition as its own series, published values only', () => {
    const hbo2 = series.inflow.find((s) => s.id === 'inflow.hbo-2e-graads')!;
    expect(hbo2.years).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    const pabo = series.inflow.find((s) => s.id === 'inflow.pabo')!;
    expect(Math.max(...pabo.years)).toBe(2016);
    expect(series.notes.some((n) => /inflow.pabo@ocw-all-enrolments: 5 observation\(s\), fewer than 7/.test(n))).toBe(true);
    expect(series.inflow.some((s) => s.id === 'inflow.zij-instroom')).toBe(false);
    expect(series.share[0].years).toHaveLength(13);
    const short = defaultBacktestSeries(undefined, 5);
    const ocw = short.inflow.find((s) => s.id === 'inflow.ulo@ocw-all-enrolments')!;
    expect(ocw.years).toEqual([2019, 2020, 2021, 2022, 2023]); // the estimated 2024 row is left out
  });
  it('scores the defaults, the alternatives and the ensemble band with n', () => {
    const r = runDefaultBacktest({ scenario: loadScenario('baseline') });
    const row = (scope: string, model: string) => r.inflow.summary.concat(r.share.summary).find((x) => x.scope === scope && x.model === model && x.horizon === 'all')!;
    expect(row('pooled:inflow', 'last-value').nSeries).toBe(4);
    expect(row('sop.share', 'logistic-anchored').n).toBeGreaterThan(10);
    // the band shares the default's point forecast, so the same errors
    expect(row('pooled:inflow', 'registry-band').mape).toBeCloseTo(row('pooled:inflow', 'last-value').mape, 12);
    expect(r.choices.find((c) => c.scope === 'sop.share')!.model).toMatch(/^logistic|registry-band/);
  });
});

describe('registry bands', () => {
  const baseline = loadScenario('baseline');
  it('inflow band: the median is the last value; the 90% band follows the level and growth distributions', () => {
    const f = inflowRegistryForecaster(baseline, 'pabo').fit([2020, 2021, 2022], [100, 110, 120], { id: 'x', group: 'g', years: [], values: [] });
    expect(f.predict(2023)).toBeCloseTo(120, 9);
    const [lo, hi] = f.predictInterval(2023, 0.9);
    expect(lo).toBeLessThan(120);
    expect(hi).toBeGreaterThan(120);
    const [lo3, hi3] = f.predictInterval(2025, 0.9);
    expect(hi3 - lo3).toBeGreaterThan(hi - lo); // growth uncertainty compounds
  });
  it('SO&P band: anchored at the last share, within (0, 1)', () => {
    const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016];
    const f = sopRegistryForecaster(baseline).fit(years, [0.13, 0.15, 0.17, 0.17, 0.18, 0.21, 0.23], { id: 's', group: 's', years: [], values: [] });
    expect(f.predict(2016)).toBeCloseTo(0.23, 12);
    const [lo, hi] = f.predictInterval(2019, 0.9);
    expect(lo).toBeGreaterThan(0.23);
    expect(hi).toBeLessThan(1);
  });
});
