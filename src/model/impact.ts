import { readNumber } from './param-read';
import type { Draw } from './draw';
import { IMPACT_CHANNELS, type MetricCode } from './layout';
import type { ModelPlan } from './plan';
import { workforceResult, type WorkforceResult } from './workforce/sectors';
import type { ParamValues } from '../params/types';

/**
 * The impact of SO&P beyond the shortage difference itself (DESIGN §2.4 amendment, §5 added
 * 2026-12), computed inside one draw next to `impact.shortage_fte`:
 *
 * - **Channels.** `impact.shortage_fte` split into the three effects in the order a student meets
 *   them (a sequential decomposition): dropout = the impact with only m_d active (u_e = 0,
 *   m_a = 1); entry = the impact with m_d and u_e active minus that; early attrition = the full
 *   impact minus the impact with m_d and u_e. The channels add up to the full impact. The pipeline
 *   does not depend on u_e or m_a, so the partial impacts reuse the draw's pipeline passes and
 *   cost four extra workforce runs (two per pass), about 40% of a model run (`npm run bench`).
 * - **No effect.** With m_d = 1, u_e = 0, m_a = 1 SO&P-trained and other students follow the same
 *   equations, so the shortage impact is 0 (a test checks it to rounding).
 * - **Guidance time.** `impact.mentor_fte` and `impact.schoolopleider_fte`: the mentor and
 *   schoolopleider time (fte) of the students actually placed, scenario − counterfactual;
 *   `impact.teaching_time_fte` = displacement share × their sum; `impact.net_shortage_fte` =
 *   `impact.shortage_fte` + `impact.teaching_time_fte`. `workforce.shortage_fte` is unchanged.
 * - **Coverage gap.** `sop.coverage_gap_share` = max(0, SO&P share − max(coverage, base-year
 *   share)), with the coverage an assumption (`sop.partner_coverage`).
 *
 * Also applies `effects.scale` to the draw's effects ({@link applyEffectScale}).
 */

/** Per-plan buffers of this file (one plan per thread, like the plan's own scratch). */
interface ImpactScratch {
  /** Partial-effect workforce runs: scenario and counterfactual with m_d only, and with m_d and u_e. */
  scenDropout: WorkforceResult;
  scenEntry: WorkforceResult;
  cfDropout: WorkforceResult;
  cfEntry: WorkforceResult;
  /** Placed SO&P students and their mentor hours per sector and output year, scenario [0] and counterfactual [1]: [(p·3 + k)·nY + y]. */
  placedStudents: Float64Array;
  placedHours: Float64Array;
  /** Series index of impact.shortage_fte per channel and sector (po, vo, mbo, all): [ch·4 + k]. */
  channelSeries: Int32Array;
}

const scratchByPlan = new WeakMap<ModelPlan, ImpactScratch>();

function scratchOf(plan: ModelPlan): ImpactScratch {
  let s = scratchByPlan.get(plan);
  if (s) return s;
  const nY = plan.layout.years.length;
  const channelSeries = new Int32Array(IMPACT_CHANNELS.length * 4).fill(-1);
  const sectors = ['po', 'vo', 'mbo', 'all'];
  plan.layout.series.forEach((k, i) => {
    if (k.metric !== 'impact.shortage_fte') return;
    const ch = (IMPACT_CHANNELS as readonly string[]).indexOf(k.breakdown);
    if (ch >= 0) channelSeries[ch * 4 + sectors.indexOf(k.sector)] = i;
  });
  s = {
    scenDropout: workforceResult(plan.workforce),
    scenEntry: workforceResult(plan.workforce),
    cfDropout: workforceResult(plan.workforce),
    cfEntry: workforceResult(plan.workforce),
    placedStudents: new Float64Array(2 * 3 * nY),
    placedHours: new Float64Array(2 * 3 * nY),
    channelSeries,
  };
  scratchByPlan.set(plan, s);
  return s;
}

/**
 * Scales the draw's three effects by `effects.scale` (k): m_d → 1 − k·(1 − m_d), u_e → k·u_e,
 * m_a → 1 − k·(1 − m_a), multipliers kept ≥ 0. k = 1 leaves the draw as it is.
 *
 * @example
 * applyEffectScale(d, 0); // d.dropoutMultiplier → 1, d.entryUplift → 0, m_a → 1
 */
export function applyEffectScale(d: Draw, k: number): void {
  if (k === 1) return;
  d.dropoutMultiplier = Math.max(0, 1 - k * (1 - d.dropoutMultiplier));
  d.entryUplift = k * d.entryUplift;
  d.workforce.earlyAttritionMultiplier = Math.max(0, 1 - k * (1 - d.workforce.earlyAttritionMultiplier));
}

/**
 * Records the placed SO&P students and their mentor hours of output year y, per sector (called by
 * the pipeline pass once the year's placements are known; `pass` 0 = scenario, 1 = counterfactual).
 */
