import { ROUTES } from './domain';
import { readDraw, type Draw } from './draw';
import { partnershipFunding, zijInstroomSubsidy } from './funding';
import { capacityYear, mentorMix, mentorsRequired, nextMentors, partnershipSums } from './capacity';
import type { MetricCode } from './layout';
import { stepRoute, clamp01 } from './pipeline';
import { applyEffectScale, recordPlacements, runPartialEffects, writeImpactDetail } from './impact';
import { readNumber } from './param-read';
import type { ModelPlan } from './plan';
import { expit, nationalLogitAt, projectSectorShare } from './sop-share';
import { runWorkforce, type WorkforceResult } from './workforce/sectors';
import { calibrateOther } from './workforce/calibrate';
import { ORIGINS } from './workforce/origins';
import type { ParamValues } from '../params/types';

export { planModel, scenarioValues, INDICATOR_ROUTES } from './plan';
export type { ModelPlan, PlanOptions, AppliedRule } from './plan';

/**
 * One draw of the model: pipeline → capacity → workforce for the scenario, then the same with
 * the SO&P share frozen at the base year (the counterfactual), and impact = shortage(scenario) −
 * shortage(counterfactual), with its split by channel, guidance time and net figure
 * (src/model/impact.ts). Fills and returns `out` (length series × years, see
 * `plan.layout`); allocates nothing else. Deterministic and pure apart from the plan's scratch
 * buffers, which it overwrites (one plan per thread).
 *
 * @example
 * const plan = planModel(loadScenario('baseline'), loadModelData());
 * const out = runModel(plan, scenarioValues(loadScenario('baseline')));
 * const s = plan.layout.series.findIndex((k) => k.metric === 'workforce.shortage_fte' && k.sector === 'po' && k.breakdown === 'all');
 * out[s * plan.layout.years.length + 6]; // po shortage (fte) in 2030
 */
export function runModel(plan: ModelPlan, values: ParamValues, out?: Float64Array, history?: ParamValues): Float64Array {
  const nY = plan.layout.years.length;
  const size = plan.layout.series.length * nY;
  const result = out ?? new Float64Array(size);
  if (result.length !== size) throw new RangeError(`runModel: out must have ${size} values, got ${result.length}`);
  result.fill(0);
  const s = plan.scratch;
  const d = readDraw(plan, values, s.draw);
  applyEffectScale(d, readNumber(values, 'effects.scale'));
  // The history draw: the base year and the calibration (docs/methods.md §4.5).
  let h: Draw;
  if (history === values) h = d;
  else if (history) {
    h = readDraw(plan, history, s.historyDraw);
    s.historyIsPlan = false;
  } else {
    if (!s.historyIsPlan) {
      readDraw(plan, plan.history, s.historyDraw);
      s.historyIsPlan = true;
    }
    h = s.historyDraw;
  }
  preparePartnerships(plan, d, s.weightPerMentor, s.weightHours);
  if (h !== d) preparePartnerships(plan, h, s.weightPerMentorHistory, s.weightHoursHistory);
  simulate(plan, d, h, false, result);
  const src = { regular: s.entrantsRegular, sop: s.entrantsSop, entryAge: d.entryAge };
  const srcHistory = { regular: s.entrantsRegularHistory, sop: s.entrantsSopHistory, entryAge: h.entryAge };
  fillEntrants(plan, h, srcHistory.regular, srcHistory.sop);
  calibrateOther(plan.workforce, h.workforce, srcHistory, s.calibration, s.otherPersons);
  const workforcePass = (into: WorkforceResult): void => {
    fillEntrants(plan, d, src.regular, src.sop);
    runWorkforce(plan.workforce, d.workforce, src, s.otherPersons, into);
  };
  runPartialEffects(plan, d, 0, workforcePass);
  workforcePass(s.workforce);
  writeWorkforce(plan, d, s.workforce, result);
  simulate(plan, d, h, true, null);
  runPartialEffects(plan, d, 1, workforcePass);
  workforcePass(s.counterfactual);
  writeImpact(plan, s.workforce, s.counterfactual, result);
  writeImpactDetail(plan, d, values, result);
  return result;
}

