import { selectPositions } from '../ensemble/quantile';
import { nextMentors } from './capacity';

/**
 * A partnership's mentor training plan as a stock-flow schedule (issue #17): how many mentors to
 * train each year so that, after mentor attrition, the mentors available meet the mentors required
 * in every year with at least a chosen probability over the ensemble's draws.
 *
 * Per draw d and plan year t (t = 1 … n; stock M[d,0] = the mentors entered, as of the year the
 * numbers describe), with the model's single recursion (`nextMentors`, src/model/capacity.ts):
 *
 *   M[d,t] = M[d,t−1] · (1 − a[d]) + T[t]          start stock M[d,t−1], left M[d,t−1]·a[d]
 *   gap[d,t] = max(0, R[d,t] − M[d,t])
 *
 * where a[d] is the draw's attrition rate, R[d,t] the draw's mentors required and T[t] the plan:
 * the same whole number of mentors in every draw (a coordinator trains persons, not a
 * distribution). Year by year, T[t] is the smallest whole number with
 *
 *   #{d : R[d,t] − M[d,t−1]·(1 − a[d]) ≤ T[t]} ≥ ⌈q · draws⌉,
 *
 * i.e. the ⌈q·n⌉-th smallest need, rounded up, and at least 0. So in each year the share of draws
 * without a gap is at least q, and no year trains more than it needs given the years before
 * (training earlier only loses mentors to attrition). Mentors trained in a year count in that
 * year's stock.
 */

/** What a plan is computed from: per-draw mentors required and attrition, the start stock. */
export interface MentorPlanInput {
  /** Number of draws n. */
  draws: number;
  /** Number of plan years. */
  years: number;
  /** Mentors required, draw-major: `required[d * years + t]`. */
  required: ArrayLike<number>;
  /** Mentor attrition rate of each draw (0–1). */
  attrition: ArrayLike<number>;
  /** Mentors available at the start (the partnership's own count). */
  startStock: number;
  /** Probability q (0 < q ≤ 1) of no gap in each year. */
  probability: number;
}

/** A plan and its stocks in every draw. */
export interface MentorPlanSchedule {
  /** Mentors to train in each plan year (whole persons, ≥ 0). */
  trained: number[];
  /** End-of-year stock, draw-major like `required`. */
  stock: Float64Array;
}

/**
 * The smallest value v among `values` with at least ⌈q·n⌉ of them ≤ v (the empirical quantile
 * that guarantees a share q at or below it). Sorts a copy.
 *
 * @example
 * coveringQuantile(Float64Array.of(5, 1, 3, 2, 4), 0.8); // → 4
 */
export function coveringQuantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) throw new RangeError('coveringQuantile: no values');
  const k = coveringPosition(n, q);
  const a = values instanceof Float64Array ? values.slice() : Float64Array.from(values);
  selectPositions(a, [k]);
  return a[k];
}

/**
 * The 0-based order-statistic position ⌈q·n⌉ − 1 that {@link coveringQuantile} reads.
 *
 * @example
 * coveringPosition(5, 0.8); // → 3
 */
export function coveringPosition(n: number, q: number): number {
  if (!(q > 0 && q <= 1)) throw new RangeError(`coveringQuantile: probability must be in (0, 1], got ${q}`);
  return Math.max(1, Math.ceil(q * n - 1e-9)) - 1;
}

/**
 * The training plan (see the module comment) and the stocks it gives in every draw.
 *
 * @example
 * // one draw, 10% attrition, 100 mentors now, 120 then 150 required
 * planMentorTraining({ draws: 1, years: 2, required: [120, 150], attrition: [0.1], startStock: 100, probability: 0.8 }).trained;
 * // → [30, 42]   (100·0.9 + 30 = 120; 120·0.9 + 42 = 150)
 */
export function planMentorTraining(input: MentorPlanInput): MentorPlanSchedule {
  const { draws: n, years: nY, required, attrition, startStock, probability } = input;
  if (required.length !== n * nY) throw new RangeError(`planMentorTraining: required must have ${n * nY} values, got ${required.length}`);
  if (attrition.length !== n) throw new RangeError(`planMentorTraining: attrition must have ${n} values, got ${attrition.length}`);
  const stock = new Float64Array(n * nY);
  const need = new Float64Array(n);
  const trained: number[] = [];
  for (let t = 0; t < nY; t++) {
    for (let d = 0; d < n; d++) {
      const before = t === 0 ? startStock : stock[d * nY + t - 1];
      need[d] = required[d * nY + t] - nextMentors(before, attrition[d], 0);
    }
    const T = Math.max(0, Math.ceil(coveringQuantile(need, probability)));
    trained.push(T);
    for (let d = 0; d < n; d++) {
      const before = t === 0 ? startStock : stock[d * nY + t - 1];
      stock[d * nY + t] = nextMentors(before, attrition[d], T);
    }
  }
  return { trained, stock };
}

/**
 * The end-of-year stock in every draw when `trained` mentors are trained each year (the replay of
 * a plan, or of any schedule), with the same recursion.
 *
 * @example
 * replayMentors(100, [30, 42], [0.1]); // → Float64Array [120, 150]
 */
export function replayMentors(startStock: number, trained: readonly number[], attrition: ArrayLike<number>): Float64Array {
  const nY = trained.length;
  const n = attrition.length;
  const stock = new Float64Array(n * nY);
  for (let d = 0; d < n; d++) {
    let m = startStock;
    for (let t = 0; t < nY; t++) {
      m = nextMentors(m, attrition[d], trained[t]);
      stock[d * nY + t] = m;
    }
  }
  return stock;
}
