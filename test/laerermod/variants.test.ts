// Input variants whose effect can be computed by hand: the projection must follow the inputs
// the way LÆRERMOD's equations say.
import { describe, expect, it } from 'vitest';
import { LAERERMOD_EDUCATIONS, projectLaerermod } from '../../src/laerermod';
import type { LaerermodInputs } from '../../src/laerermod';
import { mapRows, variant } from './helpers';

const Y = 21;
const base = variant(() => undefined);
const baseResult = projectLaerermod(base);
const e = (code: string) => LAERERMOD_EDUCATIONS.indexOf(code as never);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

/** Σ_{g,a} G[g,a] · r · f over the given graduates, each aged by `k` years (hand-computed Eq 10 term). */
function graduatesFte(inputs: LaerermodInputs, edu: string, k: number): number {
  const c = inputs.candidates.find((r) => r.education === edu)!;
  const students = inputs.students.filter((r) => r.education === edu);
  const total = students.reduce((a, r) => a + r.all, 0);
  let fte = 0;
  for (const s of students) {
    for (const gender of [1, 2] as const) {
      const g = c.numberOfNewStudents * c.completionPercentage * ((gender === 1 ? s.men : s.women) / total);
      const row = inputs.ageDistributed.find((r) => r.education === edu && r.gender === gender && r.age === s.age + c.studyLength + k);
      if (row) fte += g * (row.count > 0 ? row.employed / row.count : 0) * row.averageFte;
    }
  }
  return fte;
}

