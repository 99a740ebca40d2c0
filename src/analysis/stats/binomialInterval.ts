import { normalQuantile } from './normalQuantile';
import { inverseRegularizedIncompleteBeta } from './incompleteBeta';

/**
 * Wilson score interval for a binomial proportion: `successes` out of `n` at confidence `level`.
 * Better behaved than the Wald interval for small n and proportions near 0 or 1.
 *
 * @example
 * wilsonInterval(9, 10, 0.95); // ≈ [0.596, 0.982]
 */
export function wilsonInterval(successes: number, n: number, level = 0.95): [number, number] {
  if (n <= 0) return [0, 1];
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * Clopper–Pearson ("exact") interval for a binomial proportion: guaranteed coverage ≥ `level`,
 * conservative. From the Beta quantiles.
 *
 * @example
 * clopperPearsonInterval(9, 10, 0.95); // ≈ [0.555, 0.997]
 */
export function clopperPearsonInterval(successes: number, n: number, level = 0.95): [number, number] {
  if (n <= 0) return [0, 1];
  const alpha = 1 - level;
  const lo = successes === 0 ? 0 : inverseRegularizedIncompleteBeta(alpha / 2, successes, n - successes + 1);
  const hi = successes === n ? 1 : inverseRegularizedIncompleteBeta(1 - alpha / 2, successes + 1, n - successes);
  return [lo, hi];
}

/**
 * Two-sided exact sign-test p-value: the probability, with no difference between two models, of a
 * split at least as uneven as `wins` out of `n` non-tied pairs.
 *
 * @example
 * signTestPValue(9, 10); // ≈ 0.0215
 */
export function signTestPValue(wins: number, n: number): number {
  if (n <= 0) return 1;
  const k = Math.min(wins, n - wins);
  let tail = 0;
  let logC = 0; // log C(n, 0)
  for (let i = 0; i <= k; i++) {
    if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
    tail += Math.exp(logC - n * Math.LN2);
  }
  return Math.min(1, 2 * tail);
}