/** Per-draw partnership arrays (parallel to the sparse rows): w/studentsPerMentor and w·hours. */
function preparePartnerships(plan: ModelPlan, d: Draw, weightPerMentor: Float64Array, weightHours: Float64Array): void {
  const { cells } = plan;
  const P = plan.partnerships;
  for (let j = 0; j < P.sparseDense.length; j++) {
    const dense = P.sparseDense[j];
    const c = dense % cells;
    const spmLocal = P.studentsPerMentorLocal[dense];
    const hLocal = P.hoursPerStudentLocal[dense];
    const spm = spmLocal > 0 ? spmLocal : d.studentsPerMentor[c];
    weightPerMentor[j] = spm > 0 ? P.sparseWeight[j] / spm : 0;
    weightHours[j] = P.sparseWeight[j] * (hLocal >= 0 ? hLocal : d.hoursPerStudent[c]);
  }
}

/**
 * The pipeline and capacity over all simulated years. With `out`, writes the student, SO&P and
 * capacity metrics of the output years; `frozen` keeps the sector shares at their base-year value.
 * Years up to the base year run on the history draw `h`, later years on the scenario's `d`
 * (calibration on history only: a scenario never moves a base-year figure).
 */
function simulate(plan: ModelPlan, dFuture: Draw, h: Draw, frozen: boolean, out: Float64Array | null): void {
  // Every cohort leaves within K_max years, so enrolment in B depends only on the inflow of the
  // K_max years before it: starting there gives exactly the same state as starting in firstYear.
  // The counterfactual (frozen) starts in B from the scenario's state saved there.
  const { cells, cellOffset, studyYears, simYears, baseIndex, firstYear, baseYear, cellRoute } = plan;
  const s = plan.scratch;
  const P = plan.partnerships;
  const nP = P.count;
  const nR = ROUTES.length;
  const nY = plan.layout.years.length;
  const E = s.enrolled.fill(0);
  const next = s.next.fill(0);
  let maxK = 0;
  for (let r = 0; r < nR; r++) maxK = Math.max(maxK, studyYears[r]);
  const start = frozen ? baseIndex : Math.max(0, baseIndex - maxK);
  if (frozen) E.set(s.enrolledAtBase);
  // M[p,t] = M[p,B]·m(t) when every partnership trains at the registry rate
  const proportionalMentors = !P.anyTrainedFromTable && !(dFuture.baseMentorsFromTable && P.fromTable);
  const detail = P.detailIds.length > 0;
  const detailSums = out && detail ? { weightHours: s.weightHours, target: s.partnershipTarget, hours: s.partnershipHours } : undefined;
  const historyWeights = h !== dFuture;
  let mentorFactor = 1;
  const { target, targetBySector: tbs, placed, cellCap, acc, required, available, availablePrev, mentorsBase, capFactor } = s;
  const pis = [0, 0, 0];
  const ix = plan.index;
  const put = (series: number, y: number, v: number): void => {
    if (out && series >= 0) out[series * nY + y] = v;
  };

  for (let i = start; i < simYears; i++) {
    const t = firstYear + i;
    const y = i - baseIndex;
    // history up to the base year, the scenario after it
    const d = i <= baseIndex ? h : dFuture;
    const weightPerMentor = i <= baseIndex && historyWeights ? s.weightPerMentorHistory : s.weightPerMentor;
    const weightHours = i <= baseIndex && historyWeights ? s.weightHoursHistory : s.weightHours;
    // Inflow into study year 1 (the counterfactual's is the scenario's, computed in its pass).
    for (let r = 0; r < nR; r++) {
      if (frozen) {
        E[cellOffset[r]] = s.inflow[r * simYears + i];
        continue;
      }
      // after B a route without observations runs on the scenario's fallback inflow
      const hist = i > baseIndex && plan.noObservations[r] ? d.inflowFallback[r] : plan.inflowHistory[r * simYears + Math.min(i, baseIndex)];
      const inflow =
        i <= baseIndex
          ? hist
          : hist * d.inflowLevelFactor[r] * Math.pow(1 + d.inflowGrowthRate[r], t - baseYear) * d.inflowIndex[r * simYears + i];
      const v = inflow > 0 ? inflow : 0;
      s.inflow[r * simYears + i] = v;
      E[cellOffset[r]] = v;
    }
    if (i === baseIndex && !frozen) s.enrolledAtBase.set(E);
    // Sector target shares.
    for (let k = 0; k < 3; k++) {
      let pi: number;
      if (i <= baseIndex) {
        pi = expit(nationalLogitAt(plan.sop, t, d.slopeFactor, d.logitShift) + plan.sectorLogitOffset[k]);
        if (i === baseIndex) s.baseShare[k] = pi;
      } else if (frozen) pi = s.baseShare[k];
      else {
        const logistic = d.trajectory === 'logistic' ? expit(nationalLogitAt(plan.sop, t, d.slopeFactor, d.logitShift) + plan.sectorLogitOffset[k]) : 0;
        pi = projectSectorShare(d.trajectory, s.baseShare[k], logistic, t, baseYear, d.targetShare[k], d.targetYear[k]);
      }
      pis[k] = clamp01(pi);
    }
    for (let c = 0; c < cells; c++) {
      const r = cellRoute[c];
      let sum = 0;
      for (let k = 0; k < 3; k++) {
        const v = d.split[r * 3 + k] * pis[k] * E[c];
        tbs[c * 3 + k] = v;
        sum += v;
      }
      target[c] = sum;
    }
    // Capacity (from the base year on). In the counterfactual the share is frozen, so when every
    // partnership's mentors grow in proportion (m(t), trained from the rate) no partnership can be
    // capped while max_c E[c,t]/E[c,B] ≤ (1 + slack)·m(t): R[p,t] ≤ R[p,B]·that ratio ≤ M[p,t].
    // Then the per-partnership work is skipped (it has no outputs in the counterfactual).
    let skipCapacity = false;
    if (frozen && i >= baseIndex && proportionalMentors) {
      let rho = 0;
      for (let c = 0; c < cells; c++) {
        const b = s.enrolledAtBase[c];
        if (b > 0) rho = Math.max(rho, E[c] / b);
        else if (E[c] > 0) rho = Infinity;
      }
      skipCapacity = !d.capOn || rho <= (1 + d.baseSlack) * mentorFactor;
      if (!skipCapacity) for (let p = 0; p < nP; p++) available[p] = mentorsBase[p] * mentorFactor;
    }
    if (skipCapacity) cellCap.fill(1);
    else if (i > baseIndex) {
      // the mentors available are known: one fused pass (the same bits as the base year's steps)
      capacityYear(P.rows, P.sparseWeight, s.weightPerMentor, target, available, d.capOn, required, capFactor, cellCap, detailSums, s.mentorMix);
    } else if (i === baseIndex) {
      if (out && detail) {
        partnershipSums(P.rows, weightPerMentor, P.sparseWeight, weightHours, target, required, s.partnershipTarget, s.partnershipHours);
      } else mentorsRequired(P.rows, weightPerMentor, target, required);
      mentorMix(P.rows, weightPerMentor, target, s.mentorMix);
      for (let p = 0; p < nP; p++) {
        const table = P.mentorsTable[p];
        available[p] = d.baseMentorsFromTable && P.fromTable && table >= 0 ? table : required[p] * (1 + d.baseSlack);
        availablePrev[p] = available[p];
        mentorsBase[p] = available[p];
      }
      // The base year is measured: its SO&P share is never capped (a partnership table with fewer
      // mentors than required shows as a mentor shortfall, not as a lower base-year share).
      capFactor.fill(1);
      cellCap.fill(1);
    } else cellCap.fill(1);
    for (let c = 0; c < cells; c++) placed[c] = target[c] * cellCap[c];
    if (y >= 0) recordPlacements(plan, d, frozen ? 1 : 0, y);

    if (out && y >= 0) writeYear(plan, d, out, y, i);

    // One school year of every route.
    for (let r = 0; r < nR; r++) {
      stepRoute(E, placed, cellOffset[r], studyYears[r], d.dropout, d.graduation, d.dropoutMultiplier, next, acc);
      s.graduatesSop[r * simYears + i] = acc[0];
      s.graduatesRegular[r * simYears + i] = acc[1];
      if (out && y >= 0) {
        const grads = acc[0] + acc[1];
        const drops = acc[2] + acc[3];
        put(ix.route['students.graduates'][r], y, grads);
        put(ix.route['students.dropouts'][r], y, drops);
        for (let k = 0; k < 3; k++) {
          const f = d.split[r * 3 + k];
          if (f === 0) continue;
          addTo(out, ix.sector['students.graduates'][k], nY, y, grads * f);
          addTo(out, ix.sector['students.dropouts'][k], nY, y, drops * f);
        }
        addTo(out, ix.sector['students.graduates'][3], nY, y, grads);
        addTo(out, ix.sector['students.dropouts'][3], nY, y, drops);
      }
    }
    // Mentors next year.
    if (i >= baseIndex) {
      const growth = Math.pow(1 + dFuture.mentorsTrainedGrowthRate, y);
      mentorFactor = mentorFactor * (1 - dFuture.mentorAttritionRate) + dFuture.mentorsTrainedRate * growth;
      if (frozen && proportionalMentors) {
        E.set(next);
        continue;
      }
      for (let p = 0; p < nP; p++) {
        const own = P.trainedPerYear[p];
        const trained = (own >= 0 ? own : dFuture.mentorsTrainedRate * mentorsBase[p]) * growth;
        availablePrev[p] = available[p];
        available[p] = nextMentors(available[p], dFuture.mentorAttritionRate, trained);
      }
    }
    E.set(next);
  }
}

