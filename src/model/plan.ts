import { MAX_HORIZON, ROUTES, SECTORS, type Route } from './domain';
import { dataBaseYear } from './base-year';
import type { ModelData } from './inputs';
import { buildLayout, METRICS, seriesId, type MetricCode } from './layout';
import { interpolateSeries, readNumber, seriesYears } from './param-read';
import type { RunLayout } from './result';
import { expit, logit, sopTrend, type SopTrend } from './sop-share';
import { planWorkforce, workforceResult, type WorkforcePlan, type WorkforceResult } from './workforce/sectors';
import { historyScenario } from '../scenario/resolve';
import { ORIGINS } from './workforce/origins';
import { createDraw, readDraw, type Draw } from './draw';
import { stepRoute } from './pipeline';
import type { SparseRows } from './capacity';
import type { ParamValues } from '../params/types';
import type { ResolvedScenario } from '../scenario/types';

/**
 * Building a model plan: everything about a run that does not change between draws — the output
 * layout, the data laid out over the simulated years, the partnership weights, the fitted SO&P
 * trend and the sector offsets, parameter keys and preallocated scratch. Plain data only (typed
 * arrays, arrays, objects), so a plan is structured-cloneable; `planModel` is also cheap enough
 * to call once per worker.
 */

/** Options of {@link planModel}. */
export interface PlanOptions {
  /**
   * Base year B, the first output year. Default: the data's base year (the last year with a
   * measured shortage in all three sectors, `dataBaseYear`). The hindcast passes an earlier year
   * with the data known then.
   */
  baseYear: number;
  /** Last output year (B < horizon ≤ 2040). Default: the scenario's horizon. */
  horizon: number;
  /** Emit per-partnership series (P001…). Default false. */
  partnershipDetail: boolean;
}

/** A rule applied to a series that ends before the base year (or is missing), for the manifest. */
export interface AppliedRule {
  series: string;
  rule: string;
  /** The rule in Dutch, for the Dutch report (the manifest keeps both). */
  nl?: string;
}

/** Routes counted in the national SO&P indicator (FACTS S1 misses zij-instromers; pdg is not a lerarenopleiding). */
export const INDICATOR_ROUTES: readonly Route[] = ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo'];

/** The partnership side of a plan. */
export interface PartnershipPlan {
  /** Ids in output order (empty without partnership detail or without a table). */
  detailIds: string[];
  /** Number of partnerships modelled (1 pseudo-partnership when the data has no table). */
  count: number;
  /** True when the partnerships come from a table (else one national pseudo-partnership). */
  fromTable: boolean;
  /** w[p·cells + c]: partnership p's share of cell c's SO&P students (Σ_p = 1). */
  weight: Float64Array;
  /** Local norms (NaN = registry value): [p·cells + c]. */
  studentsPerMentorLocal: Float64Array;
  hoursPerStudentLocal: Float64Array;
  /** Mentors trained per year from the table (NaN = registry rate). */
  trainedPerYear: Float64Array;
  /** Mentors available from the table (used when capacity.base_mentors = table). */
  mentorsTable: Float64Array;
  /** Whether any partnership has local norms. */
  hasLocalNorms: boolean;
  /** Whether any partnership gives its own number of mentors trained per year. */
  anyTrainedFromTable: boolean;
  /** The nonzero (partnership, cell) weights in compressed rows; `sparseWeight` parallel to `rows.col`. */
  rows: SparseRows;
  sparseWeight: Float64Array;
  /** Index of each nonzero in the dense [p·cells + c] arrays. */
  sparseDense: Int32Array;
}

/** Series indices by metric: per sector (po, vo, mbo, all), per route, per partnership; −1 when absent. */
export interface SeriesIndex {
  sector: Record<MetricCode, Int32Array>;
  /** `workforce.entrants_fte` by origin: [o·4 + sector] (sector 3 = all). */
  entrantsByOrigin: Int32Array;
  route: Record<MetricCode, Int32Array>;
  partnership: Record<MetricCode, Int32Array>;
}

