/**
 * Bad input exits 2 with one clear message per problem (file, line, field, expected, found; no
 * stack trace) and leaves no output folder behind; internal errors exit 1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sop, tempDir } from './helpers';

const tmp = tempDir('sop-errors-e2e-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Asserts exit 2, a message matching every pattern, no stack trace, and no folder at `out`. */
function expectInputError(args: string[], patterns: RegExp[], out?: string): void {
  const r = sop(args);
  expect(r.code, r.stderr).toBe(2);
  for (const p of patterns) expect(r.stderr).toMatch(p);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stdout).not.toContain('Uitvoermap');
  if (out) expect(fs.existsSync(out), `${out} was left behind`).toBe(false);
  expect(fs.readdirSync(tmp).filter((n) => n.startsWith('.')), 'temporary folders left behind').toEqual([]);
}

describe('sop run with bad input', () => {
  it('rejects a misspelt parameter key with file:line and a did-you-mean', () => {
    const out = path.join(tmp, 'misspelt');
    expectInputError(['run', 'test/cli/fixtures/misspelt-key.yaml', '--draws', '10', '--out', out],
      [/misspelt-key\.yaml:4: parameters\.sop\.trajectroy: expected a parameter key/, /did you mean 'sop\.trajectory'\?/], out);
  });

  it('rejects an out-of-range value', () => {
    const out = path.join(tmp, 'range');
    expectInputError(['run', 'test/cli/fixtures/out-of-range.yaml', '--draws', '10', '--out', out],
      [/out-of-range\.yaml:4: parameters\.capacity\.base_slack: expected a number from 0 to 1.*found 7/], out);
  });

  it('rejects a missing scenario file and an unknown bundled name (with did-you-mean)', () => {
    const out = path.join(tmp, 'missing');
    expectInputError(['run', 'nope/missing.yaml', 'baselin', '--draws', '10', '--out', out],
      [/missing\.yaml/, /expected an existing scenario file/, /'baselin'/, /did you mean 'baseline'\?/], out);
  });

  it('rejects an unknown option with did-you-mean', () => {
    const out = path.join(tmp, 'opt');
    expectInputError(['run', '--draw', '10', '--out', out], [/option: expected one of .*found '--draw'\. did you mean '--draws'\?/], out);
  });

  it('rejects bad option values', () => {
    expectInputError(['run', '--draws', 'many'], [/--draws: expected a whole number from 1 to 1000000, found 'many'/]);
    expectInputError(['run', '--horizon', '2050'], [/--horizon: expected a whole number from 2025 to 2040, found '2050'/]);
    expectInputError(['run', '--lang', 'de'], [/--lang: expected one of nl, en, found 'de'/]);
    expectInputError(['run', '--set', 'capacity.base_slack=3', '--draws', '5'], [/capacity\.base_slack/]);
  });

  it('never overwrites a non-empty folder without --force', () => {
    const out = path.join(tmp, 'full');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'keep.txt'), 'mine');
    const r = sop(['run', 'baseline', '--draws', '10', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: expected a new or empty folder \(or --force to replace it\), found .*exists and is not empty/);
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
    // --force replaces only an earlier output of sop, never the user's own files
    const forced = sop(['run', 'baseline', '--draws', '10', '--out', out, '--force']);
    expect(forced.code, forced.stderr).toBe(2);
    expect(forced.stderr).toMatch(/--force never deletes them/);
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
    const earlier = path.join(tmp, 'earlier');
    expect(sop(['run', 'baseline', '--draws', '10', '--out', earlier]).code).toBe(0);
    const again = sop(['run', 'baseline', '--draws', '10', '--out', earlier, '--force']);
    expect(again.code, again.stderr).toBe(0);
    expect(fs.readdirSync(earlier)).toContain('summary.csv');
  });

  it('exits 1 with a short message on an internal error, the stack only with --debug', async () => {
    // A terminal that fails while the tool writes to it: an error inside the tool, not in the input.
    const { main } = await import('../../src/cli/main');
    const run = async (argv: string[]): Promise<{ code: number; stderr: string }> => {
      let stderr = '';
      const io = {
        stdout: (): void => {
          throw new Error('the terminal went away');
        },
        stderr: (t: string): void => {
          stderr += t;
        },
        cwd: process.cwd(), env: {}, isTTY: false,
      };
      return { code: await main(argv, io), stderr };
    };
    const r = await run(['show', 'baseline']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sop: internal error: the terminal went away/);
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    const d = await run(['show', 'baseline', '--debug']);
    expect(d.code).toBe(1);
    expect(d.stderr).toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('a folder name too long for the file system is exit 2 naming --out, before any draw', () => {
    const tooLong = path.join(tmp, 'x'.repeat(300));
    expectInputError(['run', 'baseline', '--draws', '5', '--out', tooLong], [/--out: expected a folder that can be created and written, found a name too long for the file system: /]);
  });
});

describe('sop mentors with bad input', () => {
  it('rejects a broken partnership CSV naming file, line and column; no folder', () => {
    const out = path.join(tmp, 'm-broken');
    expectInputError(['mentors', 'test/cli/fixtures/broken-partnership.csv', '--draws', '10', '--out', out],
      [/broken-partnership\.csv:3: students: expected a non-negative number, found "thirty-two"/], out);
  });

  it('rejects a missing file', () => {
    const out = path.join(tmp, 'm-missing');
    expectInputError(['mentors', 'no-such-file.xlsx', '--out', out], [/no-such-file\.xlsx: expected a readable partnership file/], out);
  });

  it('rejects a misspelt scenario name', () => {
    const out = path.join(tmp, 'm-scen');
    expectInputError(['mentors', 'data/partnerships/template.csv', '--scenario', 'ambitie-2300', '--out', out], [/'ambitie-2300'/, /did you mean 'ambitie-2030'/], out);
  });
});

describe('sop validate', () => {
  it('exits 0 when every file is valid', () => {
    const r = sop(['validate', 'scenarios/baseline.yaml', 'test/cli/fixtures/valid.yaml', 'data/sop-share.csv', 'data/partnerships/template.csv', 'data/partnerships/template.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('exits 2 listing every problem of every file', () => {
    const r = sop(['validate', 'scenarios/baseline.yaml', 'test/cli/fixtures/misspelt-key.yaml', 'test/cli/fixtures/out-of-range.yaml',
      'test/cli/fixtures/broken-partnership.csv', 'test/cli/fixtures/broken-data/sop-share.csv', 'missing.csv', 'README.md']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('ok  scenarios/baseline.yaml');
    expect(r.stderr).toMatch(/misspelt-key\.yaml:4: .*did you mean 'sop\.trajectory'/);
    expect(r.stderr).toMatch(/out-of-range\.yaml:4: parameters\.capacity\.base_slack/);
    expect(r.stderr).toMatch(/broken-partnership\.csv:3: students: expected a non-negative number, found "thirty-two"/);
    expect(r.stderr).toMatch(/broken-data\/sop-share\.csv:3: value: expected a share between 0 and 1, found "abc"/);
    expect(r.stderr).toMatch(/missing\.csv: file: expected an existing file, found no such file/);
    expect(r.stderr).toMatch(/README\.md: file type: expected \.yaml/);
    expect(r.stderr).toContain('6 of 7 file(s) invalid');
  });
});

describe('help, commands and lazy loading', () => {
  it('prints help with examples for every command', () => {
    const top = sop(['--help']);
    expect(top.code).toBe(0);
    for (const c of ['run', 'compare', 'validate', 'show', 'mentors', 'solve', 'sensitivity', 'backtest', 'laerermod']) expect(top.stdout).toContain(`  ${c} `);
    for (const c of ['run', 'compare', 'validate', 'show', 'mentors']) {
      const r = sop([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout).toContain(`Usage: sop ${c}`);
      expect(r.stdout).toMatch(/Examples:\n {2}sop /);
    }
  });

  it('dispatches solve, sensitivity, backtest and laerermod to their modules', () => {
    for (const c of ['solve', 'sensitivity', 'backtest', 'laerermod']) {
      const r = sop([c, '--help']);
      expect(r.code, `${c}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toContain(`Usage: sop ${c}`);
      expect(r.stderr).not.toContain('not available');
    }
  });

  it('suggests the nearest command for a typo', () => {
    const r = sop(['rnu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("found 'rnu'. did you mean 'run'?");
  });

  it('does not load vega, vega-lite, xlsx or danfojs for help, show, validate or laerermod --help', () => {
    const script = `
      const { main } = require('./dist/cli/main.js');
      const heavy = () => Object.keys(require.cache).filter((k) => /node_modules\\/(vega|vega-lite|xlsx|@e965|danfojs)/.test(k)).length;
      const io = { stdout() {}, stderr() {}, cwd: process.cwd(), env: {}, isTTY: false };
      (async () => {
        const out = {};
        for (const args of [['--help'], ['run', '--help'], ['show', 'baseline'], ['validate', 'scenarios/baseline.yaml'], ['laerermod', '--help']]) {
          const code = await main(args, io);
          out[args.join(' ')] = { code, heavy: heavy() };
        }
        console.log('RESULT ' + JSON.stringify(out));
      })();`;
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const r = spawnSync(process.execPath, ['-e', script], { cwd: path.resolve(__dirname, '..', '..'), encoding: 'utf8' });
    const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line, r.stderr).toBeDefined();
    const out = JSON.parse((line as string).slice('RESULT '.length));
    for (const [args, v] of Object.entries(out) as [string, { code: number; heavy: number }][]) {
      expect(v.code, args).toBe(0);
      expect(v.heavy, `${args} loaded heavy modules`).toBe(0);
    }
  });

  it('shows a scenario\'s resolved parameters in the chosen language', () => {
    const nl = sop(['show', 'ambitie-2030']);
    const en = sop(['show', 'ambitie-2030', '--lang', 'en']);
    expect(nl.code).toBe(0);
    expect(en.code).toBe(0);
    expect(nl.stdout).toContain('sop.trajectory');
    expect(en.stdout).toContain('sop.trajectory');
    expect(nl.stdout).not.toBe(en.stdout);
  });
});
