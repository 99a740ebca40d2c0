import { beforeAll, describe, expect, it } from 'vitest';
import { planModel, runModel, scenarioValues, seriesId, tidyRows, type ModelPlan } from '../../src/model';
import { ROUTES, SECTOR_ORDER, type SectorOrAll } from '../../src/model/domain';
import { loadModelData } from '../../src/data/model-data';
import { listBundledScenarios, loadScenario } from '../../src/scenario/load';
import type { ModelData } from '../../src/model/inputs';
import type { ParamValue } from '../../src/params/types';
import type { ResolvedScenario } from '../../src/scenario/types';
import { defaultScenario, tinyData } from './helpers';

/** Value of a series in a year (NaN when the series does not exist). */
function get(plan: ModelPlan, out: Float64Array, metric: string, sector: SectorOrAll, breakdown: string, year: number): number {
  const s = plan.layout.series.findIndex((k) => seriesId(k.metric, k.sector, k.breakdown) === seriesId(metric, sector, breakdown));
  const y = plan.layout.years.indexOf(year);
  return s < 0 || y < 0 ? NaN : out[s * plan.layout.years.length + y];
}

function run(scenario: ResolvedScenario, data: ModelData, overrides: Record<string, ParamValue> = {}, detail = false) {
  const plan = planModel(scenario, data, { partnershipDetail: detail });
  // the overrides describe the world, history included (the values are their own history)
  const values = { ...scenarioValues(scenario), ...overrides };
  const out = runModel(plan, values, undefined, values);
  return { plan, out, at: (m: string, s: SectorOrAll, b: string, y: number) => get(plan, out, m, s, b, y) };
}

// a negative shortage is a surplus; every impact.* is a difference (scenario − counterfactual)
const MAY_BE_NEGATIVE = new Set([
  'workforce.shortage_fte',
  'workforce.shortage_share',
  'impact.shortage_fte',
  'impact.mentor_fte',
  'impact.schoolopleider_fte',
  'impact.teaching_time_fte',
  'impact.net_shortage_fte',
]);

