/**
 * The mentor training plan (issue #17): the schedule replayed on the draws leaves no gap in any
 * year at the chosen probability, its total is the sum of its years, and an onderwijsregio's sum
 * (two partnerships, hand-computed) takes its band from the draws of the sum.
 */
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPartnershipFile } from '../../src/data/partnership-file';
import { loadModelData } from '../../src/data';
import { runEnsembleSync } from '../../src/ensemble/run';
import { quantileSorted7 } from '../../src/ensemble/quantile';
import type { Partnership } from '../../src/model/inputs';
import { embedOwnPartnerships } from '../../src/model/own-partnerships';
import { coveringQuantile, planMentorTraining, replayMentors } from '../../src/model/partnership-plan';
import { buildPartnershipPlans, ownPathStudents, planExtract, readPlanDraws, regionRows, type GrowthPath, type PartnershipPlan } from '../../src/report/mentor-plan';
import { loadScenario } from '../../src/scenario/load';

const ROOT = path.resolve(__dirname, '..', '..');

describe('planMentorTraining (hand-computed)', () => {
  it('one draw: trains exactly what each year lacks after attrition', () => {
    const p = planMentorTraining({ draws: 1, years: 3, required: [120, 150, 100], attrition: [0.1], startStock: 100, probability: 0.8 });
    // 100·0.9 = 90 → 30; 120·0.9 = 108 → 42; 150·0.9 = 135 ≥ 100 → 0
    expect(p.trained).toEqual([30, 42, 0]);
    expect([...p.stock]).toEqual([120, 150, 135]);
  });

  it('several draws: the ⌈q·n⌉-th smallest need, rounded up to whole mentors', () => {
    // 5 draws, no attrition, start 0: needs 10, 11.2, 12, 13, 50 → ⌈0.8·5⌉ = 4th smallest = 13
    const p = planMentorTraining({ draws: 5, years: 1, required: [10, 11.2, 12, 13, 50], attrition: [0, 0, 0, 0, 0], startStock: 0, probability: 0.8 });
    expect(p.trained).toEqual([13]);
    expect(coveringQuantile([5, 1, 3, 2, 4], 0.8)).toBe(4);
    expect(coveringQuantile([5, 1, 3, 2, 4], 1)).toBe(5);
  });

  it('replayMentors gives back the plan\'s stocks', () => {
    const attrition = [0.05, 0.12, 0.2];
    const required = [50, 60, 70, 55, 65, 80, 40, 70, 90];
    const p = planMentorTraining({ draws: 3, years: 3, required, attrition, startStock: 45, probability: 2 / 3 });
    expect([...replayMentors(45, p.trained, attrition)]).toEqual([...p.stock]);
  });
});

