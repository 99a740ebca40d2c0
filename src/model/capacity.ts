/**
 * Partnership capacity (DESIGN §2.2). Cells are (route, study year) pairs; partnerships p hold a
 * share w[p,c] of the national SO&P students of each cell (their base-year shares, Σ_p w = 1).
 *
 *   required R[p,c,t] = w[p,c] · S*[c,t] / studentsPerMentor[p,c]     (S* = target SO&P students)
 *   R[p,t] = Σ_c R[p,c,t]
 *   cap c[p,c,t] = min(1, M[p,t] · μ[p,c] / R[p,c,t]) when the cap is on, else 1, where
 *            μ[p,c] = R[p,c,B] / R[p,B] is the base-year mix of the partnership's mentors over
 *            its placement types (in B this is the partnership's own min(1, M/R))
 *   placed   S[c,t]  = S*[c,t] · Σ_p w[p,c] · c[p,c,t]                  (the rest is placed regularly)
 *   mentors  M[p,t+1] = M[p,t] · (1 − attrition) + trained[p,t]
 *
 * The mix keeps each placement type's mentors for that type (issue #12: a capped partnership must
 * not turn more inflow into more shortage). With one cap per partnership, more first-year
 * students would take mentors from final-year students, whose SO&P status carries the entry and
 * early-attrition effects, so more inflow could raise the shortage; fewer students in one route
 * would free mentors for others. Per placement type, the SO&P students placed in a cell never fall
 * when its students rise, and never depend on other cells.
 */

/**
 * Partnership × cell weights in compressed rows (most partnerships serve a few routes only):
 * partnership p's nonzero cells are `col[rowStart[p] .. rowStart[p+1] − 1]` with values in a
 * parallel array.
 */
export interface SparseRows {
  rowStart: Int32Array;
  col: Int32Array;
}

/**
 * Mentors required per partnership for the target SO&P students of each cell:
 * R[p] = Σ_c w[p,c] / studentsPerMentor[p,c] · S*[c], with `weightPerMentor` parallel to `rows.col`.
 *
 * @example
 * // 2 partnerships, 1 cell with 10 students; p0 holds 60% at 2 students per mentor, p1 40% at 1
 * const rows = { rowStart: Int32Array.of(0, 1, 2), col: Int32Array.of(0, 0) };
 * mentorsRequired(rows, Float64Array.of(0.3, 0.4), Float64Array.of(10), new Float64Array(2)); // → [3, 4]
 */
export function mentorsRequired(rows: SparseRows, weightPerMentor: Float64Array, targetPlaced: Float64Array, out: Float64Array): Float64Array {
  const { rowStart, col } = rows;
  for (let p = 0; p + 1 < rowStart.length; p++) {
    let r = 0;
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) r += weightPerMentor[j] * targetPlaced[col[j]];
    out[p] = r;
  }
  return out;
}

/**
 * {@link mentorsRequired} fused with the two other per-partnership sums over the same sparse rows
 * (one pass instead of three, the same sums in the same order, so the same bits): mentors
 * required R[p] = Σ_j weightPerMentor[j]·S*[c], target SO&P students T[p] = Σ_j weight[j]·S*[c]
 * and mentor hours H[p] = Σ_j weightHours[j]·S*[c], with c = col[j] and all weights parallel to
 * `rows.col`.
 *
 * @example
 * const rows = { rowStart: Int32Array.of(0, 1, 2), col: Int32Array.of(0, 0) };
 * const R = new Float64Array(2), T = new Float64Array(2), H = new Float64Array(2);
 * partnershipSums(rows, Float64Array.of(0.3, 0.4), Float64Array.of(0.6, 0.4), Float64Array.of(6, 4), Float64Array.of(10), R, T, H);
 * // R → [3, 4], T → [6, 4], H → [60, 40]
 */
export function partnershipSums(
  rows: SparseRows,
  weightPerMentor: Float64Array,
  weight: Float64Array,
  weightHours: Float64Array,
  targetPlaced: Float64Array,
  required: Float64Array,
  target: Float64Array,
  hours: Float64Array,
): void {
  const { rowStart, col } = rows;
  const n = rowStart.length - 1;
  let j = n >= 0 ? rowStart[0] : 0;
  for (let p = 0; p < n; p++) {
    const end = rowStart[p + 1];
    let r = 0;
    let t = 0;
    let h = 0;
    for (; j < end; j++) {
      const tc = targetPlaced[col[j]];
      r += weightPerMentor[j] * tc;
      t += weight[j] * tc;
      h += weightHours[j] * tc;
    }
    required[p] = r;
    target[p] = t;
    hours[p] = h;
  }
}

