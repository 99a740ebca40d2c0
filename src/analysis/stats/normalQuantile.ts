/**
 * Quantile of the standard normal distribution, shared with the ensemble (`src/ensemble/normal.ts`:
 * Acklam's approximation refined by a Halley step, about double precision). simple-statistics'
 * `probit` is only good to ~3 digits, too coarse for interval levels.
 *
 * @example
 * normalQuantile(0.975); // ≈ 1.959964
 */
export { normalQuantile } from '../../ensemble/normal';
