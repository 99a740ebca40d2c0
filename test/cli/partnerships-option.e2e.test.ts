/**
 * `--partnerships FILE` on `sop run` and `sop compare`: the national scenarios on the user's own
 * partnership table (the template promises it), with the table recorded in the manifest.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv, sop, tempDir } from './helpers';

const tmp = tempDir('sop-partnerships-option-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('--partnerships', () => {
  it('sop run uses the table given and says so in the manifest; results differ from the illustrative table', () => {
    const own = path.join(tmp, 'own');
    const r = sop(['run', 'ambitie-2030', '--partnerships', 'data/partnerships/template.csv', '--draws', '30', '--out', own]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = JSON.parse(fs.readFileSync(path.join(own, 'manifest.json'), 'utf8'));
    expect(m.data.partnerships).toEqual({ source: 'data/partnerships/template.csv', illustrative: false, count: 1 });
    const ill = path.join(tmp, 'ill');
    expect(sop(['run', 'ambitie-2030', '--draws', '30', '--out', ill]).code).toBe(0);
    const budget = (dir: string): string => readCsv(path.join(dir, 'summary.csv')).rows.find((x) => x[1] === '2024' && x[2] === 'all' && x[3] === 'all' && x[4] === 'capacity.budget_eur')![8];
    // the 2024 base grant is paid per partnership of the table: 1 here, 130 illustrative
    expect(budget(own)).not.toBe(budget(ill));
  });

  it('sop compare takes it too; a missing or bad file exits 2 and writes nothing', () => {
    const cmp = path.join(tmp, 'cmp');
    expect(sop(['compare', 'baseline', 'ambitie-2030', '--partnerships', 'data/partnerships/template.xlsx', '--draws', '20', '--out', cmp]).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(cmp, 'manifest.json'), 'utf8')).data.partnerships.source).toBe('data/partnerships/template.xlsx');
    const none = path.join(tmp, 'none');
    const r = sop(['run', '--partnerships', path.join(tmp, 'no-such.csv'), '--draws', '10', '--out', none]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no-such.csv');
    expect(fs.existsSync(none)).toBe(false);
  });
});
