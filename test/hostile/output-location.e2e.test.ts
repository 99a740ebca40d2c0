/**
 * Classes 5, 6 and 7 of issue #15: where the output goes. `--force` never deletes a user's files,
 * the current folder, a folder above it or one holding an input; output-location problems are
 * exit 2 naming `--out` before any computing (real read-only mounts, real symlinks, a file as
 * parent); SIGINT, SIGTERM and SIGHUP sent to a real process leave no temporary folder, and a
 * later run reports stale ones.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SOP } from '../cli/helpers';
import { expectCleanInputError, scratch, sopLimited } from './helpers';

const tmp = scratch('sop-hostile-out-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SCENARIO = 'title: Mine\nextends: baseline\nparameters:\n  sop.target.share.vo: 0.9\n';

/** A user's working folder with their own files and a scenario. */
function userFolder(name: string): string {
  const d = path.join(tmp, name);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'mine.yaml'), SCENARIO);
  fs.writeFileSync(path.join(d, 'thesis.docx'), 'years of work');
  return d;
}

function snapshot(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true }).map(String).sort();
}

describe('--force never deletes what the user wrote', () => {
  it('refuses the current folder and one above it, even with --force', () => {
    const d = userFolder('cwd');
    const before = snapshot(d);
    for (const out of ['.', '..', d]) {
      const r = sopLimited(['run', 'mine.yaml', '--draws', '5', '--out', out, '--force'], { cwd: d });
      expectCleanInputError(r, /--out: expected a folder other than the current folder or one above it/);
    }
    expect(snapshot(d)).toEqual(before);
    const lm = sopLimited(['laerermod', '--out', '.', '--force'], { cwd: d });
    expectCleanInputError(lm, /--out: expected a folder other than the current folder/);
    expect(snapshot(d)).toEqual(before);
  });

  it('refuses a folder of the user\'s own files with --force', () => {
    const d = userFolder('own');
    const out = path.join(tmp, 'own-out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
    const r = sopLimited(['run', 'baseline', '--draws', '5', '--out', out, '--force'], { cwd: d });
    expectCleanInputError(r, /--force never deletes them/);
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    const lm = sopLimited(['laerermod', '--out', out, '--force', '--quiet'], { cwd: d });
    expectCleanInputError(lm, /--force never deletes them/);
    expect(snapshot(out)).toEqual(['notes.txt']);
  });

  it('refuses a folder that holds an input of this run, even an earlier output', () => {
    const d = userFolder('input-inside');
    const first = sopLimited(['run', 'baseline', '--draws', '5', '--out', 'prev'], { cwd: d });
    expect(first.code, first.stderr).toBe(0);
    fs.copyFileSync(path.join(d, 'mine.yaml'), path.join(d, 'prev', 'mine.yaml'));
    const r = sopLimited(['run', 'prev/mine.yaml', '--draws', '5', '--out', 'prev', '--force'], { cwd: d });
    expectCleanInputError(r, /--out: expected a folder that holds no input of this run, found prev holds/);
    expect(fs.existsSync(path.join(d, 'prev', 'mine.yaml'))).toBe(true);
  });

  it('replaces an earlier output with --force, and follows a symlinked --out without replacing the link', () => {
    const d = userFolder('replace');
    expect(sopLimited(['laerermod', '--out', 'lm', '--quiet'], { cwd: d }).code).toBe(0);
    expect(sopLimited(['laerermod', '--out', 'lm', '--quiet', '--force'], { cwd: d }).code).toBe(0);
    expect(snapshot(path.join(d, 'lm'))).toEqual(['demand.csv', 'difference.csv', 'supply.csv']);
    fs.symlinkSync('lm', path.join(d, 'latest'));
    const r = sopLimited(['laerermod', '--out', 'latest', '--quiet', '--force'], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.lstatSync(path.join(d, 'latest')).isSymbolicLink()).toBe(true);
    expect(snapshot(path.join(d, 'lm'))).toEqual(['demand.csv', 'difference.csv', 'supply.csv']);
    expect(fs.readdirSync(d).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('output-location problems are exit 2 naming --out, before computing', () => {
  it('a dangling symlink: exit 2, and its target is never created', () => {
    const d = userFolder('dangling');
    fs.symlinkSync(path.join(d, 'nowhere', 'deeper'), path.join(d, 'link'));
    for (const args of [['run', 'baseline', '--draws', '5'], ['laerermod'], ['mentors', path.join(ROOT, 'data/partnerships/template.csv'), '--draws', '5']]) {
      const r = sopLimited([...args, '--out', 'link'], { cwd: d });
      expectCleanInputError(r, /--out: expected a folder, or a path that does not exist yet, found link is a symbolic link to .*nowhere\/deeper, which does not exist/);
      expect(fs.existsSync(path.join(d, 'nowhere'))).toBe(false);
    }
  });

  it('a parent that is a file', () => {
    const d = userFolder('file-parent');
    const r = sopLimited(['run', 'baseline', '--draws', '5', '--out', 'thesis.docx/out'], { cwd: d });
    expectCleanInputError(r, /--out: .*thesis\.docx\/out \(a parent is a file\)/);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(d, 'thesis.docx'), 'utf8')).toBe('years of work');
  });

  it('a read-only folder (a real read-only bind mount): exit 2 before any draw', () => {
    const d = userFolder('readonly');
    const ro = path.join(d, 'ro');
    fs.mkdirSync(ro);
    const script = `mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && ulimit -v 3000000 && cd "$2" && exec "$3" "$4" "\${@:5}"`;
    for (const args of [['run', 'baseline', '--draws', '200'], ['laerermod'], ['backtest']]) {
      const r = spawnSync('unshare', ['-m', 'bash', '-c', script, 'sh', ro, d, process.execPath, SOP, ...args, '--out', 'ro/sub/out'], {
        encoding: 'utf8', env: { ...process.env, SOP_DEBUG: '', NO_COLOR: '1' }, timeout: 60_000,
      });
      expect(r.stderr).not.toMatch(/unshare: |mount: /); // the sandbox itself worked
      expectCleanInputError({ ...r, code: r.status, signal: r.signal, seconds: 0 }, /--out: expected a folder that can be created and written, found a read-only file system: ro\/sub\/out/);
      expect(r.stdout).not.toMatch(/Uitvoermap|Output folder/);
    }
    expect(fs.readdirSync(ro)).toEqual([]);
  });
});

describe('signals', () => {
  /** Starts a run, waits for its temporary folder to appear, sends `signal`, returns the exit. */
  async function interrupt(signal: NodeJS.Signals, name: string): Promise<{ code: number | null; dir: string; sawTmp: boolean }> {
    const d = userFolder(`sig-${name}`);
    const child = spawn(process.execPath, [SOP, 'run', 'baseline', '--draws', '20', '--workers', '1', '--out', 'out/run'], {
      cwd: d, env: { ...process.env, SOP_DEBUG: '', NO_COLOR: '1' }, stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, sig) => resolve(code ?? (sig ? -1 : null))));
    let sawTmp = false;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && child.exitCode === null) {
      const parent = path.join(d, 'out');
      if (fs.existsSync(parent) && fs.readdirSync(parent).some((n) => n.startsWith('.run.tmp-'))) {
        sawTmp = true;
        child.kill(signal);
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    return { code: await exited, dir: d, sawTmp };
  }

  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]] as const) {
    it(`${signal} while writing removes the temporary folder and exits ${code}`, async () => {
      const r = await interrupt(signal, signal);
      expect(r.sawTmp, 'the temporary folder never appeared').toBe(true);
      expect(r.code).toBe(code);
      expect(fs.existsSync(path.join(r.dir, 'out'))).toBe(false);
      expect(snapshot(r.dir)).toEqual(['mine.yaml', 'thesis.docx']);
    }, 120_000);
  }

  it('a later run reports a stale temporary folder beside its target, and keeps it', () => {
    const d = userFolder('stale');
    const stale = path.join(d, '.lm.tmp-999999999-1700000000000');
    fs.mkdirSync(stale);
    fs.writeFileSync(path.join(stale, 'supply.csv'), 'partial');
    const r = sopLimited(['laerermod', '--out', 'lm', '--quiet'], { cwd: d });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: stale temporary folder .*\.lm\.tmp-999999999-1700000000000 from an interrupted run/);
    expect(fs.existsSync(stale)).toBe(true);
  });
});

