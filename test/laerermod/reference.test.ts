import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import {
  LAERERMOD_EDUCATIONS, LAERERMOD_OUTPUTS, laerermodCsv, projectLaerermod, readLaerermodInputs,
} from '../../src/laerermod';
import { DATA, INPUT_DIR, readCsv } from './helpers';

const result = projectLaerermod(readLaerermodInputs(INPUT_DIR));
const YEARS = 21;

describe('LÆRERMOD reproduction: supply, demand and difference vs the reference', () => {
  for (const which of LAERERMOD_OUTPUTS) {
    it(`${which}: 7 educations × 2020–2040 within 1e-9 relative, equal rounded integers`, () => {
      const ref = readCsv(path.join(DATA, 'reference', `${which}.csv`));
      const ours = laerermodCsv(result, which).trim().split('\n').slice(1).map((l) => l.split(','));
      expect(ref.length).toBe(7 * YEARS);
      expect(ours.length).toBe(ref.length);
      const values = which === 'supply' ? result.supplyFte : which === 'demand' ? result.demandFte : result.differenceFte;
      for (let i = 0; i < ref.length; i++) {
        const [edu, name, year, value, rounded] = ref[i];
        expect([ours[i][0], ours[i][1], ours[i][2]]).toEqual([edu, name, year]);
        const v = values[LAERERMOD_EDUCATIONS.indexOf(edu as never) * YEARS + (Number(year) - 2020)];
        const r = Number(value);
        expect(Math.abs(v - r), `${which} ${edu} ${year}: ${v} vs ${r}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(r)));
        expect(ours[i][4], `${which} ${edu} ${year} rounded`).toBe(rounded);
      }
    });
  }

  it('writes files byte-identical to the reference', () => {
    for (const which of LAERERMOD_OUTPUTS) {
      expect(laerermodCsv(result, which)).toBe(fs.readFileSync(path.join(DATA, 'reference', `${which}.csv`), 'utf8'));
    }
  });

  it('difference = supply − demand, 0 in the base year up to summation order (Eq 26–28)', () => {
    for (let i = 0; i < result.differenceFte.length; i++) {
      expect(result.differenceFte[i]).toBe(result.supplyFte[i] - result.demandFte[i]);
    }
    // Base-year supply is a Kahan sum (pandas groupby), demand a plain sum over sectors: equal to ~1 ulp.
    for (let e = 0; e < 7; e++) expect(Math.abs(result.differenceFte[e * YEARS])).toBeLessThan(1e-9);
  });
});

describe('LÆRERMOD intermediates vs reference/intermediates', () => {
  const im = result.model.intermediates;

  it('graduates per year by education, gender and age at graduation (Eq 5–7)', () => {
    const ref = readCsv(path.join(DATA, 'reference', 'intermediates', 'graduates_per_year_by_gender_age.csv'));
    expect(im.graduates.length).toBe(ref.length);
    ref.forEach(([edu, gender, age, value], i) => {
      const g = im.graduates[i];
      expect([g.education, String(g.gender), String(g.ageAtGraduation)]).toEqual([edu, gender, age]);
      expect(g.graduatesPerYear.toFixed(10)).toBe(value);
    });
  });

  it('base-year demand by education and sector (Eq 11)', () => {
    const ref = readCsv(path.join(DATA, 'reference', 'intermediates', 'base_demand_by_sector_2020.csv'));
    expect(ref.length).toBe(42);
    for (const [edu, sector, value] of ref) {
      const v = im.baseDemandBySector[LAERERMOD_EDUCATIONS.indexOf(edu as never) * 6 + Number(sector) - 1];
      expect(Math.abs(v - Number(value))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(Number(value))));
    }
  });

  it('demographic component by sector and year (Eq 12–23)', () => {
    const ref = readCsv(path.join(DATA, 'reference', 'intermediates', 'demographic_component.csv'));
    expect(ref.length).toBe(6 * YEARS);
    for (const [sector, year, value] of ref) {
      const v = im.demographicComponent[(Number(sector) - 1) * YEARS + Number(year) - 2020];
      expect(v.toFixed(12), `sector ${sector} ${year}`).toBe(value);
    }
  });

  it('kindergarten user groups in 2020 (Eq 12–16)', () => {
    const ref = readCsv(path.join(DATA, 'reference', 'intermediates', 'kindergarten_user_groups_2020.csv'));
    expect(im.kindergartenUserGroups.map((g) => [g.fromAge, g.toAge, g.weightedUsers.toFixed(10), g.userIndex.toFixed(10)].map(String)))
      .toEqual(ref);
  });

  it('the original quirks: Σs = 1.00147 for lu/pe/yr, graduates only from 2021, Eq 10 in 2020 below the anchor', () => {
    const share = (e: string) => {
      const gs = im.graduates.filter((g) => g.education === e);
      const perYear = gs.reduce((a, g) => a + g.graduatesPerYear, 0);
      return perYear;
    };
    const inputs = readLaerermodInputs(INPUT_DIR);
    for (const e of ['lu', 'pe', 'yr']) {
      const c = inputs.candidates.find((r) => r.education === e)!;
      expect(share(e) / (c.numberOfNewStudents * c.completionPercentage)).toBeCloseTo(1.00147, 5);
    }
    // No graduates in the base-year stock; the stock grows by them from 2021.
    expect(result.stock.entrantPersons[0]).toBe(0);
    expect(result.stock.entrantPersons[1]).toBeGreaterThan(0);
    // README: Eq 10 at T0 would be 52 381 for gr against the anchor 52 497.
    const gr = 1;
    const l = result.model.layout;
    let eq10 = 0;
    for (let j = 0; j < 2 * l.ages; j++) {
      const c = gr * 2 * l.ages + j;
      const w = result.model.stock.participation[c];
      if (!Number.isNaN(w)) eq10 += result.stock.stock[c] * w * result.model.stock.fteFactor[c];
    }
    expect(Math.round(eq10)).toBe(52381);
    expect(Math.round(result.supplyFte[gr * YEARS])).toBe(52497);
  });
});
