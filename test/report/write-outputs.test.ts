import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResolvedScenario } from '../../src/scenario/types';
import { listOutputFiles, writeRunOutputs, type RunOutputsInput } from '../../src/report/write-outputs';
import { FIXTURE_SCENARIOS, fixtureComparison, fixtureRows } from './fixture-rows';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-write-'));
afterAll(() => { if (!process.env.SOP_KEEP_TEST_OUTPUT) fs.rmSync(root, { recursive: true, force: true }); });

/** Two hand-made resolved scenarios with two parameters each. */
function scenarios(): ResolvedScenario[] {
  return FIXTURE_SCENARIOS.map((s, i) => ({
    id: s.id,
    title: s.title,
    horizon: 2030,
    files: [{ id: s.id, path: `scenarios/${s.id}.yaml`, sha256: 'ab'.repeat(32) }],
    params: {
      'sop.target.share': {
        key: 'sop.target.share',
        def: { kind: 'scalar', key: 'sop.target.share', label: { nl: 'Doelaandeel SO&P', en: 'Target SO&P share' }, unit: 'share', description: 'x', source: 'FACTS S1', default: 0.5, bounds: [0, 1] },
        value: i === 0 ? 0.5 : 1,
        origin: i === 0 ? { kind: 'registry' } : { kind: 'scenario', scenario: s.id, file: `scenarios/${s.id}.yaml`, line: 3 },
      },
      'effects.dropout_multiplier': {
        key: 'effects.dropout_multiplier',
        def: { kind: 'scalar', key: 'effects.dropout_multiplier', label: { nl: 'Uitvalfactor', en: 'Dropout multiplier' }, unit: 'factor', description: 'x', source: 'assumption', default: 0.9, bounds: [0.5, 1], distribution: { type: 'uniform', min: 0.8, max: 1 } },
        value: 0.9,
        distribution: { type: 'uniform', min: 0.8, max: 1 },
        origin: { kind: 'registry' },
      },
    },
  }));
}

function input(outDir: string, lang: 'nl' | 'en'): RunOutputsInput {
  return {
    outDir, force: false, lang, scenarios: scenarios(),
    summary: fixtureRows(), comparison: fixtureComparison(),
    dataFiles: [{ path: 'data/sop-share.csv', sha256: 'cd'.repeat(32) }],
    sopShareObserved: { 2010: 0.13, 2022: 0.5 },
    partnerships: { source: 'data/partnerships/illustrative.csv', illustrative: true, count: 130 },
    seed: 7, draws: 100, horizon: 2030, toolVersion: '0.0.0-test', command: 'sop run', rulesApplied: [{ series: 'sop.share', rule: 'trend to 2024' }],
    timings: { ensembleMs: 1 },
  };
}

