import { describe, expect, it } from 'vitest';
import { distributionMean } from '../../src/ensemble/distributions';
import { DrawEngine } from '../../src/ensemble/engine';
import { runEnsemble, runEnsembleSync, type EnsembleResult } from '../../src/ensemble/run';
import type { ResolvedScenario } from '../../src/scenario/types';
import { scalar, series, TOY_MODEL, toyScenario } from './fixtures/scenarios';

// The toy model (fixtures/toy-model.js) has the signatures of src/model/run.ts; workers load it by path.
const toy = require(TOY_MODEL) as { planModel: Function; runModel: Function };
const data = { toyPartnerships: 5 } as never;

const base = toyScenario('baseline');
const ambition = toyScenario('ambitie', { 'toy.b': scalar('toy.b', 6, { type: 'uniform', min: 5, max: 7 }) }, 2032);
const scenarios = [base, ambition];

function bytes(r: EnsembleResult): string {
  return JSON.stringify({ summary: r.summary, comparison: r.comparison });
}

describe('runEnsemble: same seed, same bytes', () => {
  for (const method of ['exact', 'sketch'] as const) {
    it(`${method}: identical across runs, the synchronous path and 1, 2, 3 workers`, async () => {
      const opts = {
        draws: 3000,
        seed: 42,
        modelModule: TOY_MODEL,
        partnershipDetail: true,
        quantiles: [0.1, 0.9],
        memoryBudgetBytes: method === 'exact' ? 256 * 1024 * 1024 : 100_000,
      };
      const sync = runEnsembleSync(scenarios, data, opts);
      expect(sync.method).toBe(method);
      const reference = bytes(sync);
      for (const workers of [1, 2, 3]) {
        const r = await runEnsemble(scenarios, data, { ...opts, workers });
        expect(r.timings.workers).toBe(workers);
        expect(bytes(r)).toBe(reference);
      }
      expect(bytes(runEnsembleSync(scenarios, data, opts))).toBe(reference);
      // another seed gives other numbers
      expect(bytes(runEnsembleSync(scenarios, data, { ...opts, seed: 43 }))).not.toBe(reference);
    });
  }

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await runEnsemble([base], data, { draws: 2000, seed: 1, modelModule: TOY_MODEL, workers: 2, onProgress: (d, t) => seen.push(d / t) });
    expect(seen[seen.length - 1]).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('carries a worker error back to the caller', async () => {
    await expect(runEnsemble([base], data, { draws: 500, seed: 1, modelModule: '/nonexistent/model.js', workers: 2 })).rejects.toThrow();
    const noA = toyScenario('broken', { 'toy.a': undefined });
    await expect(runEnsemble([noA], data, { draws: 500, seed: 1, modelModule: TOY_MODEL, workers: 1 })).rejects.toThrow(/needs toy.a/);
    // fails inside a worker, in a draw where toy.explode > 0.99
    const explodes = toyScenario('explodes', { 'toy.explode': scalar('toy.explode', 0.5, { type: 'uniform', min: 0, max: 1 }) });
    await expect(runEnsemble([explodes], data, { draws: 2000, seed: 1, modelModule: TOY_MODEL, workers: 2 })).rejects.toThrow(/exploded/);
  });
});

