import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_SCHEMAS, defaultDataDir, loadModelData, readTable } from '../../src/data';
import { InputError } from '../../src/errors';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-data-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes a changed copy of a shipped data file and returns the problems reading it raises. */
function problemsOf(name: string, change: (lines: string[]) => string[]): string[] {
  const lines = fs.readFileSync(path.join(defaultDataDir(), name), 'utf8').trimEnd().split('\n');
  const file = path.join(tmp, name);
  fs.writeFileSync(file, change(lines).join('\n') + '\n');
  try {
    readTable(file, DATA_SCHEMAS[name], `broken/${name}`);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).message.split('\n');
  }
  throw new Error('expected an InputError');
}

const replaceLine = (n: number, from: string, to: string) => (lines: string[]) =>
  lines.map((l, i) => (i === n - 1 ? l.replace(from, to) : l));

describe('broken copies of the data files are rejected with messages a user can act on', () => {
  it('a missing column', () => {
    const msgs = problemsOf('sop-share.csv', (lines) => lines.map((l) => l.split(',').filter((_, i) => i !== 2).join(',')));
    expect(msgs).toEqual([
      'broken/sop-share.csv:1: value: expected a column named "value", found no such column (columns: year,definition,unit,derived,source,note)',
    ]);
  });

  it('a misspelt column, with a hint', () => {
    const msgs = problemsOf('sop-share.csv', replaceLine(1, 'value', 'valeu'));
    expect(msgs[0]).toBe(
      'broken/sop-share.csv:1: value: expected a column named "value", found no such column (columns: year,definition,valeu,unit,derived,source,note). is "valeu" a misspelling of "value"?',
    );
    expect(msgs[1]).toContain('broken/sop-share.csv:1: valeu: expected only the columns year,definition,value,unit,derived,source,note, found an unknown column "valeu"');
  });

  it('text in a number', () => {
    const msgs = problemsOf('inflow.csv', replaceLine(2, ',8852,', ',about 8900,'));
    expect(msgs).toEqual(['broken/inflow.csv:2: value: expected a non-negative number, found "about 8900"']);
  });

  it('a number with a thousands separator', () => {
    const msgs = problemsOf('inflow.csv', replaceLine(2, ',8852,', ',"8,852",'));
    expect(msgs).toEqual([
      'broken/inflow.csv:2: value: expected a non-negative number, found "8,852". write numbers without thousands separators',
    ]);
  });

  it('a negative count', () => {
    const msgs = problemsOf('inflow.csv', replaceLine(3, ',9119,', ',-9119,'));
    expect(msgs).toEqual(['broken/inflow.csv:3: value: expected a non-negative number, found -9119']);
  });

  it('a duplicate year', () => {
    const msgs = problemsOf('sop-share.csv', replaceLine(3, '2011,', '2010,'));
    expect(msgs).toEqual([
      'broken/sop-share.csv:3: year,definition: expected a combination not used on another line, found 2010,ocwincijfers, already on line 2',
    ]);
  });

  it('an unknown route, with a suggestion', () => {
    const msgs = problemsOf('inflow.csv', replaceLine(2, ',pabo,', ',pabbo,'));
    expect(msgs).toEqual([
      "broken/inflow.csv:2: route: expected one of pabo, hbo-2e-graads, hbo-1e-graads, ulo, pdg, zij-instroom, found \"pabbo\". did you mean 'pabo'?",
    ]);
  });

  it('a share above 1', () => {
    const msgs = problemsOf('sop-share.csv', replaceLine(2, ',0.13,', ',13,'));
    expect(msgs).toEqual(['broken/sop-share.csv:2: value: expected a share between 0 and 1, found 13']);
  });

  it('a share above 1 in a file whose unit column says share', () => {
    const msgs = problemsOf('shortage.csv', replaceLine(3, ',0.09,', ',9,'));
    expect(msgs).toEqual(['broken/shortage.csv:3: value: expected a share between 0 and 1 (unit is share), found 9']);
  });

  it('an estimate outside its own range, or with half a range', () => {
    const last = (lines: string[]) => lines.findIndex((l) => l.startsWith('2024,ulo,ocw-all-enrolments,'));
    const outside = problemsOf('inflow.csv', (lines) => lines.map((l, i) => (i === last(lines) ? l.replace(',600,450,800,', ',900,450,800,') : l)));
    expect(outside).toHaveLength(1);
    expect(outside[0]).toMatch(/^broken\/inflow.csv:\d+: value: expected a value between value_low 450 and value_high 800, found 900$/);
    const half = problemsOf('inflow.csv', (lines) => lines.map((l, i) => (i === last(lines) ? l.replace(',600,450,800,', ',600,450,,') : l)));
    expect(half[0]).toMatch(/value_high: expected value_low and value_high both given or both blank, found only one of them$/);
  });

  it('a missing source and a derived figure without its derivation', () => {
    const msgs = problemsOf('inflow.csv', (lines) => lines.map((l, i) => (i === 1 ? '2009,pabo,stamos-all-forms,8852,,,persons,yes,,' : l)));
    expect(msgs).toEqual([
      'broken/inflow.csv:2: source: expected one or more source keys of data/sources.csv, separated by ";" (required), found an empty cell',
    ]);
    const msgs2 = problemsOf('inflow.csv', (lines) => lines.map((l, i) => (i === 1 ? '2009,pabo,stamos-all-forms,8852,,,persons,yes,S3,' : l)));
    expect(msgs2).toEqual(['broken/inflow.csv:2: note: expected the derivation of a derived figure (derived = yes), found an empty cell']);
  });

  it('a row with too few cells', () => {
    const msgs = problemsOf('sop-composition.csv', replaceLine(2, ',0.48,share', ''));
    expect(msgs).toEqual(['broken/sop-composition.csv:2: expected 7 cells (one per column), found 5 cells']);
  });

  it('collects every problem of a file, not just the first', () => {
    const msgs = problemsOf('inflow.csv', (lines) =>
      replaceLine(2, ',pabo,', ',pabbo,')(replaceLine(4, ',7913,', ',x,')(replaceLine(6, '2013,', '2012,')(lines))),
    );
    expect(msgs.map((m) => m.split(':').slice(0, 3).join(':'))).toEqual([
      'broken/inflow.csv:2: route',
      'broken/inflow.csv:4: value',
      'broken/inflow.csv:6: year,route,definition',
    ]);
  });

  it('loadModelData reports a broken file in a copied data folder', () => {
    const dir = path.join(tmp, 'data');
    fs.cpSync(defaultDataDir(), dir, { recursive: true });
    const f = path.join(dir, 'sop-share.csv');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('2022,ocwincijfers,0.5,', '2022,ocwincijfers,1.5,'));
    expect(() => loadModelData(dir)).toThrow(/data\/sop-share\.csv:14: value: expected a share between 0 and 1, found 1\.5/);
  });

  it('a missing file is an InputError too', () => {
    expect(() => readTable(path.join(tmp, 'nope.csv'), DATA_SCHEMAS['inflow.csv'], 'nope.csv')).toThrow(
      'nope.csv: expected a readable CSV file, found no such file',
    );
  });
});
