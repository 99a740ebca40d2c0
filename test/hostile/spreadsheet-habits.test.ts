/**
 * Classes 11 and 12 of issue #15: what Dutch spreadsheet users send. Semicolon-separated CSV with
 * decimal commas (Excel's Dutch default), comma-only rows, Latin-1 and UTF-16 text, a title row
 * above the header, and partnership files with reordered or upper-case columns — read alike by
 * `sop validate` and `sop mentors`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPartnershipFile } from '../../src/data/partnership-file';
import { readTable } from '../../src/data/read-table';
import { DATA_SCHEMAS } from '../../src/data/schemas';
import { ROOT } from '../cli/helpers';
import { splitCsvLine } from './build-files';
import { expectCleanInputError, scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-nl-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const TEMPLATE = fs.readFileSync(path.join(ROOT, 'data/partnerships/template.csv'), 'utf8');
const reference = readPartnershipFile(path.join(ROOT, 'data/partnerships/template.csv')).partnerships.map((p) => ({ ...p, line: 0 }));

const cells = splitCsvLine;

function write(name: string, data: string | Buffer): string {
  const f = path.join(tmp, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, data);
  return f;
}

const lines = TEMPLATE.trim().split('\n').map(cells);
const asSemicolons = lines.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c}"` : c)).join(';')).join('\r\n');

describe("Excel's Dutch CSV", () => {
  it('reads a semicolon-separated partnership file with decimal commas as the comma version', () => {
    const f = write('partners-nl.csv', asSemicolons);
    const r = sopLimited(['validate', f]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ok .*partners-nl\.csv \(partnership\)/);
    expect(readPartnershipFile(f).partnerships.map((p) => ({ ...p, line: 0 }))).toEqual(reference);
  });

  it('reads a semicolon-separated data file with decimal commas', () => {
    const src = fs.readFileSync(path.join(ROOT, 'data/sop-share.csv'), 'utf8').trim().split('\n').map(cells);
    const nl = src.map((r) => r.map((c) => (/^\d+\.\d+$/.test(c) ? c.replace('.', ',') : /[;"]/.test(c) ? `"${c}"` : c)).join(';')).join('\n');
    expect(nl).toMatch(/;0,13;/);
    const f = write('nl/sop-share.csv', nl);
    expect(sopLimited(['validate', f]).code).toBe(0);
    const schema = DATA_SCHEMAS['sop-share.csv'];
    expect(readTable(f, schema).rows.map((r) => r.cells)).toEqual(readTable(path.join(ROOT, 'data/sop-share.csv'), schema).rows.map((r) => r.cells));
  });

  it('a decimal comma in a comma-separated file gets a hint', () => {
    const bad = lines.map((r, i) => (i === 1 ? r.map((c, j) => (j === 6 ? '"40,5"' : c)) : r).join(',')).join('\n');
    const r = sopLimited(['validate', write('decimal-comma.csv', bad)]);
    expectCleanInputError(r, /decimal-comma\.csv:2: students: expected a non-negative number, found "40,5"\. write a decimal point \(40\.5\)/);
  });

  it('treats a row of only commas as blank, like a blank line', () => {
    const withBlank = TEMPLATE.trim().split('\n');
    withBlank.splice(3, 0, ',,,,,,,,,,,,', '', ',, ,');
    const f = write('comma-rows.csv', withBlank.join('\n'));
    const r = sopLimited(['validate', f]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('encodings', () => {
  const named = TEMPLATE.replace(/Voorbeeldpartnerschap Noord \(example\)/g, 'Fryslân Noord (example)');
  const expected = readPartnershipFile(write('utf8.csv', named)).partnerships.map((p) => ({ ...p, line: 0 }));

  it('reads Latin-1 text right, not garbled', () => {
    const f = write('latin1.csv', Buffer.from(named, 'latin1'));
    expect(readPartnershipFile(f).partnerships.map((p) => ({ ...p, line: 0 }))).toEqual(expected);
    expect(expected[0].name).toBe('Fryslân Noord (example)');
  });

  it('reads UTF-16 (with and without byte-order mark, both byte orders)', () => {
    const le = Buffer.from(named, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [name, bytes] of [['u16le-bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), le])], ['u16be-bom.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), be])], ['u16le.csv', le]] as const) {
      const f = write(name, bytes);
      expect(readPartnershipFile(f).partnerships.map((p) => ({ ...p, line: 0 })), name).toEqual(expected);
      const r = sopLimited(['validate', f]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).not.toContain('\u0000');
    }
  });
});

describe('headers', () => {
  it('a title row above the header gives one line naming where the header is', () => {
    const f = write('titled.csv', `Mentorplan 2026 partnerschap Noord,,,\n\n${TEMPLATE}`);
    const r = sopLimited(['validate', f]);
    expectCleanInputError(r, /titled\.csv:1: expected the header row \(partnership,name,.*\) as the first line, found it on line 3, below a title/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    const m = sopLimited(['mentors', f, '--draws', '5']);
    expectCleanInputError(m, /found it on line 3, below a title/);
  });

  it('a wrong header is one line naming the header expected, not a dozen', () => {
    const dataFile = write('nl2/sop-share.csv', 'jaar,definitie,waarde\n2020,x,1\n');
    const d = sopLimited(['validate', dataFile]);
    expectCleanInputError(d, /sop-share\.csv:1: expected the header row year,definition,value,unit,derived,source,note, found jaar,definitie,waarde/);
    expect(d.stderr.trim().split('\n').length).toBe(2);
  });

  it('validate and mentors agree on reordered and upper-case columns (class 11)', () => {
    const order = [12, 4, 5, 0, 1, 2, 3, 6, 7, 8, 9, 10, 11];
    const shuffled = lines.map((r, i) => order.map((j) => (i === 0 ? r[j].toUpperCase() : /[,"]/.test(r[j]) ? `"${r[j]}"` : r[j])).join(',')).join('\n');
    expect(shuffled.split('\n')[0]).toMatch(/^NOTE,ROUTE,STUDY_YEAR,PARTNERSHIP,/);
    const f = write('reordered.csv', shuffled);
    const v = sopLimited(['validate', f]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/reordered\.csv \(partnership\)/);
    expect(readPartnershipFile(f).partnerships.map((p) => ({ ...p, line: 0 }))).toEqual(reference);
  });
});
