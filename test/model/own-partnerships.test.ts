import { describe, expect, it } from 'vitest';
import { dataBaseYear } from '../../src/model/base-year';
import type { ModelData, Partnership } from '../../src/model/inputs';
import { baseYearSopCells, embedOwnPartnerships, REST_OF_COUNTRY_NAME } from '../../src/model/own-partnerships';
import { runScenario } from '../../src/model/run-scenario';
import type { TidyRow } from '../../src/model/tidy';
import { defaultScenario, tinyData } from './helpers';

/** The base year of the hand-built data (its only year with all three shortages). */
const BASE_YEAR = dataBaseYear(tinyData());

const own = (students: Partnership['students'], id = 'P100'): Partnership => ({
  id, name: 'Eigen', sector: 'po', onderwijsregio: 'R9', students, mentorsAvailable: 40, schoolopleiders: 2,
});
const value = (rows: readonly TidyRow[], breakdown: string, metric: string, year: number): number =>
  rows.find((r) => r.breakdown === breakdown && r.metric === metric && r.year === year && r.sector === 'all')!.value;
const years = (rows: readonly TidyRow[]): number[] => [...new Set(rows.map((r) => r.year))];

describe('embedOwnPartnerships (two routes, one own partnership)', () => {
  const national = tinyData();
  const scenario = defaultScenario();
  const mine = own({ pabo: [10, 8], 'hbo-2e-graads': [5] });
  const data = embedOwnPartnerships(national, [mine], scenario);
  const cells = baseYearSopCells(scenario, national);
  const rows = runScenario(scenario, data, { partnershipDetail: true });
  const reference = runScenario(scenario, national);

  it('sets one rest-of-country partnership beside yours, leaving the inputs alone', () => {
    expect(data.partnerships.map((p) => p.id)).toEqual(['P100', 'P000']);
    expect(data.partnerships[0]).toBe(mine);
    expect(data.partnerships[1].name).toBe(REST_OF_COUNTRY_NAME);
    expect(national.partnerships).toHaveLength(3);
  });

  it('base-year cells add up to the model\'s national SO&P students per route', () => {
    for (const route of ['pabo', 'hbo-2e-graads'] as const) {
      const sum = (cells[route] ?? []).reduce((a, b) => a + b, 0);
      expect(sum).toBeGreaterThan(100);
      expect(sum).toBeCloseTo(value(reference, route, 'sop.students', BASE_YEAR), 9);
    }
  });

  it('rest[c] = N[c] − own[c] per (route, study year)', () => {
    const rest = data.partnerships[1].students;
    const n = cells.pabo!;
    expect(rest.pabo![0]).toBeCloseTo(n[0] - 10, 9);
    expect(rest.pabo![1]).toBeCloseTo(n[1] - 8, 9);
    expect(rest.pabo!.slice(2)).toEqual(n.slice(2));
    expect(rest['hbo-2e-graads']![0]).toBeCloseTo(cells['hbo-2e-graads']![0] - 5, 9);
  });

  it('gives your partnership exactly the students you entered in the base year: 10 + 8 + 5 = 23', () => {
    expect(value(rows, 'P100', 'sop.students', BASE_YEAR)).toBeCloseTo(23, 9);
    // per study year: a partnership with only pabo year 2 gets exactly its 8
    const single = runScenario(scenario, embedOwnPartnerships(national, [own({ pabo: [0, 8] })], scenario), { partnershipDetail: true });
    expect(value(single, 'P100', 'sop.students', BASE_YEAR)).toBeCloseTo(8, 9);
  });

  it('caps your share at the whole cell when you enter more than the model has', () => {
    const huge = embedOwnPartnerships(national, [own({ pabo: [1e7] })], scenario);
    expect(huge.partnerships[1].students.pabo![0]).toBe(0);
    const r = runScenario(scenario, huge, { partnershipDetail: true });
    expect(value(r, 'P100', 'sop.students', BASE_YEAR)).toBeCloseTo(cells.pabo![0], 9);
  });

  it('leaves the national SO&P students of every year unchanged when no mentors cap placements', () => {
    const off = defaultScenario({ 'capacity.cap': 'off' });
    const embedded = runScenario(off, embedOwnPartnerships(national, [mine], off), { partnershipDetail: true });
    const plain = runScenario(off, national);
    const ys = years(plain);
    expect(ys).toContain(2030);
    for (const y of ys) expect(value(embedded, 'all', 'sop.students', y)).toBeCloseTo(value(plain, 'all', 'sop.students', y), 9);
    // with the cap on, the base year (mentors consistent with the requirement) is unchanged too
    expect(value(rows, 'all', 'sop.students', BASE_YEAR)).toBeCloseTo(value(reference, 'all', 'sop.students', BASE_YEAR), 9);
  });

  it('scales the table\'s mentors to the rest\'s students', () => {
    const restStudents = Object.values(data.partnerships[1].students).flat().reduce((a, b) => a + (b ?? 0), 0);
    const tableStudents = national.partnerships.flatMap((p) => Object.values(p.students).flat()).reduce((a, b) => a + (b ?? 0), 0);
    expect(data.partnerships[1].mentorsAvailable).toBeCloseTo((880 * restStudents) / tableStudents, 9);
  });

  it('without a national table, gives the rest the mentors it requires in the base year', () => {
    const bare: ModelData = { ...national, partnerships: [] };
    const d = embedOwnPartnerships(bare, [mine], scenario);
    const r = runScenario(scenario, { ...d, partnerships: d.partnerships.map((p) => ({ ...p, mentorsAvailable: 1e12 })) }, { partnershipDetail: true });
    expect(d.partnerships[1].mentorsAvailable).toBeCloseTo(value(r, 'P000', 'capacity.mentors_required', BASE_YEAR), 9);
    expect(d.partnerships[1].mentorsAvailable).toBeGreaterThan(0);
  });
});
