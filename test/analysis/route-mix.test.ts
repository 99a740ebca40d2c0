import { describe, expect, it } from 'vitest';
import { completionOf, routeMixCheck } from '../../src/analysis/routeMix';
import { loadModelData } from '../../src/data';
import { scenarioValues } from '../../src/model';
import { loadScenario } from '../../src/scenario';

describe('route mix of graduates against the 2019–2021 diplomas', () => {
  it('completion by hand: ulo 0.5 + 0.4 · 0.8 = 0.82', () => {
    const v = { 'pipeline.study_years.ulo': 2, 'pipeline.graduation.ulo.y1': 0.5, 'pipeline.dropout.ulo.y1': 0.1, 'pipeline.graduation.ulo.y2': 0.8 };
    expect(completionOf('ulo', v)).toBeCloseTo(0.82, 12);
  });
  it('the model definition reproduces the mix within 5 share points (the fit reported in data/inflow.md)', () => {
    const c = routeMixCheck(loadModelData().inflowObserved, scenarioValues(loadScenario('baseline')));
    expect(c.rows.map((r) => r.route)).toEqual(['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo']);
    expect(c.rows.reduce((s, r) => s + r.shareModel, 0)).toBeCloseTo(1, 12);
    expect(c.rows.find((r) => r.route === 'pabo')!.diplomasMean).toBeCloseTo((3600 + 3600 + 3700) / 3, 9);
    expect(c.maxShareGap).toBeLessThan(0.05);
    for (const r of c.rows) {
      expect(r.ratio).toBeGreaterThan(0.95);
      expect(r.ratio).toBeLessThan(1.35);
    }
  });
});