/** Runs the plan the way `sop mentors` does, in-process (growth: national unless given). */
function runPlans(
  partnerships: Partnership[],
  o: { draws: number; horizon: number; enteredYear: number; q: number; growth?: GrowthPath[] },
): { plans: PartnershipPlan[]; result: ReturnType<typeof runEnsembleSync>; students: Float64Array[] } {
  const scenario = loadScenario('ambitie-2030', { cwd: ROOT, horizon: o.horizon, overrides: { 'capacity.base_mentors': 'table' } });
  const national = loadModelData();
  const data = embedOwnPartnerships(national, partnerships, scenario, { year: o.enteredYear, uncapped: true });
  const growth = o.growth ?? partnerships.map(() => ({ kind: 'national' as const, scenario: scenario.id }));
  const ownRegions = new Set(partnerships.filter((_, i) => growth[i].kind === 'own').map((p) => p.onderwijsregio));
  const detailed = new Set(partnerships.filter((p) => ownRegions.has(p.onderwijsregio)).map((p) => p.id));
  const extract = planExtract(partnerships, detailed);
  // also keep every partnership's students (after the plan's series, before the attrition), to check regional sums
  const keep = [...(extract.keep ?? []), ...partnerships.map((p) => ({ metric: 'sop.students', sector: 'all' as const, breakdown: p.id }))];
  const result = runEnsembleSync([scenario], data, { draws: o.draws, seed: 11, partnershipDetail: true, extract: { ...extract, keep }, quantiles: [o.q] });
  const planYears = Array.from({ length: o.horizon - o.enteredYear }, (_, i) => o.enteredYear + 1 + i);
  const { attrition, perDraw } = readPlanDraws(result.kept!, result.layout.years, planYears, partnerships, detailed, o.draws);
  const plans = buildPartnershipPlans({
    summary: result.summary.filter((r) => partnerships.some((p) => p.id === r.breakdown)),
    draws: o.draws, attrition, perDraw, partnerships, growth,
    enteredYear: o.enteredYear, horizon: o.horizon, probability: o.q,
    rule: () => ({ perStudentEur: 1250, baseEur: 0 }),
  });
  // the extra kept students, per partnership, over all layout years (draw-major)
  const k = result.kept!;
  const ny = result.layout.years.length;
  const first = (extract.keep ?? []).length;
  const students = partnerships.map((_, i) => Float64Array.from({ length: o.draws * ny }, (_, j) => k.values[Math.floor(j / ny) * k.width + (first + i) * ny + (j % ny)]));
  return { plans, result, students };
}

/** Replays a plan on the draws: the share of draws without a gap in each year. */
function replayCoverage(plan: PartnershipPlan, attrition: Float64Array): number[] {
  const nY = plan.years.length;
  const stock = replayMentors(plan.mentorsEntered, plan.years.map((y) => y.trained), attrition);
  return plan.years.map((_, t) => {
    let ok = 0;
    for (let d = 0; d < attrition.length; d++) if (plan.required[d * nY + t] <= stock[d * nY + t]) ok++;
    return ok / attrition.length;
  });
}

function attritionOf(result: ReturnType<typeof runEnsembleSync>): Float64Array {
  const k = result.kept!;
  return Float64Array.from({ length: result.draws }, (_, d) => k.values[d * k.width + k.width - 1]);
}

