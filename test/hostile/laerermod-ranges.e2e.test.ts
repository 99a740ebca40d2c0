/**
 * Class 9 of issue #15: LÆRERMOD inputs out of range are exit 2 (rates in [0, 1], counts finite
 * and 0–10⁸, study length 1–10), and no NaN or Infinity is ever written.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers';
import { expectCleanInputError, scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-lm-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const INPUT = path.join(ROOT, 'data/laerermod/inputdata');

/** A copy of the inputs with one value of `file` replaced: column `col` of the first data row. */
function variant(name: string, file: string, col: string, value: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(INPUT, dir, { recursive: true });
  const f = path.join(dir, file);
  const lines = fs.readFileSync(f, 'utf8').split('\n');
  const header = lines[0].trim().split(/\s+/);
  const cells = lines[1].trim().split(/\s+/);
  cells[header.indexOf(col)] = value;
  lines[1] = cells.join(' ');
  fs.writeFileSync(f, lines.join('\n'));
  return dir;
}

describe('LÆRERMOD input ranges', () => {
  const cases: [string, string, string, string, RegExp][] = [
    ['negative-count', 'candidateproduction.txt', 'NumberOfNewStudents', '-3123', /NumberOfNewStudents: expected a count from 0 to 1e8, found "-3123"/],
    ['huge-count', 'candidateproduction.txt', 'NumberOfNewStudents', '1e308', /NumberOfNewStudents: expected a count from 0 to 1e8, found "1e308"/],
    ['rate-7', 'candidateproduction.txt', 'CompletionPercentage', '7.3', /CompletionPercentage: expected a rate from 0 to 1, found "7\.3"/],
    ['length-0', 'candidateproduction.txt', 'StudyLength', '0', /StudyLength: expected a study length in whole years from 1 to 10, found "0"/],
    ['length-11', 'candidateproduction.txt', 'StudyLength', '11', /StudyLength: expected a study length in whole years from 1 to 10/],
    ['negative-stock', 'agedistributed.txt', 'Count', '-9', /Count: expected a count from 0 to 1e8/],
    ['fte-rate', 'sectordistributed.txt', 'AverageFullTimeEquivalentMen', '98.3', /AverageFullTimeEquivalentMen: expected a rate from 0 to 1/],
    ['population', 'mmmm.txt', '2030', '-1', /2030: expected a count from 0 to 1e8/],
    ['children', 'number_children_kindergartens.txt', 'Age3', '1e300', /Age3: expected a count from 0 to 1e8/],
  ];
  for (const [name, file, col, value, pattern] of cases) {
    it(`${file} ${col} = ${value} is exit 2 naming file, line and column; nothing written`, () => {
      const dir = variant(name, file, col, value);
      const out = path.join(tmp, `${name}-out`);
      const r = sopLimited(['laerermod', '--input', dir, '--out', out]);
      expectCleanInputError(r, new RegExp(`${file.replace('.', '\\.')}:2:\\d+: ${pattern.source}`));
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.'))).toEqual([]);
    });
  }

  it('the bundled inputs still reproduce the reference, with no NaN or Infinity written', () => {
    const out = path.join(tmp, 'ok');
    const r = sopLimited(['laerermod', '--out', out, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    for (const w of ['supply', 'demand', 'difference']) {
      const text = fs.readFileSync(path.join(out, `${w}.csv`), 'utf8');
      expect(text).toBe(fs.readFileSync(path.join(ROOT, 'data/laerermod/reference', `${w}.csv`), 'utf8'));
      expect(text).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('no NaN or Infinity is written', () => {
  it('a result that is not finite is an input error naming the education and year, before any folder', async () => {
    const { projectLaerermod } = await import('../../src/laerermod/model');
    const { readLaerermodInputs } = await import('../../src/laerermod/read-inputs');
    const { writeLaerermodOutputs } = await import('../../src/laerermod/output');
    const result = projectLaerermod(readLaerermodInputs(INPUT));
    const n = result.years.length;
    result.demandFte[2 * n + 10] = Number.NaN;
    const out = path.join(tmp, 'nan-out');
    expect(() => writeLaerermodOutputs(result, out)).toThrow(new RegExp(`demand of ${result.educations[2]} in ${result.years[10]}: expected inputs that give a finite result, found NaN`));
    expect(fs.existsSync(out)).toBe(false);
  });
});