describe('invariants on every bundled scenario (real data, horizon 2040)', () => {
  let data: ModelData;
  beforeAll(() => {
    data = loadModelData();
  });
  const ids = listBundledScenarios();

  it('finds the bundled scenarios', () => {
    expect(ids).toEqual(expect.arrayContaining(['baseline', 'ambitie-2030']));
  });

  for (const id of ids) {
    describe(id, () => {
      let r: ReturnType<typeof run>;
      beforeAll(() => {
        r = run(loadScenario(id, { horizon: 2040 }), data, {}, true);
      });

      it('keeps mass balance per route: ΣE[t+1] − ΣE[t] = I[t+1] − G[t] − D[t] (relative ≤ 1e-9)', () => {
        for (const route of ['all', ...ROUTES]) {
          for (let t = 2024; t < 2040; t++) {
            const lhs = r.at('students.enrolled', 'all', route, t + 1) - r.at('students.enrolled', 'all', route, t);
            const rhs = r.at('students.inflow', 'all', route, t + 1) - r.at('students.graduates', 'all', route, t) - r.at('students.dropouts', 'all', route, t);
            const scale = Math.max(1, r.at('students.enrolled', 'all', route, t));
            expect(Math.abs(lhs - rhs) / scale).toBeLessThanOrEqual(1e-9);
          }
        }
      });

      it('has nothing negative except a surplus, every value finite, shares in [0, 1]', () => {
        const nY = r.plan.layout.years.length;
        r.plan.layout.series.forEach((k, s) => {
          for (let y = 0; y < nY; y++) {
            const v = r.out[s * nY + y];
            expect(Number.isFinite(v), `${k.metric} ${k.sector} ${k.breakdown}`).toBe(true);
            if (!MAY_BE_NEGATIVE.has(k.metric)) expect(v, `${k.metric} ${k.sector} ${k.breakdown} ${r.plan.layout.years[y]}`).toBeGreaterThanOrEqual(-1e-9);
            if (k.unit === 'share' && k.metric !== 'workforce.shortage_share') expect(v).toBeLessThanOrEqual(1);
          }
        });
      });

      it('is never capacity-capped in the base year', () => {
        expect(r.at('capacity.mentor_shortfall', 'all', 'all', 2024)).toBe(0);
        expect(r.at('capacity.mentors_available', 'all', 'all', 2024)).toBeGreaterThan(r.at('capacity.mentors_required', 'all', 'all', 2024));
        const open = run(loadScenario(id, { horizon: 2040 }), data, { 'capacity.cap': 'off' });
        for (const s of SECTOR_ORDER) expect(r.at('sop.share', s, 'all', 2024)).toBe(open.at('sop.share', s, 'all', 2024));
      });

      it('reproduces measured employment and shortage per sector in the base year', () => {
        for (const s of ['po', 'vo', 'mbo'] as const) {
          const emp = data.employmentFte[s][2024];
          const sh = data.shortageFte[s][2024];
          if (emp !== undefined) expect(r.at('workforce.employment_fte', s, 'all', 2024)).toBeCloseTo(emp, 6);
          if (sh !== undefined) expect(r.at('workforce.shortage_fte', s, 'all', 2024)).toBeCloseTo(sh, 6);
          expect(r.at('impact.shortage_fte', s, 'all', 2024)).toBe(0);
        }
      });

      it('more mentors never lower the capacity-capped share', () => {
        const sc = loadScenario(id, { horizon: 2040 });
        const v = scenarioValues(sc);
        const more = run(sc, data, { 'capacity.mentors_trained.rate': (v['capacity.mentors_trained.rate'] as number) + 0.05 });
        for (let t = 2024; t <= 2040; t++) {
          for (const s of SECTOR_ORDER) expect(more.at('sop.share', s, 'all', t)).toBeGreaterThanOrEqual(r.at('sop.share', s, 'all', t) - 1e-12);
        }
      });

      // With a binding cap, extra students dilute the partnerships' mentors, so fewer students carry the
      // SO&P effects; the shortage can then rise by a few fte (docs/methods.md). Without the cap, or
      // without effects, more inflow never raises it.
      it('more inflow never raises the shortage (cap off, or effects neutral)', () => {
        const sc = loadScenario(id, { horizon: 2040 });
        const neutral = { 'effects.dropout_multiplier': 1, 'effects.entry_uplift': 0, 'effects.early_attrition_multiplier': 1 };
        for (const variant of [{ 'capacity.cap': 'off' }, neutral] as Record<string, ParamValue>[]) {
          const base = run(sc, data, variant);
          for (const route of ['pabo', 'hbo-2e-graads', 'zij-instroom']) {
            const more = run(sc, data, { ...variant, [`pipeline.inflow.${route}.level_factor`]: 1.2 });
            for (let t = 2024; t <= 2040; t++) {
              for (const s of SECTOR_ORDER) {
                expect(more.at('workforce.shortage_fte', s, 'all', t)).toBeLessThanOrEqual(base.at('workforce.shortage_fte', s, 'all', t) + 1e-6);
              }
            }
          }
        }
      });

      it('adds partnerships up to the national totals', () => {
        const ids = r.plan.partnerships.detailIds;
        expect(ids.length).toBeGreaterThan(0);
        for (const m of ['sop.students', 'capacity.mentors_required', 'capacity.mentors_available', 'capacity.mentor_shortfall']) {
          for (const t of [2024, 2030, 2040]) {
            const sum = ids.reduce((a, p) => a + r.at(m, 'all', p, t), 0);
            expect(sum / Math.max(1, r.at(m, 'all', 'all', t))).toBeCloseTo(r.at(m, 'all', 'all', t) > 0 ? 1 : 0, 9);
          }
        }
      });
    });
  }
});

