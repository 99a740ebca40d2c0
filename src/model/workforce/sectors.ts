import { ROUTES, SECTORS, type Sector } from '../domain';
import type { AgeBandValue, ModelData } from '../inputs';
import { interpolateSeries, seriesYears } from '../param-read';
import { workforceLayout, type WorkforceLayout } from './layout';
import { ageEarly, ageMain } from './step';
import { sectorDemand } from './demand';
import { moveSwitchers, stepReserve, ORIGINS, ORIGIN_GRADUATE, ORIGIN_OTHER, ORIGIN_RETURNER, ORIGIN_SIDE_ENTRANT, ORIGIN_SWITCHER } from './origins';

/**
 * The Dutch po/vo/mbo teacher workforce (DESIGN §2.3, docs/methods.md §4), stepped through the
 * one kernel of step.ts (groups = sectors, one gender, ages 20–75).
 *
 * Base year B:
 *   supply(B) = employment W − φ·Sh          (regular staff; φ = share of the shortage anchor Sh
 *   demand(B) = W + (1 − φ)·Sh                 filled by stopgap staff inside the employment figure)
 *   so shortage(B) = Sh and employment(B) = supply(B) + φ·Sh = W.
 * Stock in persons = supply / fte per person, spread over ages by the age profile.
 * Each year t (the step t−1 → t), all three sectors together:
 *   1. ageing with outflow q[s,a] (data by age band × factor; `aow` rate from AOW age; all leave
 *      at 75), early-career tracks with survival (1 − q)(1 − e) (class 1 SO&P-trained: e × m_a);
 *   2. entrants by origin (origins.ts): switchers between sectors, graduates and side entrants
 *      into the early-career tracks, returners from the stille-reserve pool, other entrants
 *      (a calibrated constant in persons per year, calibrate.ts);
 *   3. under `workforce.closure: vacancy`, returners and other entrants × (1 + ε·(shortage
 *      share(t−1) − shortage share(B))), never below 0.
 * Demand(t) = demand(B) · pupils(t)/pupils(B) · standard change(t) (demand.ts).
 */

/** Youngest and oldest ages of the stock (structural; persons past the oldest age leave). */
export const WORKFORCE_MIN_AGE = 20;
export const WORKFORCE_MAX_AGE = 75;
/** Early-career experience years tracked (0..4) and classes (0 regular, 1 SO&P-trained). */
export const EARLY_YEARS = 5;
export const EARLY_CLASSES = 2;
/** Width of the age band over which one route's entrants are spread. */
export const ENTRY_AGE_SPAN = 5;
/** Width over which an open upper age band (e.g. 65+) is spread. */
const OPEN_BAND_SPAN = 5;

/** Plan-time data of the workforce part (plain data, structured-cloneable). */
export interface WorkforcePlan {
  layout: WorkforceLayout;
  /** Share of persons at each single age per sector (cells; sums to 1 per sector). */
  ageShare: Float64Array;
  /** Outflow rate by single age from the data bands, before factor and AOW rule (cells). */
  outflowByAge: Float64Array;
  /** Employment (fte) and measured shortage (fte) in the base year, per sector. */
  employmentFte: Float64Array;
  shortageFte: Float64Array;
  /** Mean measured shortage (fte) over B−2..B per sector (the `mean-3y` anchor). */
  shortageMeanFte: Float64Array;
  /** Rate of switching to another of po/vo/mbo by single age, per source sector (cells). */
  switchRate: Float64Array;
  /** Destination shares of switchers: [from·3 + to], rows sum to 1 (0 on the diagonal). */
  switchShare: Float64Array;
  /** Stille-reserve pool (persons) in the base year per sector. */
  reservePersons: Float64Array;
  /** Pupils(t) / pupils(B) per sector and workforce year, NaN after the data end: [s·years + y]. */
  pupilRatio: Float64Array;
  /** Per sector, the last workforce-year index with pupil data. */
  lastPupilIndex: Int32Array;
  /** Preallocated per-draw buffers. */
  scratch: WorkforceScratch;
}

