/**
 * The teacher-education pipeline of one route for one school year (DESIGN §2.1):
 *
 *   E[k+1, t+1] = S[k,t]·(1 − d[k]·m_d − g[k]) + (E[k,t] − S[k,t])·(1 − d[k] − g[k])   for k < K
 *   G[t]        = Σ_k E[k,t]·g[k]             (split into SO&P-placed and regular graduates)
 *   Dropouts[t] = Σ_k dropouts, plus everyone still enrolled after study year K (forced exit)
 *
 * so that ΣE[t+1] − ΣE[t] = I[t+1] − G[t] − Dropouts[t] holds exactly. `S` are the students
 * placed in a partnership this year; the dropout multiplier m_d applies to them only.
 * Rates are clamped so that dropout + graduation ≤ 1 for every sub-population.
 */

/** Indices into the accumulator written by {@link stepRoute}. */
export const FLOW = { graduatesSop: 0, graduatesRegular: 1, dropoutsSop: 2, dropoutsRegular: 3 } as const;

/**
 * Advances one route by one year. Cells `off .. off + K − 1` of `enrolled`, `placed`, `dropout`
 * and `graduation` are study years 1..K. Writes next year's continuing students to
 * `next[off + 1 .. off + K − 1]` (study year 1 of next year is left for the inflow) and the year's
 * flows to `acc` (see {@link FLOW}), overwriting both.
 *
 * @example
 * // K = 2, 100 students in year 1 (40 placed), 50 in year 2; d = [0.1, –], g = [0, 0.8], m_d = 0.5
 * const next = new Float64Array(2), acc = new Float64Array(4);
 * stepRoute(new Float64Array([100, 50]), new Float64Array([40, 0]), 0, 2,
 *   new Float64Array([0.1, 0]), new Float64Array([0, 0.8]), 0.5, next, acc);
 * // next[1] = 40·0.95 + 60·0.9 = 92; acc = [0, 40, 2, 6 + 10]
 */
export function stepRoute(
  enrolled: Float64Array,
  placed: Float64Array,
  off: number,
  studyYears: number,
  dropout: Float64Array,
  graduation: Float64Array,
  dropoutMultiplier: number,
  next: Float64Array,
  acc: Float64Array,
): void {
  let gradSop = 0;
  let gradReg = 0;
  let dropSop = 0;
  let dropReg = 0;
  const last = off + studyYears - 1;
  for (let c = off; c <= last; c++) {
    const e = enrolled[c];
    const s = placed[c];
    const reg = e - s;
    const g = clamp01(graduation[c]);
    gradSop += s * g;
    gradReg += reg * g;
    if (c === last) {
      // forced exit: whoever does not graduate in the last study year leaves
      dropSop += s * (1 - g);
      dropReg += reg * (1 - g);
    } else {
      const dReg = Math.min(clamp01(dropout[c]), 1 - g);
      const dSop = Math.min(clamp01(dropout[c] * dropoutMultiplier), 1 - g);
      dropSop += s * dSop;
      dropReg += reg * dReg;
      next[c + 1] = s * (1 - dSop - g) + reg * (1 - dReg - g);
    }
  }
  acc[FLOW.graduatesSop] = gradSop;
  acc[FLOW.graduatesRegular] = gradReg;
  acc[FLOW.dropoutsSop] = dropSop;
  acc[FLOW.dropoutsRegular] = dropReg;
}

/**
 * Clamps a rate to [0, 1] (DESIGN §2: rates are clamped after effects are applied).
 *
 * @example
 * clamp01(1.2); // → 1
 */
export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
