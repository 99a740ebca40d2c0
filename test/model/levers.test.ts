import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/model-data';
import { ROUTES, SECTORS, type SectorOrAll } from '../../src/model/domain';
import type { ModelData } from '../../src/model/inputs';
import { seriesId } from '../../src/model/layout';
import { planModel, runModel, scenarioValues, type ModelPlan } from '../../src/model/run';
import { ParamSampler } from '../../src/ensemble/sample';
import { REGISTRY } from '../../src/params/registry';
import { DIRECTION_REQUIRED } from '../../src/params/defs/directions';
import type { ParamDef, ParamValue, ParamValues } from '../../src/params/types';
import { loadScenario } from '../../src/scenario/load';
import type { ResolvedScenario } from '../../src/scenario/types';

/**
 * Issue #12 item 5: every pipeline, workforce and SO&P-effect lever moves the shortage the way
 * its declared direction says. Each parameter is moved across its range (the support of its
 * distribution, else its bounds), deterministic and as a paired ensemble (same seed): for `up` /
 * `down`, the (paired mean) shortage must move more than 1 fte the right way by B+3 (workforce)
 * or 2032 (pipeline, effects) in the sector concerned and in `all`, and never more than 1 fte the
 * wrong way in any year B+1..2040 there. `none` must be an exact zero. `depends` has its own tests
 * below.
 */

const HORIZON = 2040;
const DRAWS = 12;
const SEED = 20261206;
const SECTORS_ALL: SectorOrAll[] = [...SECTORS, 'all'];
const ROUTE_SECTORS: Record<string, SectorOrAll[]> = {
  pabo: ['po'],
  'hbo-2e-graads': ['vo', 'mbo'],
  'hbo-1e-graads': ['vo'],
  ulo: ['vo'],
  pdg: ['mbo'],
  'zij-instroom': ['po', 'vo', 'mbo'],
};

/** The sectors a parameter concerns, always with `all`. */
function concerned(key: string): SectorOrAll[] {
  const parts = key.split('.');
  const sector = parts.find((p) => (SECTORS as readonly string[]).includes(p)) as SectorOrAll | undefined;
  if (sector) return [sector, 'all'];
  const route = parts.find((p) => (ROUTES as readonly string[]).includes(p));
  if (route) return [...ROUTE_SECTORS[route].slice(0, 1), 'all'];
  return ['all'];
}

/** Low and high ends of a parameter's range, as override values. */
function ends(def: ParamDef): [ParamValue, ParamValue] {
  if (def.kind === 'choice') throw new Error('choices have no range');
  let lo: number;
  let hi: number;
  const d = def.distribution;
  if (d && d.type !== 'fixed' && d.type !== 'discrete') {
    lo = 'min' in d && d.min !== undefined ? d.min : def.bounds[0];
    hi = 'max' in d && d.max !== undefined ? d.max : def.bounds[1];
  } else [lo, hi] = def.bounds;
  if (def.kind === 'series') {
    // the path from the year after its first point (the base year) on: a scenario changes the future
    const first = Math.min(...Object.keys(def.default).map(Number));
    const at = (v: number) => ({ [first]: def.default[first], [first + 1]: v });
    return [at(lo), at(hi)];
  }
  return [lo, hi];
}

function isPipeline(key: string): boolean {
  return key.startsWith('pipeline.') || key.startsWith('effects.');
}

const leverDefs = [...REGISTRY.values()].filter((d) => DIRECTION_REQUIRED.some((p) => d.key.startsWith(p)));
const signed = leverDefs.filter((d) => d.direction && (d.direction.effect === 'up' || d.direction.effect === 'down'));

