import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir, loadPartnershipFile, ROUTE_STUDY_YEARS } from '../../src/data';
import type { Partnership } from '../../src/model/inputs';

const dir = path.join(defaultDataDir(), 'partnerships');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-partnerships-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const total = (p: Partnership) => Object.values(p.students).reduce((t, ys) => t + (ys ?? []).reduce((a, b) => a + b, 0), 0);

describe('the illustrative partnership table', () => {
  const ps = loadPartnershipFile(path.join(dir, 'illustrative.csv'));
  const students = ps.reduce((t, p) => t + total(p), 0);

  it('has 130 partnerships with ids P001…P130', () => {
    expect(ps).toHaveLength(130);
    expect(ps[0].id).toBe('P001');
    expect(ps[129].id).toBe('P130');
  });

  it('adds up to the generator\'s stated total of base-year SO&P students, of the order the sector reports', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DEFAULTS } = require('../../scripts/generate-partnerships.js');
    expect(students).toBe(DEFAULTS.total);
    // The sector speaks of "about 30,000 around 2022" at a share of 0.50; the engine's 2024 share is
    // about 0.58, so about 30,000 × 0.58 / 0.50 ≈ 34,800 in 2024 (±3,000).
    expect(Math.abs(students - (30000 * 0.58) / 0.5)).toBeLessThanOrEqual(3000);
    // The card states the current default (the engine's base-year SO&P students).
    const card = fs.readFileSync(path.join(dir, 'illustrative.md'), 'utf8');
    expect(card).toContain(students.toLocaleString('en-US'));
  });

  it('reproduces the 2021 composition 48% po / 44% vo / 7% mbo / 1% mixed within 1 percentage point', () => {
    const by = { po: 0, vo: 0, mbo: 0, mixed: 0 };
    for (const p of ps) by[p.sector] += total(p);
    expect(Math.abs(by.po / students - 0.48)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(by.vo / students - 0.44)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(by.mbo / students - 0.07)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(by.mixed / students - 0.01)).toBeLessThanOrEqual(0.01);
  });

  it('has partnership sizes spread like the 2018 funding tiers (60 to 380+ students)', () => {
    const sizes = ps.map(total);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(60);
    expect(sizes.filter((s) => s < 140).length).toBeGreaterThanOrEqual(10);
    expect(sizes.filter((s) => s >= 380).length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...sizes)).toBeLessThan(1000);
  });

  it('places its partnerships in 50 onderwijsregio\'s', () => {
    expect(new Set(ps.map((p) => p.onderwijsregio)).size).toBe(50);
  });

  it('uses only study years within each route\'s length and routes that fit the sector', () => {
    const allowed = { po: ['pabo', 'zij-instroom'], vo: ['hbo-2e-graads', 'hbo-1e-graads', 'ulo', 'zij-instroom'], mbo: ['hbo-2e-graads', 'pdg', 'zij-instroom'], mixed: ['pabo', 'hbo-2e-graads'] };
    for (const p of ps) {
      for (const [r, ys] of Object.entries(p.students)) {
        expect(allowed[p.sector]).toContain(r);
        expect(ys!.length).toBe(ROUTE_STUDY_YEARS[r as keyof typeof ROUTE_STUDY_YEARS]);
      }
    }
  });

  it('gives each partnership 10% more mentors than the HAN norms require (rounded up)', () => {
    const spm: Record<string, number[]> = { pabo: [2, 2, 2, 1], 'hbo-2e-graads': [2, 2, 2, 1], 'hbo-1e-graads': [2, 1], ulo: [2, 1], pdg: [1], 'zij-instroom': [1, 1] };
    for (const p of ps) {
      let required = 0;
      for (const [r, ys] of Object.entries(p.students)) ys!.forEach((n, k) => (required += n / spm[r][k]));
      expect(p.mentorsAvailable).toBe(Math.ceil(required * 1.1));
      expect(p.mentorsAvailable).toBeGreaterThanOrEqual(required * 1.1);
    }
  });

  it('says it is illustrative on every row', () => {
    const lines = fs.readFileSync(path.join(dir, 'illustrative.csv'), 'utf8').trim().split('\n').slice(1);
    for (const l of lines) expect(l).toContain('illustrative');
  });

  it('is reproduced byte for byte by the seeded generator', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gen = require('../../scripts/generate-partnerships.js');
    const text = gen.toCsv(gen.generate(gen.DEFAULTS));
    expect(text).toBe(fs.readFileSync(path.join(dir, 'illustrative.csv'), 'utf8'));
    const other = gen.toCsv(gen.generate({ ...gen.DEFAULTS, total: 31000 }));
    const sum = other.trim().split('\n').slice(1).reduce((t: number, l: string) => t + Number(l.split(',')[6]), 0);
    expect(sum).toBe(31000);
  });
});

