import type { Distribution } from '../params/types';
import { incompleteBeta, incompleteBetaInverse, logBeta } from './beta';
import { normalCdf, normalQuantile } from './normal';

/**
 * Inverse cumulative distribution functions of the registry's distributions (src/params/types.ts).
 * Every draw is `quantile(u)` for a uniform u of the parameter's own stream (DESIGN.md §2.4), so a
 * scenario that changes a distribution still maps the same uniform to a comparable value.
 */

/** An inverse CDF: u in (0, 1) → a value of the distribution. */
export type InverseCdf = (u: number) => number;

/**
 * Compiles a distribution to its inverse CDF, doing the per-distribution work (normalising
 * weights, beta shape parameters, truncation probabilities) once instead of per draw.
 *
 * - fixed: the value; uniform: min + u·(max − min);
 * - triangular: the closed-form inverse;
 * - PERT: min + (max − min)·I⁻¹(u; α, β) with α = 1 + 4(mode − min)/(max − min),
 *   β = 1 + 4(max − mode)/(max − min) (the classic λ = 4 PERT);
 * - normal: mean + sd·Φ⁻¹(u), truncated to [min, max] by mapping u onto (Φ(a), Φ(b)), computed on
 *   the side of the mean where the tail probabilities keep their precision;
 * - discrete: the first value whose cumulative normalised weight exceeds u.
 *
 * @example
 * const q = inverseCdf({ type: 'triangular', min: 0, mode: 0.5, max: 1 });
 * q(0.5) // → 0.5
 */
export function inverseCdf(d: Distribution): InverseCdf {
  switch (d.type) {
    case 'fixed': {
      const v = d.value;
      return () => v;
    }
    case 'uniform': {
      const { min, max } = d;
      const width = max - min;
      return (u) => min + u * width;
    }
    case 'triangular':
      return triangularInverse(d.min, d.mode, d.max);
    case 'pert':
      return pertInverse(d.min, d.mode, d.max);
    case 'normal':
      return truncatedNormalInverse(d.mean, d.sd, d.min ?? -Infinity, d.max ?? Infinity);
    case 'discrete':
      return discreteInverse(d.values, d.weights);
  }
}

function triangularInverse(min: number, mode: number, max: number): InverseCdf {
  const width = max - min;
  if (!(width > 0)) return () => min;
  const split = (mode - min) / width;
  const left = width * (mode - min);
  const right = width * (max - mode);
  return (u) => (u < split ? min + Math.sqrt(u * left) : max - Math.sqrt((1 - u) * right));
}

/**
 * PERT parameters α, β of the λ = 4 PERT on [min, max] with the given mode.
 *
 * @example
 * pertShape(0, 1, 4) // → { alpha: 2, beta: 4 }
 */
export function pertShape(min: number, mode: number, max: number): { alpha: number; beta: number } {
  const width = max - min;
  return { alpha: 1 + (4 * (mode - min)) / width, beta: 1 + (4 * (max - mode)) / width };
}

function pertInverse(min: number, mode: number, max: number): InverseCdf {
  const width = max - min;
  if (!(width > 0)) return () => min;
  let { alpha, beta } = pertShape(min, mode, max);
  // Shapes within rounding of an integer (a symmetric PERT written in decimals gives e.g.
  // α = 3.0000000000000004) take the exact integer: the distributions differ by ~1e-15.
  if (Math.abs(alpha - Math.round(alpha)) < 1e-9) alpha = Math.round(alpha);
  if (Math.abs(beta - Math.round(beta)) < 1e-9) beta = Math.round(beta);
  if (Number.isInteger(alpha) && Number.isInteger(beta) && alpha + beta <= 40) {
    const inv = integerBetaInverse(alpha, beta);
    return (u) => min + width * inv(u);
  }
  const lnB = logBeta(alpha, beta);
  return (u) => min + width * incompleteBetaInverse(u, alpha, beta, lnB);
}

/**
 * Inverse CDF of Beta(a, b) for integer a, b (the symmetric PERT has a = b = 3): the CDF is the
 * binomial tail I_x(a, b) = Σ_{j=a}^{n} C(n, j) xʲ (1 − x)ⁿ⁻ʲ with n = a + b − 1, evaluated with
 * multiplications only, so Newton's method costs a few dozen flops per step. Above u = ½ it solves
 * the mirrored problem I_y(b, a) = 1 − u, x = 1 − y, so both tails keep their relative precision.
 * Agrees with `incompleteBetaInverse` within 1e-12 (tested).
 */
function integerBetaInverse(a: number, b: number): InverseCdf {
  const key = `${a},${b}`;
  let inv = integerInverses.get(key);
  if (!inv) {
    const lower = integerBetaSolver(a, b);
    const upper = integerBetaSolver(b, a);
    inv = (u) => (u <= 0.5 ? lower(u) : 1 - upper(1 - u));
    integerInverses.set(key, inv);
  }
  return inv;
}

/** Integer-shape inverses by "a,b", built once per process (each holds a small start table). */
const integerInverses = new Map<string, InverseCdf>();

/** Knots of the start table of `integerBetaSolver` over p in [0, ½]. */
const START_KNOTS = 128;

/**
 * Solves I_x(a, b) = p for p ≤ ½ (integer a, b) by bracketed Newton steps, started from a table
 * of solutions at 129 knots (linear interpolation), so one or two steps usually suffice.
 */