/**
 * One year of capacity when the mentors available are known beforehand, in one pass over the
 * rows: per partnership the mentors required (as {@link mentorsRequired}) and its cap factor (as
 * {@link capFactors}), then the cell factors (as {@link cellCapFactors}: cells start at 1, capped
 * partnerships subtract w·(1 − cap) in ascending order — the same operations in the same order,
 * so the same bits as the three calls). With `sums`, also each partnership's target students and
 * hours (as {@link partnershipSums}). `weight` is parallel to `rows.col`.
 *
 * @example
 * const rows = { rowStart: Int32Array.of(0, 1, 2), col: Int32Array.of(0, 0) };
 * const R = new Float64Array(2), cap = new Float64Array(2), cell = new Float64Array(1);
 * capacityYear(rows, Float64Array.of(0.6, 0.4), Float64Array.of(0.3, 0.4), Float64Array.of(10), Float64Array.of(1.5, 8), true, R, cap, cell);
 * // R → [3, 4], cap → [0.5, 1], cell → [0.7]
 */
export function capacityYear(
  rows: SparseRows,
  weight: Float64Array,
  weightPerMentor: Float64Array,
  targetPlaced: Float64Array,
  available: Float64Array,
  capOn: boolean,
  required: Float64Array,
  cap: Float64Array,
  cellCap: Float64Array,
  sums?: { weightHours: Float64Array; target: Float64Array; hours: Float64Array },
  mix?: Float64Array,
): void {
  const { rowStart, col } = rows;
  const n = rowStart.length - 1;
  if (mix) {
    capacityByMix(rows, weight, weightPerMentor, targetPlaced, available, capOn, required, cap, cellCap, mix, sums);
    return;
  }
  if (sums) {
    const { weightHours } = sums;
    for (let p = 0; p < n; p++) {
      let r = 0;
      let t = 0;
      let h = 0;
      for (let j = rowStart[p]; j < rowStart[p + 1]; j++) {
        const tc = targetPlaced[col[j]];
        r += weightPerMentor[j] * tc;
        t += weight[j] * tc;
        h += weightHours[j] * tc;
      }
      required[p] = r;
      sums.target[p] = t;
      sums.hours[p] = h;
    }
  } else requiredByPairs(rowStart, col, weightPerMentor, targetPlaced, required);
  for (let p = 0; p < n; p++) cap[p] = capFactor(required[p], available[p], capOn);
  cellCap.fill(1);
  for (let p = 0; p < n; p++) {
    const lost = 1 - cap[p];
    if (lost === 0) continue;
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) cellCap[col[j]] -= weight[j] * lost;
  }
}

/**
 * {@link capacityYear} with the base-year mix μ (parallel to `rows.col`): each placement type of a
 * partnership keeps its share of the mentors. `cap[p]` is the share of the partnership's target
 * students it places.
 *
 * @example
 * // one partnership, two cells (year 1, final year) with 4 and 2 target students, 1 per mentor,
 * // 6 mentors split 4/2 in the base year; now year 1 has 8: the final year keeps its 2
 * const rows = { rowStart: Int32Array.of(0, 2), col: Int32Array.of(0, 1) };
 * const cell = new Float64Array(2), cap = new Float64Array(1);
 * capacityYear(rows, Float64Array.of(1, 1), Float64Array.of(1, 1), Float64Array.of(8, 2), Float64Array.of(6), true,
 *   new Float64Array(1), cap, cell, undefined, Float64Array.of(4 / 6, 2 / 6));
 * // cell → [0.5, 1], cap → [0.6]
 */
function capacityByMix(
  rows: SparseRows,
  weight: Float64Array,
  weightPerMentor: Float64Array,
  targetPlaced: Float64Array,
  available: Float64Array,
  capOn: boolean,
  required: Float64Array,
  cap: Float64Array,
  cellCap: Float64Array,
  mix: Float64Array,
  sums?: { weightHours: Float64Array; target: Float64Array; hours: Float64Array },
): void {
  const { rowStart, col } = rows;
  const n = rowStart.length - 1;
  cellCap.fill(1);
  for (let p = 0; p < n; p++) {
    const m = Math.max(0, available[p]);
    let r = 0;
    let t = 0;
    let h = 0;
    let placedP = 0;
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) {
      const tc = targetPlaced[col[j]];
      const rj = weightPerMentor[j] * tc;
      r += rj;
      const wt = weight[j] * tc;
      t += wt;
      if (sums) h += sums.weightHours[j] * tc;
      const cj = capFactor(rj, m * mix[j], capOn);
      if (cj < 1) cellCap[col[j]] -= weight[j] * (1 - cj);
      placedP += wt * cj;
    }
    required[p] = r;
    cap[p] = t > 0 ? placedP / t : 1;
    if (sums) {
      sums.target[p] = t;
      sums.hours[p] = h;
    }
  }
}

