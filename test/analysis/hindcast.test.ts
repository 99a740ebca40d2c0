import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreRows, type HindcastRow } from '../../src/analysis/hindcast';
import { parseCsv } from '../../src/data/csv';
import { loadModelData } from '../../src/data/model-data';
import { defaultDataDir } from '../../src/data/paths';
import { csvQuote } from '../../src/report/csv';
import { readCsv, sop, tempDir } from '../cli/helpers';

const FROM = 2021;
const work = tempDir('sop-hindcast-');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Every CSV under `dir`, relative paths. */
function csvFiles(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? csvFiles(dir, r) : e.name.endsWith('.csv') ? [r] : [];
  });
}

/** A copy of the bundled data/ with every row whose `year` is after `year` removed. */
function truncatedCopy(year: number, edit?: (file: string, text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(work, 'data-'));
  fs.cpSync(defaultDataDir(), dir, { recursive: true });
  for (const f of csvFiles(dir)) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const t = parseCsv(text, f);
    const yi = t.header.indexOf('year');
    let out = text;
    if (yi >= 0) {
      const kept = t.records.filter((r) => !(Number(r.cells[yi]) > year));
      out = [t.header, ...kept.map((r) => r.cells)].map((cells) => cells.map(csvQuote).join(',')).join('\n') + '\n';
    }
    fs.writeFileSync(file, edit ? edit(f, out) : out);
  }
  return dir;
}

function hindcast(out: string, extra: string[] = []) {
  return sop(['backtest', '--workforce', '--from', String(FROM), '--draws', '200', '--workers', '1', '--lang', 'en', '--out', out, ...extra]);
}

describe('hindcast scores', () => {
  it('computes MAPE, bias, band width and coverage by hand', () => {
    const row = (year: number, observed: number, p05: number, p50: number, p95: number): HindcastRow => ({
      sector: 'po', year, metric: 'workforce.shortage_fte', unit: 'fte', observed, mean: p50, p05, p50, p95,
    });
    const [s] = scoreRows([row(2022, 100, 90, 110, 130), row(2023, 200, 150, 150, 190)]);
    expect(s.n).toBe(2);
    expect(s.covered).toBe(1); // 200 lies above 190
    expect(s.mape).toBeCloseTo((0.1 + 0.25) / 2, 12);
    expect(s.bias).toBeCloseTo((10 - 50) / 2, 12);
    expect(s.meanBandWidth).toBeCloseTo((40 + 40) / 2, 12);
  });
});

describe('loadModelData with knownAt', () => {
  it('keeps only the rows up to that year, and needs no base year of its own', () => {
    const d = loadModelData(undefined, { knownAt: FROM });
    expect(d.shortageFte.po).toEqual({ 2021: 9100 });
    expect(d.shortageFte.vo).toEqual({});
    const years = [
      ...Object.values(d.inflowObserved).flatMap((s) => Object.keys(s)),
      ...Object.keys(d.sopShareObserved),
      ...Object.values(d.employmentFte).flatMap((s) => Object.keys(s)),
      ...Object.values(d.pupils).flatMap((s) => Object.keys(s)),
    ].map(Number);
    expect(Math.max(...years)).toBe(FROM);
    // the full data do have later rows
    const all = loadModelData();
    expect(all.shortageFte.po[2024]).toBe(7700);
    expect(Math.max(...Object.keys(all.inflowObserved.pabo).map(Number))).toBeGreaterThan(FROM);
  });
});

