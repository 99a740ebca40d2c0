/**
 * The one workforce kernel (DESIGN.md §2.3): one year of ageing with outflow, for the main stock
 * and for the early-career tracks, on one block of single ages. Both the generic engine
 * (`projectStock`, which runs LÆRERMOD) and the Dutch po/vo/mbo workforce (`runWorkforce`) step
 * through these two functions; there is no other stepper.
 *
 * A block is `n` consecutive ages of one group (and gender). The functions read the persons of
 * year t−1 at `src[srcOff + i]` and write year t at `dst[dstOff + i + 1]` (one year older).
 * They work in place (`dst === src`, same offsets) because they go from the oldest age down.
 */

/**
 * Ages the main stock of one block by one year with outflow q (`q[qOff + i]`, the rate of age i
 * in year t−1; `null`: no outflow): `N[i+1, t] = N[i, t−1] · (1 − q[i])`; persons past the last
 * age leave. The youngest slot of year t is set to 0 (entrants are added afterwards).
 * Leavers are added to `left[leftOff]` below age index `split` and to `left[leftOff + 1]` from it on.
 *
 * @example
 * const s = Float64Array.of(10, 20, 30);
 * const left = new Float64Array(2);
 * ageMain(s, 0, s, 0, 3, Float64Array.of(0.1, 0.5, 0), 0, left, 0, 3);
 * Array.from(s);    // → [0, 9, 10]
 * Array.from(left); // → [31, 0]   (1 + 10 left; the 30 aged past the last age)
 */
export function ageMain(
  src: Float64Array,
  srcOff: number,
  dst: Float64Array,
  dstOff: number,
  n: number,
  q: Float64Array | null,
  qOff: number,
  left: Float64Array,
  leftOff: number,
  split: number,
): void {
  let below = 0;
  let above = 0;
  for (let i = n - 1; i >= 0; i--) {
    const v = src[srcOff + i];
    let survivors = v;
    let out = 0;
    if (q) {
      const rate = q[qOff + i];
      survivors = v * (1 - rate);
      out = v * rate;
    }
    if (i + 1 < n) dst[dstOff + i + 1] = survivors;
    else out += survivors;
    if (i < split) below += out;
    else above += out;
  }
  dst[dstOff] = 0;
  left[leftOff] += below;
  left[leftOff + 1] += above;
}

/**
 * Ages one early-career track (one class and experience year) of one block by a year: survivors
 * `n · (1 − q) · (1 − e)` move one year older into the next experience year (`next`, at
 * `nextOff`) or, after the last, into the main stock (`main`, at `mainOff`); they are added to
 * what is there. With `clear`, the source is zeroed as it is read (stepping in place).
 * Returns the persons who left. Only ages `from..to` (inclusive) are visited; outside them the
 * track must be empty.
 *
 * @example
 * const track = Float64Array.of(10, 0), main = new Float64Array(2);
 * ageEarly(track, 0, null, 0, main, 0, 2, 0, 1, Float64Array.of(0.5, 0), 0, 0.2, true); // → 6
 * Array.from(main); // → [0, 4]
 */
export function ageEarly(
  src: Float64Array,
  srcOff: number,
  next: Float64Array | null,
  nextOff: number,
  main: Float64Array,
  mainOff: number,
  n: number,
  from: number,
  to: number,
  q: Float64Array | null,
  qOff: number,
  e: number,
  clear: boolean,
): number {
  let left = 0;
  for (let i = to; i >= from; i--) {
    const v = src[srcOff + i];
    if (v === 0) continue;
    if (clear) src[srcOff + i] = 0;
    const rate = q ? q[qOff + i] : 0;
    const survivors = v * (1 - rate) * (1 - e);
    left += v - survivors;
    if (i + 1 >= n) left += survivors;
    else if (next) next[nextOff + i + 1] += survivors;
    else main[mainOff + i + 1] += survivors;
  }
  return left;
}
