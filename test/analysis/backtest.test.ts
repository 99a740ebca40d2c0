import { describe, expect, it } from 'vitest';
import { chooseModel, runBacktest } from '../../src/analysis/backtest';
import type { BacktestSeries } from '../../src/analysis/backtest';
import { fitLinear } from '../../src/analysis/trend';
import { factsBacktestSeries } from './fixtures';
import { normalStream } from './helpers';

describe('runBacktest: bookkeeping (hand-checked)', () => {
  // 8 points, min 5 to fit: origins at index 4, 5, 6 → forecasts 3 + 2 + 1 = 6 per model
  const series: BacktestSeries[] = [{ id: 'x', group: 'g', years: [1, 2, 3, 4, 5, 6, 7, 8], values: [1, 2, 3, 4, 5, 6, 7, 8] }];
  const result = runBacktest(series, { models: ['linear', 'constant'], minTrainPoints: 5, maxHorizon: 3 });
  it('scores every hidden year within the horizon', () => {
    const linear = result.forecasts.filter((f) => f.model === 'linear');
    expect(linear.map((f) => `${f.originYear}>${f.year}`)).toEqual(['5>6', '5>7', '5>8', '6>7', '6>8', '7>8']);
    expect(result.summary.find((r) => r.scope === 'x' && r.model === 'linear' && r.horizon === 'all')?.n).toBe(6);
  });
  it('a perfect line is forecast without error; the constant is biased low', () => {
    const lin = result.summary.find((r) => r.scope === 'x' && r.model === 'linear' && r.horizon === 1)!;
    expect(lin.mape).toBeLessThan(1e-12);
    const con = result.summary.find((r) => r.scope === 'x' && r.model === 'constant' && r.horizon === 1)!;
    // origin 5: mean 3 vs 6 (−50%); origin 6: 3.5 vs 7 (−50%); origin 7: 4 vs 8 (−50%)
    expect(con.bias).toBeCloseTo(-0.5, 12);
    expect(con.mape).toBeCloseTo(0.5, 12);
  });
  it('compares models on the same forecasts', () => {
    const c = result.comparisons.find((r) => r.scope === 'x')!;
    expect(c.n).toBe(3); // targets 6, 7, 8
    expect(c.winsA).toBe(3);
    expect(c.signTestP).toBeCloseTo(2 / 8, 12);
  });
  it('respects gaps in the years (horizon is in years, not positions)', () => {
    const gappy = runBacktest([{ id: 'g', group: 'g', years: [1, 2, 3, 4, 5, 9], values: [1, 2, 3, 4, 5, 9] }], { models: ['linear'], minTrainPoints: 5, maxHorizon: 3 });
    expect(gappy.forecasts).toHaveLength(0); // 9 is 4 years after 5
  });
});

describe('runBacktest on synthetic data from a known trend (seeded noise)', () => {
  // 150 independent series of 12 points: linear trend + normal noise. The linear model must win,
  // recover the slope, and its 90% intervals must cover at 90% within sampling error.
  const z = normalStream('test:analysis:backtest-synthetic');
  const years = Array.from({ length: 12 }, (_, i) => 2010 + i);
  const series: BacktestSeries[] = Array.from({ length: 150 }, (_, k) => ({
    id: `s${k}`,
    group: 'synthetic',
    years,
    values: years.map((y) => 6000 + 150 * (y - 2010) + 250 * z()),
  }));
  const result = runBacktest(series, { models: ['linear', 'constant', 'mean-of-last-3', 'log-linear'], minTrainPoints: 6, maxHorizon: 3 });
  it('chooses the true model', () => {
    const choice = chooseModel(result, 'pooled:synthetic')!;
    expect(choice.model).toBe('linear');
    expect(choice.reason).toMatch(/n = \d+ forecasts, 150 series/);
    const vsConstant = result.comparisons.find((c) => c.scope === 'pooled:synthetic' && c.modelA === 'linear' && c.modelB === 'constant')!;
    expect(vsConstant.verdict).toBe('linear more accurate');
  });
  it('recovers the slope', () => {
    const slopes = series.map((s) => fitLinear(s.years, s.values).params.slopePerYear);
    const meanSlope = slopes.reduce((a, b) => a + b, 0) / slopes.length;
    expect(Math.abs(meanSlope - 150)).toBeLessThan(5); // sd of one slope ≈ 250/sqrt(143) ≈ 21; of the mean ≈ 1.7
  });
  it('covers at the nominal rate within sampling error', () => {
    for (const h of [1, 2, 3] as const) {
      const row = result.summary.find((r) => r.scope === 'pooled:synthetic' && r.model === 'linear' && r.horizon === h)!;
      expect(row.n).toBeGreaterThan(400);
      expect(Math.abs(row.coverage - 0.9)).toBeLessThan(0.035);
    }
    const all = result.summary.find((r) => r.scope === 'pooled:synthetic' && r.model === 'linear' && r.horizon === 'all')!;
    expect(all.coverageConsistent).toBe(true);
  });
  it('flags the constant model as biased', () => {
    const row = result.summary.find((r) => r.scope === 'pooled:synthetic' && r.model === 'constant' && r.horizon === 'all')!;
    expect(row.bias).toBeLessThan(-0.05);
  });
});

describe('runBacktest on the FACTS series', () => {
  const result = runBacktest(factsBacktestSeries(), { models: ['linear', 'log-linear', 'constant', 'mean-of-last-3', 'logistic'], minTrainPoints: 5 });
  it('skips models that do not apply (logistic on counts)', () => {
    expect(result.forecasts.some((f) => f.model === 'logistic' && f.group === 'inflow')).toBe(false);
    expect(result.forecasts.some((f) => f.model === 'logistic' && f.series === 'sop.share')).toBe(true);
  });
  it('pools the four inflow routes and reports n with each figure', () => {
    const pooled = result.summary.filter((r) => r.scope === 'pooled:inflow' && r.horizon === 'all');
    expect(pooled.map((r) => r.nSeries)).toEqual([4, 4, 4, 4]);
    for (const r of pooled) expect(r.n).toBe(4 * 6);
  });
  it('says plainly when models cannot be told apart', () => {
    const c = result.comparisons.find((r) => r.scope === 'pooled:inflow' && r.modelA === 'linear' && r.modelB === 'log-linear')!;
    expect(c.verdict).toBe('cannot tell apart');
  });
});
