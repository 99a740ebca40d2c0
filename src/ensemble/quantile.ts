/**
 * Type-7 quantiles (R's and numpy's default; simple-statistics 7.12.1 `quantile`), computed by
 * selection instead of a full sort.
 */

/**
 * The type-7 quantile of a sorted sample, with the exact arithmetic of simple-statistics 7.12.1
 * `quantileSorted`: h = (n − 1)·p; x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]).
 *
 * @example
 * quantileSorted7([1, 2, 3, 4], 0.5) // → 2.5
 */
export function quantileSorted7(sorted: ArrayLike<number>, p: number): number {
  return quantileFromOrderStatistics(sorted.length, p, (k) => sorted[k]);
}

/**
 * A type-7 quantile from a function giving the k-th smallest value (0-based) of a sample of
 * size n: the same formula and rounding as simple-statistics, whatever provides the order
 * statistics (a sorted array, a selection, a sketch).
 *
 * @example
 * quantileFromOrderStatistics(4, 0.5, (k) => [1, 2, 3, 4][k]) // → 2.5
 */
export function quantileFromOrderStatistics(n: number, p: number, orderStatistic: (k: number) => number): number {
  if (n === 0) return NaN;
  if (p === 1) return orderStatistic(n - 1);
  if (p === 0) return orderStatistic(0);
  const idx = (n - 1) * p;
  if (idx % 1 !== 0) {
    const lower = Math.floor(idx);
    const upper = Math.ceil(idx);
    const fraction = idx - lower;
    const xl = orderStatistic(lower);
    return xl + fraction * (orderStatistic(upper) - xl);
  }
  return orderStatistic(idx);
}

/**
 * The 0-based order-statistic positions that the type-7 quantiles at `ps` read, ascending and
 * without duplicates.
 *
 * @example
 * orderPositions(101, [0.05, 0.5]) // → [5, 50]
 */
export function orderPositions(n: number, ps: readonly number[]): number[] {
  const set = new Set<number>();
  for (const p of ps) {
    const idx = (n - 1) * p;
    set.add(Math.floor(idx));
    set.add(Math.ceil(idx));
  }
  return [...set].filter((k) => k >= 0 && k < n).sort((a, b) => a - b);
}

/**
 * Rearranges `a` so that each position in `positions` (ascending) holds the value it would hold
 * if `a` were sorted (Hoare's quickselect with median-of-three pivots, one pass per position on
 * the part right of the previous one). O(n) on average.
 *
 * @example
 * const a = Float64Array.of(5, 1, 4, 2, 3);
 * selectPositions(a, [2]); // a[2] === 3
 */
export function selectPositions(a: Float64Array, positions: readonly number[]): void {
  let left = 0;
  for (const k of positions) {
    quickselect(a, k, left, a.length - 1);
    left = k + 1;
  }
}

function quickselect(a: Float64Array, k: number, left: number, right: number): void {
  // Three-way partition (Dijkstra), so runs of equal values — common: draws of a year that no
  // parameter touches — cost O(n), not O(n²).
  while (right > left) {
    const mid = (left + right) >>> 1;
    const x = a[left];
    const y = a[mid];
    const z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = left;
    let gt = right;
    let i = left;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) swap(a, lt++, i++);
      else if (v > pivot) swap(a, i, gt--);
      else i++;
    }
    if (k < lt) right = lt - 1;
    else if (k > gt) left = gt + 1;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
