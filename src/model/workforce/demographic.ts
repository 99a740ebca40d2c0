/**
 * The demographic component of demand: how the users of a sector (children, pupils, students,
 * inhabitants) grow relative to the base year, group by group (LÆRERMOD Eq 20–23).
 */
import { pairwiseSum } from './summation';

/** One user group of a sector, e.g. children aged 1–2 in kindergarten. */
export interface UserGroup {
  /** Weighted users in the base year: users × user index (LÆRERMOD Eq 20). */
  readonly baseUsers: number;
  /**
   * The population the group follows, per year from the base year (length = years), e.g. the
   * projected number of 1–2-year-olds. `null`: the group has no population to follow; it counts
   * in the base year only (what LÆRERMOD does with a user group whose age range matches none of
   * its population groups).
   */
  readonly population: Float64Array | null;
}

/**
 * Demographic component per year of one sector: `DC[t] = Σ_j U[j,t] / Σ_j U[j,T0]`, with
 * `U[j,t] = U[j,t−1] · P[j,t] / P[j,t−1]` (the chained form LÆRERMOD computes) and `DC[T0] = 1`.
 * Sums are in numpy's pairwise order (pandas `Series.sum`). Writes `years` values into `out` at
 * `offset`.
 *
 * @example
 * demographicComponent([
 *   { baseUsers: 100, population: Float64Array.of(10, 20) },
 *   { baseUsers: 100, population: Float64Array.of(10, 10) },
 * ], 2);
 * // → Float64Array [1, 1.5]
 */
export function demographicComponent(
  groups: readonly UserGroup[],
  years: number,
  out: Float64Array = new Float64Array(years),
  offset = 0,
): Float64Array {
  const n = groups.length;
  const users = new Float64Array(n);
  const prevUsers = new Float64Array(n);
  const summands = new Float64Array(n);
  // Undefined users (NaN, e.g. from a population of 0 → 0/0) drop out of the sum, as pandas' sum skips NaN.
  const sumSkippingNaN = (xs: Float64Array): number => {
    for (let j = 0; j < n; j++) summands[j] = Number.isNaN(xs[j]) ? 0 : xs[j];
    return pairwiseSum(summands);
  };
  for (let j = 0; j < n; j++) prevUsers[j] = groups[j].baseUsers;
  const baseSum = sumSkippingNaN(prevUsers);
  out[offset] = 1;
  for (let y = 1; y < years; y++) {
    for (let j = 0; j < n; j++) {
      const p = groups[j].population;
      if (p === null) {
        users[j] = 0;
        continue;
      }
      if (p.length !== years) throw new RangeError(`demographicComponent: population of group ${j} has ${p.length} years, expected ${years}`);
      users[j] = prevUsers[j] * (p[y] / p[y - 1]);
    }
    out[offset + y] = sumSkippingNaN(users) / baseSum;
    prevUsers.set(users);
  }
  return out;
}
