/**
 * The regularized incomplete beta function and its inverse, used for the Student t CDF and the
 * Clopper–Pearson binomial interval. One implementation serves the whole toolkit: the ensemble's
 * (`src/ensemble/beta.ts`, checked against reference values to 1e-12), under the names the
 * analysis code uses.
 *
 * @example
 * regularizedIncompleteBeta(0.5, 2, 2); // → 0.5 (symmetric)
 * inverseRegularizedIncompleteBeta(0.5, 2, 2); // → 0.5
 */
export { incompleteBeta as regularizedIncompleteBeta, incompleteBetaInverse as inverseRegularizedIncompleteBeta } from '../../ensemble/beta';