/** Everything a draw needs besides its parameter values. */
export interface ModelPlan {
  readonly layout: RunLayout;
  /** Rules applied to series that end early or are missing (for the manifest). */
  readonly rulesApplied: AppliedRule[];
  readonly scenarioId: string;
  readonly baseYear: number;
  readonly horizon: number;
  /** First simulated year (the earliest inflow observation): enrolment is reconstructed from it. */
  readonly firstYear: number;
  /** Simulated years firstYear..horizon. */
  readonly simYears: number;
  /** Index of the base year among simulated years. */
  readonly baseIndex: number;
  /** K_r per route (ROUTES order), first cell of each route, number of (route, study year) cells. */
  readonly studyYears: Int32Array;
  readonly cellOffset: Int32Array;
  readonly cells: number;
  readonly cellRoute: Int32Array;
  /** 1 for routes in the national indicator. */
  readonly indicatorRoute: Uint8Array;
  /** Per route, 1 where data/inflow.csv has no observation (the fallback inflow is used). */
  readonly noObservations: Uint8Array;
  /** Observed (or carried) inflow per route over simulated years up to B: [r·simYears + i]. */
  readonly inflowHistory: Float64Array;
  readonly sop: SopTrend;
  /** δ_s: logit offset of each sector's share from the national share. */
  readonly sectorLogitOffset: Float64Array;
  readonly partnerships: PartnershipPlan;
  readonly index: SeriesIndex;
  readonly workforce: WorkforcePlan;
  /**
   * The scenario's deterministic values as history saw them (registry values for every `draw`-stage
   * parameter the scenario changed): the base year and the calibration use these when `runModel`
   * is given no history of its own (docs/methods.md §4.5).
   */
  readonly history: ParamValues;
  /** Preallocated per-draw buffers. */
  readonly scratch: Scratch;
}

/** Per-draw buffers (reused; never part of a result). */
export interface Scratch {
  draw: Draw;
  /** The history draw: `plan.history` read once at plan time; rewritten when runModel is given a history. */
  historyDraw: Draw;
  /** Whether `historyDraw` holds `plan.history` (false after a run with a history of its own). */
  historyIsPlan: boolean;
  /** Partnership weights of the history draw (the base year's capacity). */
  weightPerMentorHistory: Float64Array;
  weightHoursHistory: Float64Array;
  /** Graduate entrants under the history draw (calibration). */
  entrantsRegularHistory: Float64Array;
  entrantsSopHistory: Float64Array;
  /** Calibrated other inflow (persons per year) per sector, and the calibration's own result buffer. */
  otherPersons: Float64Array;
  calibration: WorkforceResult;
  enrolled: Float64Array;
  /** Enrolment at the start of the base year (the counterfactual starts from it). */
  enrolledAtBase: Float64Array;
  next: Float64Array;
  target: Float64Array;
  /** Target SO&P students per cell and sector: [c·3 + s]. */
  targetBySector: Float64Array;
  placed: Float64Array;
  cellCap: Float64Array;
  acc: Float64Array;
  required: Float64Array;
  available: Float64Array;
  availablePrev: Float64Array;
  /** Base-year mentors per partnership (the training rule's reference). */
  mentorsBase: Float64Array;
  /** Base-year mix of each partnership's mentors over its placement types (parallel to the sparse rows). */
  mentorMix: Float64Array;
  capFactor: Float64Array;
  /** Per-sector sums of one output year (see writeYear). */
  sectorSums: Float64Array;
  /** Target SO&P students and mentor hours per partnership (detail output only). */
  partnershipTarget: Float64Array;
  partnershipHours: Float64Array;
  weightPerMentor: Float64Array;
  weightHours: Float64Array;
  /** Graduates per route and simulated year, SO&P-placed and regular: [r·simYears + i]. */
  graduatesSop: Float64Array;
  graduatesRegular: Float64Array;
  /** Inflow per route over simulated years (history + projection). */
  inflow: Float64Array;
  /** Sector share in the base year (for the frozen trajectory). */
  baseShare: Float64Array;
  /** Entrant sources handed to the workforce. */
  entrantsRegular: Float64Array;
  entrantsSop: Float64Array;
  workforce: WorkforceResult;
  counterfactual: WorkforceResult;
  /** A series scratch over simulated years. */
  seriesTmp: Float64Array;
}

/**
 * Deterministic parameter values of a scenario (each parameter's resolved value).
 *
 * @example
 * scenarioValues(scenario)['capacity.cap']; // → 'on'
 */
