/**
 * Partnership capacity (DESIGN §2.2). Cells are (route, study year) pairs; partnerships p hold a
 * share w[p,c] of the national SO&P students of each cell (their base-year shares, Σ_p w = 1).
 *
 *   required R[p,t]  = Σ_c w[p,c] · S*[c,t] / studentsPerMentor[p,c]      (S* = target SO&P students)
 *   cap      c[p,t]  = min(1, M[p,t] / R[p,t]) when the cap is on, else 1
 *   placed   S[c,t]  = S*[c,t] · Σ_p w[p,c] · c[p,t]                      (the rest is placed regularly)
 *   mentors  M[p,t+1] = M[p,t] · (1 − attrition) + trained[p,t]
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
