import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runLaerermodCommand } from '../../src/cli/commands/laerermod';
import { DATA, INPUT_DIR } from './helpers';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-laerermod-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => { stdout += String(s); return true; });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { stderr += String(s); return true; });
  try {
    return { code: await runLaerermodCommand(args), stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('sop laerermod', () => {
  it('writes supply, demand and difference byte-identical to the reference', async () => {
    const out = path.join(tmp, 'a');
    const r = await run(['--input', INPUT_DIR, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('57221 / 45943'); // ba 2030 S / D, as in the README's headline table
    for (const w of ['supply', 'demand', 'difference']) {
      expect(fs.readFileSync(path.join(out, `${w}.csv`), 'utf8')).toBe(fs.readFileSync(path.join(DATA, 'reference', `${w}.csv`), 'utf8'));
    }
    expect(fs.readdirSync(tmp).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('refuses a non-empty output folder without --force, replaces it with --force', async () => {
    const out = path.join(tmp, 'b');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'keep.txt'), 'x');
    const r = await run(['--out', out, '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
    // --force never deletes the user's own files; it replaces an earlier LÆRERMOD output
    const refused = await run(['--out', out, '--force', '--quiet']);
    expect(refused.code).toBe(2);
    expect(fs.readdirSync(out)).toEqual(['keep.txt']);
    fs.rmSync(path.join(out, 'keep.txt'));
    expect((await run(['--out', out, '--quiet'])).code).toBe(0);
    const f = await run(['--out', out, '--force', '--quiet']);
    expect(f.code).toBe(0);
    expect(f.stdout).toBe('');
    expect(fs.readdirSync(out).sort()).toEqual(['demand.csv', 'difference.csv', 'supply.csv']);
  });

  it('exits 2 with file, line and field on bad input, leaving no output folder', async () => {
    const bad = path.join(tmp, 'bad-input');
    fs.cpSync(INPUT_DIR, bad, { recursive: true });
    const file = path.join(bad, 'candidateproduction.txt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('0.73', 'x.73'));
    const out = path.join(tmp, 'c');
    const r = await run(['--input', bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/candidateproduction\.txt:2:\d+: CompletionPercentage: expected a number, found "x\.73"/);
    expect(r.stderr).not.toMatch(/at .*\.ts/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 on an unknown option or a positional argument; --help prints examples', async () => {
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run(['somewhere'])).code).toBe(2);
    const h = await run(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('sop laerermod --input');
  });
});

describe('sop laerermod output folder', () => {
  it('exits 2 when the output folder cannot be created', async () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'x');
    const r = await run(['--out', path.join(file, 'sub'), '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out: expected a folder path whose parents are folders, found .*a-file\/sub \(a parent is a file\)/);
  });
});
