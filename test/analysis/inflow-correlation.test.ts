import { describe, expect, it } from 'vitest';
import { inflowChangeCorrelation } from '../../src/analysis/inflowCorrelation';
import { pearson } from '../../src/analysis/stats/ranks';
import { INFLOW_CORRELATION } from '../../src/params/defs/pipeline';
import { REGISTRY } from '../../src/params/registry';
import { loadScenario } from '../../src/scenario';
import { drawParameter } from '../../src/ensemble/sample';

describe('correlated route inflow factors', () => {
  const est = inflowChangeCorrelation();
  it('estimates ρ from the refreshed series: pairwise correlations of the year-on-year log changes', () => {
    expect(est.pairs).toHaveLength(3);
    for (const p of est.pairs) {
      expect(p.n).toBe(11); // 7 STAMOS changes + 4 OCW changes
      expect(p.rho).toBeGreaterThan(0.5);
      expect(p.rho).toBeLessThan(0.8);
    }
    const pabo2 = est.pairs.find((p) => p.a === 'pabo' && p.b === 'hbo-2e-graads')!;
    expect(pabo2.rho).toBeCloseTo(0.5344, 3);
  });
  it('the registry draws the level factors and growth rates of those routes as a group with that ρ', () => {
    expect(INFLOW_CORRELATION.routes).toEqual(est.routes);
    expect(INFLOW_CORRELATION.rho).toBe(Math.round(est.meanRho * 100) / 100);
    for (const r of INFLOW_CORRELATION.routes) {
      expect(REGISTRY.get(`pipeline.inflow.${r}.level_factor`)!.correlation).toEqual({ group: 'inflow-level', rho: INFLOW_CORRELATION.rho });
      expect(REGISTRY.get(`pipeline.inflow.${r}.growth_rate`)!.correlation).toEqual({ group: 'inflow-growth', rho: INFLOW_CORRELATION.rho });
    }
    expect(REGISTRY.get('pipeline.inflow.ulo.level_factor')!.correlation).toBeUndefined();
  });
  it('the drawn level factors are correlated about ρ (normal scores), ulo is not', () => {
    const baseline = loadScenario('baseline');
    const col = (k: string) => Array.from(drawParameter(baseline, k, 11, 2000));
    const c = pearson(col('pipeline.inflow.pabo.level_factor'), col('pipeline.inflow.hbo-2e-graads.level_factor'));
    expect(c).toBeGreaterThan(0.5);
    expect(c).toBeLessThan(0.75);
    expect(Math.abs(pearson(col('pipeline.inflow.pabo.level_factor'), col('pipeline.inflow.ulo.level_factor')))).toBeLessThan(0.1);
  });
});