function integerBetaSolver(a: number, b: number): (p: number) => number {
  const n = a + b - 1;
  const binom = new Float64Array(n + 1);
  binom[0] = 1;
  for (let j = 1; j <= n; j++) binom[j] = (binom[j - 1] * (n - j + 1)) / j;
  // pdf(x) = n·C(n−1, a−1)·x^(a−1)·(1−x)^(b−1)
  const coef = n * binomial(n - 1, a - 1);
  const cna = binomial(n, a);
  const ys = new Float64Array(b);
  const newton = (p: number, start: number): number => {
    let lo = 0;
    let hi = 1;
    let x = start > 0 && start < 1 ? start : 0.5;
    for (let iter = 0; iter < 100; iter++) {
      const y = 1 - x;
      ys[0] = 1;
      for (let k = 1; k < b; k++) ys[k] = ys[k - 1] * y;
      let xa1 = 1;
      for (let k = 1; k < a; k++) xa1 *= x;
      let xj = xa1 * x;
      let cdf = 0;
      for (let j = a; j <= n; j++) {
        cdf += binom[j] * xj * ys[n - j];
        xj *= x;
      }
      const f = cdf - p;
      if (f === 0) return x;
      if (f < 0) lo = x;
      else hi = x;
      const pdf = coef * xa1 * ys[b - 1];
      const step = pdf > 0 ? f / pdf : NaN;
      // Converged: test the Newton step itself, before the bracket (a step below one ulp leaves
      // x on the bracket's edge, which must not send it to bisection).
      if (Math.abs(step) <= 1e-14 * x) return x - step;
      let next = x - step;
      if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      if (next === lo || next === hi) return next;
      x = next;
    }
    return x;
  };
  // the small-x approximation I ≈ C(n, a)·xᵃ
  const smallX = (p: number): number => Math.pow(p / cna, 1 / a);
  const table = new Float64Array(START_KNOTS + 1);
  for (let i = 1; i <= START_KNOTS; i++) {
    const p = (0.5 * i) / START_KNOTS;
    table[i] = newton(p, i > 1 ? table[i - 1] : smallX(p));
  }
  return (p) => {
    if (p <= 0) return 0;
    const at = p * 2 * START_KNOTS;
    if (at < 1) return newton(p, smallX(p));
    const i = Math.min(START_KNOTS - 1, Math.floor(at));
    return newton(p, table[i] + (at - i) * (table[i + 1] - table[i]));
  };
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let j = 1; j <= k; j++) r = (r * (n - k + j)) / j;
  return r;
}

/**
 * CDF of the PERT distribution, for tests and diagnostics.
 *
 * @example
 * pertCdf(0.5, { min: 0, mode: 0.5, max: 1 }) // → 0.5
 */
export function pertCdf(x: number, d: { min: number; mode: number; max: number }): number {
  const { alpha, beta } = pertShape(d.min, d.mode, d.max);
  return incompleteBeta((x - d.min) / (d.max - d.min), alpha, beta);
}

function truncatedNormalInverse(mean: number, sd: number, min: number, max: number): InverseCdf {
  if (!(sd > 0)) return () => Math.min(max, Math.max(min, mean));
  const a = (min - mean) / sd;
  const b = (max - mean) / sd;
  if (a === -Infinity && b === Infinity) return (u) => mean + sd * normalQuantile(u);
  if (a > 0) {
    // Truncation entirely above the mean: work in the upper tail by symmetry, where
    // 1 − Φ(a) = Φ(−a) keeps its relative precision.
    const qa = normalCdf(-a);
    const qb = normalCdf(-b);
    return (u) => clamp(mean - sd * normalQuantile(qa - u * (qa - qb)), min, max);
  }
  const pa = normalCdf(a);
  const pb = normalCdf(b);
  return (u) => clamp(mean + sd * normalQuantile(pa + u * (pb - pa)), min, max);
}

function discreteInverse(values: readonly number[], weights: readonly number[]): InverseCdf {
  const total = weights.reduce((s, w) => s + w, 0);
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  for (let i = 0; i < weights.length; i++) {
    running += weights[i];
    cumulative[i] = running / total;
  }
  const vals = Float64Array.from(values);
  const last = vals.length - 1;
  return (u) => {
    for (let i = 0; i < last; i++) if (u < cumulative[i]) return vals[i];
    return vals[last];
  };
}

function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/**
 * The theoretical mean of a distribution (for tests of the ensemble mean and for diagnostics).
 *
 * @example
 * distributionMean({ type: 'pert', min: 0, mode: 1, max: 8 }) // → 2 = (0 + 4·1 + 8) / 6
 */
export function distributionMean(d: Distribution): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'pert':
      return (d.min + 4 * d.mode + d.max) / 6;
    case 'normal': {
      const a = ((d.min ?? -Infinity) - d.mean) / d.sd;
      const b = ((d.max ?? Infinity) - d.mean) / d.sd;
      const pdf = (z: number): number => (Number.isFinite(z) ? Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) : 0);
      return d.mean + (d.sd * (pdf(a) - pdf(b))) / (normalCdf(b) - normalCdf(a));
    }
    case 'discrete': {
      const total = d.weights.reduce((s, w) => s + w, 0);
      return d.values.reduce((s, v, i) => s + (v * d.weights[i]) / total, 0);
    }
  }
}
