import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { readLaerermodInputs } from '../../src/laerermod';
import { parseTextTable } from '../../src/laerermod/table';
import { mapRows, variant } from './helpers';

function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('LÆRERMOD input errors name file, line, column, field, expected and found', () => {
  it('a non-numeric cell', () => {
    const e = inputError(() => variant((t) => {
      t.candidates = t.candidates.replace('0.68', '0,68');
    }));
    expect(e.file).toBe('candidateproduction.txt');
    expect(e.line).toBe(3);
    expect(e.field).toBe('CompletionPercentage');
    expect(e.found).toBe('"0,68"');
    expect(e.problems[0].column).toBeGreaterThan(1);
    expect(e.message).toMatch(/^candidateproduction\.txt:3:\d+: CompletionPercentage: expected a number, found "0,68"$/);
  });

  it('a missing column, with a did-you-mean', () => {
    const e = inputError(() => variant((t) => {
      t.ageDistributed = t.ageDistributed.replace('AverageFullTimeEquivalent', 'averagefulltimeequivalent');
    }));
    expect(e.field).toBe('AverageFullTimeEquivalent');
    expect(e.message).toContain('did you mean "averagefulltimeequivalent"?');
  });

  it('a row with a missing field', () => {
    const e = inputError(() => variant((t) => {
      t.shortage = t.shortage.replace(/\n(\s*gr(\s+\d+){5})\s+\d+/, '\n$1');
    }));
    expect(e.file).toBe('teachershortage.txt');
    expect(e.line).toBe(3);
    expect(e.expected).toMatch(/^7 fields/);
  });

  it('an unknown education, a bad gender, a duplicate row', () => {
    expect(inputError(() => variant((t) => { t.candidates = t.candidates.replace(/\n\s*py/, '\nxx'); })).found).toBe('"xx"');
    expect(inputError(() => variant((t) => {
      t.ageDistributed = mapRows(t.ageDistributed, (_h, r) => (r[2] === '30' && r[0] === 'gr' && r[1] === '1' ? [r[0], '3', ...r.slice(2)] : r));
    })).field).toBe('Gender');
    expect(inputError(() => variant((t) => { t.candidates = t.candidates.replace(/\n\s*gr/, '\nba'); })).expected).toBe('one row per education');
  });

  it('an education missing from a per-education file', () => {
    const e = inputError(() => variant((t) => { t.candidates = t.candidates.split('\n').filter((l) => !/^\s*lu/.test(l)).join('\n'); }));
    expect(e.found).toBe('none for lu');
  });

  it('a year missing from change_standard; a year column missing from mmmm', () => {
    expect(inputError(() => variant((t) => { t.standardChange = t.standardChange.split('\n').filter((l) => !l.startsWith('2033')).join('\n'); })).found)
      .toBe('none for 2033');
    expect(inputError(() => variant((t) => { t.population = t.population.replace(' 2040', ' 2041'); })).field).toBe('2040');
  });

  it('a sector of sectordistributed without one row per education', () => {
    const e = inputError(() => variant((t) => { t.sectorDistributed = t.sectorDistributed.split('\n').filter((l) => !/^\s*py\s+6\s/.test(l)).join('\n'); }));
    expect(e.found).toBe('6 rows');
  });

  it('a missing folder or file', () => {
    expect(inputError(() => readLaerermodInputs('/no/such/folder')).found).toBe('no such folder');
  });

  it('an empty file; duplicate header names', () => {
    expect(inputError(() => parseTextTable('\n\n', 'x.txt')).found).toBe('an empty file');
    expect(inputError(() => parseTextTable('A A\n1 2\n', 'x.txt')).field).toBe('A');
  });
});
