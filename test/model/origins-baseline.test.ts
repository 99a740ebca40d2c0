import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/model-data';
import { SECTORS, type SectorOrAll } from '../../src/model/domain';
import { seriesId } from '../../src/model/layout';
import { planModel, runModel, scenarioValues, type ModelPlan } from '../../src/model/run';
import { ORIGINS } from '../../src/model/workforce/origins';
import { loadScenario } from '../../src/scenario/load';

describe('entrants by origin in the baseline (real data)', () => {
  let plan: ModelPlan;
  let out: Float64Array;
  let fte: Record<string, number>;
  beforeAll(() => {
    const sc = loadScenario('baseline', { horizon: 2040 });
    plan = planModel(sc, loadModelData());
    const values = scenarioValues(sc);
    out = runModel(plan, values);
    fte = Object.fromEntries(SECTORS.map((s) => [s, values[`workforce.fte_per_person.${s}`] as number]));
  });
  const at = (s: SectorOrAll, b: string, y: number) =>
    out[plan.layout.series.findIndex((k) => seriesId(k.metric, k.sector, k.breakdown) === seriesId('workforce.entrants_fte', s, b)) * plan.layout.years.length + y];

  it('the five origins are in the output for every sector and year and add up to all exactly', () => {
    for (const s of [...SECTORS, 'all'] as SectorOrAll[]) {
      for (let y = 0; y < plan.layout.years.length; y++) {
        let sum = 0;
        for (const o of ORIGINS) sum += at(s, o, y);
        expect(sum).toBe(at(s, 'all', y));
      }
    }
  });

  it('po side entrants in the base year are of the published order for po alone (699 granted in 2020, 824 counted in 2019)', () => {
    const persons = at('po', 'side_entrant', 0) / fte.po;
    expect(persons).toBeGreaterThan(400);
    expect(persons).toBeLessThan(1100);
  });

  it('switchers: po is a net sender, vo and mbo receive', () => {
    expect(at('vo', 'switcher', 0)).toBeGreaterThan(at('po', 'switcher', 0));
    expect(at('mbo', 'switcher', 0)).toBeGreaterThan(at('po', 'switcher', 0));
  });
});