export function scenarioValues(scenario: ResolvedScenario): ParamValues {
  const out: Record<string, ParamValues[string]> = {};
  for (const [k, p] of Object.entries(scenario.params)) out[k] = p.value;
  return out;
}

/**
 * Compiles a scenario and data into a plan. Throws a plain Error for data the model cannot use
 * (the data loader validates files first and reports InputErrors).
 *
 * @example
 * const plan = planModel(scenario, data, { partnershipDetail: true });
 * plan.layout.years; // → [2024, …, scenario.horizon] (2024 = the bundled data's base year)
 * planModel(scenario, dataKnownIn2021, { baseYear: 2021, horizon: 2024 }).layout.years; // → [2021, …, 2024]
 */
export function planModel(scenario: ResolvedScenario, data: ModelData, options: Partial<PlanOptions> = {}): ModelPlan {
  const baseYear = options.baseYear ?? dataBaseYear(data);
  if (!Number.isInteger(baseYear)) throw new RangeError(`planModel: baseYear must be a whole year, got ${baseYear}`);
  const horizon = options.horizon ?? scenario.horizon;
  if (!(Number.isInteger(horizon) && horizon > baseYear && horizon <= MAX_HORIZON)) {
    throw new RangeError(`planModel: horizon must be a year from ${baseYear + 1} to ${MAX_HORIZON}, got ${horizon}`);
  }
  const rules: AppliedRule[] = [];
  const values = scenarioValues(scenario);
  const nR = ROUTES.length;

  // Routes and cells.
  const studyYears = new Int32Array(nR);
  const cellOffset = new Int32Array(nR);
  let cells = 0;
  ROUTES.forEach((r, ri) => {
    const k = values[`pipeline.study_years.${r}`];
    if (typeof k !== 'number' || !(k >= 1)) throw new Error(`planModel: pipeline.study_years.${r} must be a positive number`);
    studyYears[ri] = Math.round(k);
    cellOffset[ri] = cells;
    cells += studyYears[ri];
  });
  const cellRoute = new Int32Array(cells);
  ROUTES.forEach((_, ri) => cellRoute.fill(ri, cellOffset[ri], cellOffset[ri] + studyYears[ri]));
  const indicatorRoute = new Uint8Array(nR);
  ROUTES.forEach((r, ri) => (indicatorRoute[ri] = INDICATOR_ROUTES.includes(r) ? 1 : 0));

  // Simulated years: from the earliest inflow observation (enrolment is reconstructed from there).
  let firstYear = baseYear - 10;
  for (const r of ROUTES) {
    const ys = seriesYears(data.inflowObserved[r]);
    if (ys.length > 0) firstYear = Math.min(firstYear, ys[0]);
  }
  const sopYears = seriesYears(data.sopShareObserved);
  if (sopYears.length > 0) firstYear = Math.min(firstYear, sopYears[0]);
  const simYears = horizon - firstYear + 1;
  const baseIndex = baseYear - firstYear;

  // Inflow history per route (history values: a scenario's fallback acts from B+1 on only).
  const historyValues = scenarioValues(historyScenario(scenario));
  const inflowHistory = new Float64Array(nR * simYears).fill(NaN);
  const noObservations = new Uint8Array(nR);
  ROUTES.forEach((r, ri) => {
    const obs = data.inflowObserved[r];
    const ys = seriesYears(obs);
    const row = inflowHistory.subarray(ri * simYears, ri * simYears + baseIndex + 1);
    if (ys.length === 0) {
      const fb = historyValues[`pipeline.inflow.${r}.fallback_persons`];
      row.fill(typeof fb === 'number' ? fb : 0);
      noObservations[ri] = 1;
      rules.push({ series: `inflow.${r}`, rule: `no observations: pipeline.inflow.${r}.fallback_persons (${fb}) in every year to ${baseYear}`, nl: `geen waarnemingen: pipeline.inflow.${r}.fallback_persons (${fb}) in elk jaar tot en met ${baseYear}` });
      return;
    }
    interpolateSeries(obs, firstYear, row, `inflow.${r}`);
    if (ys[0] > firstYear) rules.push({ series: `inflow.${r}`, rule: `first observation ${ys[0]} carried back to ${firstYear} to reconstruct enrolment`, nl: `eerste waarneming ${ys[0]} teruggetrokken tot ${firstYear} om de inschrijvingen te reconstrueren` });
    if (ys[ys.length - 1] < baseYear) rules.push({ series: `inflow.${r}`, rule: `last observation ${ys[ys.length - 1]} carried forward to ${baseYear}`, nl: `laatste waarneming ${ys[ys.length - 1]} doorgetrokken tot ${baseYear}` });
  });
  rules.push({ series: 'enrolment', rule: `not observed by study year: reconstructed by running the pipeline forward from ${firstYear}`, nl: `niet waargenomen per studiejaar: gereconstrueerd door de doorstroom vooruit te rekenen vanaf ${firstYear}` });

  // SO&P trend.
  const sop = sopTrend(data.sopShareObserved, firstYear, simYears);
  if (sop.lastObservedYear < baseYear) {
    rules.push({
      series: 'sopShareObserved',
      rule: `observed to ${sop.lastObservedYear}: follows the fitted logistic trend (rate ${round(sop.ratePerYear, 4)} per year on the logit scale) from the last observation to ${baseYear}`,
      nl: `waargenomen tot en met ${sop.lastObservedYear}: volgt de geschatte logistische trend (${round(sop.ratePerYear, 4)} per jaar op de logitschaal) van de laatste waarneming tot ${baseYear}`,
    });
  }

  // Partnerships.
  const partnerships = planPartnerships(data, cells, cellOffset, studyYears, options.partnershipDetail ?? false);

  // Layout and indices.
  const { layout, index } = buildLayout(baseYear, horizon, partnerships.detailIds);
  const seriesIndex = buildSeriesIndex(index, partnerships.detailIds);

  const workforce = planWorkforce(data, baseYear, horizon, rules, readNumber(values, 'workforce.aow_age'));
  const wYears = workforce.layout.years;
  const draw = createDraw(cells, nR, simYears, wYears, layout.years.length);

  const scratch: Scratch = {
    draw,
    historyDraw: createDraw(cells, nR, simYears, wYears, layout.years.length),
    historyIsPlan: false,
    weightPerMentorHistory: new Float64Array(partnerships.sparseDense.length),
    weightHoursHistory: new Float64Array(partnerships.sparseDense.length),
    entrantsRegularHistory: new Float64Array(3 * nR * wYears),
    entrantsSopHistory: new Float64Array(3 * nR * wYears),
    otherPersons: new Float64Array(3),
    calibration: workforceResult(workforce),
    enrolled: new Float64Array(cells),
    enrolledAtBase: new Float64Array(cells),
    next: new Float64Array(cells),
    target: new Float64Array(cells),
    targetBySector: new Float64Array(cells * 3),
    placed: new Float64Array(cells),
    cellCap: new Float64Array(cells),
    acc: new Float64Array(4),
    required: new Float64Array(partnerships.count),
    available: new Float64Array(partnerships.count),
    availablePrev: new Float64Array(partnerships.count),
    mentorsBase: new Float64Array(partnerships.count),
    mentorMix: new Float64Array(partnerships.sparseDense.length),
    capFactor: new Float64Array(partnerships.count),
    sectorSums: new Float64Array(18),
    partnershipTarget: new Float64Array(partnerships.count),
    partnershipHours: new Float64Array(partnerships.count),
    weightPerMentor: new Float64Array(partnerships.sparseDense.length),
    weightHours: new Float64Array(partnerships.sparseDense.length),
    graduatesSop: new Float64Array(nR * simYears),
    graduatesRegular: new Float64Array(nR * simYears),
    inflow: new Float64Array(nR * simYears),
    baseShare: new Float64Array(3),
    entrantsRegular: new Float64Array(3 * nR * wYears),
    entrantsSop: new Float64Array(3 * nR * wYears),
    workforce: workforceResult(workforce),
    counterfactual: workforceResult(workforce),
    seriesTmp: new Float64Array(simYears),
  };

  const plan: ModelPlan = {
    layout,
    rulesApplied: rules,
    scenarioId: scenario.id,
    baseYear,
    horizon,
    firstYear,
    simYears,
    baseIndex,
    studyYears,
    cellOffset,
    cells,
    cellRoute,
    indicatorRoute,
    inflowHistory,
    sop,
    sectorLogitOffset: new Float64Array(3),
    partnerships,
    index: seriesIndex,
    workforce,
    history: historyValues,
    noObservations,
    scratch,
  };
  computeSectorOffsets(plan, data, plan.history);
  readDraw(plan, plan.history, scratch.historyDraw);
  scratch.historyIsPlan = true;
  return plan;
}

