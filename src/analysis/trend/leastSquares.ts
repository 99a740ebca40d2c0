/**
 * Small dense least-squares helpers for trend fits with 1–3 parameters: Levenberg–Marquardt for
 * nonlinear models, a matrix inverse, and the linearised prediction variance factor.
 * Deterministic (no random starts): the caller gives a starting point.
 */

/**
 * Inverse of a small square matrix by Gauss–Jordan elimination with partial pivoting.
 * Returns `undefined` when the matrix is singular (pivot below 1e-300 · scale).
 *
 * @example
 * invertMatrix([[2, 0], [0, 4]]); // → [[0.5, 0], [0, 0.25]]
 */
export function invertMatrix(m: readonly (readonly number[])[]): number[][] | undefined {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(1e-300, ...m.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < 1e-13 * scale) return undefined;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col];
    for (let j = 0; j < 2 * n; j++) a[col][j] /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col];
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[col][j];
    }
  }
  return a.map((row) => row.slice(n));
}

/**
 * JᵀJ for a Jacobian given as rows (one per observation).
 *
 * @example
 * normalMatrix([[1, 0], [1, 1]]); // → [[2, 1], [1, 1]]
 */
export function normalMatrix(jacobianRows: readonly (readonly number[])[]): number[][] {
  const p = jacobianRows[0]?.length ?? 0;
  const out = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (const row of jacobianRows) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) out[i][j] += row[i] * row[j];
  return out;
}

/**
 * xᵀ M x for a small symmetric matrix.
 *
 * @example
 * quadraticForm([[2, 0], [0, 1]], [1, 2]); // → 6
 */
export function quadraticForm(m: readonly (readonly number[])[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) for (let j = 0; j < x.length; j++) s += x[i] * m[i][j] * x[j];
  return s;
}

/** A model for Levenberg–Marquardt: value and gradient (w.r.t. the parameters) at observation i. */
export interface NlsProblem {
  /** Number of observations. */
  n: number;
  /** Observed values. */
  y: readonly number[];
  /** Model value at observation i for parameters θ. */
  value(theta: readonly number[], i: number): number;
  /** Gradient of the model value at observation i w.r.t. θ. */
  gradient(theta: readonly number[], i: number): number[];
}

/**
 * Levenberg–Marquardt minimisation of Σ (y_i − f_i(θ))² from `start`. Stops when the relative
 * decrease of the sum of squares falls below 1e-12 or after `maxIter` iterations.
 *
 * @example
 * // fit y = θ0 · x to (1,2), (2,4): θ0 = 2
 * levenbergMarquardt({ n: 2, y: [2, 4], value: (t, i) => t[0] * (i + 1), gradient: (_t, i) => [i + 1] }, [1]).theta; // → [2]
 */
export function levenbergMarquardt(problem: NlsProblem, start: readonly number[], maxIter = 200): { theta: number[]; sse: number; iterations: number } {
  let theta = [...start];
  const sseAt = (t: readonly number[]) => {
    let s = 0;
    for (let i = 0; i < problem.n; i++) {
      const r = problem.y[i] - problem.value(t, i);
      s += r * r;
    }
    return s;
  };
  let sse = sseAt(theta);
  let lambda = 1e-3;
  let iter = 0;
  for (; iter < maxIter; iter++) {
    const p = theta.length;
    const jtj = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    const jtr = new Array<number>(p).fill(0);
    for (let i = 0; i < problem.n; i++) {
      const g = problem.gradient(theta, i);
      const r = problem.y[i] - problem.value(theta, i);
      for (let a = 0; a < p; a++) {
        jtr[a] += g[a] * r;
        for (let b = 0; b < p; b++) jtj[a][b] += g[a] * g[b];
      }
    }
    let improved = false;
    for (let tries = 0; tries < 30; tries++) {
      const damped = jtj.map((row, a) => row.map((v, b) => (a === b ? v * (1 + lambda) + 1e-300 : v)));
      const inv = invertMatrix(damped);
      if (!inv) {
        lambda *= 10;
        continue;
      }
      const step = inv.map((row) => row.reduce((s, v, b) => s + v * jtr[b], 0));
      const candidate = theta.map((v, a) => v + step[a]);
      const candidateSse = sseAt(candidate);
      if (Number.isFinite(candidateSse) && candidateSse <= sse) {
        const relativeDecrease = (sse - candidateSse) / Math.max(sse, 1e-300);
        theta = candidate;
        sse = candidateSse;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = relativeDecrease > 1e-12;
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return { theta, sse, iterations: iter };
}
