import { describe, expect, it } from 'vitest';
import { laerermodEnsemble, projectLaerermod, readLaerermodInputs } from '../../src/laerermod';
import { INPUT_DIR } from './helpers';

const inputs = readLaerermodInputs(INPUT_DIR);
const point = projectLaerermod(inputs);
const Y = 21;

describe('laerermodEnsemble', () => {
  const ens = laerermodEnsemble(inputs, { draws: 200, seed: 11 });

  it('is deterministic for a seed, and draw i does not depend on the number of draws', () => {
    const again = laerermodEnsemble(inputs, { draws: 50, seed: 11 });
    for (let k = 0; k < 7; k++) {
      for (let i = 0; i < 50; i++) {
        expect(again.completion[k * 50 + i]).toBe(ens.completion[k * 200 + i]);
        expect(again.newStudents[k * 50 + i]).toBe(ens.newStudents[k * 200 + i]);
      }
    }
    expect(Array.from(laerermodEnsemble(inputs, { draws: 50, seed: 11 }).supply.p50)).toEqual(Array.from(again.supply.p50));
  });

  it('with zero spread, every band is the point projection', () => {
    const flat = laerermodEnsemble(inputs, { draws: 3, completionSpread: 0, newStudentsSpread: 0 });
    for (const b of [flat.supply.p05, flat.supply.p95, flat.supply.mean]) {
      b.forEach((x, i) => expect(x).toBeCloseTo(point.supplyFte[i], 9));
    }
  });

  it('bands are ordered; demand and 2020 supply carry no uncertainty; later supply does', () => {
    for (let i = 0; i < 7 * Y; i++) {
      expect(ens.supply.p05[i]).toBeLessThanOrEqual(ens.supply.p50[i]);
      expect(ens.supply.p50[i]).toBeLessThanOrEqual(ens.supply.p95[i]);
      expect(ens.demand.p95[i] - ens.demand.p05[i]).toBe(0);
    }
    for (let e = 0; e < 7; e++) {
      expect(ens.supply.p95[e * Y] - ens.supply.p05[e * Y]).toBe(0);
      expect(ens.supply.p95[e * Y + 20]).toBeGreaterThan(ens.supply.p05[e * Y + 20]);
      // the band widens over time as drawn cohorts accumulate
      expect(ens.supply.p95[e * Y + 20] - ens.supply.p05[e * Y + 20]).toBeGreaterThan(ens.supply.p95[e * Y + 5] - ens.supply.p05[e * Y + 5]);
    }
  });

  it('drawn completion rates stay in their PERT range and centre on the input (statistical, across seeds)', () => {
    for (const seed of [1, 2, 3]) {
      const e = laerermodEnsemble(inputs, { draws: 400, seed, newStudentsSpread: 0 });
      const c = inputs.candidates.find((r) => r.education === 'gr')!.completionPercentage; // 0.68, symmetric PERT
      const xs = Array.from(e.completion.subarray(400, 800));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(c * 0.9);
      expect(Math.max(...xs)).toBeLessThanOrEqual(c * 1.1);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      // PERT sd = (max − min)/6 · ~0.9 ≈ 0.02 c; the mean of 400 draws lies within ±4 se of c.
      expect(Math.abs(mean - c)).toBeLessThan(4 * (0.2 * c / 6) / Math.sqrt(400));
      // Median supply in 2040 is close to the point projection (the model is linear in graduates).
      expect(Math.abs(e.supply.mean[1 * Y + 20] - point.supplyFte[1 * Y + 20]) / point.supplyFte[1 * Y + 20]).toBeLessThan(0.01);
    }
  });
});
