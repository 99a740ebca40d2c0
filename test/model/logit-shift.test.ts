import { beforeAll, describe, expect, it } from 'vitest';
import { planModel, runModel, scenarioValues, seriesId } from '../../src/model';
import { logit, nationalLogitAt, sopTrend } from '../../src/model/sop-share';
import { loadModelData } from '../../src/data/model-data';
import { loadScenario } from '../../src/scenario/load';
import type { ModelData } from '../../src/model/inputs';
import { tinyData } from './helpers';

/** `sop.trend.logit_shift` (calibrated to the backtest, docs/methods.md §12). */
describe('SO&P logit shift', () => {
  const observed = tinyData().sopShareObserved;
  const trend = sopTrend(observed, 2006, 35);

  it('leaves observed years alone and adds δ to every later year', () => {
    for (const [y, v] of Object.entries(observed)) expect(nationalLogitAt(trend, Number(y), 1, 0.4)).toBeCloseTo(logit(v), 12);
    expect(nationalLogitAt(trend, 2023, 1, 0.4)).toBeCloseTo(logit(0.5) + 0.4 + trend.ratePerYear, 12);
    expect(nationalLogitAt(trend, 2030, 2, -0.3)).toBeCloseTo(logit(0.5) - 0.3 + 2 * 8 * trend.ratePerYear, 12);
  });

  describe('in a run (baseline, real data)', () => {
    let data: ModelData;
    beforeAll(() => {
      data = loadModelData();
    });
    const share = (shift: number, year: number) => {
      const scenario = loadScenario('baseline', { horizon: 2030 });
      const plan = planModel(scenario, data);
      const out = runModel(plan, { ...scenarioValues(scenario), 'sop.trend.logit_shift': shift });
      const s = plan.layout.series.findIndex((k) => seriesId(k.metric, k.sector, k.breakdown) === seriesId('sop.share', 'all', 'all'));
      return out[s * plan.layout.years.length + plan.layout.years.indexOf(year)];
    };

    it('the default 0 is the deterministic run; a positive shift raises the future share, a negative one lowers it; the base year is history', () => {
      const scenario = loadScenario('baseline', { horizon: 2030 });
      expect(scenario.params['sop.trend.logit_shift'].value).toBe(0);
      expect(share(0.3, 2030)).toBeGreaterThan(share(0, 2030));
      expect(share(-0.3, 2030)).toBeLessThan(share(0, 2030));
      // calibration on history only: a scenario's shift never moves the base-year share
      expect(share(0.3, 2024)).toBe(share(0, 2024));
      expect(share(-0.3, 2024)).toBe(share(0, 2024));
    });
  });
});