export function recordPlacements(plan: ModelPlan, d: Draw, pass: 0 | 1, y: number): void {
  const s = scratchOf(plan);
  const nY = plan.layout.years.length;
  const { targetBySector: tbs, cellCap } = plan.scratch;
  for (let k = 0; k < 3; k++) {
    let students = 0;
    let hours = 0;
    for (let c = 0; c < plan.cells; c++) {
      const v = tbs[c * 3 + k] * cellCap[c];
      students += v;
      hours += v * d.hoursPerStudent[c];
    }
    s.placedStudents[(pass * 3 + k) * nY + y] = students;
    s.placedHours[(pass * 3 + k) * nY + y] = hours;
  }
}

/** The entrant and workforce steps of one pipeline pass, as the model runs them. */
export type WorkforcePass = (into: WorkforceResult) => void;

/**
 * Runs the two partial-effect workforce passes (m_d only; m_d and u_e) of the pipeline pass just
 * simulated, restoring the draw's effects afterwards. `pass` 0 = scenario, 1 = counterfactual.
 */
export function runPartialEffects(plan: ModelPlan, d: Draw, pass: 0 | 1, runPass: WorkforcePass): void {
  const s = scratchOf(plan);
  const uplift = d.entryUplift;
  const attrition = d.workforce.earlyAttritionMultiplier;
  d.workforce.earlyAttritionMultiplier = 1;
  d.entryUplift = 0;
  runPass(pass === 0 ? s.scenDropout : s.cfDropout);
  d.entryUplift = uplift;
  runPass(pass === 0 ? s.scenEntry : s.cfEntry);
  d.workforce.earlyAttritionMultiplier = attrition;
}

/**
 * Writes the channel split, the guidance-time metrics, the net impact and the coverage gap of one
 * draw (after the full scenario and counterfactual passes and `impact.shortage_fte`).
 */
export function writeImpactDetail(plan: ModelPlan, d: Draw, values: ParamValues, out: Float64Array): void {
  const s = scratchOf(plan);
  const nY = plan.layout.years.length;
  const wYears = plan.workforce.layout.years;
  const ix = plan.index.sector;
  const at = (code: MetricCode, k: number, y: number): number => {
    const i = ix[code][k];
    return i >= 0 ? out[i * nY + y] : NaN;
  };
  const put = (series: number, y: number, v: number): void => {
    if (series >= 0) out[series * nY + y] = v;
  };
  const displacement = readNumber(values, 'impact.teaching_displacement_share');
  const sloFte = readNumber(values, 'capacity.schoolopleider_fte_per_person');
  // the base year is history: its schoolopleider fte uses the value as history saw it
  const sloFteBase = plan.history ? readNumber(plan.history, 'capacity.schoolopleider_fte_per_person') : sloFte;
  const coverage = readNumber(values, 'sop.partner_coverage');
  const shortage = (w: WorkforceResult, j: number): number => w.demandFte[j] - w.supplyFte[j];
  const cs = s.channelSeries;
  for (let y = 0; y < nY; y++) {
    const sums = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let k = 0; k < 4; k++) {
      let dropout: number;
      let entry: number;
      let attrition: number;
      let mentor: number;
      let slo: number;
      if (k < 3) {
        const j = k * wYears + y;
        const iDropout = shortage(s.scenDropout, j) - shortage(s.cfDropout, j);
        const iEntry = shortage(s.scenEntry, j) - shortage(s.cfEntry, j);
        const total = at('impact.shortage_fte', k, y);
        dropout = iDropout;
        entry = iEntry - iDropout;
        attrition = total - iEntry;
        const hoursScen = s.placedHours[k * nY + y];
        const hoursCf = s.placedHours[(3 + k) * nY + y];
        mentor = (hoursScen - hoursCf) / d.hoursPerFte;
        slo = ((s.placedStudents[k * nY + y] - s.placedStudents[(3 + k) * nY + y]) / d.studentsPerSchoolopleider) * sloFte;
        sums[0] += dropout;
        sums[1] += entry;
        sums[2] += attrition;
        sums[3] += mentor;
        sums[4] += slo;
      } else {
        [dropout, entry, attrition, mentor, slo] = sums;
      }
      put(cs[0 * 4 + k], y, dropout);
      put(cs[1 * 4 + k], y, entry);
      put(cs[2 * 4 + k], y, attrition);
      const teaching = displacement * (mentor + slo);
      put(ix['impact.mentor_fte'][k], y, mentor);
      put(ix['impact.schoolopleider_fte'][k], y, slo);
      put(ix['impact.teaching_time_fte'][k], y, teaching);
      put(ix['impact.net_shortage_fte'][k], y, at('impact.shortage_fte', k, y) + teaching);
      put(ix['capacity.schoolopleider_fte'][k], y, at('capacity.schoolopleiders_required', k, y) * (y === 0 ? sloFteBase : sloFte));
      const share = at('sop.share', k, y);
      const floor = Math.max(coverage, at('sop.share', k, 0));
      put(ix['sop.coverage_gap_share'][k], y, Math.max(0, share - floor));
    }
  }
}
