/**
 * Demand of the Dutch sectors (DESIGN.md §2.3): the base-year demand (supply + the shortage
 * anchor) follows pupils(t)/pupils(B), extended after the projection's last year by a growth
 * rate, times the standard change. The generic engine's `projectDemand` (LÆRERMOD Eq 24–25) is the
 * same equation with several user sectors per group.
 */

/**
 * Writes `demand[y] = base · dc(y) · standard[y] / standard[0]` for y = 0..years−1, where dc
 * follows `pupilRatio` up to `last` and grows by `growthAfter` a year after it. The standard change
 * is relative to the base year (a scenario's value for B itself never moves the base year).
 *
 * @example
 * const out = new Float64Array(3);
 * sectorDemand(100, Float64Array.of(1, 1.1, NaN), 0, 1, 0.1, Float64Array.of(1, 1, 2), 0, out, 0, 3);
 * Array.from(out); // → [100, 110.00000000000001, 242.00000000000006]
 */
export function sectorDemand(
  base: number,
  pupilRatio: Float64Array,
  ratioOff: number,
  last: number,
  growthAfter: number,
  standard: Float64Array,
  standardOff: number,
  out: Float64Array,
  outOff: number,
  years: number,
): void {
  const std0 = standard[standardOff];
  for (let y = 0; y < years; y++) {
    const dc = y <= last ? pupilRatio[ratioOff + y] : pupilRatio[ratioOff + last] * Math.pow(1 + growthAfter, y - last);
    out[outOff + y] = base * dc * (standard[standardOff + y] / std0);
  }
}