function addTo(out: Float64Array, series: number, nY: number, y: number, v: number): void {
  if (series >= 0) out[series * nY + y] += v;
}

/** Student, SO&P and capacity metrics of output year y (simulated year i), before the year's flows. */
function writeYear(plan: ModelPlan, d: Draw, out: Float64Array, y: number, i: number): void {
  const { cells, cellRoute, simYears } = plan;
  const s = plan.scratch;
  const ix = plan.index;
  const nY = plan.layout.years.length;
  const nR = ROUTES.length;
  const P = plan.partnerships;
  const { target, targetBySector: tbs, placed, cellCap, required, available, availablePrev, capFactor } = s;
  const priceIndex = d.priceIndex[y];
  const put = (series: number, v: number): void => {
    if (series >= 0) out[series * nY + y] = v;
  };
  const add = (series: number, v: number): void => {
    if (series >= 0) out[series * nY + y] += v;
  };
  // Per route and per sector, from cells.
  let indicatorEnrolled = 0;
  let indicatorPlaced = 0;
  let placedAll = 0;
  let targetAll = 0;
  let hoursAll = 0;
  // Per sector k: enrolled [k], placed [3 + k], target [6 + k], and the sector metrics summed cell
  // by cell (the same sums in the same order as adding into `out`): mentors required [9 + k],
  // mentor hours [12 + k], mentor fte [15 + k].
  const sums = s.sectorSums.fill(0);
  const { studentsPerMentor, hoursPerStudent, hoursPerFte } = d;
  const enrolledNow = s.enrolled;
  for (let r = 0; r < nR; r++) {
    let enrolled = 0;
    let placedR = 0;
    let requiredR = 0;
    let hoursR = 0;
    const from = plan.cellOffset[r];
    const to = from + plan.studyYears[r];
    for (let c = from; c < to; c++) {
      enrolled += enrolledNow[c];
      placedR += placed[c];
      const spm = studentsPerMentor[c];
      const tc = target[c];
      const hps = hoursPerStudent[c];
      requiredR += spm > 0 ? tc / spm : 0;
      hoursR += tc * hps;
      const cap = cellCap[c];
      for (let k = 0; k < 3; k++) {
        const tv = tbs[c * 3 + k];
        if (tv === 0) continue;
        sums[3 + k] += tv * cap;
        sums[6 + k] += tv;
        sums[9 + k] += spm > 0 ? tv / spm : 0;
        sums[12 + k] += tv * hps;
        sums[15 + k] += (tv * hps) / hoursPerFte;
      }
    }
    const inflow = s.inflow[r * simYears + i];
    put(ix.route['students.inflow'][r], inflow);
    put(ix.route['students.enrolled'][r], enrolled);
    put(ix.route['sop.students'][r], placedR);
    put(ix.route['sop.share'][r], enrolled > 0 ? clamp01(placedR / enrolled) : 0);
    put(ix.route['capacity.mentors_required'][r], requiredR);
    put(ix.route['capacity.mentor_hours'][r], hoursR);
    put(ix.route['capacity.mentor_fte'][r], hoursR / d.hoursPerFte);
    put(ix.route['capacity.budget_eur'][r], partnershipFunding(d.perStudentEur[y], placedR, 0, priceIndex));
    const subsidy = ROUTES[r] === 'zij-instroom' ? zijInstroomSubsidy(d.zijSubsidyEur[y], inflow, priceIndex) : 0;
    if (subsidy !== 0) put(ix.route['funding.zij_instroom_subsidy_eur'][r], subsidy);
    for (let k = 0; k < 3; k++) {
      const f = d.split[r * 3 + k];
      if (f === 0) continue;
      sums[k] += f * enrolled;
      add(ix.sector['students.inflow'][k], f * inflow);
      add(ix.sector['students.enrolled'][k], f * enrolled);
      add(ix.sector['funding.zij_instroom_subsidy_eur'][k], subsidy * f);
    }
    add(ix.sector['students.inflow'][3], inflow);
    add(ix.sector['students.enrolled'][3], enrolled);
    add(ix.sector['funding.zij_instroom_subsidy_eur'][3], subsidy);
    if (plan.indicatorRoute[r]) {
      indicatorEnrolled += enrolled;
      indicatorPlaced += placedR;
    }
    placedAll += placedR;
    hoursAll += hoursR;
  }
  for (let c = 0; c < cells; c++) targetAll += target[c];
  const partnershipsPaid = P.fromTable ? P.count : d.partnershipsCount;
  const baseGrant = d.basePerPartnershipEur[y] * partnershipsPaid;
  for (let k = 0; k < 3; k++) {
    const placedK = sums[3 + k];
    put(ix.sector['sop.students'][k], placedK);
    put(ix.sector['sop.share'][k], sums[k] > 0 ? clamp01(placedK / sums[k]) : 0);
    put(ix.sector['capacity.schoolopleiders_required'][k], sums[6 + k] / d.studentsPerSchoolopleider);
    put(ix.sector['capacity.budget_eur'][k], partnershipFunding(d.perStudentEur[y], placedK, placedAll > 0 ? (baseGrant * placedK) / placedAll : baseGrant / 3, priceIndex));
    put(ix.sector['capacity.mentors_required'][k], sums[9 + k]);
    put(ix.sector['capacity.mentor_hours'][k], sums[12 + k]);
    put(ix.sector['capacity.mentor_fte'][k], sums[15 + k]);
  }
  // National (sector all).
  let requiredAll = 0;
  let availableAll = 0;
  let shortfall = 0;
  let toTrain = 0;
  const keep = 1 - d.mentorAttritionRate;
  for (let p = 0; p < P.count; p++) {
    requiredAll += required[p];
    availableAll += available[p];
    shortfall += Math.max(0, required[p] - available[p]);
    toTrain += Math.max(0, required[p] - availablePrev[p] * keep);
  }
  put(ix.sector['sop.students'][3], placedAll);
  put(ix.sector['sop.share'][3], indicatorEnrolled > 0 ? clamp01(indicatorPlaced / indicatorEnrolled) : 0);
  put(ix.sector['capacity.mentors_required'][3], requiredAll);
  put(ix.sector['capacity.mentors_available'][3], availableAll);
  put(ix.sector['capacity.mentor_shortfall'][3], shortfall);
  put(ix.sector['capacity.mentors_to_train'][3], toTrain);
  put(ix.sector['capacity.mentor_hours'][3], hoursAll);
  put(ix.sector['capacity.mentor_fte'][3], hoursAll / d.hoursPerFte);
  put(ix.sector['capacity.schoolopleiders_required'][3], targetAll / d.studentsPerSchoolopleider);
  put(ix.sector['capacity.budget_eur'][3], partnershipFunding(d.perStudentEur[y], placedAll, baseGrant, priceIndex));

  // Per partnership.
  const ids = P.detailIds;
  if (ids.length > 0) {
    const pi = ix.partnership;
    const iStudents = pi['sop.students'];
    const iRequired = pi['capacity.mentors_required'];
    const iAvailable = pi['capacity.mentors_available'];
    const iShortfall = pi['capacity.mentor_shortfall'];
    const iToTrain = pi['capacity.mentors_to_train'];
    const iHours = pi['capacity.mentor_hours'];
    const iFte = pi['capacity.mentor_fte'];
    const iSchool = pi['capacity.schoolopleiders_required'];
    const iBudget = pi['capacity.budget_eur'];
    const perStudent = d.perStudentEur[y];
    const base = d.basePerPartnershipEur[y];
    // Σ_j w·S* and Σ_j w·hours·S* per partnership: summed with the mentors required (simulate).
    const { partnershipTarget, partnershipHours } = s;
    for (let p = 0; p < ids.length; p++) {
      const targetP = partnershipTarget[p];
      const hoursP = partnershipHours[p];
      const placedP = targetP * capFactor[p];
      out[iStudents[p] * nY + y] = placedP;
      out[iRequired[p] * nY + y] = required[p];
      out[iAvailable[p] * nY + y] = available[p];
      out[iShortfall[p] * nY + y] = Math.max(0, required[p] - available[p]);
      out[iToTrain[p] * nY + y] = Math.max(0, required[p] - availablePrev[p] * keep);
      out[iHours[p] * nY + y] = hoursP;
      out[iFte[p] * nY + y] = hoursP / d.hoursPerFte;
      out[iSchool[p] * nY + y] = targetP / d.studentsPerSchoolopleider;
      out[iBudget[p] * nY + y] = partnershipFunding(perStudent, placedP, base, priceIndex);
    }
  }
}

