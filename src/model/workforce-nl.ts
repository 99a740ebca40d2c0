import { ROUTES, SECTORS, type Sector } from './domain';
import type { AgeBandValue, ModelData } from './inputs';
import { interpolateSeries, seriesYears } from './param-read';
import { workforceLayout, type WorkforceLayout } from './workforce';

/**
 * The Dutch po/vo/mbo teacher workforce (DESIGN §2.3) expressed through the generic
 * age-structured engine of `src/model/workforce/` (groups = sectors, one gender, ages 20–75).
 *
 * Base year B:
 *   supply(B) = employment W − φ·Sh          (regular staff; φ = share of the measured shortage
 *   demand(B) = W + (1 − φ)·Sh                 filled by stopgap staff inside the employment figure)
 *   so shortage(B) = Sh (measured) and employment(B) = supply(B) + φ·Sh = W.
 * Stock in persons = supply / fte per person, spread over ages by the age profile.
 * Each year: ageing with outflow q[s,a] (data by age band × factor; `aow` rate from AOW age; all
 * leave at 75); graduates enter at their route's entry ages through the engine's early-career
 * track (class 0 regular, class 1 SO&P-trained, whose extra attrition is × m_a); other entrants
 * (returners, switchers, unqualified hires who qualify) join the stock: each year a constant share
 * κ of the persons the base-year staff vacate, κ calibrated so that supply(B+1) = supply(B)·(1 + trend).
 * Demand(t) = demand(B) · pupils(t)/pupils(B) · standard change(t).
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
  /** Persons by age in the main stock of the sector being stepped. */
  main: Float64Array;
  /** Persons by class, experience year and age of the sector being stepped: [(c·5 + k)·ages + i]. */
  early: Float64Array;
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
  rules: { series: string; rule: string }[],
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
  const pupilRatio = new Float64Array(3 * years).fill(NaN);
  const lastPupilIndex = new Int32Array(3);
  SECTORS.forEach((s: Sector, g) => {
    const profile = data.ageProfile[s] ?? [];
    if (profile.length === 0) {
      rules.push({ series: `ageProfile.${s}`, rule: 'no age profile: persons spread evenly over ages 25–64 (assumption)' });
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
        rules.push({ series: `${what}.${s}`, rule: `no value for ${baseYear}: interpolated / carried from ${ys.join(', ')}` });
      }
      target[g] = valueAt(series, baseYear);
    }

    const pupils = data.pupils[s];
    const pys = seriesYears(pupils);
    if (pys.length === 0) {
      rules.push({ series: `pupils.${s}`, rule: 'no pupil data: demand constant apart from the growth after projection and standard change' });
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
        rules.push({ series: `pupils.${s}`, rule: `projection ends in ${pys[pys.length - 1]}: extended by workforce.pupils.growth_after_projection.${s}` });
      }
    }
  });
  const scratch: WorkforceScratch = {
    initialStock: new Float64Array(cells),
    outflowRate: new Float64Array(cells),
    earlyRate: new Float64Array(EARLY_CLASSES * 3 * EARLY_YEARS),
    main: new Float64Array(ages),
    early: new Float64Array(EARLY_CLASSES * EARLY_YEARS * ages),
  };
  return { layout, ageShare, outflowByAge, employmentFte, shortageFte, pupilRatio, lastPupilIndex, scratch };
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
  aowAge: number;
  outflowAfterAow: number;
  otherAgeFrom: number;
  otherAgeTo: number;
  earlyAttritionMultiplier: number;
}

/** Graduate entrants per route and year that the pipeline hands over. */
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
  leaversFte: Float64Array;
  /** Calibrated other inflow in the first projected year (persons) per sector. */
  otherInflowPersons: Float64Array;
}

/**
 * Runs the workforce for one draw. Writes into `result` (allocated once by the caller).
 *
 * The stepping is the engine's (`projectStock` in src/model/workforce/engine.ts: ageing with
 * outflow q, early-career tracks with survival (1 − q)(1 − e), entrants added at their age in
 * year y), done in place per sector for speed — a test checks it reproduces `projectStock` to
 * 1e-9. One addition the engine's up-front flows cannot express: the other inflow of year y is
 * κ × the persons who left during the step y−1 → y (a feedback).
 *
 * @example
 * runWorkforce(plan.workforce, draw, entrants, result);
 * result.supplyFte[0]; // → po supply in the base year
 */