/** Per-draw buffers of the workforce part. */
export interface WorkforceScratch {
  initialStock: Float64Array;
  outflowRate: Float64Array;
  /** Early-career attrition per class, sector and experience year: [(c·3 + s)·5 + k]. */
  earlyRate: Float64Array;
  /** Persons by age in the main stock: [s·ages + i]. */
  main: Float64Array;
  /** Persons by sector, class, experience year and age: [((s·2 + c)·5 + k)·ages + i]. */
  early: Float64Array;
  /** Switchers by sector and age of one step (cells). */
  switchers: Float64Array;
  /** Stille-reserve pool per sector during a run. */
  reserve: Float64Array;
  /** Per sector: persons, leavers accumulator, flows of one step. */
  persons: Float64Array;
  left: Float64Array;
  switchOut: Float64Array;
  switchIn: Float64Array;
}

/**
 * Spreads age-band values over single ages: shares are divided evenly within a band (for
 * `shares`), rates are copied to each age of the band (for rates). Open bands (ageTo ≥ 90) span
 * five years; a share band that starts at least five years before `lastWorkingAge` stops there;
 * ages outside every band take the nearest band's rate (rates) or 0 (shares).
 *
 * @example
 * spreadBands([{ ageFrom: 20, ageTo: 21, value: 0.5 }, { ageFrom: 22, ageTo: 22, value: 0.5 }], 20, 23, 'share');
 * // → [0.25, 0.25, 0.5, 0]
 */
export function spreadBands(
  bands: readonly AgeBandValue[],
  minAge: number,
  maxAge: number,
  how: 'share' | 'rate',
  lastWorkingAge = maxAge,
): Float64Array {
  const out = new Float64Array(maxAge - minAge + 1);
  const sorted = [...bands].sort((a, b) => a.ageFrom - b.ageFrom);
  for (const b of sorted) {
    const from = Math.max(minAge, b.ageFrom);
    const toRaw = b.ageTo >= 90 ? b.ageFrom + OPEN_BAND_SPAN - 1 : b.ageTo;
    // a share band reaching past the pension age (e.g. "50+" as 50–69) is spread up to the last
    // working age only: few teachers work past AOW, and spreading evenly would invent them
    const to = Math.min(maxAge, how === 'share' ? Math.min(toRaw, Math.max(from + OPEN_BAND_SPAN - 1, lastWorkingAge)) : toRaw);
    if (to < from) continue;
    for (let a = from; a <= to; a++) out[a - minAge] = how === 'share' ? b.value / (to - from + 1) : b.value;
  }
  if (how === 'rate' && sorted.length > 0) {
    for (let a = minAge; a <= maxAge; a++) {
      const inBand = sorted.some((b) => a >= b.ageFrom && a <= (b.ageTo >= 90 ? maxAge : b.ageTo));
      if (inBand) continue;
      const nearest = a < sorted[0].ageFrom ? sorted[0] : sorted[sorted.length - 1];
      out[a - minAge] = nearest.value;
    }
  }
  if (how === 'share') {
    let sum = 0;
    for (const v of out) sum += v;
    if (sum > 0) for (let i = 0; i < out.length; i++) out[i] /= sum;
  }
  return out;
}

/** Value of a data year series in the base year (interpolated; carried from the nearest year). */
function valueAt(series: Readonly<Record<number, number>> | undefined, year: number): number {
  if (!series || seriesYears(series).length === 0) return NaN;
  return interpolateSeries(series, year, new Float64Array(1))[0];
}

/**
 * Builds the workforce plan for output years B..horizon (the engine runs one year further, so
 * that the flows of the last output year exist).
 *
 * @example
 * const wp = planWorkforce(data, 2024, 2030, rules, 67); // AOW age from workforce.aow_age
 * wp.layout.groups; // → ['po', 'vo', 'mbo']
 */