/**
 * The base-year mix μ[p,c] = R[p,c,B] / R[p,B] of each partnership's mentors over its placement
 * types (parallel to `rows.col`; 0 where the partnership requires no mentors).
 *
 * @example
 * const rows = { rowStart: Int32Array.of(0, 2), col: Int32Array.of(0, 1) };
 * mentorMix(rows, Float64Array.of(1, 0.5), Float64Array.of(4, 4), new Float64Array(2)); // → [2/3, 1/3]
 */
export function mentorMix(rows: SparseRows, weightPerMentor: Float64Array, targetPlaced: Float64Array, out: Float64Array): Float64Array {
  const { rowStart, col } = rows;
  for (let p = 0; p + 1 < rowStart.length; p++) {
    let r = 0;
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) r += weightPerMentor[j] * targetPlaced[col[j]];
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) out[j] = r > 0 ? (weightPerMentor[j] * targetPlaced[col[j]]) / r : 0;
  }
  return out;
}

/** The cap factor of one partnership (the formula of {@link capFactors}). */
function capFactor(required: number, available: number, capOn: boolean): number {
  return capOn && required > available ? (required > 0 ? Math.max(0, available) / required : 1) : 1;
}

/**
 * Σ_j weightPerMentor[j]·S*[col[j]] per row, two rows at a time: each row's sum is still taken in
 * its own order (so the same bits as {@link mentorsRequired}), but the two independent chains of
 * additions overlap in the processor.
 */
function requiredByPairs(rowStart: Int32Array, col: Int32Array, wpm: Float64Array, target: Float64Array, out: Float64Array): void {
  const n = rowStart.length - 1;
  let p = 0;
  for (; p + 1 < n; p += 2) {
    let a = rowStart[p];
    const aEnd = rowStart[p + 1];
    let b = aEnd;
    const bEnd = rowStart[p + 2];
    let ra = 0;
    let rb = 0;
    for (; a < aEnd && b < bEnd; a++, b++) {
      ra += wpm[a] * target[col[a]];
      rb += wpm[b] * target[col[b]];
    }
    for (; a < aEnd; a++) ra += wpm[a] * target[col[a]];
    for (; b < bEnd; b++) rb += wpm[b] * target[col[b]];
    out[p] = ra;
    out[p + 1] = rb;
  }
  for (; p < n; p++) {
    let r = 0;
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) r += wpm[j] * target[col[j]];
    out[p] = r;
  }
}

/**
 * The share of its target SO&P students each partnership can place with its mentors:
 * min(1, available / required) when `capOn`, else 1 (and 1 when nothing is required).
 *
 * @example
 * capFactors(Float64Array.of(10, 4), Float64Array.of(5, 8), true, new Float64Array(2)); // → [0.5, 1]
 */
export function capFactors(required: Float64Array, available: Float64Array, capOn: boolean, out: Float64Array): Float64Array {
  for (let p = 0; p < required.length; p++) {
    const r = required[p];
    out[p] = capOn && r > available[p] ? (r > 0 ? Math.max(0, available[p]) / r : 1) : 1;
  }
  return out;
}

/**
 * Per cell, the national share of target SO&P students actually placed: Σ_p w[p,c] · cap[p]
 * = 1 − Σ_p w[p,c] · (1 − cap[p]) (`weight` parallel to `rows.col`, Σ_p w[p,c] = 1), summed
 * over the capped partnerships only.
 *
 * @example
 * const rows = { rowStart: Int32Array.of(0, 1, 2), col: Int32Array.of(0, 0) };
 * cellCapFactors(rows, Float64Array.of(0.6, 0.4), Float64Array.of(0.5, 1), new Float64Array(1)); // → [0.7]
 */
export function cellCapFactors(rows: SparseRows, weight: Float64Array, cap: Float64Array, out: Float64Array): Float64Array {
  const { rowStart, col } = rows;
  out.fill(1);
  for (let p = 0; p + 1 < rowStart.length; p++) {
    const lost = 1 - cap[p];
    if (lost === 0) continue;
    for (let j = rowStart[p]; j < rowStart[p + 1]; j++) out[col[j]] -= weight[j] * lost;
  }
  return out;
}

/**
 * Mentors available next year: M · (1 − attrition) + trained.
 *
 * @example
 * nextMentors(100, 0.1, 15); // → 105
 */
export function nextMentors(available: number, attritionRate: number, trained: number): number {
  return available * (1 - attritionRate) + trained;
}