export function runWorkforce(wp: WorkforcePlan, p: WorkforceDraw, src: EntrantSource, result: WorkforceResult): void {
  const { layout, scratch: w } = wp;
  const { ages, years } = layout;
  const nR = ROUTES.length;
  const K = EARLY_YEARS;
  const { main, early, outflowRate, earlyRate } = w;
  for (let g = 0; g < 3; g++) {
    const f = p.ftePerPerson[g];
    const phi = p.shortageInEmployment[g];
    const W = wp.employmentFte[g];
    const Sh = wp.shortageFte[g];
    const supplyB = W - phi * Sh;
    const persons = supplyB / f;
    for (let k = 0; k < K; k++) {
      const e = p.earlyAttrition[g * K + k];
      earlyRate[(0 * 3 + g) * K + k] = clamp(e);
      earlyRate[(1 * 3 + g) * K + k] = clamp(e * p.earlyAttritionMultiplier);
    }
    let leaversB = 0;
    for (let i = 0; i < ages; i++) {
      const c = g * ages + i;
      const age = WORKFORCE_MIN_AGE + i;
      const q = age >= WORKFORCE_MAX_AGE ? 1 : age >= p.aowAge ? p.outflowAfterAow : wp.outflowByAge[c] * p.outflowFactor[g];
      outflowRate[c] = clamp(q);
      main[i] = persons * wp.ageShare[c];
      leaversB += main[i] * (i + 1 < ages ? outflowRate[c] : 1);
    }
    early.fill(0);
    // κ: other inflow as a share of leavers, so that supply(B+1) = supply(B)·(1 + trend).
    let entrantsB1 = 0;
    for (let r = 0; r < nR; r++) entrantsB1 += src.regular[(g * nR + r) * years + 1] + src.sop[(g * nR + r) * years + 1];
    const needed = leaversB - entrantsB1 + p.supplyTrendRate[g] * persons;
    const kappa = leaversB > 0 ? (Math.max(0, needed) / leaversB) * p.otherInflowFactor[g] : 0;
    result.otherInflowPersons[g] = kappa * leaversB;
    const otherFrom = Math.max(0, Math.min(Math.round(p.otherAgeFrom), WORKFORCE_MAX_AGE) - WORKFORCE_MIN_AGE);
    const otherTo = Math.max(otherFrom, Math.min(Math.round(p.otherAgeTo), WORKFORCE_MAX_AGE) - WORKFORCE_MIN_AGE);
    const otherSpan = otherTo - otherFrom + 1;

    result.supplyFte[g * years] = supplyB;
    // Early-career persons live only within the entry ages shifted by experience: step that band.
    let entryLo = ages - 1;
    let entryHi = 0;
    for (let r = 0; r < nR; r++) {
      const a0 = Math.round(src.entryAge[r]) - WORKFORCE_MIN_AGE;
      entryLo = Math.min(entryLo, Math.max(0, Math.min(ages - 1, a0)));
      entryHi = Math.max(entryHi, Math.max(0, Math.min(ages - 1, a0 + ENTRY_AGE_SPAN - 1)));
    }
    let totalPersons = persons;
    for (let y = 1; y < years; y++) {
      const qRow = g * ages;
      // 1. main stock: ageing with outflow (in place, oldest first)
      let left = 0;
      for (let i = ages - 1; i >= 0; i--) {
        const n = main[i];
        const out = n * outflowRate[qRow + i];
        left += out;
        if (i + 1 < ages) main[i + 1] = n - out;
        else left += n - out;
      }
      main[0] = 0;
      // 2. early-career tracks: last experience year first, so each slot is free before it is filled
      for (let c = 0; c < EARLY_CLASSES; c++) {
        for (let k = K - 1; k >= 0; k--) {
          const e = earlyRate[(c * 3 + g) * K + k];
          const row = (c * K + k) * ages;
          const toRow = k + 1 < K ? (c * K + k + 1) * ages : -1;
          const hi = Math.min(ages - 1, entryHi + k);
          for (let i = hi; i >= entryLo + k && i >= 0; i--) {
            const n = early[row + i];
            if (n === 0) continue;
            early[row + i] = 0;
            const survivors = n * (1 - outflowRate[qRow + i]) * (1 - e);
            left += n - survivors;
            if (i + 1 >= ages) left += survivors;
            else if (toRow >= 0) early[toRow + i + 1] += survivors;
            else main[i + 1] += survivors;
          }
        }
      }
      // 3. entrants of year y: graduates into early-career class 0 / 1, others into the main stock
      let entered = 0;
      for (let r = 0; r < nR; r++) {
        const reg = src.regular[(g * nR + r) * years + y];
        const sop = src.sop[(g * nR + r) * years + y];
        if (reg === 0 && sop === 0) continue;
        entered += reg + sop;
        const a0 = Math.round(src.entryAge[r]) - WORKFORCE_MIN_AGE;
        for (let j = 0; j < ENTRY_AGE_SPAN; j++) {
          const i = a0 + j < 0 ? 0 : a0 + j >= ages ? ages - 1 : a0 + j;
          early[i] += reg / ENTRY_AGE_SPAN;
          early[K * ages + i] += sop / ENTRY_AGE_SPAN;
        }
      }
      const other = kappa * left;
      for (let i = otherFrom; i <= otherTo; i++) main[i] += other / otherSpan;
      entered += other;
      // supply: persons carried forward by the year's flows (exact up to rounding)
      totalPersons += entered - left;
      result.supplyFte[g * years + y] = totalPersons * f;
      result.entrantsFte[g * years + y - 1] = entered * f;
      result.leaversFte[g * years + y - 1] = left * f;
    }
    result.entrantsFte[g * years + years - 1] = NaN;
    result.leaversFte[g * years + years - 1] = NaN;
    // demand: (supply(B) + shortage(B)) · pupils(t)/pupils(B) · standard change(t)
    const last = wp.lastPupilIndex[g];
    for (let y = 0; y < years; y++) {
      const dc = y <= last ? wp.pupilRatio[g * years + y] : wp.pupilRatio[g * years + last] * Math.pow(1 + p.pupilGrowthAfter[g], y - last);
      result.demandFte[g * years + y] = (supplyB + Sh) * dc * p.standardChange[g * years + y];
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
    leaversFte: new Float64Array(n),
    otherInflowPersons: new Float64Array(3),
  };
}