export function planWorkforce(
  data: ModelData,
  baseYear: number,
  horizon: number,
  rules: { series: string; rule: string; nl?: string }[],
  /** State pension (AOW) age, `workforce.aow_age` of the registry. */
  aowAge: number,
): WorkforcePlan {
  const lastWorkingAge = Math.round(aowAge) - 1;
  const layout = workforceLayout({
    groups: [...SECTORS],
    genders: 1,
    minAge: WORKFORCE_MIN_AGE,
    maxAge: WORKFORCE_MAX_AGE,
    firstYear: baseYear,
    lastYear: horizon + 1,
  });
  const { ages, cells, years } = layout;
  const ageShare = new Float64Array(cells);
  const outflowByAge = new Float64Array(cells);
  const employmentFte = new Float64Array(3);
  const shortageFte = new Float64Array(3);
  const shortageMeanFte = new Float64Array(3);
  const switchRate = new Float64Array(cells);
  const switchShare = new Float64Array(9);
  const reservePersons = new Float64Array(3);
  const pupilRatio = new Float64Array(3 * years).fill(NaN);
  const lastPupilIndex = new Int32Array(3);
  SECTORS.forEach((s: Sector, g) => {
    const profile = data.ageProfile[s] ?? [];
    if (profile.length === 0) {
      rules.push({ series: `ageProfile.${s}`, rule: 'no age profile: persons spread evenly over ages 25–64 (assumption)', nl: 'geen leeftijdsprofiel: personen gelijk verdeeld over de leeftijden 25–64 (aanname)' });
      ageShare.set(spreadBands([{ ageFrom: 25, ageTo: 64, value: 1 }], WORKFORCE_MIN_AGE, WORKFORCE_MAX_AGE, 'share'), g * ages);
    } else ageShare.set(spreadBands(profile, WORKFORCE_MIN_AGE, WORKFORCE_MAX_AGE, 'share', lastWorkingAge), g * ages);
    const outflow = data.outflowByAge[s] ?? [];
    if (outflow.length === 0) throw new Error(`model: data has no outflow rates by age for ${s}`);
    outflowByAge.set(spreadBands(outflow, WORKFORCE_MIN_AGE, WORKFORCE_MAX_AGE, 'rate'), g * ages);

    for (const [what, series, target] of [
      ['employmentFte', data.employmentFte[s], employmentFte],
      ['shortageFte', data.shortageFte[s], shortageFte],
    ] as const) {
      const ys = seriesYears(series);
      if (ys.length === 0) throw new Error(`model: data has no ${what} for ${s}`);
      if (!ys.includes(baseYear)) {
        rules.push({ series: `${what}.${s}`, rule: `no value for ${baseYear}: interpolated / carried from ${ys.join(', ')}`, nl: `geen waarde voor ${baseYear}: geïnterpoleerd / doorgetrokken uit ${ys.join(', ')}` });
      }
      target[g] = valueAt(series, baseYear);
    }
    const measured = seriesYears(data.shortageFte[s]).filter((y) => y >= baseYear - 2 && y <= baseYear);
    shortageMeanFte[g] = measured.length > 0 ? measured.reduce((a, y) => a + data.shortageFte[s][y], 0) / measured.length : shortageFte[g];

    const sw = data.switchByAge?.[s] ?? [];
    if (sw.length > 0) switchRate.set(spreadBands(sw, WORKFORCE_MIN_AGE, WORKFORCE_MAX_AGE, 'rate'), g * ages);
    else rules.push({ series: `switchByAge.${s}`, rule: 'no switch rates by age: no switchers from this sector', nl: 'geen overstapkansen naar leeftijd: geen overstappers uit deze sector' });
    const dest = data.switchDestinations?.[s];
    let sum = 0;
    SECTORS.forEach((to, h) => {
      const v = to === s ? 0 : (dest?.[to] ?? 0);
      switchShare[g * 3 + h] = v;
      sum += v;
    });
    if (sum > 0) for (let h = 0; h < 3; h++) switchShare[g * 3 + h] /= sum;
    else switchRate.fill(0, g * ages, (g + 1) * ages);
    const pool = data.stilleReserve?.[s];
    if (pool === undefined) rules.push({ series: `stilleReserve.${s}`, rule: 'no stille-reserve figure: no returners', nl: 'geen cijfer voor de stille reserve: geen herintreders' });
    reservePersons[g] = pool ?? 0;

    const pupils = data.pupils[s];
    const pys = seriesYears(pupils);
    if (pys.length === 0) {
      rules.push({ series: `pupils.${s}`, rule: 'no pupil data: demand constant apart from the growth after projection and standard change', nl: 'geen leerlingaantallen: vraag constant, afgezien van de groei na de prognose en de normverandering' });
      pupilRatio[g * years] = 1;
      lastPupilIndex[g] = 0;
    } else {
      const base = valueAt(pupils, baseYear);
      const last = Math.max(baseYear, pys[pys.length - 1]);
      const n = Math.min(years, last - baseYear + 1);
      const path = interpolateSeries(pupils, baseYear, new Float64Array(n));
      for (let y = 0; y < n; y++) pupilRatio[g * years + y] = path[y] / base;
      lastPupilIndex[g] = n - 1;
      if (pys[pys.length - 1] < horizon) {
        rules.push({ series: `pupils.${s}`, rule: `projection ends in ${pys[pys.length - 1]}: extended by workforce.pupils.growth_after_projection.${s}`, nl: `prognose eindigt in ${pys[pys.length - 1]}: verlengd met workforce.pupils.growth_after_projection.${s}` });
      }
    }
  });
  const scratch: WorkforceScratch = {
    initialStock: new Float64Array(cells),
    outflowRate: new Float64Array(cells),
    earlyRate: new Float64Array(EARLY_CLASSES * 3 * EARLY_YEARS),
    main: new Float64Array(cells),
    early: new Float64Array(3 * EARLY_CLASSES * EARLY_YEARS * ages),
    switchers: new Float64Array(cells),
    reserve: new Float64Array(3),
    persons: new Float64Array(3),
    left: new Float64Array(6),
    switchOut: new Float64Array(3),
    switchIn: new Float64Array(3),
  };
  return {
    layout, ageShare, outflowByAge, employmentFte, shortageFte, shortageMeanFte, switchRate, switchShare, reservePersons, pupilRatio, lastPupilIndex, scratch,
  };
}