describe('the partnership template', () => {
  it('reads the same from CSV and XLSX', () => {
    const csv = loadPartnershipFile(path.join(dir, 'template.csv'));
    const xlsx = loadPartnershipFile(path.join(dir, 'template.xlsx'));
    expect(xlsx.map(({ line, ...p }) => p)).toEqual(csv.map(({ line, ...p }) => p));
    expect(csv[0]).toMatchObject({
      id: 'P001',
      sector: 'po',
      mentorsAvailable: 95,
      mentorsTrainedPerYear: 12,
      schoolopleiders: 4,
      students: { pabo: [40, 32, 28, 26], 'zij-instroom': [6, 5] },
      hoursPerStudent: { pabo: [undefined, undefined, 40, 80] },
      studentsPerMentor: { pabo: [undefined, undefined, 2, 1] },
    });
  });
});

describe('broken partnership files', () => {
  const header = fs.readFileSync(path.join(dir, 'template.csv'), 'utf8').split('\n')[0];
  const write = (name: string, rows: string[]) => {
    const f = path.join(tmp, name);
    fs.writeFileSync(f, [header, ...rows].join('\n') + '\n');
    return f;
  };
  const row = (over: Record<number, string>) => {
    const cells = 'P001,A,po,R1,pabo,1,10,8,,1,,,'.split(',');
    for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
    return cells.join(',');
  };
  const messages = (f: string) => {
    try {
      loadPartnershipFile(f);
    } catch (e) {
      return (e as Error).message.split('\n').map((m) => m.replace(tmp + path.sep, ''));
    }
    throw new Error('expected an InputError');
  };

  it('rejects a bad id, an unknown route and a study year beyond the route', () => {
    const f = write('a.csv', [row({ 0: 'X1' }), row({ 4: 'pabbo' }), row({ 4: 'pdg', 5: '2', 2: 'po' })]);
    expect(messages(f)).toEqual([
      'a.csv:2: partnership: expected an id like P001, found "X1"',
      "a.csv:3: route: expected one of pabo, hbo-2e-graads, hbo-1e-graads, ulo, pdg, zij-instroom, found \"pabbo\". did you mean 'pabo'?",
      'a.csv:4: study_year: expected a study year from 1 to 1 for route pdg, found 2',
    ]);
  });

  it('rejects partnership-level fields that differ between rows of one partnership, and duplicate rows', () => {
    const f = write('b.csv', [row({}), row({ 5: '2', 7: '9' }), row({})]);
    expect(messages(f)).toEqual([
      'b.csv:3: mentors_available: expected the same value as on line 2 of partnership P001 (8), found 9',
      'b.csv:4: partnership,route,study_year: expected a combination not used on another line, found P001,pabo,1, already on line 2',
    ]);
  });

  it('rejects negative students, a missing required cell and an unknown sector', () => {
    const f = write('c.csv', [row({ 6: '-1' }), row({ 5: '2', 9: '' }), row({ 5: '3', 2: 'hbo' })]);
    expect(messages(f)).toEqual([
      'c.csv:2: students: expected a non-negative number, found -1',
      'c.csv:3: schoolopleiders: expected a non-negative number (required), found an empty cell',
      `c.csv:4: sector: expected one of po, vo, mbo, mixed, found "hbo". did you mean 'mbo'?`,
    ]);
  });

  it('rejects an unsupported file type and a missing file', () => {
    expect(() => loadPartnershipFile(write('d.json', []))).toThrow('d.json: file type: expected .csv or .xlsx, found .json');
    expect(() => loadPartnershipFile(path.join(tmp, 'none.csv'))).toThrow('none.csv: expected a readable partnership file (.csv or .xlsx), found no such file');
  });

  it('reports the spreadsheet row in an XLSX file', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require('xlsx');
    const ws = XLSX.utils.aoa_to_sheet([header.split(','), 'P001,A,po,R1,pabo,1,10,8,,1,,,'.split(','), [], 'P002,B,po,R1,pabo,1,lots,8,,1,,,'.split(',')]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'x');
    const f = path.join(tmp, 'e.xlsx');
    XLSX.writeFile(wb, f);
    expect(messages(f)).toEqual(['e.xlsx: students: expected a non-negative number, found "lots"'.replace('e.xlsx:', 'e.xlsx:4:')]);
  });
});
