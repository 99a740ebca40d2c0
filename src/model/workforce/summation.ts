/**
 * Floating-point summation in the orders that reference implementations use, so that a projection
 * reproduces them to the last bit where it can. Sums of a few hundred FTE values differ from a
 * naive loop only in the last bits; that is enough to flip the 10th decimal of a published figure.
 */

/**
 * Kahan-compensated running sum: the accumulator used by pandas' `groupby().sum()` for floats.
 * Call `add` for each value in order, read `value`.
 *
 * @example
 * const k = new KahanSum();
 * for (const x of [0.1, 0.2, 0.3]) k.add(x);
 * k.value; // → 0.6 (a naive loop gives 0.6000000000000001)
 */
export class KahanSum {
  value = 0;
  private compensation = 0;

  /** Adds `x` to the sum. */
  add(x: number): void {
    const y = x - this.compensation;
    const t = this.value + y;
    this.compensation = t - this.value - y;
    this.value = t;
  }

  /** Starts again from 0. */
  reset(): void {
    this.value = 0;
    this.compensation = 0;
  }
}

/**
 * Sum of `values[from..from+n)` in numpy's pairwise order (`np.add.reduce` on a contiguous
 * float64 array, the sum behind `pandas.Series.sum()`): plain loop below 8 values, eight
 * interleaved accumulators up to 128, halves above.
 *
 * @example
 * pairwiseSum(Float64Array.of(1, 2, 3));              // → 6
 * pairwiseSum(new Float64Array(10).fill(0.1));        // → 1 (a naive loop gives 0.9999999999999999)
 */
export function pairwiseSum(values: ArrayLike<number>, from = 0, n = values.length - from): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += values[from + i];
    return res;
  }
  if (n <= 128) {
    const r0 = [values[from], values[from + 1], values[from + 2], values[from + 3],
      values[from + 4], values[from + 5], values[from + 6], values[from + 7]];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r0[j] += values[from + i + j];
    }
    let res = ((r0[0] + r0[1]) + (r0[2] + r0[3])) + ((r0[4] + r0[5]) + (r0[6] + r0[7]));
    for (; i < n; i++) res += values[from + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(values, from, n2) + pairwiseSum(values, from + n2, n - n2);
}