/** Graduates of year t − 1 entering teaching in year t, per sector and route, regular and SO&P-trained. */
function fillEntrants(plan: ModelPlan, d: Draw, regular: Float64Array, sop: Float64Array): void {
  const s = plan.scratch;
  const nR = ROUTES.length;
  const wYears = plan.workforce.layout.years;
  for (let k = 0; k < 3; k++) {
    for (let r = 0; r < nR; r++) {
      const f = d.split[r * 3 + k];
      const entryReg = clamp01(d.entryRate[r]);
      const entrySop = clamp01(d.entryRate[r] * (1 + d.entryUplift));
      const row = (k * nR + r) * wYears;
      regular[row] = 0;
      sop[row] = 0;
      for (let y = 1; y < wYears; y++) {
        const i = plan.baseIndex + y - 1;
        regular[row + y] = s.graduatesRegular[r * plan.simYears + i] * f * entryReg;
        sop[row + y] = s.graduatesSop[r * plan.simYears + i] * f * entrySop;
      }
    }
  }
}

function writeWorkforce(plan: ModelPlan, d: Draw, w: WorkforceResult, out: Float64Array): void {
  const nY = plan.layout.years.length;
  const wYears = plan.workforce.layout.years;
  const ix = plan.index.sector;
  for (let y = 0; y < nY; y++) {
    let dem = 0;
    let sup = 0;
    let emp = 0;
    let ent = 0;
    let lea = 0;
    for (let k = 0; k < 3; k++) {
      const j = k * wYears + y;
      const demand = w.demandFte[j];
      const supply = w.supplyFte[j];
      const shortage = demand - supply;
      const employment = supply + d.workforce.shortageInEmployment[k] * Math.max(0, shortage);
      const put = (code: MetricCode, v: number): void => {
        const series = ix[code][k];
        if (series >= 0) out[series * nY + y] = v;
      };
      put('workforce.demand_fte', demand);
      put('workforce.supply_fte', supply);
      put('workforce.employment_fte', employment);
      put('workforce.shortage_fte', shortage);
      put('workforce.shortage_share', employment > 0 ? shortage / employment : 0);
      put('workforce.entrants_fte', w.entrantsFte[j]);
      put('workforce.leavers_fte', w.leaversFte[j]);
      dem += demand;
      sup += supply;
      emp += employment;
      ent += w.entrantsFte[j];
      lea += w.leaversFte[j];
    }
    const all = (code: MetricCode, v: number): void => {
      const series = ix[code][3];
      if (series >= 0) out[series * nY + y] = v;
    };
    all('workforce.demand_fte', dem);
    all('workforce.supply_fte', sup);
    all('workforce.employment_fte', emp);
    all('workforce.shortage_fte', dem - sup);
    all('workforce.shortage_share', emp > 0 ? (dem - sup) / emp : 0);
    all('workforce.leavers_fte', lea);
    // entrants by origin: each sector's five flows and their sums over sectors; the national
    // total is the sum of the national origins in ORIGINS order, so they add up to it exactly
    const byOrigin = plan.index.entrantsByOrigin;
    let entAll = 0;
    for (let o = 0; o < ORIGINS.length; o++) {
      let sum = 0;
      for (let k = 0; k < 3; k++) {
        const v = w.entrantsByOriginFte[(o * 3 + k) * wYears + y];
        const series = byOrigin[o * 4 + k];
        if (series >= 0) out[series * nY + y] = v;
        sum += v;
      }
      const series = byOrigin[o * 4 + 3];
      if (series >= 0) out[series * nY + y] = sum;
      entAll += sum;
    }
    all('workforce.entrants_fte', Number.isNaN(ent) ? ent : entAll);
  }
}

function writeImpact(plan: ModelPlan, scen: WorkforceResult, cf: WorkforceResult, out: Float64Array): void {
  const nY = plan.layout.years.length;
  const wYears = plan.workforce.layout.years;
  const ix = plan.index.sector['impact.shortage_fte'];
  for (let y = 0; y < nY; y++) {
    let all = 0;
    for (let k = 0; k < 3; k++) {
      const j = k * wYears + y;
      const v = scen.demandFte[j] - scen.supplyFte[j] - (cf.demandFte[j] - cf.supplyFte[j]);
      if (ix[k] >= 0) out[ix[k] * nY + y] = v;
      all += v;
    }
    if (ix[3] >= 0) out[ix[3] * nY + y] = all;
  }
}
