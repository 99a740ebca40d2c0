import { invertMatrix } from './trend/leastSquares';
import { pearson, ranks } from './stats/ranks';
import { studentTCdf } from './stats/studentT';

/** Partial rank correlation of one input with the output. */
export interface PrccResult {
  /** PRCC in [−1, 1]: the rank correlation of input and output after removing the other inputs' (linear, on ranks) effects. NaN for a constant input. */
  prcc: number;
  /** Plain Spearman rank correlation of input and output. */
  spearman: number;
  /** Two-sided p-value of PRCC = 0 (t = r·sqrt(df / (1 − r²)), df = n − 2 − (k − 1)). */
  pValue: number;
  /**
   * Standardised rank regression coefficient: the input's coefficient when the output's ranks are
   * regressed on all inputs' ranks (both standardised). Unlike PRCC, which can be near ±1 for a
   * tiny effect once the others' effects are removed, SRRC² is about the share of the output's
   * (rank) variance the input explains: use it to rank importance.
   */
  srrc: number;
}

/**
 * Partial rank correlation coefficients (Marino et al. 2008, J. Theor. Biol. 254:178) of each
 * input column with the output over n ensemble draws. Computed from the inverse P of the
 * correlation matrix of the ranks of [inputs…, output]: PRCC_j = −P_jy / sqrt(P_jj · P_yy).
 * Constant inputs are left out (their PRCC is NaN, p-value 1); a constant output gives NaN for
 * every input. Needs n > k + 2 draws.
 *
 * @example
 * // y = x1 + 0·x2 over 500 draws: PRCC(x1) ≈ 1, PRCC(x2) ≈ 0
 * partialRankCorrelation([x1, x2], y).map((r) => r.prcc);
 */
export function partialRankCorrelation(inputs: readonly ArrayLike<number>[], output: ArrayLike<number>): PrccResult[] {
  const n = output.length;
  const rankedY = ranks(output);
  const used: number[] = [];
  const rankedX: Float64Array[] = [];
  inputs.forEach((x, j) => {
    if (x.length !== n) throw new RangeError(`input ${j} has ${x.length} values, output ${n}`);
    const r = ranks(x);
    if (r.every((v) => v === r[0])) return;
    used.push(j);
    rankedX.push(r);
  });
  const results: PrccResult[] = inputs.map(() => ({ prcc: NaN, spearman: NaN, pValue: 1, srrc: NaN }));
  const k = rankedX.length;
  // A constant output has no ranks to correlate: every coefficient is undefined (NaN).
  if (k === 0 || rankedY.every((v) => v === rankedY[0])) return results;
  const df = n - 2 - (k - 1);
  if (df < 1) throw new RangeError(`PRCC needs more draws than inputs + 2: ${n} draws, ${k} varying inputs`);
  const columns = [...rankedX, rankedY];
  const m = columns.length;
  const corr = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let a = 0; a < m; a++) {
    corr[a][a] = 1;
    for (let b = a + 1; b < m; b++) {
      const c = pearson(columns[a], columns[b]);
      corr[a][b] = corr[b][a] = Number.isNaN(c) ? 0 : c;
    }
  }
  let inv = invertMatrix(corr);
  // Perfectly collinear inputs (e.g. a correlation group with ρ = 1) make the matrix singular;
  // a tiny ridge keeps the other coefficients meaningful.
  for (let ridge = 1e-10; !inv && ridge < 1; ridge *= 100) inv = invertMatrix(corr.map((row, a) => row.map((v, b) => (a === b ? v + ridge : v))));
  const y = m - 1;
  // SRRC: β = R_xx⁻¹ r_xy on the rank correlations.
  const rxx = corr.slice(0, k).map((row) => row.slice(0, k));
  let rxxInv = invertMatrix(rxx);
  for (let ridge = 1e-10; !rxxInv && ridge < 1; ridge *= 100) rxxInv = invertMatrix(rxx.map((row, a) => row.map((v, b) => (a === b ? v + ridge : v))));
  const srrc = rxxInv ? rxxInv.map((row) => row.reduce((sum, v, b) => sum + v * corr[b][y], 0)) : new Array<number>(k).fill(NaN);
  used.forEach((j, a) => {
    const spearman = corr[a][y];
    let prcc = NaN;
    if (inv) prcc = Math.max(-1, Math.min(1, -inv[a][y] / Math.sqrt(inv[a][a] * inv[y][y])));
    let pValue = 1;
    if (Number.isFinite(prcc)) {
      const t = Math.abs(prcc) >= 1 ? Infinity : prcc * Math.sqrt(df / (1 - prcc * prcc));
      pValue = Number.isFinite(t) ? 2 * (1 - studentTCdf(Math.abs(t), df)) : 0;
    }
    results[j] = { prcc, spearman, pValue, srrc: srrc[a] };
  });
  return results;
}