describe('model behaviour (hand-built data)', () => {
  const data = tinyData();

  it('has no impact when the scenario itself freezes the share, and no impact without effects', () => {
    const frozen = run(defaultScenario({ 'sop.trajectory': 'frozen' }, 2035), data);
    const none = run(defaultScenario({ 'sop.trajectory': 'target', 'effects.dropout_multiplier': 1, 'effects.entry_uplift': 0, 'effects.early_attrition_multiplier': 1 }, 2035), data);
    for (let t = 2024; t <= 2035; t++) {
      for (const s of SECTOR_ORDER) {
        expect(frozen.at('impact.shortage_fte', s, 'all', t)).toBe(0);
        expect(Math.abs(none.at('impact.shortage_fte', s, 'all', t))).toBeLessThan(1e-6);
      }
    }
  });

  it('impact = shortage(scenario) − shortage(the same scenario frozen), also when mentors run out in the counterfactual', () => {
    for (const rate of [0.15, 0]) {
      const over = { 'capacity.mentors_trained.rate': rate, 'capacity.cap': 'on' };
      const scen = run(defaultScenario({ 'sop.trajectory': 'target' }, 2036), data, over);
      const frozen = run(defaultScenario({ 'sop.trajectory': 'frozen' }, 2036), data, over);
      for (let t = 2024; t <= 2036; t++) {
        for (const s of SECTOR_ORDER) {
          const want = scen.at('workforce.shortage_fte', s, 'all', t) - frozen.at('workforce.shortage_fte', s, 'all', t);
          expect(scen.at('impact.shortage_fte', s, 'all', t)).toBeCloseTo(want, 6);
        }
      }
      if (rate === 0) expect(frozen.at('capacity.mentor_shortfall', 'all', 'all', 2036)).toBeGreaterThan(0);
    }
  });

  it('a higher SO&P share with beneficial effects lowers the shortage (impact ≤ 0)', () => {
    const r = run(defaultScenario({ 'sop.trajectory': 'target', 'capacity.cap': 'off' }, 2035), data);
    for (let t = 2024; t <= 2035; t++) expect(r.at('impact.shortage_fte', 'all', 'all', t)).toBeLessThanOrEqual(1e-9);
    expect(r.at('impact.shortage_fte', 'all', 'all', 2035)).toBeLessThan(0);
  });

  it('reaches the target share in the target year when capacity does not bind', () => {
    const r = run(defaultScenario({ 'sop.trajectory': 'target', 'capacity.cap': 'off', 'sop.target.year.mbo': 2032 }, 2035), data);
    expect(r.at('sop.share', 'po', 'all', 2030)).toBeCloseTo(1, 12);
    expect(r.at('sop.share', 'vo', 'all', 2030)).toBeCloseTo(1, 12);
    expect(r.at('sop.share', 'mbo', 'all', 2030)).toBeLessThan(1);
    expect(r.at('sop.share', 'mbo', 'all', 2032)).toBeCloseTo(1, 12);
    expect(r.at('capacity.mentor_shortfall', 'all', 'all', 2030)).toBeGreaterThan(0);
  });

  it('caps the share where mentors fall short and reports the shortfall', () => {
    const capped = run(defaultScenario({ 'sop.trajectory': 'target', 'capacity.cap': 'on' }, 2030), data, { 'capacity.mentors_trained.rate': 0 });
    const open = run(defaultScenario({ 'sop.trajectory': 'target', 'capacity.cap': 'off' }, 2030), data, { 'capacity.mentors_trained.rate': 0 });
    expect(capped.at('sop.share', 'all', 'all', 2030)).toBeLessThan(open.at('sop.share', 'all', 'all', 2030));
    expect(capped.at('capacity.mentor_shortfall', 'all', 'all', 2030)).toBeGreaterThan(0);
    expect(capped.at('capacity.mentors_available', 'all', 'all', 2030)).toBeCloseTo(open.at('capacity.mentors_available', 'all', 'all', 2030), 6);
  });

  it('mentors: base stock = required × (1 + slack), then M(t+1) = M(t)(1 − a) + rate·M(B), to train = R − M(t−1)(1 − a)', () => {
    const r = run(defaultScenario({}, 2027), data);
    const R = (t: number) => r.at('capacity.mentors_required', 'all', 'all', t);
    const M = (t: number) => r.at('capacity.mentors_available', 'all', 'all', t);
    expect(M(2024)).toBeCloseTo(R(2024) * 1.1, 6);
    expect(M(2025)).toBeCloseTo(M(2024) * 0.88 + 0.15 * M(2024), 6);
    expect(M(2026)).toBeCloseTo(M(2025) * 0.88 + 0.15 * M(2024), 6);
    expect(r.at('capacity.mentors_to_train', 'all', 'all', 2024)).toBeCloseTo(R(2024) * (1 - 1.1 * 0.88), 6);
    expect(r.at('capacity.mentor_fte', 'all', 'all', 2025)).toBeCloseTo(r.at('capacity.mentor_hours', 'all', 'all', 2025) / 1659, 9);
  });

  it('counts the budget by the funding rule of each year, the partnership rule alone (side-entry subsidy apart)', () => {
    const sc = defaultScenario({}, 2030);
    const r = run(sc, data);
    const students = (t: number) => r.at('sop.students', 'all', 'all', t);
    expect(r.at('capacity.budget_eur', 'all', 'all', 2024)).toBeCloseTo(955 * students(2024) + 100000 * 3, 4);
    // From 2025: €1,250 × SO&P students of every route (zij-instroom included), no base, no subsidy.
    for (const t of [2025, 2026, 2030]) {
      expect(r.at('capacity.budget_eur', 'all', 'all', t)).toBeCloseTo(1250 * students(t), 4);
      expect(r.at('sop.students', 'all', 'zij-instroom', t)).toBeGreaterThan(0);
      expect(ROUTES.reduce((a, route) => a + r.at('sop.students', 'all', route, t), 0)).toBeCloseTo(students(t), 6);
      expect(r.at('capacity.budget_eur', 'all', 'zij-instroom', t)).toBeCloseTo(1250 * r.at('sop.students', 'all', 'zij-instroom', t), 4);
    }
    const sectors = ['po', 'vo', 'mbo'] as const;
    expect(sectors.reduce((a, s) => a + r.at('capacity.budget_eur', s, 'all', 2024), 0)).toBeCloseTo(r.at('capacity.budget_eur', 'all', 'all', 2024), 4);
    // The side-entry subsidy is its own metric: €20k (to 2022) / €25k (from 2023) per starter.
    for (const t of [2024, 2030]) {
      const starters = r.at('students.inflow', 'all', 'zij-instroom', t);
      expect(r.at('funding.zij_instroom_subsidy_eur', 'all', 'all', t)).toBeCloseTo(25000 * starters, 3);
      expect(r.at('funding.zij_instroom_subsidy_eur', 'all', 'zij-instroom', t)).toBeCloseTo(25000 * starters, 3);
      expect(r.at('funding.zij_instroom_subsidy_eur', 'all', 'pabo', t)).toBe(0);
      expect(sectors.reduce((a, s) => a + r.at('funding.zij_instroom_subsidy_eur', s, 'all', t), 0)).toBeCloseTo(25000 * starters, 3);
    }
    // Turning the subsidy off leaves the budget exactly as it was.
    const off = run(sc, data, { 'funding.zij_instroom_subsidy_eur': 0 });
    expect(off.at('capacity.budget_eur', 'all', 'all', 2030)).toBe(r.at('capacity.budget_eur', 'all', 'all', 2030));
    expect(off.at('funding.zij_instroom_subsidy_eur', 'all', 'all', 2030)).toBe(0);
  });

  it('funding.price_index turns nominal euros into constant prices and changes nothing else', () => {
    const sc = defaultScenario({}, 2030);
    const nominal = run(sc, data, {}, true);
    const real = run(sc, data, { 'funding.price_index': { 2024: 1, 2030: 1.2 } }, true);
    expect(real.at('capacity.budget_eur', 'all', 'all', 2024)).toBe(nominal.at('capacity.budget_eur', 'all', 'all', 2024));
    expect(real.at('capacity.budget_eur', 'all', 'all', 2030)).toBeCloseTo(nominal.at('capacity.budget_eur', 'all', 'all', 2030) / 1.2, 4);
    expect(real.at('capacity.budget_eur', 'po', 'all', 2027)).toBeCloseTo(nominal.at('capacity.budget_eur', 'po', 'all', 2027) / 1.1, 4);
    expect(real.at('capacity.budget_eur', 'all', 'P001', 2030)).toBeCloseTo(nominal.at('capacity.budget_eur', 'all', 'P001', 2030) / 1.2, 4);
    expect(real.at('funding.zij_instroom_subsidy_eur', 'all', 'all', 2030)).toBeCloseTo(nominal.at('funding.zij_instroom_subsidy_eur', 'all', 'all', 2030) / 1.2, 4);
    expect(real.at('workforce.shortage_fte', 'all', 'all', 2030)).toBe(nominal.at('workforce.shortage_fte', 'all', 'all', 2030));
    expect(real.at('sop.students', 'all', 'all', 2030)).toBe(nominal.at('sop.students', 'all', 'all', 2030));
  });

  it('is deterministic, reuses `out`, and runs the same from a structured clone of the plan', () => {
    const sc = defaultScenario({ 'sop.trajectory': 'target' }, 2040);
    const plan = planModel(sc, data, { partnershipDetail: true });
    const v = scenarioValues(sc);
    const a = runModel(plan, v);
    const out = new Float64Array(a.length).fill(123);
    const b = runModel(plan, v, out);
    expect(b).toBe(out);
    expect(Array.from(b)).toEqual(Array.from(a));
    const c = runModel(structuredClone(plan), v);
    expect(Array.from(c)).toEqual(Array.from(a));
  });

  it('plans: rejects a horizon outside B+1..2040, lists the rules applied, one pseudo-partnership without a table', () => {
    expect(() => planModel(defaultScenario({}, 2030), data, { horizon: 2041 })).toThrow(/horizon/);
    expect(() => planModel(defaultScenario({}, 2030), data, { horizon: 2024 })).toThrow(/horizon/);
    const plan = planModel(defaultScenario({}, 2030), data, {});
    const series = plan.rulesApplied.map((r) => r.series);
    expect(series).toEqual(expect.arrayContaining(['enrolment', 'sopShareObserved', 'inflow.pdg', 'sopComposition']));
    const bare = planModel(defaultScenario({}, 2030), tinyData(false), { partnershipDetail: true });
    expect(bare.partnerships.count).toBe(1);
    expect(bare.partnerships.detailIds).toEqual([]);
    const r = runModel(bare, scenarioValues(defaultScenario({}, 2030)));
    expect(get(bare, r, 'capacity.budget_eur', 'all', 'all', 2024)).toBeCloseTo(955 * get(bare, r, 'sop.students', 'all', 'all', 2024) + 100000 * 130, 3);
    expect(get(bare, r, 'funding.zij_instroom_subsidy_eur', 'all', 'all', 2024)).toBeCloseTo(25000 * 1800, 3);
  });

  it('tidy rows come sorted by year, sector, breakdown (all first) and metric', () => {
    const sc = defaultScenario({}, 2026);
    const plan = planModel(sc, data, {});
    const rows = tidyRows(plan.layout, runModel(plan, scenarioValues(sc)), 'x');
    expect(rows.length).toBe(plan.layout.series.length * 3);
    const order = (r: (typeof rows)[number]) => [r.year, SECTOR_ORDER.indexOf(r.sector), r.breakdown === 'all' ? 0 : 1];
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [order(rows[i - 1]), order(rows[i])];
      const cmp = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      expect(cmp).toBeLessThanOrEqual(0);
    }
  });
});
