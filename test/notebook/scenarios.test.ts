import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/model-data';
import { loadPartnershipFile } from '../../src/data/partnership-file';
import { defaultDataDir } from '../../src/data/paths';
import { InputError } from '../../src/errors';
import { ROUTES } from '../../src/model/domain';
import { dataFolderBaseYear } from '../../src/data/model-data';
import { runScenario } from '../../src/model/run-scenario';
import { NO_EFFECT_OVERRIDES } from '../../src/notebook/effects';
import { ownPartnershipData, parsePartnershipCsv, REST_OF_COUNTRY_NAME } from '../../src/notebook/own-partnership';
import { scenarioVariant } from '../../src/notebook/scenario-variant';
import { distributionSupport } from '../../src/params/distribution';
import { getParam } from '../../src/params/registry';
import { loadScenario } from '../../src/scenario/load';

/** The bundled data's base year. */
const BASE_YEAR = dataFolderBaseYear();
const TEMPLATE = join(defaultDataDir(), 'partnerships', 'template.csv');

describe('scenarioVariant', () => {
  it('loads the parent with the overrides under a new id and title', () => {
    const v = scenarioVariant('baseline', { id: 'pabo-groei', overrides: { 'pipeline.inflow.pabo.growth_rate': 0.03 } });
    const parent = loadScenario('baseline');
    expect(v.id).toBe('pabo-groei');
    expect(v.title).toBe(`${parent.title} + pabo-groei`);
    expect(v.params['pipeline.inflow.pabo.growth_rate'].value).toBe(0.03);
    expect(v.params['pipeline.inflow.pabo.growth_rate'].distribution).toBeUndefined();
    expect(parent.params['pipeline.inflow.pabo.growth_rate'].value).toBe(0);
    expect(v.horizon).toBe(parent.horizon);
  });

  it('rejects a misspelt key with an InputError', () => {
    expect(() => scenarioVariant('baseline', { id: 'x', overrides: { 'pipeline.inflow.pabo.growth': 0.03 } })).toThrow(InputError);
  });
});

describe('NO_EFFECT_OVERRIDES', () => {
  it('names the effect parameters, and "no effect" lies inside each default range', () => {
    expect(Object.keys(NO_EFFECT_OVERRIDES).sort()).toEqual(['effects.dropout_multiplier', 'effects.early_attrition_multiplier', 'effects.entry_uplift']);
    for (const [key, value] of Object.entries(NO_EFFECT_OVERRIDES)) {
      const def = getParam(key);
      expect(def.source).toBe('assumption');
      const [lo, hi] = distributionSupport(def.distribution!);
      expect(value).toBeGreaterThanOrEqual(lo);
      expect(value).toBeLessThanOrEqual(hi);
    }
  });

  it('makes the ambition leave the shortage unchanged (effects are its only channel)', () => {
    const base = runScenario(scenarioVariant('baseline', { id: 'b', overrides: NO_EFFECT_OVERRIDES }), loadModelData());
    const amb = runScenario(scenarioVariant('ambitie-2030', { id: 'a', overrides: NO_EFFECT_OVERRIDES }), loadModelData());
    const pick = (rows: typeof base) => rows.filter((r) => r.metric === 'workforce.shortage_fte' && r.breakdown === 'all').map((r) => r.value);
    const a = pick(amb);
    pick(base).forEach((v, i) => expect(a[i]).toBeCloseTo(v, 6));
    const share = (rows: typeof base) => rows.find((r) => r.metric === 'sop.share' && r.sector === 'all' && r.year === 2030)!.value;
    expect(share(amb)).toBeGreaterThan(share(base) + 0.1);
  });
});

describe('parsePartnershipCsv', () => {
  it('reads typed-in rows like the template file', () => {
    expect(parsePartnershipCsv(readFileSync(TEMPLATE, 'utf8'))).toEqual(loadPartnershipFile(TEMPLATE));
  });

  it('names the line and column of a mistake', () => {
    const text = `partnership,name,sector,onderwijsregio,route,study_year,students,mentors_available,mentors_trained_per_year,schoolopleiders,hours_per_student,students_per_mentor,note
P001,Ons,po,OR01,pdg,2,10,5,,1,,,`;
    try {
      parsePartnershipCsv(text, 'mine');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).problems[0]).toMatchObject({ file: 'mine', line: 2, field: 'study_year' });
    }
  });
});

describe('ownPartnershipData', () => {
  const national = loadModelData();
  const own = loadPartnershipFile(TEMPLATE);
  const scenario = scenarioVariant('ambitie-2030', { id: 'eigen', overrides: { 'capacity.base_mentors': 'table' } });
  const data = ownPartnershipData(national, own, scenario);
  const rows = runScenario(scenario, data, { partnershipDetail: true });
  const at = (breakdown: string, metric: string, year: number) => rows.find((r) => r.breakdown === breakdown && r.metric === metric && r.year === year && r.sector === 'all')!.value;

  it('adds one rest-of-country partnership with a free id and leaves the inputs alone', () => {
    expect(data.partnerships.map((p) => p.id)).toEqual(['P001', 'P000']);
    expect(data.partnerships[1].name).toBe(REST_OF_COUNTRY_NAME);
    expect(data.partnerships[0]).toBe(own[0]);
    expect(national.partnerships).toHaveLength(130);
  });

  it('keeps your partnership at exactly the students you entered in the base year, and your mentors', () => {
    const entered = ROUTES.reduce((s, r) => s + (own[0].students[r] ?? []).reduce((a, b) => a + b, 0), 0);
    expect(entered).toBe(137);
    // rest[c] = national[c] − own[c] per (route, study year): your share of each cell is own / national
    expect(at('P001', 'sop.students', BASE_YEAR)).toBeCloseTo(entered, 9);
    expect(at('P001', 'capacity.mentors_available', BASE_YEAR)).toBe(95);
  });

  it('leaves the national base-year SO&P students unchanged', () => {
    const reference = runScenario(scenario, national);
    const nat = (rs: typeof rows) => rs.find((r) => r.breakdown === 'all' && r.sector === 'all' && r.metric === 'sop.students' && r.year === BASE_YEAR)!.value;
    expect(nat(rows)).toBeCloseTo(nat(reference), 6);
    expect(at('P001', 'sop.students', BASE_YEAR) + at('P000', 'sop.students', BASE_YEAR)).toBeCloseTo(nat(reference), 6);
  });

  it('gives more mentors available when more are trained, and grows with the ambition', () => {
    const more = ownPartnershipData(national, own.map((p) => ({ ...p, mentorsTrainedPerYear: 30 })), scenario);
    const moreRows = runScenario(scenario, more, { partnershipDetail: true });
    const avail = moreRows.find((r) => r.breakdown === 'P001' && r.metric === 'capacity.mentors_available' && r.year === 2030)!.value;
    expect(avail).toBeGreaterThan(at('P001', 'capacity.mentors_available', 2030) + 50);
    expect(at('P001', 'sop.students', 2030)).toBeGreaterThan(at('P001', 'sop.students', BASE_YEAR) * 1.2);
  });
});
