import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';

/**
 * Throws an InputError when `target` exists and is not an empty folder, unless `force` is set.
 * Called before any work starts (so a long run does not fail at the end) and again before the
 * rename.
 *
 * @example
 * checkOutputTarget('out/run1', false) // throws when out/run1 holds files
 */
export function checkOutputTarget(target: string, force: boolean): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return; // does not exist: fine
  }
  if (!stat.isDirectory()) {
    throw new InputError({ field: '--out', expected: 'a folder path (or a path that does not exist yet)', found: `${target} is a file` });
  }
  if (!force && fs.readdirSync(target).length > 0) {
    throw new InputError({ field: '--out', expected: 'a new or empty folder (or --force to replace it)', found: `${target} exists and is not empty` });
  }
}

/**
 * Writes an output folder atomically: `write` fills a temporary folder beside the target, which
 * is renamed to the target when complete. On any error (or Ctrl-C) the temporary folder and any
 * parent folders created for it are removed, so no output folder is left behind. An existing
 * non-empty target is replaced only with `force`.
 *
 * @example
 * await writeOutputFolder('out/run1', { force: false }, async (dir) => {
 *   fs.writeFileSync(path.join(dir, 'summary.csv'), text);
 * });
 */
export async function writeOutputFolder(
  target: string,
  options: { force: boolean },
  write: (tmpDir: string) => Promise<void>,
): Promise<string> {
  const finalDir = path.resolve(target);
  checkOutputTarget(finalDir, options.force);
  const parent = path.dirname(finalDir);
  const createdParent = fs.mkdirSync(parent, { recursive: true });
  const tmpDir = path.join(parent, `.${path.basename(finalDir)}.tmp-${process.pid}-${Date.now()}`);
  const cleanup = (): void => {
    try {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    } catch {
      // nothing to remove (the folder could not be made): keep the original error
    }
    if (createdParent) removeEmptyDirs(parent, path.dirname(createdParent));
  };
  const onSignal = (): void => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    fs.mkdirSync(tmpDir);
    await write(tmpDir);
    checkOutputTarget(finalDir, options.force);
    if (fs.existsSync(finalDir)) {
      const old = path.join(parent, `.${path.basename(finalDir)}.old-${process.pid}-${Date.now()}`);
      fs.renameSync(finalDir, old);
      fs.renameSync(tmpDir, finalDir);
      fs.rmSync(old, { recursive: true, force: true });
    } else {
      fs.renameSync(tmpDir, finalDir);
    }
    return finalDir;
  } catch (e) {
    cleanup();
    throw e;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

/** Removes `dir` and its empty parents up to (not including) `stopAt`. */
function removeEmptyDirs(dir: string, stopAt: string): void {
  let d = dir;
  while (d !== stopAt && d.startsWith(stopAt) && d !== path.dirname(d)) {
    try {
      if (fs.readdirSync(d).length > 0) return;
      fs.rmdirSync(d);
    } catch {
      return;
    }
    d = path.dirname(d);
  }
}

/**
 * Writes a file inside an output folder, creating sub-folders as needed.
 *
 * @example
 * writeOutputFile(dir, 'charts/shortage.svg', svg)
 */
export function writeOutputFile(dir: string, relPath: string, content: string | Uint8Array): void {
  const file = path.join(dir, relPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/**
 * The default output folder `out/<ids>-<timestamp>/` (DESIGN.md §5), relative to `cwd`. The
 * timestamp is UTC, `YYYYMMDD-HHMMSS`, so folders sort by time.
 *
 * @example
 * defaultOutputDir(['baseline', 'ambitie-2030'], new Date('2026-11-28T14:05:09Z'), '/w')
 * // → '/w/out/baseline-ambitie-2030-20261128-140509'
 */
export function defaultOutputDir(ids: readonly string[], now: Date, cwd: string): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}-${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
  const name = ids.map((id) => id.replace(/[^A-Za-z0-9._-]+/g, '_')).join('-').slice(0, 120);
  return path.join(cwd, 'out', `${name}-${stamp}`);
}