describe('rows', () => {
  const r = runEnsembleSync(scenarios, data, { draws: 200, seed: 7, modelModule: TOY_MODEL, partnershipDetail: true });
  it('sorted by scenario (as given), year, sector (po, vo, mbo, all), breakdown, metric', () => {
    const sectorRank = { po: 0, vo: 1, mbo: 2, all: 3 };
    const ids = ['baseline', 'ambitie'];
    for (let i = 1; i < r.summary.length; i++) {
      const a = r.summary[i - 1];
      const b = r.summary[i];
      const key = (x: typeof a): (string | number)[] => [ids.indexOf(x.scenario), x.year, sectorRank[x.sector], x.breakdown, x.metric];
      const [ka, kb] = [key(a), key(b)];
      const cmp = ka.findIndex((v, j) => v !== kb[j]);
      expect(cmp).toBeGreaterThanOrEqual(0);
      expect(ka[cmp] < kb[cmp]).toBe(true);
    }
    expect(r.summary[0]).toMatchObject({ scenario: 'baseline', year: 2024, sector: 'po', breakdown: 'P001' });
    expect(r.summary.filter((x) => x.scenario === 'ambitie').map((x) => x.year).pop()).toBe(2032);
  });
  it('comparison rows: scenario − baseline on shared cells only, baseline has none', () => {
    expect(r.comparison.every((x) => x.baseline === 'baseline' && x.scenario === 'ambitie')).toBe(true);
    expect(Math.max(...r.comparison.map((x) => x.year))).toBe(2030); // common years only
    // a constant cell differs by exactly 0
    const constant = r.comparison.filter((x) => x.metric === 'toy.base');
    expect(constant.every((x) => x.mean === 0 && x.p05 === 0 && x.p95 === 0)).toBe(true);
  });
  it('paired differences use common random numbers: toy.linear(po) differs by b′ − b = 1 + 2(u − ½)·0 = exactly 1 per draw', () => {
    // ambitie's b ~ U(5, 7) and baseline's b ~ U(4, 6) share the uniform: b′ − b = 1 in every draw.
    const po = r.comparison.filter((x) => x.metric === 'toy.linear' && x.sector === 'po');
    for (const x of po) for (const v of [x.mean, x.p05, x.p50, x.p95]) expect(v).toBeCloseTo(1, 9);
  });
  it('extra quantiles appear under row.quantiles', () => {
    const r2 = runEnsembleSync([base], data, { draws: 101, seed: 7, modelModule: TOY_MODEL, quantiles: [0.1] });
    const row = r2.summary.find((x) => x.metric === 'toy.square') as (typeof r2.summary)[number];
    expect(Object.keys(row.quantiles ?? {})).toEqual(['p10']);
    expect(row.p05).toBeLessThanOrEqual((row.quantiles as Record<string, number>).p10);
  });
  it('rejects bad options as input errors', () => {
    expect(() => runEnsembleSync([base], data, { draws: 0, seed: 1, modelModule: TOY_MODEL })).toThrow(/draws/);
    expect(() => runEnsembleSync([base], data, { draws: 10, seed: 1, modelModule: TOY_MODEL, quantiles: [1.5] })).toThrow(/quantiles/);
  });
});

describe('prefix property and statistics', () => {
  it('2N draws leave the first N unchanged (the draws themselves, via the model)', () => {
    const model = toy;
    const n = 300;
    const collect = (draws: number): number[] => {
      // Rebuild draws through the same engine the ensemble uses.
      const e = new DrawEngine(model as never, { scenarios: [base], data, seed: 3, planOptions: {} });
      const out: number[] = [];
      for (let i = 0; i < draws; i++) out.push(e.next()[0]);
      return out;
    };
    expect(collect(2 * n).slice(0, n)).toEqual(collect(n));
  });

  it('ensemble mean of a linear quantity equals the deterministic run at mean parameters (|z| < 3, several seeds)', () => {
    const meanParams: ResolvedScenario = toyScenario('means', {
      'toy.a': scalar('toy.a', distributionMean({ type: 'pert', min: 1, mode: 2.5, max: 4 })),
      'toy.b': scalar('toy.b', distributionMean({ type: 'uniform', min: 4, max: 6 })),
      // mean of the triangular scale factor is 1: the deterministic series
      'toy.c': series('toy.c', (base.params['toy.c'].value as Record<number, number>)),
    });
    const plan = toy.planModel(meanParams, data, {});
    const det = new Float64Array(plan.layout.series.length * plan.layout.years.length);
    const values: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(meanParams.params)) values[k] = p.value;
    toy.runModel(plan, values, det);
    const n = 4000;
    for (const seed of [1, 2, 3, 4]) {
      const r = runEnsembleSync([base], data, { draws: n, seed, modelModule: TOY_MODEL });
      const rows = r.summary.filter((x) => x.metric === 'toy.linear');
      for (const row of rows) {
        const si = plan.layout.series.findIndex((k: { metric: string; sector: string }) => k.metric === row.metric && k.sector === row.sector);
        const yi = plan.layout.years.indexOf(row.year);
        const expected = det[si * plan.layout.years.length + yi];
        // sd from the 5–95 range of a near-normal sum: (p95 − p05) / 3.29
        const se = (row.p95 - row.p05) / 3.29 / Math.sqrt(n);
        expect(Math.abs(row.mean - expected) / se).toBeLessThan(3);
      }
    }
  });
});
