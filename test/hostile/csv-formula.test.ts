/**
 * Class 10 of issue #15: text cells of the CSV outputs that a spreadsheet would read as a formula
 * are neutralised; numbers, negative ones included, keep their `String(x)` form.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvText } from '../../src/analysis/cliSupport';
import { csvQuote, formatComparisonCsv, formatSummaryCsv } from '../../src/report/csv';
import { scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-csv-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('formula neutralisation in CSV output', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe, and leaves numbers alone', () => {
    expect(csvQuote('=1+2')).toBe("'=1+2");
    expect(csvQuote('+cmd')).toBe("'+cmd");
    expect(csvQuote('-2+3')).toBe("'-2+3");
    expect(csvQuote('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvQuote('\t=x')).toBe("'\t=x");
    expect(csvQuote('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const n of ['-0.5', '-12500', '1e-7', '-3.2E+21', '+4']) expect(csvQuote(n)).toBe(n);
    expect(csvQuote('baseline')).toBe('baseline');
    expect(csvText(['a', 'b'], [['=1+2', -0.25]])).toBe("a,b\n'=1+2,-0.25\n");
  });

  it('summary.csv and comparison.csv: ids neutralised, negative numbers in String(x) form', () => {
    const row = { scenario: '=1+2', year: 2030, sector: 'po' as const, breakdown: '-all', metric: 'workforce.shortage_fte', unit: 'fte' as const, mean: -12.5, p05: -1e-7, p50: -0, p95: 3 };
    const text = formatSummaryCsv([row], ['=1+2']);
    expect(text.split('\n')[1]).toBe("'=1+2,2030,po,'-all,workforce.shortage_fte,fte,-12.5,-1e-7,0,3");
    const cmp = formatComparisonCsv([{ ...row, scenario: '@b', baseline: '=1+2' }], ['=1+2', '@b']);
    expect(cmp.split('\n')[1]).toBe("'@b,'=1+2,2030,po,'-all,workforce.shortage_fte,fte,-12.5,-1e-7,0,3");
  });

  it('a scenario file named =1+2.yaml gives no formula cell in the real output', () => {
    fs.writeFileSync(path.join(tmp, '=1+2.yaml'), 'title: Formula\nextends: baseline\n');
    const r = sopLimited(['run', '=1+2.yaml', '--draws', '5', '--out', 'out'], { cwd: tmp });
    expect(r.code, r.stderr).toBe(0);
    const lines = fs.readFileSync(path.join(tmp, 'out', 'summary.csv'), 'utf8').trim().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^'=1\+2,/);
    expect(lines.some((l) => /^[=+\-@]/.test(l) || /,[=+@]/.test(l))).toBe(false);
  });
});
