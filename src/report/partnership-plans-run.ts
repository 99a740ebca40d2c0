import { deterministicValues } from '../ensemble/sample';
import type { EnsembleOptions } from '../ensemble/run';
import type { SummaryRow } from '../ensemble/types';
import { dataBaseYear } from '../model/base-year';
import type { ModelData, Partnership } from '../model/inputs';
import { embedOwnPartnerships } from '../model/own-partnerships';
import { fillSeries } from '../model/param-read';
import type { ResolvedScenario } from '../scenario/types';
import { buildPartnershipPlans, planExtract, readPlanDraws, regionRows, type GrowthPath, type PartnershipPlan, type RegionRow } from './mentor-plan';

/** What {@link planPartnerships} needs besides the scenario, the national data and the partnerships. */
export interface PlanPartnershipsOptions {
  draws: number;
  seed: number;
  /** The year the numbers describe; the plan runs from the year after to the scenario's horizon. */
  enteredYear: number;
  /** Probability of no mentor gap in each year (default 0.8). */
  probability?: number;
  workers?: number;
  /** Runs the ensemble (default: src/ensemble `runEnsemble`); the CLI passes its own with a progress bar. */
  run?: (scenario: ResolvedScenario, data: ModelData, options: EnsembleOptions) => Promise<PlanEnsembleOutput>;
}

/** The parts of an ensemble result the plan reads. */
export interface PlanEnsembleOutput {
  summary: SummaryRow[];
  sums?: SummaryRow[];
  kept?: { width: number; values: Float64Array };
  layout?: { years: readonly number[] };
  method?: string;
  sketch?: { bins: number; pilotDraws: number; maxRankError: number };
  timings?: Readonly<Record<string, number>>;
}

/** The plans, the onderwijsregio rows and the ensemble they came from. */
export interface PartnershipPlansResult {
  plans: PartnershipPlan[];
  regions: RegionRow[];
  result: PlanEnsembleOutput;
  /** The file's partnerships' rows of the summary (breakdown = their ids). */
  summary: SummaryRow[];
  data: ModelData;
  /** Milliseconds: the ensemble (with the embedding) and the plans and regional sums after it. */
  timings: { ensembleMs: number; planMs: number };
}

/**
 * The mentor training plan of each partnership and the onderwijsregio sums, as `sop mentors`
 * computes them: the partnerships are set in the national model (src/model/own-partnerships.ts,
 * numbers as of `enteredYear`, placements never capped), the ensemble keeps each partnership's
 * mentors required and the attrition per draw, and the plan is the stock-flow schedule of
 * src/model/partnership-plan.ts at the chosen probability. Growth path: the partnership's own
 * target (`target`) when it has one, else the scenario's national path.
 *
 * @example
 * const { plans, regions } = await planPartnerships(scenario, loadModelData(), own, { draws: 1000, seed: 1, enteredYear: 2025 });
 * plans[0].years[0].trained; // mentors to train in 2026
 */
export async function planPartnerships(
  scenario: ResolvedScenario,
  national: ModelData,
  partnerships: readonly Partnership[],
  o: PlanPartnershipsOptions,
): Promise<PartnershipPlansResult> {
  const horizon = scenario.horizon;
  const probability = o.probability ?? 0.8;
  const baseYear = dataBaseYear(national);
  if (!(o.enteredYear >= baseYear && o.enteredYear < horizon)) throw new RangeError(`planPartnerships: enteredYear must be from ${baseYear} to ${horizon - 1}, got ${o.enteredYear}`);
  const growth = growthPaths(partnerships, scenario.id, o.enteredYear);
  const ownRegions = new Set(partnerships.filter((_, i) => growth[i].kind === 'own').map((p) => p.onderwijsregio));
  const detailed = new Set(partnerships.filter((p) => ownRegions.has(p.onderwijsregio)).map((p) => p.id));
  const data = embedOwnPartnerships(national, partnerships, scenario, { year: o.enteredYear, uncapped: true });
  const options: EnsembleOptions = {
    draws: o.draws, seed: o.seed, workers: o.workers, partnershipDetail: true, extract: planExtract(partnerships, detailed), quantiles: [probability],
  };
  const run = o.run ?? (async (s, d, opts) => (await import('../ensemble/run')).runEnsemble([s], d, opts));
  const t0 = performance.now();
  const result = await run(scenario, data, options);
  const t1 = performance.now();
  if (!result.kept || !result.sums || !result.layout) throw new Error('planPartnerships: the ensemble returned no kept draws');
  const ids = new Set(partnerships.map((p) => p.id));
  const summary = result.summary.filter((r) => ids.has(r.breakdown));
  const planYears = Array.from({ length: horizon - o.enteredYear }, (_, i) => o.enteredYear + 1 + i);
  const { attrition, perDraw } = readPlanDraws(result.kept, result.layout.years, planYears, partnerships, detailed, o.draws);
  const plans = buildPartnershipPlans({
    summary, draws: o.draws, attrition, perDraw, partnerships, growth,
    enteredYear: o.enteredYear, horizon, probability, rule: fundingRule(scenario, o.enteredYear + 1, horizon),
  });
  const regions = regionRows(plans, result.sums, o.draws);
  const ms = (x: number): number => Math.round(x * 10) / 10;
  return { plans, regions, result, summary, data, timings: { ensembleMs: ms(t1 - t0), planMs: ms(performance.now() - t1) } };
}

/** The funding rule of each year (scenario values at their central setting; the rules are not drawn). */
function fundingRule(scenario: ResolvedScenario, from: number, to: number): (year: number) => { perStudentEur: number; baseEur: number; priceIndex: number } {
  const values = deterministicValues(scenario);
  const n = Math.max(1, to - from + 1);
  const per = fillSeries(values, 'funding.per_student_eur', from, new Float64Array(n));
  const base = fillSeries(values, 'funding.base_per_partnership_eur', from, new Float64Array(n));
  const index = fillSeries(values, 'funding.price_index', from, new Float64Array(n));
  return (year) => ({ perStudentEur: per[year - from], baseEur: base[year - from], priceIndex: index[year - from] });
}

/**
 * Each partnership's growth path: its own target when it entered one (a target beyond the horizon
 * is followed up to the horizon), else the scenario's national path. A target year not after the
 * entered year is an input error (checked by the caller with the file's line).
 */
export function growthPaths(partnerships: readonly Partnership[], scenario: string, enteredYear: number): GrowthPath[] {
  return partnerships.map((p): GrowthPath => {
    if (!p.target || p.target.year <= enteredYear) return { kind: 'national', scenario };
    const from = Object.values(p.students).reduce((s, list) => s + (list ?? []).reduce((a, v) => a + (v > 0 ? v : 0), 0), 0);
    return { kind: 'own', scenario, from, enteredYear, targetYear: p.target.year, target: p.target.students };
  });
}
