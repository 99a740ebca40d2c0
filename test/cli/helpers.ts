import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');
/** The real command, as users run it. */
export const SOP = path.join(ROOT, 'bin', 'sop.js');

/** What a spawned `sop` did. */
export interface SopResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/sop.js …` (after `npm run build`) and returns its exit code and output.
 *
 * @example
 * const r = sop(['validate', 'scenarios/baseline.yaml']); // r.code → 0
 */
export function sop(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): SopResult {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/cli/main.js missing: run `npm run build` first');
  const r = spawnSync(process.execPath, [SOP, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, SOP_DEBUG: '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 110_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder for a test file. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** Parses a CSV written by the tool (no quoted fields in codes). */
export function readCsv(file: string): { header: string[]; rows: string[][] } {
  const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',')) };
}

/** Folder entries of `dir` other than the expected ones (to prove nothing was left behind). */
export function leftovers(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}