describe('the plan replayed on the draws', () => {
  it('illustrative table: no gap in any year at 80% for every partnership; total = sum of the years', () => {
    const table = readPartnershipFile(path.join(ROOT, 'data', 'partnerships', 'illustrative.csv'));
    const { plans, result } = runPlans(table.partnerships, { draws: 200, horizon: 2030, enteredYear: 2025, q: 0.8 });
    const a = attritionOf(result);
    expect(plans).toHaveLength(table.partnerships.length);
    let anyTraining = 0;
    for (const plan of plans) {
      expect(plan.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
      for (const c of replayCoverage(plan, a)) expect(c).toBeGreaterThanOrEqual(0.8);
      expect(plan.totalTrained).toBe(plan.years.reduce((s, y) => s + y.trained, 0));
      for (const y of plan.years) {
        expect(Number.isInteger(y.trained) && y.trained >= 0).toBe(true);
        expect(y.gap.atQ).toBe(0);
        expect(y.covered).toBeGreaterThanOrEqual(0.8);
      }
      anyTraining += plan.totalTrained;
    }
    expect(anyTraining).toBeGreaterThan(0);
  });

  it('a hand-made partnership, numbers of 2026: no gap at 90%; one mentor less in a training year leaves a gap', () => {
    const mine: Partnership = {
      id: 'P500', name: 'Handgemaakt', sector: 'po', onderwijsregio: 'Regio Test', mentorsAvailable: 60, schoolopleiders: 3,
      students: { pabo: [40, 35, 30, 28] },
    };
    const { plans, result } = runPlans([mine], { draws: 300, horizon: 2032, enteredYear: 2026, q: 0.9 });
    const plan = plans[0];
    const a = attritionOf(result);
    expect(plan.years[0].year).toBe(2027);
    const coverage = replayCoverage(plan, a);
    for (const c of coverage) expect(c).toBeGreaterThanOrEqual(0.9);
    expect(plan.totalTrained).toBe(plan.years.reduce((s, y) => s + y.trained, 0));
    // the plan is tight: train one mentor less in the first year that trains any, and that year falls below 90%
    const t = plan.years.findIndex((y) => y.trained > 0);
    expect(t).toBeGreaterThanOrEqual(0);
    const less = plan.years.map((y, i) => (i === t ? y.trained - 1 : y.trained));
    const stock = replayMentors(plan.mentorsEntered, less, a);
    let ok = 0;
    for (let d = 0; d < a.length; d++) if (plan.required[d * plan.years.length + t] <= stock[d * plan.years.length + t]) ok++;
    expect(ok / a.length).toBeLessThan(0.9);
    // the stock bands (read through the attrition order) are the type-7 quantiles of the draws' stocks
    const nY = plan.years.length;
    for (let t = 0; t < nY; t++) {
      const sorted = Float64Array.from({ length: a.length }, (_, d) => plan.stock[d * nY + t]).sort();
      expect(plan.years[t].endStock.p05).toBeCloseTo(quantileSorted7(sorted, 0.05), 9);
      expect(plan.years[t].endStock.p50).toBeCloseTo(quantileSorted7(sorted, 0.5), 9);
      expect(plan.years[t].endStock.p95).toBeCloseTo(quantileSorted7(sorted, 0.95), 9);
      if (t > 0) expect(plan.years[t].startStock).toEqual(plan.years[t - 1].endStock);
    }
    // stock-flow identity per year (medians of per-draw identities hold draw by draw; check the means)
    for (const y of plan.years) expect(y.startStock.mean - y.left.mean + y.trained).toBeCloseTo(y.endStock.mean, 9);
  });
});

describe('an own target path', () => {
  it('students follow the target exactly, the plan still covers 80%, and the region sums the own path', () => {
    const mine: Partnership[] = [
      { id: 'P700', name: 'Eigen doel', sector: 'po', onderwijsregio: 'Regio Doel', mentorsAvailable: 60, schoolopleiders: 3, students: { pabo: [40, 35, 30, 28] }, target: { year: 2029, students: 200 } },
      { id: 'P701', name: 'Landelijk', sector: 'po', onderwijsregio: 'Regio Doel', mentorsAvailable: 30, schoolopleiders: 1, students: { pabo: [20, 15, 15, 10] } },
    ];
    const own: GrowthPath = { kind: 'own', scenario: 'ambitie-2030', from: 133, enteredYear: 2025, targetYear: 2029, target: 200 };
    const { plans, result } = runPlans(mine, { draws: 150, horizon: 2030, enteredYear: 2025, q: 0.8, growth: [own, { kind: 'national', scenario: 'ambitie-2030' }] });
    const plan = plans[0];
    // 133 → 200 over 2025–2029: 149.75, 166.5, 183.25, 200, then flat
    expect(plan.years.map((y) => y.students.p50)).toEqual([149.75, 166.5, 183.25, 200, 200]);
    expect(ownPathStudents(own, 2031)).toBe(200);
    for (const c of replayCoverage(plan, attritionOf(result))) expect(c).toBeGreaterThanOrEqual(0.8);
    const rows = regionRows(plans, result.sums, 150);
    const students2030 = rows.find((r) => r.metric === 'sop.students' && r.year === 2030)!;
    // the region's students: 200 (own path, every draw) + the national-path partnership's draws
    expect(students2030.p50 - 200).toBeCloseTo(plans[1].years[4].students.p50, 6);
  });
});

describe('onderwijsregio sums', () => {
  const two: Partnership[] = [
    { id: 'P601', name: 'A', sector: 'po', onderwijsregio: 'Regio Twee', mentorsAvailable: 50, schoolopleiders: 2, students: { pabo: [30, 25, 20, 20] } },
    { id: 'P602', name: 'B', sector: 'vo', onderwijsregio: 'Regio Twee', mentorsAvailable: 40, schoolopleiders: 1, students: { 'hbo-2e-graads': [20, 15, 15, 12] } },
  ];
  let run: ReturnType<typeof runPlans>;
  beforeAll(() => {
    run = runPlans(two, { draws: 250, horizon: 2030, enteredYear: 2025, q: 0.8 });
  });

  it('students: the band of the per-draw sum of the two partnerships (not summed quantiles)', () => {
    const rows = regionRows(run.plans, run.result.sums, 250);
    const ny = run.result.layout.years.length;
    const yi = run.result.layout.years.indexOf(2030);
    const at = (d: number, p: number): number => run.students[p][d * ny + yi];
    const sum = Float64Array.from({ length: 250 }, (_, d) => at(d, 0) + at(d, 1)).sort();
    const row = rows.find((r) => r.year === 2030 && r.metric === 'sop.students')!;
    expect(row.onderwijsregio).toBe('Regio Twee');
    expect(row.p05).toBeCloseTo(quantileSorted7(sum, 0.05), 9);
    expect(row.p50).toBeCloseTo(quantileSorted7(sum, 0.5), 9);
    expect(row.p95).toBeCloseTo(quantileSorted7(sum, 0.95), 9);
    const a = Float64Array.from({ length: 250 }, (_, d) => at(d, 0)).sort();
    const b = Float64Array.from({ length: 250 }, (_, d) => at(d, 1)).sort();
    expect(Math.abs(row.p95 - (quantileSorted7(a, 0.95) + quantileSorted7(b, 0.95)))).toBeGreaterThan(1e-6);
  });

  it('a hand-computed region: available = per-draw sum of stocks, to train = sum of plans', () => {
    const plan = (id: string, trained: number[], stock: number[]): PartnershipPlan => ({
      id, name: id, onderwijsregio: 'R', enteredYear: 2025, probability: 0.8, mentorsEntered: 0, schoolopleidersEntered: 0,
      growth: { kind: 'national', scenario: 's' } as GrowthPath, totalTrained: trained.reduce((s, x) => s + x, 0),
      stock: Float64Array.from(stock), required: new Float64Array(stock.length),
      years: trained.map((t, i) => ({ year: 2026 + i, trained: t } as PartnershipPlan['years'][number])),
    });
    // 4 draws × 1 year: stocks A = 10, 20, 30, 40 and B = 40, 10, 30, 0 → sums 50, 30, 60, 40
    const plans = [plan('A', [7], [10, 20, 30, 40]), plan('B', [5], [40, 10, 30, 0])];
    const sums = ['sop.students', 'capacity.mentors_required', 'capacity.schoolopleiders_required', 'capacity.mentor_hours', 'capacity.mentor_fte', 'capacity.budget_eur']
      .map((metric) => ({ scenario: 's', year: 2026, sector: 'all' as const, breakdown: 'region:R', metric, unit: 'persons' as const, mean: 1, p05: 0, p50: 1, p95: 2 }));
    const rows = regionRows(plans, sums, 4);
    const avail = rows.find((r) => r.metric === 'capacity.mentors_available')!;
    // sorted sums 30, 40, 50, 60: mean 45; type 7: p05 = 30 + 0.15·10 = 31.5, p50 = 45, p95 = 50 + 0.85·10 = 58.5
    expect(avail).toMatchObject({ onderwijsregio: 'R', year: 2026, unit: 'persons', mean: 45, p05: 31.5, p50: 45, p95: 58.5 });
    expect(rows.find((r) => r.metric === 'capacity.mentors_to_train')).toMatchObject({ mean: 12, p05: 12, p50: 12, p95: 12 });
    expect(rows.map((r) => r.metric)).toEqual(['sop.students', 'capacity.mentors_required', 'capacity.mentors_available', 'capacity.mentors_to_train', 'capacity.schoolopleiders_required', 'capacity.mentor_hours', 'capacity.mentor_fte', 'capacity.budget_eur']);
  });
});
