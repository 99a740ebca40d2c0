import { ROUTES, SECTORS } from './domain';
import { fillSeries, readChoice, readNumber } from './param-read';
import type { ParamValues } from '../params/types';
import type { SopTrajectory } from './sop-share';
import type { WorkforceDraw } from './workforce/sectors';

/**
 * One draw's parameter values laid out in typed arrays for the model core (filled by
 * {@link readDraw} without allocating). Cells are (route, study year) pairs as in the plan.
 */
export interface Draw {
  dropout: Float64Array;
  graduation: Float64Array;
  hoursPerStudent: Float64Array;
  studentsPerMentor: Float64Array;
  /** Per route. */
  inflowLevelFactor: Float64Array;
  inflowGrowthRate: Float64Array;
  /** Inflow of a route without observations (pipeline.inflow.<r>.fallback_persons). */
  inflowFallback: Float64Array;
  entryRate: Float64Array;
  entryAge: Float64Array;
  /** Inflow index per route over simulated years: [r·simYears + i]. */
  inflowIndex: Float64Array;
  /** Sector split per route: [r·3 + s] (placements and graduates). */
  split: Float64Array;
  trajectory: SopTrajectory;
  slopeFactor: number;
  /** `sop.trend.logit_shift`: added to the national logit share after the last observation. */
  logitShift: number;
  targetShare: Float64Array;
  targetYear: Float64Array;
  capOn: boolean;
  baseMentorsFromTable: boolean;
  baseSlack: number;
  mentorAttritionRate: number;
  mentorsTrainedRate: number;
  mentorsTrainedGrowthRate: number;
  studentsPerSchoolopleider: number;
  hoursPerFte: number;
  /** Funding per output year. */
  perStudentEur: Float64Array;
  basePerPartnershipEur: Float64Array;
  zijSubsidyEur: Float64Array;
  /** `funding.price_index` per output year: euros are divided by it (1 = nominal). */
  priceIndex: Float64Array;
  partnershipsCount: number;
  dropoutMultiplier: number;
  entryUplift: number;
  workforce: WorkforceDraw;
}

/** Plan facts {@link readDraw} needs. */
export interface DrawShape {
  cells: number;
  cellOffset: Int32Array;
  studyYears: Int32Array;
  simYears: number;
  firstYear: number;
  baseYear: number;
}

/**
 * Allocates a draw for a plan's shape. Every field is a placeholder (0, or 1 for multipliers)
 * until `readDraw` fills it from the parameter values: no value from the world lives here.
 *
 * @example
 * const d = createDraw(22, 6, 32, 8, 7);
 */
export function createDraw(cells: number, routes: number, simYears: number, workforceYears: number, outputYears: number): Draw {
  const f = (n: number) => new Float64Array(n);
  return {
    dropout: f(cells),
    graduation: f(cells),
    hoursPerStudent: f(cells),
    studentsPerMentor: f(cells),
    inflowLevelFactor: f(routes),
    inflowGrowthRate: f(routes),
    inflowFallback: f(routes),
    entryRate: f(routes),
    entryAge: f(routes),
    inflowIndex: f(routes * simYears),
    split: f(routes * 3),
    trajectory: 'logistic',
    slopeFactor: 1,
    logitShift: 0,
    targetShare: f(3),
    targetYear: f(3),
    capOn: true,
    baseMentorsFromTable: false,
    baseSlack: 0,
    mentorAttritionRate: 0,
    mentorsTrainedRate: 0,
    mentorsTrainedGrowthRate: 0,
    studentsPerSchoolopleider: 1,
    hoursPerFte: 1,
    perStudentEur: f(outputYears),
    basePerPartnershipEur: f(outputYears),
    zijSubsidyEur: f(outputYears),
    priceIndex: f(outputYears),
    partnershipsCount: 0,
    dropoutMultiplier: 1,
    entryUplift: 0,
    workforce: {
      ftePerPerson: f(3),
      shortageInEmployment: f(3),
      outflowFactor: f(3),
      earlyAttrition: f(15),
      otherInflowFactor: f(3),
      supplyTrendRate: f(3),
      pupilGrowthAfter: f(3),
      standardChange: f(3 * workforceYears),
      returnRate: f(3),
      reserveEntryShare: 0,
      reserveExitRate: 0,
      switchFactor: 0,
      vacancyClosure: false,
      vacancyElasticity: 0,
      anchorMean: false,
      aowAge: 0,
      outflowAfterAow: 0,
      otherAgeFrom: 0,
      otherAgeTo: 0,
      earlyAttritionMultiplier: 1,
    },
  };
}