describe('file modes', () => {
  it('the laerermod output folder is as readable as the others (not 0700)', () => {
    const d = userFolder('modes');
    expect(sopLimited(['laerermod', '--out', 'lm', '--quiet'], { cwd: d }).code).toBe(0);
    expect(sopLimited(['run', 'baseline', '--draws', '5', '--out', 'run'], { cwd: d }).code).toBe(0);
    const mode = (p: string): number => fs.statSync(path.join(d, p)).mode & 0o777;
    expect(mode('lm')).toBe(mode('run'));
    expect(mode('lm') & 0o055).toBe(0o055 & mode('run'));
  });
});

describe('address space', () => {
  it('sop run with worker threads stays within ulimit -v 3000000 (no V8 out-of-memory abort)', () => {
    const d = userFolder('ulimit');
    for (const extra of [[], ['--workers', '64']]) {
      const r = sopLimited(['run', 'baseline', 'ambitie-2030', '--draws', '300', ...extra, '--out', `out-${extra.length}`], { cwd: d, timeoutMs: 120_000 });
      expect(r.signal, r.stderr).toBeNull();
      expect(r.code, r.stderr.slice(0, 500)).toBe(0);
      expect(r.stderr).not.toMatch(/Fatal process OOM|CodeRange/);
    }
    expect(fs.readFileSync(path.join(d, 'out-0', 'summary.csv'), 'utf8')).toBe(fs.readFileSync(path.join(d, 'out-2', 'summary.csv'), 'utf8'));
  }, 240_000);
});
