/**
 * End-to-end tests of `sop run` and `sop compare`: the real command, spawned as users run it.
 * Small draw counts keep them quick; the contracts (files, columns, order, bytes) do not depend on
 * the number of draws.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplay, formatSignedInterval } from '../../src/report/display-format';
import { ROOT, filesUnder, readCsv, sop, tempDir, type SopResult } from './helpers';

const tmp = tempDir('sop-run-e2e-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SUMMARY_HEADER = 'scenario,year,sector,breakdown,metric,unit,mean,p05,p50,p95';
const COMPARISON_HEADER = 'scenario,baseline,year,sector,breakdown,metric,unit,mean,p05,p50,p95';
const UNITS = ['persons', 'fte', 'share', 'eur', 'hours'];
const SECTOR_RANK: Record<string, number> = { po: 0, vo: 1, mbo: 2, all: 3 };

describe('sop run (default scenarios)', () => {
  const a = path.join(tmp, 'a');
  const b = path.join(tmp, 'b');
  const en = path.join(tmp, 'en');
  let ra: SopResult;

  beforeAll(() => {
    ra = sop(['run', '--draws', '80', '--seed', '5', '--out', a, '--workers', '2']);
  });

  it('exits 0 and prints the headline table, the paired impact and the output folder', () => {
    expect(ra.stderr).toBe('');
    expect(ra.code).toBe(0);
    expect(ra.stdout).toMatch(/Kerncijfers 2030 — mediaan \(90%-interval\), 80 trekkingen, seed 5/);
    // per sector (po first, then vo, mbo, total) or national only
    for (const label of ['Aandeel SO&P', 'SO&P-studenten', 'Benodigde werkplekbegeleiders', 'Beschikbare werkplekbegeleiders', 'Bekostiging SO&P, nominaal']) {
      expect(ra.stdout).toMatch(new RegExp(`^${label}\\s+(po|totaal)\\s+\\S.*\\)\\s+\\S.*\\)$`, 'm'));
    }
    // the SO&P share and the mentors required per sector, the shortfall explained, the impact with its no-effect case
    expect(ra.stdout).toMatch(/^\s+mbo\s+\d+,\d% \(/m);
    expect(ra.stdout).toContain('per partnerschap opgeteld');
    expect(ra.stdout).toMatch(/^Geen effect \(fte\)\s+totaal\s+0 \(0 – 0\)/m);
    expect(ra.stdout).toMatch(/^Netto effect SO&P op het tekort \(fte\)\s+totaal\s+[+−]/m);
    expect(ra.stdout).toMatch(/^ {2}via meer intrede in het onderwijs \(fte\)\s+totaal/m);
    expect(ra.stdout).toMatch(/baseline\s+ambitie-2030/);
    expect(ra.stdout).toContain('Effect van ambitie-2030 ten opzichte van baseline in 2030');
    expect(ra.stdout).toContain(`Uitvoermap: ${a}`);
    for (const line of ra.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('prints the shortage and the SO&P effect per sector, each with its 90% interval, also paired', () => {
    const lines = ra.stdout.split('\n');
    const impactAt = lines.findIndex((l) => l.startsWith('Effect van ambitie-2030'));
    const block = (label: string, from: number): string[] => {
      const i = lines.findIndex((l, j) => j >= from && l.startsWith(label));
      expect(i, label).toBeGreaterThanOrEqual(0);
      return lines.slice(i, i + 4);
    };
    const interval = /[−\d.,]+ \([−\d.,]+ – [−\d.,]+\)/g;
    for (const label of ['Lerarentekort (− = overschot) (fte)', 'Effect SO&P op het tekort (fte)']) {
      const main = block(label, 0);
      expect(main.map((l) => l.slice(label.length).trim().split(/\s+/)[0])).toEqual(['po', 'vo', 'mbo', 'totaal']);
      for (const l of main) expect(l.match(interval)).toHaveLength(2);
      const paired = block(label, impactAt);
      expect(paired.map((l) => l.slice(label.length).trim().split(/\s+/)[0])).toEqual(['po', 'vo', 'mbo', 'totaal']);
      for (const l of paired) expect(l).toMatch(/[+−]?[\d.,]+ \([+−]?[\d.,]+ – [+−]?[\d.,]+\)$/);
    }
    // the printed po shortage is the summary.csv median and 90% interval
    const records = (file: string): Record<string, string>[] => {
      const { header, rows } = readCsv(path.join(a, file));
      return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    };
    const rows = records('summary.csv');
    const po = rows.find((r) => r.scenario === 'baseline' && r.year === '2030' && r.sector === 'po' && r.breakdown === 'all' && r.metric === 'workforce.shortage_fte')!;
    const nl = (x: string) => formatDisplay(Number(x), 'fte', 'nl');
    expect(block('Lerarentekort (− = overschot) (fte)', 0)[0]).toContain(`${nl(po.p50)} (${nl(po.p05)} – ${nl(po.p95)})`);
    const cmp = records('comparison.csv');
    const dpo = cmp.find((r) => r.year === '2030' && r.sector === 'po' && r.breakdown === 'all' && r.metric === 'workforce.shortage_fte')!;
    expect(block('Lerarentekort (− = overschot) (fte)', impactAt)[0]).toContain(formatSignedInterval({ p05: Number(dpo.p05), p50: Number(dpo.p50), p95: Number(dpo.p95) }, 'fte', 'nl'));
  });

  it('writes the complete output folder of DESIGN.md §5', () => {
    const files = filesUnder(a);
    for (const f of ['summary.csv', 'comparison.csv', 'results.xlsx', 'report.html', 'manifest.json', 'charts/sop-share.svg', 'charts/mentors.svg', 'charts/shortage.svg']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('charts/fan-')).length).toBeGreaterThanOrEqual(5);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('writes summary.csv with the exact header, closed units, and the fixed sort order', () => {
    const { header, rows } = readCsv(path.join(a, 'summary.csv'));
    expect(header.join(',')).toBe(SUMMARY_HEADER);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['baseline', 'ambitie-2030']));
    expect(rows.every((r) => UNITS.includes(r[5]))).toBe(true);
    expect(rows.every((r) => r[2] in SECTOR_RANK)).toBe(true);
    const years = new Set(rows.map((r) => Number(r[1])));
    expect(Math.min(...years)).toBe(2024);
    expect(Math.max(...years)).toBe(2030);
    const order = ['baseline', 'ambitie-2030'];
    const key = (r: string[]): (number | string)[] => [order.indexOf(r[0]), Number(r[1]), SECTOR_RANK[r[2]], r[3], r[4]];
    for (let i = 1; i < rows.length; i++) {
      const ka = key(rows[i - 1]);
      const kb = key(rows[i]);
      const j = ka.findIndex((v, n) => v !== kb[n]);
      expect(j, `duplicate key at row ${i + 1}`).toBeGreaterThanOrEqual(0);
      expect(ka[j] < kb[j], `row ${i + 2} out of order`).toBe(true);
    }
    // numbers in shortest round-trip form: parse and print back to the same text
    for (const r of rows.slice(0, 500)) for (const x of r.slice(6)) expect(String(Number(x))).toBe(x);
    // the metrics the design requires, at least
    const metrics = new Set(rows.map((r) => r[4]));
    for (const m of ['sop.share', 'sop.students', 'capacity.mentors_required', 'capacity.mentors_available', 'capacity.budget_eur', 'workforce.shortage_fte', 'impact.shortage_fte']) {
      expect(metrics.has(m), m).toBe(true);
    }
  });

  it('writes comparison.csv with the exact header and no rows for the baseline', () => {
    const { header, rows } = readCsv(path.join(a, 'comparison.csv'));
    expect(header.join(',')).toBe(COMPARISON_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[0] === 'ambitie-2030' && r[1] === 'baseline')).toBe(true);
  });

  it('gives the same bytes for every CSV and SVG with the same seed, whatever the number of workers', () => {
    const rb = sop(['run', '--draws', '80', '--seed', '5', '--out', b, '--workers', '1']);
    expect(rb.code, rb.stderr).toBe(0);
    const files = filesUnder(a).filter((f) => /\.(csv|svg)$/.test(f));
    expect(filesUnder(b).filter((f) => /\.(csv|svg)$/.test(f))).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f))), f).toBe(true);
  });

  it('changes labels with --lang, never codes, columns or file names', () => {
    const ren = sop(['run', '--draws', '80', '--seed', '5', '--out', en, '--workers', '2', '--lang', 'en']);
    expect(ren.code, ren.stderr).toBe(0);
    expect(ren.stdout).toContain('Key figures 2030');
    expect(ren.stdout).toMatch(/^Teacher shortage \(− = surplus\) \(fte\)\s+po\s+\S/m);
    expect(ren.stdout).toMatch(/^\s+mbo\s+\S.*\)\s+\S.*\)$/m); // one table: both scenarios on the row
    expect(ren.stdout).toContain('po = primary, vo = secondary, mbo = vocational education.');
    expect(filesUnder(en)).toEqual(filesUnder(a));
    for (const f of ['summary.csv', 'comparison.csv']) expect(fs.readFileSync(path.join(en, f), 'utf8')).toBe(fs.readFileSync(path.join(a, f), 'utf8'));
    const svgNl = fs.readFileSync(path.join(a, 'charts/shortage.svg'), 'utf8');
    const svgEn = fs.readFileSync(path.join(en, 'charts/shortage.svg'), 'utf8');
    expect(svgNl).toContain('Lerarentekort met en zonder de ambitie');
    expect(svgEn).toContain('Teacher shortage with and without the ambition');
  });

  it('writes a manifest with version, seed, draws, scenario hashes, parameters, data hashes, rules and timings', () => {
    const m = JSON.parse(fs.readFileSync(path.join(a, 'manifest.json'), 'utf8'));
    expect(m.tool.version).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    expect(m.seed).toBe(5);
    expect(m.draws).toBe(80);
    expect(m.scenarios.map((s: { id: string }) => s.id)).toEqual(['baseline', 'ambitie-2030']);
    const file = m.scenarios[1].files[0];
    const bytes = fs.readFileSync(path.resolve(ROOT, file.path));
    expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(Object.keys(m.scenarios[0].parameters).length).toBeGreaterThan(20);
    expect(m.data.files.length).toBeGreaterThan(3);
    expect(m.data.files.every((f: { sha256: string }) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect(m.data.partnerships.illustrative).toBe(true);
    expect(Array.isArray(m.rulesApplied)).toBe(true);
    expect(m.rulesApplied.length).toBeGreaterThan(0);
    expect(typeof m.timingsMs.ensembleMs).toBe('number');
    expect(m.ensemble.method).toBe('exact');
  });

  it('writes results.xlsx with a sheet per table', async () => {
    const XLSX = await import('xlsx');
    const wb = XLSX.read(fs.readFileSync(path.join(a, 'results.xlsx')));
    expect(wb.SheetNames).toEqual(['inhoud', 'samenvatting', 'vergelijking', 'aannames', 'herkomst']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.samenvatting, { header: 1 });
    expect(rows.length - 1).toBe(readCsv(path.join(a, 'summary.csv')).rows.length);
  });

  it('writes a self-contained report naming the illustrative partnership data', () => {
    const html = fs.readFileSync(path.join(a, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link |src="http|href="http|url\(http/);
    expect((html.match(/<figure class="chart"/g) ?? []).length).toBe(filesUnder(a).filter((f) => f.startsWith('charts/')).length);
    expect(html).toContain('illustratieve partnerschapstabel');
    expect(html).toContain('Aannames');
  });
});

describe('sop compare', () => {
  it('prints paired differences against the first scenario and writes comparison.csv for the others only', () => {
    const out = path.join(tmp, 'cmp');
    const r = sop(['compare', 'baseline', 'hoge-instroom', 'test/cli/fixtures/valid.yaml', '--draws', '40', '--out', out, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Impact of hoge-instroom against baseline in 2030');
    expect(r.stdout).toContain('Impact of valid against baseline in 2030');
    const { header, rows } = readCsv(path.join(out, 'comparison.csv'));
    expect(header.join(',')).toBe(COMPARISON_HEADER);
    expect(new Set(rows.map((x) => x[0]))).toEqual(new Set(['hoge-instroom', 'valid']));
    expect(rows.every((x) => x[1] === 'baseline')).toBe(true);
    // scenario order as given: all hoge-instroom rows before the valid rows
    const firstValid = rows.findIndex((x) => x[0] === 'valid');
    expect(rows.slice(firstValid).every((x) => x[0] === 'valid')).toBe(true);
  });

  it('needs at least two scenarios', () => {
    const r = sop(['compare', 'baseline', '--draws', '10', '--out', path.join(tmp, 'cmp1')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected at least two scenarios');
    expect(fs.existsSync(path.join(tmp, 'cmp1'))).toBe(false);
  });
});
