/**
 * Class 8 of issue #15: implausible partnership numbers are never silently capped. A count above
 * every national total is rejected by `sop validate` and `sop mentors`; students above the
 * national figure of their route and study year are rejected by `sop mentors`; more than 25% of
 * a national figure for one partnership gives a warning.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers';
import { expectCleanInputError, scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-pn-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const TEMPLATE = fs.readFileSync(path.join(ROOT, 'data/partnerships/template.csv'), 'utf8');

/** The template with P001's pabo year-1 students set to `n`. */
function withStudents(name: string, n: string): string {
  const text = TEMPLATE.replace(/^(P001,[^\n]*?,pabo,1,)40,/m, `$1${n},`);
  expect(text).not.toBe(TEMPLATE);
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
}

describe('implausible partnership numbers', () => {
  it('1e9 students: exit 2 from validate and mentors, never capped silently', () => {
    const f = withStudents('billion.csv', '1000000000');
    expectCleanInputError(sopLimited(['validate', f]), /billion\.csv:2: students: expected at most 1,000,000 .*found 1000000000/);
    const out = path.join(tmp, 'billion-out');
    expectCleanInputError(sopLimited(['mentors', f, '--draws', '5', '--out', out]), /billion\.csv:2: students/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('more students than the national figure of the route and study year: exit 2 naming it', () => {
    const f = withStudents('national.csv', '900000');
    const out = path.join(tmp, 'national-out');
    const r = sopLimited(['mentors', f, '--draws', '5', '--out', out]);
    expectCleanInputError(r, /national\.csv:2: students \(pabo, study year 1\): expected at most the national number of SO&P students of pabo year 1 in the base year \([\d,.]+\), found 900,000 in P001/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('a partnership above the plausibility bound runs, with a warning', () => {
    // Half the national figure (read from the message for a number above it): plausible no more, but possible.
    const probe = sopLimited(['mentors', withStudents('probe.csv', '900000'), '--draws', '5', '--out', path.join(tmp, 'probe-out')]);
    const national = Number(/in the base year \(([\d,.]+)\)/.exec(probe.stderr)?.[1].replace(/,/g, ''));
    expect(national).toBeGreaterThan(100);
    const half = Math.round(national / 2);
    const f = withStudents('large.csv', String(half));
    const r = sopLimited(['mentors', f, '--draws', '5', '--out', path.join(tmp, 'large-out')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`warning: .*large\\.csv: P001 has ${half.toLocaleString('en')} SO&P students in pabo year 1, 50% of the national [\\d,.]+; more than 25% for one partnership is implausible`));
    const ok = sopLimited(['mentors', path.join(ROOT, 'data/partnerships/template.csv'), '--draws', '5', '--out', path.join(tmp, 'template-out')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).not.toMatch(/warning/);
  });
});
