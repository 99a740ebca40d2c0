import { runWorkforce, type EntrantSource, type WorkforceDraw, type WorkforcePlan, type WorkforceResult } from './sectors';

/**
 * Calibration on history only (docs/methods.md §4.5). The one calibrated constant of the
 * workforce is the `other` inflow per sector, in persons per year: what the named origins leave
 * unexplained in the first projected year. It is fitted once per draw on the base year with the
 * parameters as they were then (`history`: the registry's values, not the scenario's, except
 * parameters of stage `base`), so that
 *
 *   persons(B+1) = persons(B) · (1 + workforce.supply_trend_rate)
 *
 * holds for the history run exactly, and kept fixed for every later year and every scenario.
 *
 * @example
 * calibrateOther(plan.workforce, historyDraw.workforce, historySource, scratch, otherPersons);
 * otherPersons[0]; // → po other entrants per year (persons)
 */
export function calibrateOther(
  wp: WorkforcePlan,
  history: WorkforceDraw,
  source: EntrantSource,
  scratch: WorkforceResult,
  otherPersons: Float64Array,
): void {
  otherPersons.fill(0);
  runWorkforce(wp, history, source, otherPersons, scratch, 1);
  const years = wp.layout.years;
  for (let g = 0; g < 3; g++) {
    const f = history.ftePerPerson[g];
    const supplyB = scratch.supplyFte[g * years];
    const target = supplyB * (1 + history.supplyTrendRate[g]);
    const gap = (target - scratch.supplyFte[g * years + 1]) / f;
    // negative where the named origins bring more than the base year needs (then it stands for
    // outflow the rates by age miss); kept, so the calibration identity holds in every draw
    otherPersons[g] = gap;
  }
}
