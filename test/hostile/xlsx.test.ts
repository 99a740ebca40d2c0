/**
 * Class 1 and 2 of issue #15: hostile workbooks. A 6 KB workbook that declares 1M × 16K cells,
 * a far cell, a zip bomb (true or lying sizes) must exit 2 quickly within 3 GB of address space;
 * rows outside the declared sheet size are read, as Excel reads them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers';
import { makeXlsx, sheetXml, templateRows } from './build-files';
import { expectCleanInputError, scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-xlsx-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const rows = templateRows(fs.readFileSync(path.join(ROOT, 'data/partnerships/template.csv'), 'utf8'));
const sheetRows = rows.map((cells, i) => ({ row: i + 1, cells }));

function write(name: string, bytes: Buffer): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, bytes);
  return f;
}

describe('hostile workbooks', () => {
  it('reads a workbook that declares 1,048,576 × 16,384 cells from the cells present', () => {
    const f = write('declared-huge.xlsx', makeXlsx(sheetXml(sheetRows, 'A1:XFD1048576')));
    expect(fs.statSync(f).size).toBeLessThan(8 * 1024);
    const r = sopLimited(['validate', f]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ok .*declared-huge\.xlsx \(partnership\)/);
  });

  it('ignores a far formatted but empty cell', () => {
    const f = write('far-empty.xlsx', makeXlsx(sheetXml(sheetRows, undefined, '<row r="1048576"><c r="XFD1048576" s="1"/></row>')));
    const r = sopLimited(['validate', f]);
    expect(r.code, r.stderr).toBe(0);
  });

  it('rejects a value in a far cell with exit 2 naming the cell', () => {
    const f = write('far-cell.xlsx', makeXlsx(sheetXml([...sheetRows, { row: 1048576, cells: [] }], undefined, '<row r="1048577"><c r="XFD1048576"><v>1</v></c></row>')));
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /far-cell\.xlsx: expected values within the first 256 columns.*found a value in cell XFD/);
  });

  it('rejects a zip bomb before expanding it whole, whether its sizes are true or false', () => {
    const bomb = Buffer.alloc(80 * 1024 * 1024, 0x20);
    const honest = write('bomb.xlsx', makeXlsx(bomb));
    const lying = write('bomb-lies.xlsx', makeXlsx(bomb, [], 1000));
    expect(fs.statSync(honest).size).toBeLessThan(200 * 1024);
    for (const f of [honest, lying]) {
      const r = sopLimited(['validate', f]);
      expectCleanInputError(r, /expected workbook parts of at most 64 MB when unpacked, found xl\/worksheets\/sheet1\.xml unpacks to more/);
    }
  });

  it('reads rows below the declared sheet size, as Excel does (none silently dropped)', () => {
    // The sheet claims A1:M2, but holds the header and six rows; row 7 has a bad study year.
    const bad = sheetRows.map((r) => (r.row === 7 ? { ...r, cells: r.cells.map((c, i) => (i === 5 ? 9 : c)) } : r));
    const f = write('dimension-lies.xlsx', makeXlsx(sheetXml(bad, 'A1:M2')));
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /dimension-lies\.xlsx:7: study_year/);
    const ok = write('dimension-lies-ok.xlsx', makeXlsx(sheetXml(sheetRows, 'A1:M2')));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readPartnershipFile } = require(path.join(ROOT, 'dist/data/partnership-file')) as typeof import('../../src/data/partnership-file');
    const fromCsv = readPartnershipFile(path.join(ROOT, 'data/partnerships/template.csv')).partnerships;
    const fromXlsx = readPartnershipFile(ok).partnerships;
    expect(fromXlsx.map((p) => ({ ...p, line: 0 }))).toEqual(fromCsv.map((p) => ({ ...p, line: 0 })));
  });

  it('gives one clear line for a file that is not a workbook, and for the old .xls format', () => {
    const notZip = write('not-a-zip.xlsx', Buffer.from(fs.readFileSync(path.join(ROOT, 'data/partnerships/template.csv'))));
    expectCleanInputError(sopLimited(['validate', notZip]), /not-a-zip\.xlsx: expected an \.xlsx workbook.*found a file that is not a zip archive/);
    const xls = write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expectCleanInputError(sopLimited(['mentors', xls, '--draws', '5']), /old\.xls: file type: expected \.csv or \.xlsx/);
  });

  it('rejects more rows than the cap in one line, within bounds', () => {
    const many = Array.from({ length: 100_002 }, (_, i) => ({ row: i + 1, cells: i === 0 ? rows[0] : [1] }));
    const f = write('many-rows.xlsx', makeXlsx(sheetXml(many)));
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /expected at most 100000 rows with values, found more/);
  });
});
