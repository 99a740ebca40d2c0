import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { ROOT, SOP } from '../cli/helpers';

/** Address-space limit every command must live within (issue #15): 3,000,000 KB. */
export const ULIMIT_V_KB = 3_000_000;

/** What a limited `sop` run did, with its wall time. */
export interface LimitedResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/**
 * Runs the built `sop` under `ulimit -v 3000000`, as a user would (a real process).
 *
 * @example
 * sopLimited(['validate', 'x.xlsx'], { cwd: dir }).code // → 2
 */
export function sopLimited(args: readonly string[], options: { cwd?: string; timeoutMs?: number; input?: string } = {}): LimitedResult {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist missing: run `npm run build` first');
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', `ulimit -v ${ULIMIT_V_KB}; exec "$0" "$@"`, process.execPath, SOP, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, SOP_DEBUG: '', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', seconds: (performance.now() - t0) / 1000 };
}

/** Exit 2, no stack trace, messages bounded (≤ 20 KB, ≤ 102 lines), no raw control characters. */
export function expectCleanInputError(r: LimitedResult, pattern?: RegExp): void {
  expect(r.signal, r.stderr).toBeNull();
  expect(r.code, r.stderr.slice(0, 2000)).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(Buffer.byteLength(r.stderr)).toBeLessThan(20 * 1024);
  expect(r.stderr.split('\n').length).toBeLessThanOrEqual(104);
  // eslint-disable-next-line no-control-regex
  expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
  if (pattern) expect(r.stderr).toMatch(pattern);
}

/** A fresh temporary folder. */
export function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
