import { describe, expect, it } from 'vitest';
import type { SummaryRow } from '../../src/ensemble/types';
import { bandTable } from '../../src/notebook/band-table';
import { toDataFrame } from '../../src/notebook/data-frame';
import { htmlTable } from '../../src/notebook/html-table';

const row = (scenario: string, sector: SummaryRow['sector'], year: number, p05: number, p50: number, p95: number): SummaryRow => ({
  scenario, year, sector, breakdown: 'all', metric: 'workforce.shortage_fte', unit: 'fte', mean: p50, p05, p50, p95,
});

describe('htmlTable', () => {
  it('escapes text and right-aligns only columns that hold numbers', () => {
    const html = htmlTable({ title: 'SO&P <test>', header: ['Sector', 'Scenario', '2030'], rows: [['po', 'Basis', '1,234 (1 – 2)'], ['vo', 'Ambitie', '−5']], note: 'a & b' });
    expect(html).toBe(
      '<table><caption style="text-align:left;font-weight:bold">SO&amp;P &lt;test&gt;</caption>' +
        '<thead><tr><th>Sector</th><th>Scenario</th><th style="text-align:right;white-space:nowrap">2030</th></tr></thead>' +
        '<tbody><tr><td>po</td><td>Basis</td><td style="text-align:right;white-space:nowrap">1,234 (1 – 2)</td></tr>' +
        '<tr><td>vo</td><td>Ambitie</td><td style="text-align:right;white-space:nowrap">−5</td></tr></tbody></table>' +
        '<p style="font-size:smaller">a &amp; b</p>',
    );
  });

  it('leaves out caption and note when absent', () => {
    expect(htmlTable({ title: '', header: ['a'], rows: [] })).toBe('<table><thead><tr><th>a</th></tr></thead><tbody></tbody></table>');
  });
});

describe('bandTable', () => {
  const rows = [
    row('baseline', 'po', 2030, 100, 200, 300),
    row('baseline', 'vo', 2030, 10, 20, 30),
    row('ambitie', 'po', 2030, 90, 150.4, 280),
    row('baseline', 'po', 2024, 7700, 7700, 7700),
    { ...row('baseline', 'po', 2030, 1, 2, 3), breakdown: 'pabo' },
    { ...row('baseline', 'po', 2030, 1, 2, 3), metric: 'sop.share', unit: 'share' as const },
  ];
  const scenarios = [{ id: 'baseline', title: 'Basis' }, { id: 'ambitie', title: 'Ambitie' }];

  it('puts a row per sector and scenario, a column per year, median with the 90% band', () => {
    const t = bandTable(rows, { metric: 'workforce.shortage_fte', sectors: ['po', 'vo'], scenarios, lang: 'en' });
    expect(t.header).toEqual(['Sector', 'Scenario', '2024', '2030']);
    expect(t.rows).toEqual([
      ['primary (po)', 'Basis', '7,700 (7,700 – 7,700)', '200 (100 – 300)'],
      ['primary (po)', 'Ambitie', '–', '150 (90 – 280)'],
      ['secondary (vo)', 'Basis', '–', '20 (10 – 30)'],
      ['secondary (vo)', 'Ambitie', '–', '–'],
    ]);
    expect(t.title).toBe('Teacher shortage (− = surplus) (fte)');
  });

  it('signs differences and uses Dutch number formats', () => {
    const diff = [row('ambitie', 'po', 2030, -1500, -1234, 250)];
    const t = bandTable(diff, { metric: 'workforce.shortage_fte', sectors: ['po'], scenarios: [{ id: 'ambitie', title: 'verschil' }], years: [2030], lang: 'nl', signed: true });
    expect(t.rows).toEqual([['po', 'verschil', '−1.234 (−1.500 – +250)']]);
    expect(t.title.startsWith('Verschil: ')).toBe(true);
  });

  it('selects a breakdown', () => {
    const t = bandTable(rows, { metric: 'workforce.shortage_fte', breakdown: 'pabo', sectors: ['po'], scenarios: scenarios.slice(0, 1), lang: 'en' });
    expect(t.rows).toEqual([['primary (po)', 'Basis', '2 (1 – 3)']]);
  });
});

describe('toDataFrame', () => {
  it('keeps the columns asked for, in order, rounded to the digits asked for', { timeout: 60_000 }, () => {
    const df = toDataFrame([row('baseline', 'po', 2030, 1.234, 2.345, 3.456)], { columns: ['year', 'sector', 'p50'], digits: 1 });
    expect(df.columns).toEqual(['year', 'sector', 'p50']);
    expect(df.values).toEqual([[2030, 'po', 2.3]]);
  });

  it('drops nested fields by default', { timeout: 60_000 }, () => {
    const df = toDataFrame([{ ...row('b', 'po', 2030, 1, 2, 3), quantiles: { p10: 1 } }]);
    expect(df.columns).toEqual(['scenario', 'year', 'sector', 'breakdown', 'metric', 'unit', 'mean', 'p05', 'p50', 'p95']);
  });
});
