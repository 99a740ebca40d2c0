import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from '../../src/data';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, and keeps line numbers', () => {
    const t = parseCsv('a,b\n1,"x, ""y"""\n2,"two\nlines"\n3,z\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records).toEqual([
      { line: 2, cells: ['1', 'x, "y"'] },
      { line: 3, cells: ['2', 'two\nlines'] },
      { line: 5, cells: ['3', 'z'] },
    ]);
  });

  it('tolerates a byte-order mark, CRLF, blank lines and a missing final line end', () => {
    const t = parseCsv('\uFEFFyear,value\r\n2020,1\r\n\r\n2021,2', 'f.csv');
    expect(t.header).toEqual(['year', 'value']);
    expect(t.records.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '2020', '1'],
      [4, '2021', '2'],
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseCsv('a,b,c\n1,,\n', 'f.csv').records[0].cells).toEqual(['1', '', '']);
  });

  it('rejects an unterminated quote, naming the line where it opened', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\nstill open\n', 'f.csv')).toThrow(
      'f.csv:3: expected a closing double quote, found the end of the file',
    );
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('a\n"x"y\n', 'f.csv')).toThrow('f.csv:2: expected a comma or line end after a closing quote, found "y"');
  });

  it('rejects an empty file', () => {
    expect(() => parseCsv('', 'f.csv')).toThrow('f.csv:1: expected a header line with column names, found an empty file');
  });

  it('round-trips through formatCsv', () => {
    const rows = [['a', 'b'], ['x,y', 'say "hi"'], ['multi\nline', '']];
    const t = parseCsv(formatCsv(rows), 'f.csv');
    expect([t.header, ...t.records.map((r) => r.cells)]).toEqual(rows);
  });
});
