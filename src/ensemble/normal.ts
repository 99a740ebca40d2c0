/**
 * The standard normal distribution: cumulative distribution function and its inverse, to close to
 * double precision, for inverse-CDF sampling (truncated normals, the Gaussian copula).
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/**
 * Standard normal density φ(x).
 *
 * @example
 * normalPdf(0) // → 0.3989422804014327
 */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_2PI;
}

/**
 * Standard normal CDF Φ(x). For |x| ≤ 3 Marsaglia's series Φ(x) = ½ + φ(x)·(x + x³/3 + x⁵/15 + …)
 * (absolute error ~1e-16); in the tails the continued fraction of Mills' ratio, which keeps the
 * relative accuracy of tiny tail probabilities (Φ(−8) ≈ 6.2e-16 to ~1e-14 relative).
 *
 * @example
 * normalCdf(1.959963984540054) // → 0.975 (to 1e-15)
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 3) return 1 - normalUpperTail(x);
  if (x < -3) return normalUpperTail(-x);
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let k = 3; k < 400; k += 2) {
    term *= x2 / k;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return 0.5 + normalPdf(x) * sum;
}

/** 1 − Φ(x) for x ≥ 3, by Lentz's method on Mills' ratio R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))). */
function normalUpperTail(x: number): number {
  if (x === Infinity) return 0;
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    d = x + k * d;
    if (d === 0) d = tiny;
    c = x + k / c;
    if (c === 0) c = tiny;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 4e-16) break; // a few ulps of 1: delta rarely hits 1 exactly
  }
  return normalPdf(x) / f;
}

// Acklam's rational approximation of the inverse normal CDF (relative error < 1.15e-9), then one
// Halley step against `normalCdf`, which brings it to about double precision.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/**
 * Inverse of the standard normal CDF, Φ⁻¹(p) for p in (0, 1); −∞ / +∞ at 0 / 1.
 *
 * @example
 * normalQuantile(0.975) // → 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  // Halley refinement on e = Φ(x) − p; in the upper tail as (1 − p) − Q(x), which is exact in
  // 1 − p for p ≥ ½ and keeps Q(x)'s relative accuracy.
  const e = x > 3 ? 1 - p - normalUpperTail(x) : normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
  return x - u / (1 + (x * u) / 2);
}
