import { regularizedIncompleteBeta } from './incompleteBeta';

/**
 * CDF of Student's t distribution with `df` degrees of freedom.
 *
 * @example
 * studentTCdf(0, 5); // → 0.5
 * studentTCdf(2.015, 5); // ≈ 0.95
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf: df must be > 0, got ${df}`);
  const x = df / (df + t * t);
  const tail = 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * Quantile (inverse CDF) of Student's t distribution with `df` degrees of freedom, by bisection
 * on the CDF. Deterministic; exact to ~1e-12.
 *
 * @example
 * studentTQuantile(0.975, 10); // ≈ 2.228
 * studentTQuantile(0.95, 1);   // ≈ 6.314 (Cauchy)
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
