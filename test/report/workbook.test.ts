/**
 * results.xlsx opens ready to use (issue #16): the file that comes out is read back and its first
 * sheet, sheet names, frozen header rows, filters, column widths, number formats per unit and
 * numeric cells are checked, in the XML itself where the xlsx reader does not report them.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { AssumptionRow } from '../../src/report/assumptions';
import { buildWorkbook, numberFormat, SHEET_NAMES } from '../../src/report/xlsx-writer';
import { fixtureComparison, fixtureRows } from './fixture-rows';

const assumptions: AssumptionRow[] = [
  { scenario: 'baseline', key: 'sop.target.share.po', label: 'Doelaandeel po', unit: 'share', value: '0.5', number: 0.5, range: 'vast', source: 'FACTS S24', origin: 'register' },
  { scenario: 'ambitie-2030', key: 'sop.target.share.po', label: 'Doelaandeel po', unit: 'share', value: '1', number: 1, range: 'vast', source: 'FACTS S24', origin: 'scenario' },
  { scenario: 'baseline', key: 'effects.entry_uplift', label: 'Extra intrede', unit: 'factor', value: '0.05', number: 0.05, range: 'uniform(-0.02–0.12)', source: 'assumption', origin: 'register' },
  { scenario: 'ambitie-2030', key: 'effects.entry_uplift', label: 'Extra intrede', unit: 'factor', value: '0.05', number: 0.05, range: 'uniform(-0.02–0.12)', source: 'assumption', origin: 'register' },
  { scenario: 'baseline', key: 'capacity.cap', label: 'Grens', unit: 'none', value: 'on', range: 'keuze', source: 'assumption', origin: 'register' },
  { scenario: 'ambitie-2030', key: 'capacity.cap', label: 'Grens', unit: 'none', value: 'on', range: 'keuze', source: 'assumption', origin: 'register' },
];

function build(lang: 'nl' | 'en'): Buffer {
  return buildWorkbook({
    summary: fixtureRows(), comparison: fixtureComparison(), assumptions, lang,
    scenarioOrder: ['baseline', 'ambitie-2030'], scenarioTitles: ['Basis', 'Ambitie 2030'],
    about: [['Seed', '7'], ['Scenario file baseline', 'scenarios/baseline.yaml'], ['Scenario file baseline', 'scenarios/baseline.yaml']],
  });
}

/** The XML of a worksheet (1-based) in the written file. */
function sheetXml(bytes: Buffer, n: number): string {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const i = zip.FullPaths.findIndex((p: string) => p.endsWith(`/xl/worksheets/sheet${n}.xml`));
  return Buffer.from(zip.FileIndex[i].content as Uint8Array).toString('utf8');
}

describe('results.xlsx read back', () => {
  for (const lang of ['nl', 'en'] as const) {
    const bytes = build(lang);
    const wb = XLSX.read(bytes, { cellNF: true });
    const names = SHEET_NAMES;

    it(`${lang}: a first sheet that says what is in it, then one sheet per view, named in the language`, () => {
      expect(wb.SheetNames).toEqual([names.contents[lang], names.summary[lang], names.comparison[lang], names.assumptions[lang], names.provenance[lang]]);
      const contents = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[names.contents[lang]], { header: 1 });
      const listed = contents.map((r) => r[0]);
      for (const key of ['summary', 'comparison', 'assumptions', 'provenance'] as const) expect(listed).toContain(names[key][lang]);
      expect(contents.flat().join(' ')).toMatch(lang === 'nl' ? /procentpunt/ : /percentage points/);
    });

    it(`${lang}: header rows frozen on every data sheet (pane XML), filters and column widths`, () => {
      expect(sheetXml(bytes, 1)).not.toContain('state="frozen"');
      for (let n = 2; n <= 5; n++) {
        const xml = sheetXml(bytes, n);
        expect(xml, `sheet${n}`).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
        expect(xml, `sheet${n}`).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"\/>/);
        expect(xml, `sheet${n}`).toMatch(/<col min="1" max="1" width="[\d.]+" customWidth="1"\/>/);
        // the pane comes inside sheetViews, before the columns (the order the schema requires)
        expect(xml.indexOf('<sheetViews>')).toBeLessThan(xml.indexOf('<cols>'));
      }
    });

    it(`${lang}: numbers are numbers, with a format per unit`, () => {
      const summary = wb.Sheets[names.summary[lang]];
      const rows = XLSX.utils.sheet_to_json<unknown[]>(summary, { header: 1 });
      const seen = new Set<string>();
      for (let r = 1; r < rows.length; r++) {
        const unit = rows[r][5] as string;
        for (const c of [6, 7, 8, 9]) {
          const cell = summary[XLSX.utils.encode_cell({ r, c })];
          expect(cell.t).toBe('n');
          expect(cell.z).toBe(numberFormat(unit, false));
        }
        seen.add(unit);
      }
      expect([...seen].sort()).toEqual(['eur', 'fte', 'persons', 'share']);
      const share = rows.findIndex((r) => r[5] === 'share');
      expect(summary[XLSX.utils.encode_cell({ r: share, c: 8 })].w).toMatch(/^\d+\.\d%$/);
      const eur = rows.findIndex((r) => r[5] === 'eur');
      expect(summary[XLSX.utils.encode_cell({ r: eur, c: 8 })].w).toMatch(/^€ \d{1,3}(,\d{3})+$/);
      const fte = rows.findIndex((r) => r[5] === 'fte');
      expect(summary[XLSX.utils.encode_cell({ r: fte, c: 8 })].w).toMatch(/^-?\d{1,3}(,\d{3})*$/);
      // differences carry a sign
      const cmp = wb.Sheets[names.comparison[lang]];
      const crow = XLSX.utils.sheet_to_json<unknown[]>(cmp, { header: 1 }).findIndex((r) => r[6] === 'fte');
      const cell = cmp[XLSX.utils.encode_cell({ r: crow, c: 9 })];
      expect(cell.t).toBe('n');
      expect(cell.z).toBe(numberFormat('fte', true));
    });

    it(`${lang}: assumptions lead with what differs, values as numbers; provenance lists each item once`, () => {
      const a = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[names.assumptions[lang]], { header: 1 });
      expect(a[0].slice(3, 5)).toEqual(['Basis', 'Ambitie 2030']);
      expect(a[1][0]).toBe('sop.target.share.po'); // differs: first, although 'sop' comes after 'capacity' and 'effects'
      expect(a[1].slice(3, 5)).toEqual([0.5, 1]);
      expect(a.slice(2).map((r) => r[0])).toEqual(['capacity.cap', 'effects.entry_uplift']);
      const uplift = wb.Sheets[names.assumptions[lang]][XLSX.utils.encode_cell({ r: 3, c: 3 })];
      expect(uplift.t).toBe('n');
      expect(a[3][8]).toBe(lang === 'nl' ? 'aanname' : 'assumption');
      const p = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[names.provenance[lang]], { header: 1 });
      expect(p.length).toBe(3); // header, seed, one scenario file
      expect(p[1][1]).toBe(7);
    });
  }
});