/** One draw's workforce parameters, per sector index 0..2 unless said otherwise. */
export interface WorkforceDraw {
  ftePerPerson: Float64Array;
  shortageInEmployment: Float64Array;
  outflowFactor: Float64Array;
  /** [s·5 + e] */
  earlyAttrition: Float64Array;
  otherInflowFactor: Float64Array;
  supplyTrendRate: Float64Array;
  pupilGrowthAfter: Float64Array;
  /** [s·outputYears + y], output years B..horizon+1 */
  standardChange: Float64Array;
  /** Share of the stille-reserve pool returning per year, per sector. */
  returnRate: Float64Array;
  /** Share of leavers below the pension age who join the stille reserve. */
  reserveEntryShare: number;
  /** Share of the pool that stops being available per year (other work, age, pension). */
  reserveExitRate: number;
  /** Multiplies the switch rates by age of the data. */
  switchFactor: number;
  /** `workforce.closure`: false = fixed, true = vacancy. */
  vacancyClosure: boolean;
  /** ε of the vacancy closure. */
  vacancyElasticity: number;
  /** `workforce.shortage_anchor`: false = measured in B, true = mean of B−2..B. */
  anchorMean: boolean;
  aowAge: number;
  outflowAfterAow: number;
  otherAgeFrom: number;
  otherAgeTo: number;
  earlyAttritionMultiplier: number;
}

/** Graduate and side entrants per route and year that the pipeline hands over. */
export interface EntrantSource {
  /** Persons entering teaching per sector, route and workforce year (from graduates of the year before), regular and SO&P-trained: [(s·routes + r)·years + y]. */
  regular: Float64Array;
  sop: Float64Array;
  /** Youngest entry age per route. */
  entryAge: Float64Array;
}

/** Results of one workforce run, per sector and output year [s·years + y] (years = B..horizon+1). */
export interface WorkforceResult {
  supplyFte: Float64Array;
  demandFte: Float64Array;
  /** Persons entering during the year after t (so supply(t+1) = supply(t) − leavers(t) + entrants(t)), in fte. */
  entrantsFte: Float64Array;
  /** The same by origin (ORIGINS order): [(o·3 + s)·years + y]; they add up to `entrantsFte`. */
  entrantsByOriginFte: Float64Array;
  /** Persons leaving the sector (to outside po/vo/mbo or to another sector) during the year after t, in fte. */
  leaversFte: Float64Array;
}

const ZIJ_ROUTE = ROUTES.indexOf('zij-instroom');

/**
 * Runs the workforce of one draw for `steps` years (default: every year of the layout). `other`
 * is the calibrated other inflow in persons per year per sector (calibrate.ts). Writes into
 * `result` (allocated once by the caller with {@link workforceResult}).
 *
 * @example
 * calibrateOther(plan.workforce, history, historySource, scratch, other);
 * runWorkforce(plan.workforce, draw, source, other, result);
 * result.supplyFte[0]; // → po supply in the base year
 */
