/**
 * End-to-end test of `sop mentors`: a coordinator's filled-in template → a training plan that
 * starts the year after the numbers, regions.csv, plan.html, the plan sheet and chart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, readCsv, sop, tempDir, type SopResult } from './helpers';

const tmp = tempDir('sop-mentors-e2e-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('sop mentors', () => {
  const out = path.join(tmp, 'plan');
  let r: SopResult;
  beforeAll(() => {
    r = sop(['mentors', 'data/partnerships/template.xlsx', '--draws', '40', '--seed', '3', '--out', out, '--horizon', '2032']);
  });

  it('prints a stock-flow plan per partnership from the year after the numbers to the horizon', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('P001');
    expect(r.stdout).toContain('plan 2026–2032');
    expect(r.stdout).toContain('landelijke pad van scenario ambitie-2030');
    expect(r.stdout).toMatch(/Jaar\s+Benodigd\s+Begin\s+Opleiden\s+Uitval\s+Eind\s+Tekort/);
    expect(r.stdout).toMatch(/^2026\s/m);
    expect(r.stdout).not.toMatch(/^2025\s/m);
    // the total printed is the sum of the "Opleiden" column
    const rows = r.stdout.split('\n').filter((l) => /^20\d\d\s/.test(l)).map((l) => l.trim().split(/\s+/));
    const total = Number(/Totaal op te leiden: (\d+)/.exec(r.stdout)?.[1]);
    expect(rows.reduce((s, x) => s + Number(x[3]), 0)).toBe(total);
  });

  it('writes regions.csv, plan.html, the plan chart and a plan sheet', () => {
    const files = filesUnder(out);
    for (const f of ['summary.csv', 'results.xlsx', 'report.html', 'manifest.json', 'regions.csv', 'plan.html', 'charts/plan-P001.svg']) expect(files).toContain(f);
    const { header, rows } = readCsv(path.join(out, 'regions.csv'));
    expect(header.join(',')).toBe('onderwijsregio,year,metric,unit,mean,p05,p50,p95');
    expect(new Set(rows.map((x) => x[0]))).toEqual(new Set(['Onderwijsregio Voorbeeld']));
    expect(Math.min(...rows.map((x) => Number(x[1])))).toBe(2026);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require('xlsx') as typeof import('xlsx');
    const wb = XLSX.read(fs.readFileSync(path.join(out, 'results.xlsx')));
    expect(wb.SheetNames[0]).toBe('plan');
    expect(wb.SheetNames).toContain('regions');
    const html = fs.readFileSync(path.join(out, 'plan.html'), 'utf8');
    expect(html).toContain('@page { size: A4');
    expect(html.match(/<section class="page">/g)?.length).toBe(1);
    const m = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(m.data.partnerships).toEqual({ source: 'data/partnerships/template.xlsx', illustrative: false, count: 1 });
  });

  it('takes --year and --lang en', () => {
    const o2 = path.join(tmp, 'plan-en');
    const r2 = sop(['mentors', 'data/partnerships/template.csv', '--draws', '30', '--out', o2, '--year', '2027', '--lang', 'en', '--probability', '90%']);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toContain('plan 2028–2030');
    expect(r2.stdout).toContain('probability 90%');
    expect(r2.stdout).toContain('national path of scenario ambitie-2030');
  });

  it('follows an own target path (optional year, target_year, target_students columns) and says so', () => {
    const lines = fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'partnerships', 'template.csv'), 'utf8').trim().split('\n');
    const file = path.join(tmp, 'own.csv');
    fs.writeFileSync(file, [`${lines[0]},year,target_year,target_students`, ...lines.slice(1).map((l) => `${l},2026,2030,220`)].join('\n') + '\n');
    const o4 = path.join(tmp, 'own-out');
    const r4 = sop(['mentors', file, '--draws', '40', '--out', o4]);
    expect(r4.code).toBe(0);
    expect(r4.stdout).toContain('plan 2027–2030');
    expect(r4.stdout).toContain('eigen doel van het partnerschap, 220 SO&P-studenten in 2030');
    const { rows } = readCsv(path.join(o4, 'regions.csv'));
    const s2030 = rows.find((x) => x[1] === '2030' && x[2] === 'sop.students')!;
    expect(s2030.slice(4).map(Number)).toEqual([220, 220, 220, 220]);
  });

  it('rejects students_per_mentor = 0 and a year outside the plan with exit 2, writing nothing', () => {
    const src = fs.readFileSync(path.resolve(__dirname, '..', '..', 'data', 'partnerships', 'template.csv'), 'utf8').split('\n');
    src[4] = src[4].replace(/,80,1,/, ',80,0,');
    const bad = path.join(tmp, 'zero.csv');
    fs.writeFileSync(bad, src.join('\n'));
    const o3 = path.join(tmp, 'zero-out');
    const r3 = sop(['mentors', bad, '--draws', '10', '--out', o3]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toContain('students_per_mentor');
    expect(r3.stderr).toMatch(/:5\b/);
    expect(fs.existsSync(o3)).toBe(false);
    const r4 = sop(['mentors', 'data/partnerships/template.csv', '--draws', '10', '--year', '2030', '--out', path.join(tmp, 'y')]);
    expect(r4.code).toBe(2);
    expect(r4.stderr).toContain('--year');
  });
});