describe('writeRunOutputs (fixture rows)', () => {
  const a = path.join(root, 'a');
  const b = path.join(root, 'b');
  const en = path.join(root, 'en');

  it('writes every file of DESIGN.md §5', async () => {
    await writeRunOutputs(input(a, 'nl'));
    const files = listOutputFiles(a);
    for (const f of ['summary.csv', 'comparison.csv', 'results.xlsx', 'report.html', 'manifest.json', 'charts/sop-share.svg', 'charts/mentors.svg', 'charts/shortage.svg', 'charts/fan-workforce.shortage_fte.svg']) {
      expect(files).toContain(f);
    }
    expect(fs.readdirSync(root).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('gives byte-identical CSV and SVG files for the same inputs', async () => {
    await writeRunOutputs(input(b, 'nl'));
    const same = listOutputFiles(a).filter((f) => /\.(csv|svg)$/.test(f));
    expect(same.length).toBeGreaterThanOrEqual(8);
    for (const f of same) expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f))), f).toBe(true);
  });

  it('changes labels but never codes or columns with --lang', async () => {
    await writeRunOutputs(input(en, 'en'));
    expect(listOutputFiles(en)).toEqual(listOutputFiles(a));
    for (const f of ['summary.csv', 'comparison.csv']) expect(fs.readFileSync(path.join(en, f), 'utf8')).toBe(fs.readFileSync(path.join(a, f), 'utf8'));
    const svgNl = fs.readFileSync(path.join(a, 'charts/shortage.svg'), 'utf8');
    const svgEn = fs.readFileSync(path.join(en, 'charts/shortage.svg'), 'utf8');
    expect(svgNl).toContain('Lerarentekort met en zonder de ambitie');
    expect(svgEn).toContain('Teacher shortage with and without the ambition');
    expect(fs.readFileSync(path.join(en, 'report.html'), 'utf8')).toContain('<html lang="en">');
  });

  it('writes a self-contained report with the headline, every chart, the assumptions and provenance', () => {
    const html = fs.readFileSync(path.join(a, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import|url\(http/);
    const charts = listOutputFiles(a).filter((f) => f.startsWith('charts/'));
    expect((html.match(/<figure class="chart"/g) ?? []).length).toBe(charts.length);
    expect(html).toContain('Kerncijfers 2030');
    expect(html).toContain('effects.dropout_multiplier');
    expect(html).toContain('uniform(0.8–1)');
    expect(html).toContain('FACTS S1');
    expect(html).toContain('illustratieve partnerschapstabel');
    expect(html).toContain('ab'.repeat(32));
    expect(html).toContain('trend to 2024');
    // the parameter the scenarios set differently is marked, the shared one is not
    expect(html).toMatch(/<tr class="differs"><td>sop\.target\.share<\/td>/);
    expect(html).toMatch(/<tr><td>effects\.dropout_multiplier<\/td>/);
  });

  it('writes a manifest with seed, draws, scenario hashes, parameters, data hashes, rules and output hashes', () => {
    const m = JSON.parse(fs.readFileSync(path.join(a, 'manifest.json'), 'utf8'));
    expect(m.tool.version).toBe('0.0.0-test');
    expect(m.seed).toBe(7);
    expect(m.draws).toBe(100);
    expect(m.scenarios[1].files[0].sha256).toBe('ab'.repeat(32));
    expect(m.scenarios[1].parameters['sop.target.share']).toEqual({ value: 1, origin: { kind: 'scenario', scenario: 'ambitie-2030', file: 'scenarios/ambitie-2030.yaml', line: 3 } });
    expect(m.data.files[0].sha256).toBe('cd'.repeat(32));
    expect(m.rulesApplied).toEqual([{ series: 'sop.share', rule: 'trend to 2024' }]);
    expect(m.outputs.map((o: { path: string }) => o.path)).toContain('summary.csv');
    expect(typeof m.timingsMs.chartsMs).toBe('number');
  });

  it('writes results.xlsx with one sheet per table, readable headers and codes in the columns', async () => {
    const XLSX = await import('xlsx');
    const wb = XLSX.read(fs.readFileSync(path.join(a, 'results.xlsx')));
    expect(wb.SheetNames).toEqual(['inhoud', 'samenvatting', 'vergelijking', 'aannames', 'herkomst']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.samenvatting, { header: 1 });
    expect(rows[0]).toEqual(['Scenario', 'Jaar', 'Sector', 'Uitsplitsing', 'Indicator', 'Eenheid', 'Gemiddelde', 'P5 (ondergrens 90%)', 'Mediaan', 'P95 (bovengrens 90%)', 'Omschrijving', 'Uitsplitsing (omschrijving)', 'Eenheid (omschrijving)']);
    expect(rows[1].slice(0, 6)).toEqual(['baseline', 2024, 'po', 'all', 'sop.share', 'share']);
    expect(rows[1][10]).toBe('Aandeel SO&P');
    expect(rows.length - 1).toBe(fixtureRows().length);
    const cmp = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.vergelijking, { header: 1 });
    expect(cmp.slice(1).every((r) => r[0] === 'ambitie-2030' && r[1] === 'baseline')).toBe(true);
  });

  it('refuses to overwrite a non-empty folder without force, leaving it untouched', async () => {
    const before = fs.readFileSync(path.join(a, 'summary.csv'));
    await expect(writeRunOutputs({ ...input(a, 'nl'), summary: fixtureRows().slice(0, 3) })).rejects.toThrow(/not empty/);
    expect(fs.readFileSync(path.join(a, 'summary.csv')).equals(before)).toBe(true);
  });
});