/**
 * δ_s from the composition of SO&P students by placement sector (FACTS S24/S25, 2021): with the
 * reconstructed enrolment E_s of the indicator routes placing in sector s,
 *   π_s = composition_s · π · Σ_s E_s / E_s,   δ_s = logit(π_s) − logit(π)
 * (the 1% 'mixed' is split by `sop.mixed_split.po`). Uses the scenario's deterministic pipeline
 * values; enrolment totals do not depend on the SO&P effects when m_d = 1, which is used here.
 */
function computeSectorOffsets(plan: ModelPlan, data: ModelData, values: ParamValues): void {
  const { scratch, cells, cellOffset, studyYears, simYears, firstYear } = plan;
  const d = scratch.draw;
  readDraw(plan, values, d);
  const comp = data.sopComposition;
  const compIndex = Math.min(plan.baseIndex, Math.max(0, comp.year - firstYear));
  const E = scratch.enrolled.fill(0);
  const next = scratch.next.fill(0);
  const zero = scratch.placed.fill(0);
  const enrolledBySector = new Float64Array(3);
  for (let i = 0; i <= compIndex; i++) {
    for (let r = 0; r < ROUTES.length; r++) E[cellOffset[r]] = plan.inflowHistory[r * simYears + i];
    if (i === compIndex) break;
    for (let r = 0; r < ROUTES.length; r++) {
      stepRoute(E, zero, cellOffset[r], studyYears[r], d.dropout, d.graduation, 1, next, scratch.acc);
    }
    E.set(next);
  }
  for (let c = 0; c < cells; c++) {
    const r = plan.cellRoute[c];
    if (!plan.indicatorRoute[r]) continue;
    for (let s = 0; s < 3; s++) enrolledBySector[s] += d.split[r * 3 + s] * E[c];
  }
  const total = enrolledBySector[0] + enrolledBySector[1] + enrolledBySector[2];
  const nationalLogit = plan.sop.nationalLogit[compIndex];
  const national = expit(Number.isFinite(nationalLogit) ? nationalLogit : plan.sop.lastObservedLogit);
  const mixedPo = typeof values['sop.mixed_split.po'] === 'number' ? (values['sop.mixed_split.po'] as number) : 0.5;
  const compBySector = [comp.po + comp.mixed * mixedPo, comp.vo + comp.mixed * (1 - mixedPo), comp.mbo];
  const compSum = compBySector[0] + compBySector[1] + compBySector[2];
  for (let s = 0; s < 3; s++) {
    if (enrolledBySector[s] <= 0 || compSum <= 0) continue;
    const share = Math.min(0.99, Math.max(0.001, ((compBySector[s] / compSum) * national * total) / enrolledBySector[s]));
    plan.sectorLogitOffset[s] = logit(share) - logit(national);
  }
  plan.rulesApplied.push({
    series: 'sopComposition',
    rule: `sector shares in ${comp.year}: po ${round(expit(logit(national) + plan.sectorLogitOffset[0]), 3)}, vo ${round(expit(logit(national) + plan.sectorLogitOffset[1]), 3)}, mbo ${round(expit(logit(national) + plan.sectorLogitOffset[2]), 3)}; constant logit offsets from the national share in other years`,
    nl: `aandelen per sector in ${comp.year}: po ${round(expit(logit(national) + plan.sectorLogitOffset[0]), 3)}, vo ${round(expit(logit(national) + plan.sectorLogitOffset[1]), 3)}, mbo ${round(expit(logit(national) + plan.sectorLogitOffset[2]), 3)}; in andere jaren een vaste afstand op de logitschaal tot het landelijke aandeel`,
  });
}