describe('lever directions', () => {
  let data: ModelData;
  let baseline: ResolvedScenario;
  let plan: ModelPlan;
  let baseValues: ParamValues;
  const shortageIndex: Partial<Record<SectorOrAll, number>> = {};
  beforeAll(() => {
    data = loadModelData();
    baseline = loadScenario('baseline', { horizon: HORIZON });
    plan = planModel(baseline, data);
    baseValues = scenarioValues(baseline);
    for (const s of SECTORS_ALL) {
      shortageIndex[s] = plan.layout.series.findIndex((k) => seriesId(k.metric, k.sector, k.breakdown) === seriesId('workforce.shortage_fte', s, 'all'));
    }
  });

  /** Shortage by sector and output year of one run. */
  const shortage = (out: Float64Array, s: SectorOrAll, y: number) => out[(shortageIndex[s] as number) * plan.layout.years.length + y];

  /**
   * The year by which a lever must have moved the shortage: 2032 for pipeline and effect levers,
   * B+3 for workforce levers, except where the mechanism cannot act sooner: early attrition in
   * experience year k ≥ 2 first meets the entrants of B+1 in the step to B+2+k, and the pupil
   * growth after the projection acts from the year after the projection's last year.
   */
  function checkYear(key: string): number {
    if (isPipeline(key)) return 2032;
    const B = plan.baseYear;
    const early = /^workforce\.early_attrition\.[a-z]+\.e(\d)$/.exec(key);
    if (early) return Math.max(B + 3, B + 2 + Number(early[1]));
    const pupils = /^workforce\.pupils\.growth_after_projection\.([a-z]+)$/.exec(key);
    if (pupils) {
      const years = Object.keys(data.pupils[pupils[1] as (typeof SECTORS)[number]]).map(Number);
      return Math.max(B + 3, Math.max(...years) + 1);
    }
    return B + 3;
  }

  /** Checks a difference path (hi − lo) per sector against the declared sign. */
  function check(key: string, diff: (s: SectorOrAll, y: number) => number, what: string): void {
    const def = REGISTRY.get(key) as ParamDef;
    const sign = def.direction?.effect === 'up' ? 1 : -1;
    const years = plan.layout.years;
    const byYear = checkYear(key);
    for (const s of concerned(key)) {
      for (let y = 1; y < years.length; y++) {
        const moved = diff(s, y) * sign;
        if (moved < -1) expect.fail(`${key} (${def.direction?.effect}, ${what}): ${s} ${years[y]} moves ${moved.toFixed(2)} fte the wrong way`);
      }
      const at = years.indexOf(byYear);
      const moved = diff(s, at) * sign;
      if (!(moved > 1)) expect.fail(`${key} (${def.direction?.effect}, ${what}): ${s} moves only ${moved.toFixed(2)} fte the right way by ${byYear}`);
    }
  }

  it('every pipeline, workforce and effect parameter declares a direction with a reason; depends only where allowed', () => {
    const forbidden = /(inflow|entry|dropout|outflow|attrition|pupils)/;
    for (const d of leverDefs) {
      expect(d.direction, d.key).toBeDefined();
      expect(d.direction?.reason.length, d.key).toBeGreaterThan(10);
      if (d.direction?.effect === 'depends') expect(forbidden.test(d.key.replace(/other_inflow\.age_/, '')), d.key).toBe(false);
    }
  });

  it.each(signed.map((d) => [d.key]))('%s moves the shortage its declared way (deterministic)', (key) => {
    const def = REGISTRY.get(key) as ParamDef;
    const [lo, hi] = ends(def);
    const p = def.stage === 'base' || def.stage === 'plan';
    const run = (v: ParamValue) => {
      if (!p) return runModel(plan, { ...baseValues, [key]: v }).slice();
      const sc = loadScenario('baseline', { horizon: HORIZON, overrides: { [key]: v } });
      return runModel(planModel(sc, data), scenarioValues(sc));
    };
    const a = run(lo);
    const b = run(hi);
    check(key, (s, y) => shortage(b, s, y) - shortage(a, s, y), 'deterministic');
  });

  it.each(signed.map((d) => [d.key]))('%s moves the paired-ensemble mean its declared way', (key) => {
    const def = REGISTRY.get(key) as ParamDef;
    const [lo, hi] = ends(def);
    const scenarios = [lo, hi].map((v) => loadScenario('baseline', { horizon: HORIZON, overrides: { [key]: v } }));
    const replan = def.stage === 'base' || def.stage === 'plan';
    const plans = scenarios.map((sc) => (replan ? planModel(sc, data) : plan));
    const samplers = scenarios.map((sc) => new ParamSampler(sc, SEED));
    const nY = plan.layout.years.length;
    const sum = new Float64Array(4 * nY);
    const outs = plans.map((pl) => new Float64Array(pl.layout.series.length * nY));
    for (let i = 0; i < DRAWS; i++) {
      for (let k = 0; k < 2; k++) {
        const v = samplers[k].next();
        runModel(plans[k], v, outs[k], samplers[k].history());
      }
      SECTORS_ALL.forEach((s, j) => {
        for (let y = 0; y < nY; y++) sum[j * nY + y] += shortage(outs[1], s, y) - shortage(outs[0], s, y);
      });
    }
    check(key, (s, y) => sum[SECTORS_ALL.indexOf(s) * nY + y] / DRAWS, `paired ensemble of ${DRAWS}`);
  });

  it.each(leverDefs.filter((d) => d.direction?.effect === 'none').map((d) => [d.key]))('%s (none) leaves every output exactly unchanged', (key) => {
    const def = REGISTRY.get(key) as ParamDef;
    const [lo, hi] = ends(def);
    const run = (v: ParamValue) => {
      const sc = loadScenario('baseline', { horizon: HORIZON, overrides: { [key]: v } });
      return Array.from(runModel(planModel(sc, data), scenarioValues(sc)));
    };
    expect(run(hi)).toEqual(run(lo));
  });

  it('the three examples of issue #12 move the right way (200 draws in the issue; here deterministic and 2030)', () => {
    const at = (overrides: Record<string, ParamValue>, s: SectorOrAll, year: number) => {
      const out = runModel(plan, { ...baseValues, ...overrides });
      return shortage(out, s, plan.layout.years.indexOf(year));
    };
    const base = (s: SectorOrAll, y: number) => at({}, s, y);
    // a higher entry rate of hbo-2e-graads graduates lowers the vo shortage
    expect(at({ 'pipeline.entry_rate.hbo-2e-graads': 0.8 }, 'vo', 2030)).toBeLessThan(base('vo', 2030) - 1);
    // 15% more vo outflow raises the vo shortage
    expect(at({ 'workforce.outflow_factor.vo': 1.15 }, 'vo', 2030)).toBeGreaterThan(base('vo', 2030) + 1);
    // more first-year dropout on the tweedegraads route raises the vo shortage
    const d = baseValues['pipeline.dropout.hbo-2e-graads.y1'] as number;
    expect(at({ 'pipeline.dropout.hbo-2e-graads.y1': d * 1.3 }, 'vo', 2030)).toBeGreaterThan(base('vo', 2030) + 1);
  });

  describe('parameters whose effect depends', () => {
    const diffAt = (key: string, lo: ParamValue, hi: ParamValue, s: SectorOrAll, year: number) => {
      const a = runModel(plan, { ...baseValues, [key]: lo }).slice();
      const b = runModel(plan, { ...baseValues, [key]: hi });
      const y = plan.layout.years.indexOf(year);
      return shortage(b, s, y) - shortage(a, s, y);
    };

    it('sector splits: the receiving sector’s shortage falls, the other’s rises', () => {
      expect(diffAt('pipeline.sector_split.hbo-2e-graads.mbo', 0.15, 0.35, 'mbo', 2030)).toBeLessThan(-1);
      expect(diffAt('pipeline.sector_split.hbo-2e-graads.mbo', 0.15, 0.35, 'vo', 2030)).toBeGreaterThan(1);
      expect(diffAt('pipeline.sector_split.zij-instroom.po', 0.35, 0.55, 'po', 2030)).toBeLessThan(-1);
      expect(diffAt('pipeline.sector_split.zij-instroom.po', 0.35, 0.55, 'vo', 2030)).toBeGreaterThan(1);
      expect(diffAt('pipeline.sector_split.zij-instroom.mbo', 0.15, 0.35, 'mbo', 2030)).toBeLessThan(-1);
    });

    it('switchers: po (a net sender) loses, vo and mbo gain, and all gains a little (persons conserved, fte per person differs)', () => {
      expect(diffAt('workforce.switchers.factor', 0.7, 1.3, 'po', 2030)).toBeGreaterThan(1);
      expect(diffAt('workforce.switchers.factor', 0.7, 1.3, 'vo', 2030)).toBeLessThan(-1);
      expect(diffAt('workforce.switchers.factor', 0.7, 1.3, 'mbo', 2030)).toBeLessThan(-1);
      expect(diffAt('workforce.switchers.factor', 0.7, 1.3, 'all', 2030)).toBeLessThan(0);
    });

    it('vacancy elasticity: exactly no effect under closure fixed; under vacancy the shortage share is pulled towards its base-year level', () => {
      const a = runModel(plan, { ...baseValues, 'workforce.vacancy_elasticity': 0 }).slice();
      const b = runModel(plan, { ...baseValues, 'workforce.vacancy_elasticity': 6 });
      expect(Array.from(b)).toEqual(Array.from(a));
      const fixed = runModel(plan, { ...baseValues }).slice();
      const vac = runModel(plan, { ...baseValues, 'workforce.closure': 'vacancy', 'workforce.vacancy_elasticity': 6 });
      const y0 = 0;
      const idx = (m: string, s: SectorOrAll) => plan.layout.series.findIndex((k) => seriesId(k.metric, k.sector, k.breakdown) === seriesId(m, s, 'all'));
      const share = (out: Float64Array, s: SectorOrAll, y: number) => out[idx('workforce.shortage_share', s) * plan.layout.years.length + y];
      for (const s of SECTORS) {
        expect(shortage(vac, s, y0)).toBe(shortage(fixed, s, y0));
        expect(shortage(vac, s, 1)).toBe(shortage(fixed, s, 1));
        // in B+2 hiring responds to the change of the shortage share from B to B+1
        const rose = share(fixed, s, 1) > share(fixed, s, y0);
        if (rose) expect(shortage(vac, s, 2)).toBeLessThan(shortage(fixed, s, 2));
        else expect(shortage(vac, s, 2)).toBeGreaterThan(shortage(fixed, s, 2));
      }
    });

    it('shortage anchor: mean-3y anchors po on the 2022–2024 mean, keeps employment, raises po demand in every year', () => {
      const sc = loadScenario('baseline', { horizon: HORIZON, overrides: { 'workforce.shortage_anchor': 'mean-3y' } });
      const p2 = planModel(sc, data);
      const out = runModel(p2, scenarioValues(sc));
      const base = runModel(plan, baseValues).slice();
      const idx = (m: string, s: SectorOrAll) => p2.layout.series.findIndex((k) => seriesId(k.metric, k.sector, k.breakdown) === seriesId(m, s, 'all'));
      const nY = p2.layout.years.length;
      const B = p2.baseYear;
      const measured = [B - 2, B - 1, B].map((t) => data.shortageFte.po[t]).filter((v) => v !== undefined);
      const mean = measured.reduce((a, b) => a + b, 0) / measured.length;
      expect(out[idx('workforce.shortage_fte', 'po') * nY]).toBeCloseTo(mean, 6);
      expect(out[idx('workforce.employment_fte', 'po') * nY]).toBeCloseTo(base[idx('workforce.employment_fte', 'po') * nY], 6);
      for (let y = 0; y < nY; y++) expect(out[idx('workforce.demand_fte', 'po') * nY + y]).toBeGreaterThan(base[idx('workforce.demand_fte', 'po') * nY + y]);
    });

    it('base-year fte per person and share of the shortage inside employment: with the baseline’s flows the sector’s shortage is higher from B+6 on', () => {
      for (const s of SECTORS) {
        for (const key of [`workforce.fte_per_person.${s}`, `workforce.shortage_in_employment.${s}`]) {
          const [lo, hi] = ends(REGISTRY.get(key) as ParamDef);
          const runs = [lo, hi].map((v) => {
            const sc = loadScenario('baseline', { horizon: HORIZON, overrides: { [key]: v } });
            return runModel(planModel(sc, data), scenarioValues(sc));
          });
          for (let y = plan.layout.years.indexOf(plan.baseYear + 6); y < plan.layout.years.length; y++) {
            expect(shortage(runs[1], s, y), `${key} ${plan.layout.years[y]}`).toBeGreaterThan(shortage(runs[0], s, y));
          }
        }
      }
    });

    it('study years are plan-stage structure, not levers: never drawn, read when the plan is built', () => {
      for (const d of leverDefs.filter((x) => x.key.startsWith('pipeline.study_years.'))) {
        expect(d.stage).toBe('plan');
        expect(d.kind === 'scalar' && d.distribution).toBeFalsy();
      }
    });
  });
});