/** Routes whose sector split is a parameter, and how the remainder is assigned. */
const SPLIT_RULES: Readonly<Record<(typeof ROUTES)[number], readonly [number, number, number] | 'hbo2' | 'zij'>> = {
  pabo: [1, 0, 0],
  'hbo-2e-graads': 'hbo2',
  'hbo-1e-graads': [0, 1, 0],
  ulo: [0, 1, 0],
  pdg: [0, 0, 1],
  'zij-instroom': 'zij',
};

/** Parameter keys a draw reads, built once per shape (template strings are costly per draw). */
interface DrawKeys {
  dropout: string[];
  graduation: string[];
  hours: string[];
  spm: string[];
  levelFactor: string[];
  growth: string[];
  fallback: string[];
  entryRate: string[];
  entryAge: string[];
  index: string[];
  targetShare: string[];
  targetYear: string[];
  fte: string[];
  phi: string[];
  outflow: string[];
  early: string[];
  otherFactor: string[];
  trend: string[];
  pupilGrowth: string[];
  standard: string[];
  returnRate: string[];
}

const KEY_CACHE = new Map<string, DrawKeys>();

function drawKeys(shape: DrawShape): DrawKeys {
  const id = Array.from(shape.studyYears).join(',');
  const hit = KEY_CACHE.get(id);
  if (hit) return hit;
  const k: DrawKeys = {
    dropout: [], graduation: [], hours: [], spm: [], levelFactor: [], growth: [], fallback: [], entryRate: [], entryAge: [], index: [],
    targetShare: [], targetYear: [], fte: [], phi: [], outflow: [], early: [], otherFactor: [], trend: [], pupilGrowth: [], standard: [], returnRate: [],
  };
  ROUTES.forEach((r, ri) => {
    const K = shape.studyYears[ri];
    for (let y = 1; y <= K; y++) {
      k.dropout.push(y < K ? `pipeline.dropout.${r}.y${y}` : '');
      k.graduation.push(`pipeline.graduation.${r}.y${y}`);
      k.hours.push(`capacity.hours_per_student.${r}.y${y}`);
      k.spm.push(`capacity.students_per_mentor.${r}.y${y}`);
    }
    k.levelFactor.push(`pipeline.inflow.${r}.level_factor`);
    k.growth.push(`pipeline.inflow.${r}.growth_rate`);
    k.fallback.push(`pipeline.inflow.${r}.fallback_persons`);
    k.entryRate.push(`pipeline.entry_rate.${r}`);
    k.entryAge.push(`pipeline.entry_age.${r}`);
    k.index.push(`pipeline.inflow.${r}.index`);
  });
  for (const s of SECTORS) {
    k.targetShare.push(`sop.target.share.${s}`);
    k.targetYear.push(`sop.target.year.${s}`);
    k.fte.push(`workforce.fte_per_person.${s}`);
    k.phi.push(`workforce.shortage_in_employment.${s}`);
    k.outflow.push(`workforce.outflow_factor.${s}`);
    for (let e = 0; e < 5; e++) k.early.push(`workforce.early_attrition.${s}.e${e}`);
    k.otherFactor.push(`workforce.other_inflow.factor.${s}`);
    k.trend.push(`workforce.supply_trend_rate.${s}`);
    k.pupilGrowth.push(`workforce.pupils.growth_after_projection.${s}`);
    k.standard.push(`workforce.standard_change.${s}`);
    k.returnRate.push(`workforce.returners.rate.${s}`);
  }
  KEY_CACHE.set(id, k);
  return k;
}

/**
 * Reads one draw's values into `d`. Throws when a key is missing or of the wrong kind.
 *
 * @example
 * readDraw(plan, values, plan.scratch.draw);
 */
