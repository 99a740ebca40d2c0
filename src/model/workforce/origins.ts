/**
 * Entrants by origin (DESIGN.md §2.3, docs/methods.md §4.4). Each sector's entrants in a year are
 * the sum of five named flows, each with its own equation:
 *
 * - `graduate`: teacher-education graduates of the year before × entry rate × sector split
 *   (the pipeline's routes except zij-instroom), into the early-career tracks;
 * - `side_entrant`: zij-instroom qualifiers (the zij-instroom route), into the early-career tracks;
 * - `switcher`: teachers moving between po, vo and mbo: rate by age of the source sector × the
 *   destination shares of the DUO mobility counts; what one sector gains another loses;
 * - `returner`: a share of the stille-reserve pool per year; the pool is fed by leavers below the
 *   state pension age and drained by returns and by an exit rate;
 * - `other`: what remains: persons per year calibrated once on the base year (calibrate.ts).
 */

/** Origin codes, in output order (the `workforce.entrants_fte` breakdowns). */
export const ORIGINS = ['graduate', 'side_entrant', 'switcher', 'returner', 'other'] as const;
export type Origin = (typeof ORIGINS)[number];
export const ORIGIN_GRADUATE = 0;
export const ORIGIN_SIDE_ENTRANT = 1;
export const ORIGIN_SWITCHER = 2;
export const ORIGIN_RETURNER = 3;
export const ORIGIN_OTHER = 4;

/**
 * Moves switchers between sectors in place: from each source sector g and age i,
 * `rate[g·ages + i] · factor` (capped at 1) of `main[g·ages + i]` leave and are shared over the
 * other sectors by `share[g·S + h]` (rows sum to 1), at the same age. Adds the persons who left to
 * `out[g]` and the persons who arrived to `into[h]`; Σ out = Σ into (persons are conserved).
 *
 * @example
 * const main = Float64Array.of(100, 0);               // two sectors, one age
 * const out = new Float64Array(2), into = new Float64Array(2);
 * moveSwitchers(main, 2, 1, Float64Array.of(0.1, 0), 1, Float64Array.of(0, 1, 1, 0), new Float64Array(2), out, into);
 * Array.from(main); // → [90, 10]
 */
export function moveSwitchers(
  main: Float64Array,
  sectors: number,
  ages: number,
  rate: Float64Array,
  factor: number,
  share: Float64Array,
  tmp: Float64Array,
  out: Float64Array,
  into: Float64Array,
): void {
  if (factor <= 0) return;
  for (let g = 0; g < sectors; g++) {
    let sum = 0;
    for (let i = 0; i < ages; i++) {
      const r = rate[g * ages + i] * factor;
      const moved = main[g * ages + i] * (r > 1 ? 1 : r);
      tmp[g * ages + i] = moved;
      sum += moved;
    }
    out[g] += sum;
  }
  for (let g = 0; g < sectors; g++) {
    for (let h = 0; h < sectors; h++) {
      const sh = share[g * sectors + h];
      if (h === g || sh === 0) continue;
      let sum = 0;
      for (let i = 0; i < ages; i++) {
        const v = tmp[g * ages + i] * sh;
        main[h * ages + i] += v;
        sum += v;
      }
      into[h] += sum;
    }
    for (let i = 0; i < ages; i++) main[g * ages + i] -= tmp[g * ages + i];
  }
}

/**
 * One year of the stille-reserve pool: returners = min(pool, pool · returnRate · response);
 * pool' = pool − returners − pool · exitRate + entryShare · leavers below pension age.
 * Returns the returners.
 *
 * @example
 * const pool = Float64Array.of(1000);
 * stepReserve(pool, 0, 0.02, 1, 0.05, 0.5, 200); // → 20
 * pool[0]; // → 1000 − 20 − 50 + 100 = 1030
 */
export function stepReserve(
  pool: Float64Array,
  g: number,
  returnRate: number,
  response: number,
  exitRate: number,
  entryShare: number,
  leaversBelowPension: number,
): number {
  const before = pool[g];
  const r = returnRate * response;
  const returners = before * (r > 1 ? 1 : r < 0 ? 0 : r);
  const exits = before * exitRate;
  const after = before - returners - exits + entryShare * leaversBelowPension;
  pool[g] = after > 0 ? after : 0;
  return returners;
}
