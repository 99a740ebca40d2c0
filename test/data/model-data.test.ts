import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadModelData, packageRoot } from '../../src/data';
import { ROUTES, SECTORS } from '../../src/model/domain';

const data = loadModelData();

describe('loadModelData', () => {
  it('gives an inflow series for every route; pdg is empty (no counts exist)', () => {
    expect(Object.keys(data.inflowObserved).sort()).toEqual([...ROUTES].sort());
    expect(data.inflowObserved.pdg).toEqual({});
    for (const r of ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo'] as const) {
      expect(Math.max(...Object.keys(data.inflowObserved[r]).map(Number))).toBeGreaterThanOrEqual(2020);
    }
  });

  it('uses the OCW all-enrolments definition for every route, 2019–2024, nothing spliced', () => {
    expect(data.inflowObserved.pabo).toEqual({ 2019: 7300, 2020: 9700, 2021: 7700, 2022: 7800, 2023: 7600, 2024: 8284 });
    // 2024 pabo: 7600 × 1.09 (the published first-year change) = 8284.
    expect(data.inflowObserved['hbo-2e-graads']).toEqual({ 2019: 6700, 2020: 7000, 2021: 6500, 2022: 5900, 2023: 5700, 2024: 5700 });
    expect(data.inflowObserved['hbo-1e-graads'][2024]).toBe(2700);
    expect(data.inflowObserved.ulo[2023]).toBe(600);
    // STAMOS (2009–2016) and VH first-years are other definitions: not in the model series.
    for (const r of ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo'] as const) {
      expect(Math.min(...Object.keys(data.inflowObserved[r]).map(Number))).toBe(2019);
    }
  });

  it('gives po side entrants 2016–2020', () => {
    // all sectors: the po series ÷ the po share of the 2021 subsidy capacity (882 of 882 + 193 + 912)
    const toAll = (882 + 193 + 912) / 882;
    const po = { 2016: 19, 2017: 60, 2018: 355, 2019: 824, 2020: 699 };
    expect(data.inflowObserved['zij-instroom']).toEqual(Object.fromEntries(Object.entries(po).map(([y, v]) => [y, Math.round(v * toAll)])));
    expect(data.inflowObserved['zij-instroom'][2020]).toBe(1575);
  });

  it('gives the SO&P share 2010–2022 and the 2021 composition summing to 1', () => {
    expect(Object.keys(data.sopShareObserved).map(Number)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(data.sopShareObserved[2010]).toBe(0.13);
    expect(data.sopShareObserved[2022]).toBe(0.5);
    const c = data.sopComposition;
    expect(c).toEqual({ year: 2021, po: 0.48, vo: 0.44, mbo: 0.07, mixed: 0.01 });
  });

  it('gives the measured shortage in the base year 2024 for all three sectors', () => {
    expect(data.shortageFte.po[2024]).toBe(7700);
    expect(data.shortageFte.vo[2024]).toBe(3800);
    expect(data.shortageFte.mbo[2024]).toBe(1650);
    expect(data.shortageFte.po[2021]).toBe(9100);
    // The 2021 vo figure is an estimate of another kind and stays out of the measured series.
    expect(data.shortageFte.vo[2021]).toBeUndefined();
  });

  it('gives employment per sector, with the po figure implied by the measured shortage share', () => {
    expect(data.employmentFte.po[2022]).toBe(Math.round(9700 / 0.095));
    expect(data.employmentFte.vo[2023]).toBe(Math.round(3800 / 0.058));
    expect(data.employmentFte.mbo[2019]).toBe(26530);
  });

  it('gives pupils per sector from one Referentieraming edition each, covering the base year', () => {
    for (const s of SECTORS) {
      const years = Object.keys(data.pupils[s]).map(Number);
      expect(Math.min(...years)).toBeLessThanOrEqual(2024);
      expect(Math.max(...years)).toBeGreaterThanOrEqual(2028);
    }
    expect(data.pupils.mbo[2030]).toBe(454500);
  });

  it('takes the newest pupil projections: po from the RR2024 count, vo falling after 2028 to 2032', () => {
    expect(data.pupils.po[2023]).toBe(1467200);
    expect(Math.max(...Object.keys(data.pupils.po).map(Number))).toBe(2032);
    expect(data.pupils.vo[2028]).toBe(900400);
    for (let t = 2029; t <= 2032; t++) expect(data.pupils.vo[t]).toBeLessThan(data.pupils.vo[t - 1]);
    // geometric: the same ratio every year
    const r = (t: number) => data.pupils.vo[t] / data.pupils.vo[t - 1];
    expect(r(2032)).toBeCloseTo(r(2030), 3);
    expect(data.pupils.vo[2032] / 900400).toBeCloseTo((893 / 942) ** 0.4, 3);
    expect(data.pupils.po[2032] / 1467200).toBeCloseTo((1438 / 1367) ** 0.9, 3);
  });

  it('gives age profiles as contiguous bands with shares summing to 1', () => {
    for (const s of SECTORS) {
      const bands = data.ageProfile[s];
      expect(bands.length).toBeGreaterThanOrEqual(3);
      expect(bands.reduce((t, b) => t + b.value, 0)).toBeCloseTo(1, 12);
      for (let i = 1; i < bands.length; i++) expect(bands[i].ageFrom).toBe(bands[i - 1].ageTo + 1);
    }
    // mbo 2019: 322 of the 26531 fte summed over the bands are 24 or younger.
    expect(data.ageProfile.mbo[0]).toEqual({ ageFrom: 20, ageTo: 24, value: 322 / 26531 });
    expect(data.ageProfile.vo.map((b) => [b.ageFrom, b.ageTo])).toEqual([
      [20, 29],
      [30, 49],
      [50, 69],
    ]);
  });

  it('gives leave rates by age band per sector (2013–2017 pooled)', () => {
    expect(data.outflowByAge.po.map((b) => b.value)).toEqual([0.067, 0.033, 0.036, 0.05, 0.242]);
    expect(data.outflowByAge.mbo[4]).toEqual({ ageFrom: 60, ageTo: 69, value: 0.19 });
  });

  it('reads the illustrative partnerships by default, or a given file', () => {
    expect(data.partnerships).toHaveLength(130);
    const own = loadModelData(undefined, { partnershipsFile: path.join(defaultDataDir(), 'partnerships', 'template.xlsx') });
    expect(own.partnerships.map((p) => p.id)).toEqual(['P001']);
  });

  it('lists every file read with its SHA-256, paths relative to the package', () => {
    expect(data.files.map((f) => f.path)).toContain('data/inflow.csv');
    expect(data.files.map((f) => f.path)).toContain('data/partnerships/illustrative.csv');
    for (const f of data.files) expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(path.resolve(packageRoot(), 'data')).toBe(defaultDataDir());
  });
});

describe('loadModelData rules for the manifest', () => {
  it('states the splice, the zij-instroom rule and the chosen definitions', () => {
    const rules = Object.fromEntries((data.rulesApplied ?? []).map((r) => [r.series, r.rule]));
    expect(rules['inflow.pabo']).toBe('ocw-all-enrolments, 2019–2024 (data/inflow.md); derived (estimated, see the row notes): 2024');
    expect(rules['inflow.pdg']).toContain('no published counts');
    expect(rules['inflow.zij-instroom']).toContain('all sectors = po ÷ po share of the 2021 subsidy capacity');
    expect(rules['employmentFte.po']).toBe('definition werkgelegenheid-implied (data/employment.md)');
    expect(rules['pupils.vo']).toBe('RR2024 rr-sector (data/pupils.md)');
  });
});