export function readDraw(shape: DrawShape, v: ParamValues, d: Draw): Draw {
  const keys = drawKeys(shape);
  for (let c = 0; c < shape.cells; c++) {
    d.dropout[c] = keys.dropout[c] ? readNumber(v, keys.dropout[c]) : 0;
    d.graduation[c] = readNumber(v, keys.graduation[c]);
    d.hoursPerStudent[c] = readNumber(v, keys.hours[c]);
    d.studentsPerMentor[c] = readNumber(v, keys.spm[c]);
  }
  ROUTES.forEach((r, ri) => {
    d.inflowLevelFactor[ri] = readNumber(v, keys.levelFactor[ri]);
    d.inflowGrowthRate[ri] = readNumber(v, keys.growth[ri]);
    d.inflowFallback[ri] = readNumber(v, keys.fallback[ri]);
    d.entryRate[ri] = readNumber(v, keys.entryRate[ri]);
    d.entryAge[ri] = readNumber(v, keys.entryAge[ri]);
    fillSeries(v, keys.index[ri], shape.firstYear, d.inflowIndex.subarray(ri * shape.simYears, (ri + 1) * shape.simYears));
    const rule = SPLIT_RULES[r];
    let po = 0;
    let vo = 0;
    let mbo = 0;
    if (rule === 'hbo2') {
      mbo = clamp01(readNumber(v, 'pipeline.sector_split.hbo-2e-graads.mbo'));
      vo = 1 - mbo;
    } else if (rule === 'zij') {
      po = clamp01(readNumber(v, 'pipeline.sector_split.zij-instroom.po'));
      mbo = Math.min(clamp01(readNumber(v, 'pipeline.sector_split.zij-instroom.mbo')), 1 - po);
      vo = 1 - po - mbo;
    } else [po, vo, mbo] = rule;
    d.split[ri * 3] = po;
    d.split[ri * 3 + 1] = vo;
    d.split[ri * 3 + 2] = mbo;
  });
  d.trajectory = readChoice(v, 'sop.trajectory') as SopTrajectory;
  d.slopeFactor = readNumber(v, 'sop.trend.slope_factor');
  d.logitShift = readNumber(v, 'sop.trend.logit_shift');
  for (let si = 0; si < 3; si++) {
    d.targetShare[si] = clamp01(readNumber(v, keys.targetShare[si]));
    d.targetYear[si] = readNumber(v, keys.targetYear[si]);
  }
  d.capOn = readChoice(v, 'capacity.cap') === 'on';
  d.baseMentorsFromTable = v['capacity.base_mentors'] === 'table';
  d.baseSlack = readNumber(v, 'capacity.base_slack');
  d.mentorAttritionRate = clamp01(readNumber(v, 'capacity.mentor_attrition_rate'));
  d.mentorsTrainedRate = readNumber(v, 'capacity.mentors_trained.rate');
  d.mentorsTrainedGrowthRate = readNumber(v, 'capacity.mentors_trained.growth_rate');
  d.studentsPerSchoolopleider = readNumber(v, 'capacity.students_per_schoolopleider');
  d.hoursPerFte = readNumber(v, 'capacity.hours_per_fte');
  fillSeries(v, 'funding.per_student_eur', shape.baseYear, d.perStudentEur);
  fillSeries(v, 'funding.base_per_partnership_eur', shape.baseYear, d.basePerPartnershipEur);
  fillSeries(v, 'funding.zij_instroom_subsidy_eur', shape.baseYear, d.zijSubsidyEur);
  fillSeries(v, 'funding.price_index', shape.baseYear, d.priceIndex);
  d.partnershipsCount = readNumber(v, 'funding.partnerships_count');
  d.dropoutMultiplier = Math.max(0, readNumber(v, 'effects.dropout_multiplier'));
  d.entryUplift = readNumber(v, 'effects.entry_uplift');
  const w = d.workforce;
  const wYears = w.standardChange.length / 3;
  for (let si = 0; si < 3; si++) {
    w.ftePerPerson[si] = readNumber(v, keys.fte[si]);
    w.shortageInEmployment[si] = clamp01(readNumber(v, keys.phi[si]));
    w.outflowFactor[si] = readNumber(v, keys.outflow[si]);
    for (let e = 0; e < 5; e++) w.earlyAttrition[si * 5 + e] = readNumber(v, keys.early[si * 5 + e]);
    w.otherInflowFactor[si] = readNumber(v, keys.otherFactor[si]);
    w.supplyTrendRate[si] = readNumber(v, keys.trend[si]);
    w.pupilGrowthAfter[si] = readNumber(v, keys.pupilGrowth[si]);
    w.returnRate[si] = clamp01(readNumber(v, keys.returnRate[si]));
    fillSeries(v, keys.standard[si], shape.baseYear, w.standardChange.subarray(si * wYears, (si + 1) * wYears));
  }
  w.reserveEntryShare = clamp01(readNumber(v, 'workforce.returners.reserve_entry_share'));
  w.reserveExitRate = clamp01(readNumber(v, 'workforce.returners.reserve_exit_rate'));
  w.switchFactor = Math.max(0, readNumber(v, 'workforce.switchers.factor'));
  w.vacancyClosure = readChoice(v, 'workforce.closure') === 'vacancy';
  w.vacancyElasticity = readNumber(v, 'workforce.vacancy_elasticity');
  w.anchorMean = readChoice(v, 'workforce.shortage_anchor') === 'mean-3y';
  w.aowAge = readNumber(v, 'workforce.aow_age');
  w.outflowAfterAow = clamp01(readNumber(v, 'workforce.outflow_rate_after_aow'));
  w.otherAgeFrom = readNumber(v, 'workforce.other_inflow.age_from');
  w.otherAgeTo = readNumber(v, 'workforce.other_inflow.age_to');
  w.earlyAttritionMultiplier = Math.max(0, readNumber(v, 'effects.early_attrition_multiplier'));
  return d;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
