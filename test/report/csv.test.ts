import { describe, expect, it } from 'vitest';
import { COMPARISON_COLUMNS, SUMMARY_COLUMNS, formatComparisonCsv, formatCsvNumber, formatSummaryCsv } from '../../src/report/csv';
import type { SummaryRow } from '../../src/ensemble/types';
import { fixtureComparison, fixtureRows } from './fixture-rows';

const order = ['baseline', 'ambitie-2030'];

describe('summary.csv', () => {
  const text = formatSummaryCsv(fixtureRows(), order);
  const lines = text.trimEnd().split('\n');

  it('has exactly the header of DESIGN.md §5', () => {
    expect(lines[0]).toBe('scenario,year,sector,breakdown,metric,unit,mean,p05,p50,p95');
    expect(SUMMARY_COLUMNS.join(',')).toBe(lines[0]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('keeps every row, sorted by scenario (given order), year, sector (po, vo, mbo, all), breakdown, metric', () => {
    expect(lines.length - 1).toBe(fixtureRows().length);
    const rows = lines.slice(1).map((l) => l.split(','));
    const sectorRank = { po: 0, vo: 1, mbo: 2, all: 3 } as Record<string, number>;
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      const key = (r: string[]): (string | number)[] => [order.indexOf(r[0]), Number(r[1]), sectorRank[r[2]], r[3], r[4]];
      const ka = key(a);
      const kb = key(b);
      const cmp = ka.findIndex((v, j) => v !== kb[j]);
      expect(cmp, `rows ${i} and ${i + 1} are equal in every sort key`).toBeGreaterThanOrEqual(0);
      expect(ka[cmp] < kb[cmp], `row ${i + 1} out of order: ${a.join(',')} before ${b.join(',')}`).toBe(true);
    }
    // first rows by hand: baseline 2024 po, breakdown 'all' before 'pabo', metrics in code order
    expect(rows.slice(0, 4).map((r) => `${r[0]} ${r[1]} ${r[2]} ${r[3]} ${r[4]}`)).toEqual([
      'baseline 2024 po all sop.share',
      'baseline 2024 po all sop.students',
      'baseline 2024 po all workforce.shortage_fte',
      'baseline 2024 po pabo sop.students',
    ]);
    expect(rows[rows.length - 1].slice(0, 3)).toEqual(['ambitie-2030', '2030', 'all']);
  });

  it('writes numbers in shortest round-trip form, without thousands separators', () => {
    const pabo = lines.find((l) => l.startsWith('baseline,2024,po,pabo,sop.students'))!;
    expect(pabo).toBe('baseline,2024,po,pabo,sop.students,persons,0.3333333333333333,0.1,0.3,0.5');
    const budget = lines.find((l) => l.startsWith('baseline,2024,all,all,capacity.budget_eur'))!;
    expect(budget).toBe('baseline,2024,all,all,capacity.budget_eur,eur,40000000,40000000,40000000,40000000');
    expect(formatCsvNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatCsvNumber(-0)).toBe('0');
    expect(formatCsvNumber(1e21)).toBe('1e+21');
    expect(() => formatCsvNumber(NaN)).toThrow(/finite/);
  });

  it('rejects a unit outside the closed list', () => {
    const bad: SummaryRow = { ...fixtureRows()[0], unit: 'percent' as never };
    expect(() => formatSummaryCsv([bad], order)).toThrow(/closed list/);
  });

  it('quotes a scenario id with a comma', () => {
    const r: SummaryRow = { ...fixtureRows()[0], scenario: 'a,b' };
    expect(formatSummaryCsv([r], ['a,b']).split('\n')[1].startsWith('"a,b",')).toBe(true);
  });
});

describe('comparison.csv', () => {
  it('has exactly its header, no baseline rows, and differences per row', () => {
    const text = formatComparisonCsv(fixtureComparison(), order);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('scenario,baseline,year,sector,breakdown,metric,unit,mean,p05,p50,p95');
    expect(COMPARISON_COLUMNS.join(',')).toBe(lines[0]);
    expect(lines.slice(1).every((l) => l.startsWith('ambitie-2030,baseline,'))).toBe(true);
    expect(lines.length - 1).toBe(fixtureRows().length / 2);
    // 2024: both scenarios start from the same value → mean difference 0
    expect(lines.find((l) => l.includes(',2024,all,all,sop.share,'))).toBe('ambitie-2030,baseline,2024,all,all,sop.share,share,0,0,0,0');
  });
});