export function runWorkforce(
  wp: WorkforcePlan,
  p: WorkforceDraw,
  src: EntrantSource,
  other: Float64Array,
  result: WorkforceResult,
  steps = wp.layout.years - 1,
): void {
  const { layout, scratch: w } = wp;
  const { ages, years } = layout;
  const nR = ROUTES.length;
  const K = EARLY_YEARS;
  const C = EARLY_CLASSES;
  const { main, early, outflowRate, earlyRate, reserve, persons, left } = w;
  const aowIndex = Math.max(0, Math.min(ages, Math.round(p.aowAge) - WORKFORCE_MIN_AGE));
  const otherFrom = Math.max(0, Math.min(Math.round(p.otherAgeFrom), WORKFORCE_MAX_AGE) - WORKFORCE_MIN_AGE);
  const otherTo = Math.max(otherFrom, Math.min(Math.round(p.otherAgeTo), WORKFORCE_MAX_AGE) - WORKFORCE_MIN_AGE);
  const otherSpan = otherTo - otherFrom + 1;
  // Early-career persons live only within the entry ages shifted by experience: step that band.
  let entryLo = ages - 1;
  let entryHi = 0;
  for (let r = 0; r < nR; r++) {
    const a0 = Math.round(src.entryAge[r]) - WORKFORCE_MIN_AGE;
    entryLo = Math.min(entryLo, Math.max(0, Math.min(ages - 1, a0)));
    entryHi = Math.max(entryHi, Math.max(0, Math.min(ages - 1, a0 + ENTRY_AGE_SPAN - 1)));
  }
  result.entrantsByOriginFte.fill(0);
  early.fill(0);
  for (let g = 0; g < 3; g++) {
    const f = p.ftePerPerson[g];
    const Sh = p.anchorMean ? wp.shortageMeanFte[g] : wp.shortageFte[g];
    const supplyB = wp.employmentFte[g] - p.shortageInEmployment[g] * Sh;
    persons[g] = supplyB / f;
    for (let k = 0; k < K; k++) {
      const e = p.earlyAttrition[g * K + k];
      earlyRate[(0 * 3 + g) * K + k] = clamp(e);
      earlyRate[(1 * 3 + g) * K + k] = clamp(e * p.earlyAttritionMultiplier);
    }
    for (let i = 0; i < ages; i++) {
      const c = g * ages + i;
      const age = WORKFORCE_MIN_AGE + i;
      const q = age >= WORKFORCE_MAX_AGE ? 1 : age >= p.aowAge ? p.outflowAfterAow : wp.outflowByAge[c] * p.outflowFactor[g];
      outflowRate[c] = clamp(q);
      main[c] = persons[g] * wp.ageShare[c];
    }
    reserve[g] = wp.reservePersons[g];
    result.supplyFte[g * years] = supplyB;
    // demand: (supply(B) + shortage(B)) · pupils(t)/pupils(B) · standard change(t)
    sectorDemand(supplyB + Sh, wp.pupilRatio, g * years, wp.lastPupilIndex[g], p.pupilGrowthAfter[g], p.standardChange, g * years, result.demandFte, g * years, years);
  }
  for (let y = 1; y <= steps; y++) {
    w.switchOut.fill(0);
    w.switchIn.fill(0);
    // 1. ageing with outflow (main stock and early-career tracks, in place, the kernel)
    for (let g = 0; g < 3; g++) {
      left[2 * g] = 0;
      left[2 * g + 1] = 0;
      ageMain(main, g * ages, main, g * ages, ages, outflowRate, g * ages, left, 2 * g, aowIndex);
      for (let c = 0; c < C; c++) {
        const e0 = (g * C + c) * K;
        for (let k = K - 1; k >= 0; k--) {
          const row = (e0 + k) * ages;
          const hi = Math.min(ages - 1, entryHi + k);
          const lo = Math.max(0, entryLo + k);
          if (lo > hi) continue;
          const next = k + 1 < K ? row + ages : -1;
          // early leavers are below the pension age (entrants are young)
          left[2 * g] += ageEarly(early, row, next >= 0 ? early : null, next, main, g * ages, ages, lo, hi, outflowRate, g * ages, earlyRate[(c * 3 + g) * K + k], true);
        }
      }
    }
    // 2. switchers between sectors (persons conserved)
    moveSwitchers(main, 3, ages, wp.switchRate, p.switchFactor, wp.switchShare, w.switchers, w.switchOut, w.switchIn);
    for (let g = 0; g < 3; g++) {
      const f = p.ftePerPerson[g];
      // 3. graduates and side entrants into early-career class 0 (regular) / 1 (SO&P-trained)
      let graduates = 0;
      let side = 0;
      for (let r = 0; r < nR; r++) {
        const reg = src.regular[(g * nR + r) * years + y];
        const sop = src.sop[(g * nR + r) * years + y];
        if (reg === 0 && sop === 0) continue;
        if (r === ZIJ_ROUTE) side += reg + sop;
        else graduates += reg + sop;
        const a0 = Math.round(src.entryAge[r]) - WORKFORCE_MIN_AGE;
        const row0 = (g * C + 0) * K * ages;
        const row1 = (g * C + 1) * K * ages;
        for (let j = 0; j < ENTRY_AGE_SPAN; j++) {
          const i = a0 + j < 0 ? 0 : a0 + j >= ages ? ages - 1 : a0 + j;
          early[row0 + i] += reg / ENTRY_AGE_SPAN;
          early[row1 + i] += sop / ENTRY_AGE_SPAN;
        }
      }
      // 4. the closure: returners and other entrants respond to last year's shortage (vacancy)
      let response = 1;
      if (p.vacancyClosure) {
        const dPrev = result.demandFte[g * years + y - 1];
        const d0 = result.demandFte[g * years];
        const sharePrev = dPrev > 0 ? (dPrev - result.supplyFte[g * years + y - 1]) / dPrev : 0;
        const share0 = d0 > 0 ? (d0 - result.supplyFte[g * years]) / d0 : 0;
        response = Math.max(0, 1 + p.vacancyElasticity * (sharePrev - share0));
      }
      // 5. returners from the stille reserve and other entrants, spread over the other ages
      const returners = stepReserve(reserve, g, p.returnRate[g], response, p.reserveExitRate, p.reserveEntryShare, left[2 * g]);
      // the factor (from B+2: B+1 is the calibration year) and the closure act on a positive
      // other inflow only (a negative one is outflow the rates miss)
      const otherNow = other[g] > 0 ? other[g] * (y >= 2 ? p.otherInflowFactor[g] : 1) * response : other[g];
      const add = (returners + otherNow) / otherSpan;
      for (let i = otherFrom; i <= otherTo; i++) main[g * ages + i] += add;
      const entered = graduates + side + w.switchIn[g] + returners + otherNow;
      const gone = left[2 * g] + left[2 * g + 1] + w.switchOut[g];
      // supply: persons carried forward by the year's flows (exact up to rounding)
      persons[g] += entered - gone;
      result.supplyFte[g * years + y] = persons[g] * f;
      result.leaversFte[g * years + y - 1] = gone * f;
      // by origin, and their sum in this order (so the breakdowns add up to the total exactly)
      const o = result.entrantsByOriginFte;
      const gF = graduates * f;
      const sF = side * f;
      const wF = w.switchIn[g] * f;
      const rF = returners * f;
      const oF = otherNow * f;
      o[(ORIGIN_GRADUATE * 3 + g) * years + y - 1] = gF;
      o[(ORIGIN_SIDE_ENTRANT * 3 + g) * years + y - 1] = sF;
      o[(ORIGIN_SWITCHER * 3 + g) * years + y - 1] = wF;
      o[(ORIGIN_RETURNER * 3 + g) * years + y - 1] = rF;
      o[(ORIGIN_OTHER * 3 + g) * years + y - 1] = oF;
      result.entrantsFte[g * years + y - 1] = gF + sF + wF + rF + oF;
    }
  }
  for (let g = 0; g < 3; g++) {
    for (let y = steps; y < years; y++) {
      if (y > steps) result.supplyFte[g * years + y] = NaN;
      result.entrantsFte[g * years + y] = NaN;
      result.leaversFte[g * years + y] = NaN;
      for (let o = 0; o < ORIGINS.length; o++) result.entrantsByOriginFte[(o * 3 + g) * years + y] = NaN;
    }
  }
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/**
 * Allocates a result for a plan.
 *
 * @example
 * const result = workforceResult(plan.workforce);
 */
export function workforceResult(wp: WorkforcePlan): WorkforceResult {
  const n = 3 * wp.layout.years;
  return {
    supplyFte: new Float64Array(n),
    demandFte: new Float64Array(n),
    entrantsFte: new Float64Array(n),
    entrantsByOriginFte: new Float64Array(ORIGINS.length * n),
    leaversFte: new Float64Array(n),
  };
}