describe('LÆRERMOD follows its inputs', () => {
  it('halving a completion rate removes exactly the lost graduates from supply, from 2021 on', () => {
    // Halving, not doubling: a completion rate above 1 is rejected (issue #15).
    const v = variant((t) => {
      t.candidates = mapRows(t.candidates, (h, r) => (r[0] === 'gr' ? r.map((x, i) => (h[i] === 'CompletionPercentage' ? String(Number(x) / 2) : x)) : r));
    });
    const r = projectLaerermod(v);
    const g = e('gr');
    expect(r.supplyFte[g * Y]).toBe(baseResult.supplyFte[g * Y]); // 2020 is the sector-table anchor
    for (let y = 1; y < Y; y++) {
      // Extra supply in year 2020+y: the extra cohorts of 2021..2020+y, aged 0..y−1 years since graduation.
      let extra = 0;
      for (let k = 0; k < y; k++) extra -= graduatesFte(base, 'gr', k) / 2;
      close(r.supplyFte[g * Y + y] - baseResult.supplyFte[g * Y + y], extra);
    }
    for (const other of LAERERMOD_EDUCATIONS.filter((x) => x !== 'gr')) {
      for (let y = 0; y < Y; y++) expect(r.supplyFte[e(other) * Y + y]).toBe(baseResult.supplyFte[e(other) * Y + y]);
    }
    expect(Array.from(r.demandFte)).toEqual(Array.from(baseResult.demandFte));
  });

  it('graduates in 2021 add Σ G·r·f (hand-computed) to supply', () => {
    const noGraduates = projectLaerermod({ ...base, candidates: base.candidates.map((c) => ({ ...c, completionPercentage: 0 })) });
    for (const edu of LAERERMOD_EDUCATIONS) {
      close(baseResult.supplyFte[e(edu) * Y + 1] - noGraduates.supplyFte[e(edu) * Y + 1], graduatesFte(base, edu, 0));
    }
  });

  it('a longer study shifts graduates to older ages', () => {
    const v = { ...base, candidates: base.candidates.map((c) => (c.education === 'ph' ? { ...c, studyLength: c.studyLength + 2 } : c)) };
    const r = projectLaerermod(v);
    const shifted = r.model.intermediates.graduates.filter((g) => g.education === 'ph');
    const orig = baseResult.model.intermediates.graduates.filter((g) => g.education === 'ph');
    expect(shifted.map((g) => g.ageAtGraduation)).toEqual(orig.map((g) => g.ageAtGraduation + 2));
    const noGraduates = projectLaerermod({ ...v, candidates: v.candidates.map((c) => ({ ...c, completionPercentage: 0 })) });
    close(r.supplyFte[e('ph') * Y + 1] - noGraduates.supplyFte[e('ph') * Y + 1], graduatesFte(v, 'ph', 0));
  });

  it('a standard change of 1.1 in one year scales that sector\'s part of demand by 1.1', () => {
    const v = variant((t) => {
      t.standardChange = mapRows(t.standardChange, (h, r) => (r[0] === '2030' ? r.map((x, i) => (h[i] === 'StandardChange2' ? '1.10000' : x)) : r));
    });
    const r = projectLaerermod(v);
    const dc = baseResult.model.intermediates.demographicComponent;
    for (let i = 0; i < 7; i++) {
      for (let y = 0; y < Y; y++) {
        const part = baseResult.model.intermediates.baseDemandBySector[i * 6 + 1] * dc[1 * Y + y];
        close(r.demandFte[i * Y + y] - baseResult.demandFte[i * Y + y], y === 10 ? part * 0.1 : 0);
      }
    }
    expect(Array.from(r.supplyFte)).toEqual(Array.from(baseResult.supplyFte));
  });

  it('a shortage of 100 fte in kindergartens adds 100 · DC[1,t] to demand', () => {
    const v = variant((t) => {
      t.shortage = mapRows(t.shortage, (h, r) => (r[0] === 'ba' ? r.map((x, i) => (h[i] === 'TeacherShortageSector1' ? '100' : x)) : r));
    });
    const r = projectLaerermod(v);
    const dc = baseResult.model.intermediates.demographicComponent;
    for (let y = 0; y < Y; y++) close(r.demandFte[e('ba') * Y + y] - baseResult.demandFte[e('ba') * Y + y], 100 * dc[y]);
    for (let y = 0; y < Y; y++) expect(r.demandFte[e('gr') * Y + y]).toBe(baseResult.demandFte[e('gr') * Y + y]);
    // Base-year supply stays the sector table's fte, so the difference in 2020 is −100.
    close(r.differenceFte[e('ba') * Y], -100);
  });

  it('population: scaling every age alike leaves demand unchanged; changing ages 6–15 moves only sectors 2, 3, 5, 6', () => {
    const scaled = projectLaerermod({ ...base, population: { ...base.population, values: base.population.values.map((x) => x * 3) } });
    for (let i = 0; i < scaled.demandFte.length; i++) close(scaled.demandFte[i], baseResult.demandFte[i]);
    const values = base.population.values.slice();
    for (let row = 0; row < base.population.ages.length; row++) {
      if (base.population.ages[row] === 10) for (let y = 10; y < Y; y++) values[row * Y + y] *= 1.5;
    }
    const r = projectLaerermod({ ...base, population: { ...base.population, values } });
    const dcNew = r.model.intermediates.demographicComponent;
    const dcOld = baseResult.model.intermediates.demographicComponent;
    for (const s of [0, 3]) for (let y = 0; y < Y; y++) expect(dcNew[s * Y + y]).toBe(dcOld[s * Y + y]);
    for (const s of [1, 2, 4, 5]) {
      for (let y = 0; y < 10; y++) expect(dcNew[s * Y + y]).toBe(dcOld[s * Y + y]);
      expect(dcNew[s * Y + 10]).toBeGreaterThan(dcOld[s * Y + 10]);
    }
    // Sector 2 (ages 6–15, one group): DC = P(6–15, t) / P(6–15, 2020), by hand.
    const p = (vals: Float64Array, y: number) => {
      let s = 0;
      for (let row = 0; row < base.population.ages.length; row++) {
        const a = base.population.ages[row];
        if (a >= 6 && a <= 15) s += vals[row * Y + y];
      }
      return s;
    };
    for (let y = 0; y < Y; y++) close(dcNew[Y + y], p(values, y) / p(values, 0));
  });

  it('age-distributed stock: doubling count and employed doubles the ageing stock\'s supply', () => {
    const doubled = { ...base, ageDistributed: base.ageDistributed.map((r) => ({ ...r, count: 2 * r.count, employed: 2 * r.employed })) };
    const noGrad = (inp: LaerermodInputs) => projectLaerermod({ ...inp, candidates: inp.candidates.map((c) => ({ ...c, completionPercentage: 0 })) });
    const a = noGrad(base);
    const b = noGrad(doubled);
    for (let i = 0; i < 7; i++) for (let y = 1; y < Y; y++) close(b.supplyFte[i * Y + y], 2 * a.supplyFte[i * Y + y]);
    // Ageing: with no graduates, supply in 2021 = Σ N[a−1,2020] · r[a] · f[a] (hand-computed for ba).
    let s = 0;
    for (const r of base.ageDistributed.filter((x) => x.education === 'ba')) {
      const older = base.ageDistributed.find((x) => x.education === 'ba' && x.gender === r.gender && x.age === r.age + 1);
      if (older) s += r.count * (older.count > 0 ? older.employed / older.count : 0) * older.averageFte;
    }
    close(a.supplyFte[1], s);
  });

  it('reads columns by name: other order, widths and decimals give the same result', () => {
    const v = variant((t) => {
      t.candidates = [
        'StudyLength CompletionPercentage Education NumberOfNewStudents',
        ...base.candidates.map((c) => `${c.studyLength}\t${c.completionPercentage.toFixed(4)}\t${c.education}\t${c.numberOfNewStudents}.0`),
      ].join('\r\n');
      t.ageDistributed = mapRows(t.ageDistributed, (_h, r) => [r[5], r[4], r[3], r[2], r[1], r[0]])
        .replace(/^.*\n/, 'AverageFullTimeEquivalent Employed Count Age Gender Education\n');
    });
    const r = projectLaerermod(v);
    expect(Array.from(r.supplyFte)).toEqual(Array.from(baseResult.supplyFte));
    expect(Array.from(r.demandFte)).toEqual(Array.from(baseResult.demandFte));
  });

  it('matches sectordistributed rows to educations by position, as the original, and warns', () => {
    const v = variant((t) => {
      // Swap the labels of the first two rows of sector 1 (ba, gr): values stay in place.
      const lines = t.sectorDistributed.split('\n');
      lines[1] = lines[1].replace('ba', 'gr');
      const i = lines.findIndex((l, k) => k > 1 && /^\s*gr\s+1\s/.test(l));
      lines[i] = lines[i].replace('gr', 'ba');
      t.sectorDistributed = lines.join('\n');
    });
    const r = projectLaerermod(v);
    expect(Array.from(r.demandFte)).toEqual(Array.from(baseResult.demandFte));
    expect(r.model.warnings.length).toBe(2);
    // Base-year supply sums by label: ba and gr exchange their sector-1 fte.
    const d = baseResult.model.intermediates.baseDemandBySector;
    close(r.supplyFte[0], baseResult.supplyFte[0] - d[0] + d[6]);
  });
});
