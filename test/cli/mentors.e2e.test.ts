/**
 * End-to-end test of `sop mentors`: a coordinator's filled-in template → a year-by-year plan.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, readCsv, sop, tempDir, type SopResult } from './helpers';

const tmp = tempDir('sop-mentors-e2e-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Students in the template (data/partnerships/template.csv), summed by hand from the file. */
function templateStudents(): number {
  const { header, rows } = readCsv(path.resolve(__dirname, '..', '..', 'data', 'partnerships', 'template.csv'));
  const col = header.indexOf('students');
  return rows.reduce((s, r) => s + Number(r[col]), 0);
}

describe('sop mentors', () => {
  const out = path.join(tmp, 'plan');
  let r: SopResult;
  beforeAll(() => {
    r = sop(['mentors', 'data/partnerships/template.xlsx', '--draws', '40', '--seed', '3', '--out', out, '--horizon', '2032']);
  });

  it('prints a year-by-year plan per partnership to the horizon', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('P001');
    expect(r.stdout).toMatch(/Indicator\s+2024\s+2025.*2032/);
    for (const label of ['SO&P-studenten', 'Benodigde werkplekbegeleiders', 'Beschikbare werkplekbegeleiders', 'Op te leiden werkplekbegeleiders', 'Benodigde schoolopleiders', 'Begeleidingsuren', 'Begeleidingstijd (fte)', 'Bekostiging SO&P, nominaal']) {
      expect(r.stdout).toContain(label);
    }
  });

  it('writes the output folder with only the file\'s partnerships, starting from their own numbers', () => {
    const files = filesUnder(out);
    for (const f of ['summary.csv', 'results.xlsx', 'report.html', 'manifest.json', 'charts/mentors-by-partnership.svg']) expect(files).toContain(f);
    const { header, rows } = readCsv(path.join(out, 'summary.csv'));
    expect(header.join(',')).toBe('scenario,year,sector,breakdown,metric,unit,mean,p05,p50,p95');
    expect(new Set(rows.map((x) => x[3]))).toEqual(new Set(['P001']));
    expect(new Set(rows.map((x) => x[0]))).toEqual(new Set(['ambitie-2030']));
    expect(Math.max(...rows.map((x) => Number(x[1])))).toBe(2032);
    const metrics = new Set(rows.map((x) => x[4]));
    for (const m of ['sop.students', 'capacity.mentors_required', 'capacity.mentors_available', 'capacity.mentors_to_train', 'capacity.schoolopleiders_required', 'capacity.mentor_hours', 'capacity.mentor_fte', 'capacity.budget_eur']) {
      expect(metrics.has(m), m).toBe(true);
    }
    // base year: the partnership's own SO&P students (within 5%: its share of the national cells)
    const base = rows.find((x) => x[1] === '2024' && x[4] === 'sop.students')!;
    expect(Math.abs(Number(base[8]) / templateStudents() - 1)).toBeLessThan(0.05);
    // base year: the mentors available in the file (95 in the template)
    const mentors = rows.find((x) => x[1] === '2024' && x[4] === 'capacity.mentors_available')!;
    expect(Number(mentors[8])).toBeCloseTo(95, 6);
  });

  it('writes a one-page report with the plan table and the partnership file\'s hash', () => {
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('Mentorplan: template');
    expect(html).toContain('P001 — Voorbeeldpartnerschap Noord (example)');
    expect(html).toContain('data/partnerships/template.xlsx');
    const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(m.data.partnerships).toEqual({ source: 'data/partnerships/template.xlsx', illustrative: false, count: 1 });
    expect(m.scenarios[0].parameters['capacity.base_mentors'].value).toBe('table');
  });
});