describe('sop backtest --workforce --from 2021', () => {
  const full = path.join(work, 'full');
  const r = hindcast(full);

  it('writes the hindcast CSV with the fixed header, po only, the measured values as observed', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const csv = readCsv(path.join(full, 'workforce-hindcast.csv'));
    expect(csv.header.join(',')).toBe('sector,year,metric,unit,observed,mean,p05,p50,p95');
    const shortage = csv.rows.filter((x) => x[2] === 'workforce.shortage_fte');
    expect(shortage.map((x) => [x[0], x[1], x[4]])).toEqual([
      ['po', '2022', '9700'],
      ['po', '2023', '9800'],
      ['po', '2024', '7700'],
    ]);
    expect(new Set(csv.rows.map((x) => x[0]))).toEqual(new Set(['po']));
    for (const x of csv.rows) {
      const [p05, p50, p95] = [Number(x[6]), Number(x[7]), Number(x[8])];
      expect(p05).toBeLessThanOrEqual(p50);
      expect(p50).toBeLessThanOrEqual(p95);
      expect(p95 - p05).toBeGreaterThan(0); // a projection, not the anchor
    }
    expect(fs.existsSync(path.join(full, 'charts', 'workforce-hindcast.svg'))).toBe(true);
    expect(fs.existsSync(path.join(full, 'manifest.json'))).toBe(true);
  });

  it('prints errors, band widths and coverage, and why vo and mbo are missing', () => {
    expect(r.stdout).toMatch(/MAPE \(median\)/);
    expect(r.stdout).toMatch(/coverage \(90% band\)/);
    expect(r.stdout).toMatch(/po +shortage +3 +\d+\.\d% .* \d of 3/);
    expect(r.stdout).toMatch(/vo: not scored — no measured shortage of the same kind in 2021 \(measured: 2023, 2024\)/);
    expect(r.stdout).toMatch(/mbo: not scored — no measured shortage of the same kind in 2021 \(measured: 2024\)/);
  });

  it('draws the band, the measured points and a zero line', () => {
    const spec = JSON.parse(fs.readFileSync(path.join(full, 'charts', 'workforce-hindcast.vl.json'), 'utf8'));
    const layers = spec.spec.layer as { mark: { type: string }; encoding: Record<string, { datum?: number }> }[];
    expect(layers.map((l) => l.mark.type)).toEqual(['area', 'line', 'rule', 'point']);
    expect(layers[2].encoding.y.datum).toBe(0);
    const observed = spec.data.values.filter((v: { kind: string }) => v.kind === 'observed').map((v: { year: number; observed: number }) => [v.year, v.observed]);
    expect(observed).toEqual([[2021, 9100], [2022, 9700], [2023, 9800], [2024, 7700]]);
  });

  it('gives byte-identical output on a copy of data/ cut after the start year: nothing later leaks in', () => {
    const cut = truncatedCopy(FROM);
    // the cut happened: no row after 2021 is left in the copy
    expect(fs.readFileSync(path.join(cut, 'shortage.csv'), 'utf8')).not.toMatch(/^2024,/m);
    expect(fs.readFileSync(path.join(cut, 'inflow.csv'), 'utf8')).not.toMatch(/^2022,/m);
    expect(fs.readFileSync(path.join(cut, 'pupils.csv'), 'utf8')).not.toMatch(/^2023,/m);
    const out = path.join(work, 'cut');
    const c = hindcast(out, ['--data', cut, '--observed', defaultDataDir()]);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    for (const f of ['workforce-hindcast.csv', 'charts/workforce-hindcast.svg', 'charts/workforce-hindcast.vl.json']) {
      expect(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(full, f))), f).toBe(true);
    }
    expect(c.stdout.replace(/Wrote .*/, '')).toBe(r.stdout.replace(/Wrote .*/, ''));
  });

  it('does move when a figure known in the start year changes (the identity above could fail)', () => {
    const changed = truncatedCopy(FROM, (f, text) => (f === 'shortage.csv' ? text.replace('2021,po,teachers,NL,all,total,9100,fte', '2021,po,teachers,NL,all,total,9500,fte') : text));
    const out = path.join(work, 'changed');
    const c = hindcast(out, ['--data', changed, '--observed', defaultDataDir()]);
    expect(c.code).toBe(0);
    expect(fs.readFileSync(path.join(out, 'workforce-hindcast.csv'), 'utf8')).not.toBe(fs.readFileSync(path.join(full, 'workforce-hindcast.csv'), 'utf8'));
  });
});

describe('sop backtest --workforce: bad input is exit 2 and writes nothing', () => {
  it.each([
    [['--from', '2019'], /--from: expected a year with a measured total shortage .* in at least one sector; measured: po 2021, 2022, 2023, 2024; vo 2023, 2024; mbo 2024, found 2019/],
    [['--from', '2024'], /--from: expected a year before the last measured shortage \(2024\)/],
    [[], /--from: expected the base year of the hindcast, e.g. --from 2021, found nothing/],
    [['--from', 'next'], /--from: expected a whole number from 2000 to 2039, found 'next'/],
    [['--from', '2021', '--ahead', '2'], /--ahead: expected no trend-backtest option with --workforce/],
  ])('%j', (extra, message) => {
    const out = path.join(work, `bad-${extra.join('_') || 'none'}`);
    const b = sop(['backtest', '--workforce', '--draws', '10', '--out', out, ...extra]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(message);
    expect(b.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('--from without --workforce is an error of the trend backtest', () => {
    const b = sop(['backtest', '--from', '2021']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--from: expected an option of the trend backtest; --from, --observed, --draws, --seed and --workers need --workforce/);
  });

  it('--help shows the hindcast with an example', () => {
    const h = sop(['backtest', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('sop backtest --workforce --from 2021 --out out/hindcast');
  });
});