function planPartnerships(
  data: ModelData,
  cells: number,
  cellOffset: Int32Array,
  studyYears: Int32Array,
  detail: boolean,
): PartnershipPlan {
  const table = data.partnerships;
  const n = Math.max(1, table.length);
  const weight = new Float64Array(n * cells);
  const spm = new Float64Array(n * cells).fill(NaN);
  const hours = new Float64Array(n * cells).fill(NaN);
  const trained = new Float64Array(n).fill(NaN);
  const mentors = new Float64Array(n).fill(NaN);
  let hasLocalNorms = false;
  if (table.length === 0) {
    weight.fill(1);
  } else {
    const students = (p: number, ri: number, k: number): number => {
      const v = table[p].students[ROUTES[ri]]?.[k];
      return typeof v === 'number' && v > 0 ? v : 0;
    };
    const totalOf = (p: number): number => {
      let s = 0;
      for (let ri = 0; ri < ROUTES.length; ri++) for (const v of table[p].students[ROUTES[ri]] ?? []) s += v > 0 ? v : 0;
      return s;
    };
    const grand = table.reduce((s, _, p) => s + totalOf(p), 0);
    ROUTES.forEach((route, ri) => {
      const routeTotals = table.map((pt) => (pt.students[route] ?? []).reduce((s, v) => s + (v > 0 ? v : 0), 0));
      const routeSum = routeTotals.reduce((a, b) => a + b, 0);
      for (let k = 0; k < studyYears[ri]; k++) {
        const c = cellOffset[ri] + k;
        let cellSum = 0;
        for (let p = 0; p < n; p++) cellSum += students(p, ri, k);
        for (let p = 0; p < n; p++) {
          weight[p * cells + c] =
            cellSum > 0 ? students(p, ri, k) / cellSum : routeSum > 0 ? routeTotals[p] / routeSum : grand > 0 ? totalOf(p) / grand : 1 / n;
          const lspm = table[p].studentsPerMentor?.[route]?.[k];
          const lh = table[p].hoursPerStudent?.[route]?.[k];
          if (typeof lspm === 'number' && lspm > 0) {
            spm[p * cells + c] = lspm;
            hasLocalNorms = true;
          }
          if (typeof lh === 'number' && lh >= 0) {
            hours[p * cells + c] = lh;
            hasLocalNorms = true;
          }
        }
      }
    });
    table.forEach((pt, p) => {
      if (typeof pt.mentorsTrainedPerYear === 'number') trained[p] = pt.mentorsTrainedPerYear;
      mentors[p] = pt.mentorsAvailable;
    });
  }
  const rowStart = new Int32Array(n + 1);
  const nz: number[] = [];
  for (let p = 0; p < n; p++) {
    for (let c = 0; c < cells; c++) if (weight[p * cells + c] > 0) nz.push(p * cells + c);
    rowStart[p + 1] = nz.length;
  }
  const sparseDense = Int32Array.from(nz);
  return {
    rows: { rowStart, col: Int32Array.from(nz, (j) => j % cells) },
    sparseWeight: Float64Array.from(nz, (j) => weight[j]),
    sparseDense,
    detailIds: detail && table.length > 0 ? table.map((p) => p.id) : [],
    count: n,
    fromTable: table.length > 0,
    weight,
    studentsPerMentorLocal: spm,
    hoursPerStudentLocal: hours,
    trainedPerYear: trained,
    anyTrainedFromTable: trained.some((v) => v >= 0),
    mentorsTable: mentors,
    hasLocalNorms,
  };
}

function buildSeriesIndex(index: Readonly<Record<string, number>>, ids: readonly string[]): SeriesIndex {
  const sector = {} as Record<MetricCode, Int32Array>;
  const route = {} as Record<MetricCode, Int32Array>;
  const partnership = {} as Record<MetricCode, Int32Array>;
  for (const m of Object.keys(METRICS) as MetricCode[]) {
    sector[m] = Int32Array.from([...SECTORS, 'all' as const], (s) => index[seriesId(m, s, 'all')] ?? -1);
    route[m] = Int32Array.from(ROUTES, (r) => index[seriesId(m, 'all', r)] ?? -1);
    partnership[m] = Int32Array.from(ids, (p) => index[seriesId(m, 'all', p)] ?? -1);
  }
  const entrantsByOrigin = Int32Array.from({ length: ORIGINS.length * 4 }, (_, j) =>
    index[seriesId('workforce.entrants_fte', [...SECTORS, 'all' as const][j % 4], ORIGINS[Math.floor(j / 4)])] ?? -1,
  );
  return { sector, route, partnership, entrantsByOrigin };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
