import { describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data';
import { runEnsemble, runEnsembleSync } from '../../src/ensemble/run';
import { drawParameter } from '../../src/ensemble/sample';
import { loadScenario } from '../../src/scenario';

// The ensemble on the real model (dist/model/run.js, built by `npm test`) and bundled scenarios.
const data = loadModelData();
const baseline = loadScenario('baseline', { horizon: 2032 });
const ambition = loadScenario('ambitie-2030', { horizon: 2032 });

const bytes = (r: { summary: unknown; comparison: unknown }): string => JSON.stringify([r.summary, r.comparison]);

describe('ensemble on the real model', () => {
  it('same bytes for the single-thread path and 1 or 2 workers (exact and sketch)', async () => {
    for (const memoryBudgetBytes of [undefined, 1_000_000]) {
      const opts = { draws: 80, seed: 2024, memoryBudgetBytes };
      const sync = runEnsembleSync([baseline, ambition], data, opts);
      expect(sync.method).toBe(memoryBudgetBytes ? 'sketch' : 'exact');
      const ref = bytes(sync);
      for (const workers of [1, 2]) expect(bytes(await runEnsemble([baseline, ambition], data, { ...opts, workers }))).toBe(ref);
    }
  });

  it('rows cover every layout cell, sorted, with finite numbers and p05 ≤ p50 ≤ p95', () => {
    const r = runEnsembleSync([baseline, ambition], data, { draws: 100, seed: 1 });
    const cells = (l: { series: unknown[]; years: unknown[] }): number => l.series.length * l.years.length;
    expect(r.summary.length).toBe(cells(r.layouts[0]) + cells(r.layouts[1]));
    expect(r.comparison.length).toBe(cells(r.layouts[1]));
    for (const row of [...r.summary, ...r.comparison]) {
      expect(Number.isFinite(row.mean) && Number.isFinite(row.p05) && Number.isFinite(row.p95)).toBe(true);
      expect(row.p05 <= row.p50 && row.p50 <= row.p95).toBe(true);
    }
    expect(r.summary[0]).toMatchObject({ scenario: 'baseline', year: 2024, sector: 'po' });
    // base-year observed inflow is the same in every draw: reported exactly, and no difference
    const d = r.comparison.filter((x) => x.year === 2024 && x.metric === 'students.inflow');
    expect(d.length).toBeGreaterThan(0);
    for (const x of d) expect([x.mean, x.p05, x.p95]).toEqual([0, 0, 0]);
  });

  it('common random numbers: the bundled scenarios share the draws of every parameter with the same distribution', () => {
    let shared = 0;
    for (const [key, p] of Object.entries(baseline.params)) {
      const q = ambition.params[key];
      if (!p.distribution || !q?.distribution) continue;
      const same = JSON.stringify(p.distribution) === JSON.stringify(q.distribution);
      const a = drawParameter(baseline, key, 5, 50);
      const b = drawParameter(ambition, key, 5, 50);
      if (same) {
        expect(b).toEqual(a);
        shared++;
      }
    }
    expect(shared).toBeGreaterThan(50);
  });
});
