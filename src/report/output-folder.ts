import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors';

/** What `checkOutputTarget` needs beyond the target: where the user is, and the run's inputs. */
export interface OutputTargetOptions {
  /** The folder the command runs in (never replaced, nor any folder above it). Default: process.cwd(). */
  cwd?: string;
  /** Files this run reads (scenario files, a partnership file): a folder holding one is never replaced. */
  inputs?: readonly string[];
  /** Where warnings about stale temporary folders go. Default: the process's stderr. */
  warn?: (line: string) => void;
}

/** Names of the files `sop laerermod` writes: a folder of only these is an earlier output. */
const LAERERMOD_FILES = ['supply.csv', 'demand.csv', 'difference.csv'];

/**
 * True when `dir` is an earlier output folder of this toolkit: it has a `manifest.json` written by
 * sop2030, or holds only LÆRERMOD's three result tables.
 *
 * @example
 * isToolkitOutput('out/baseline-20261128-140509') // → true
 */
export function isToolkitOutput(dir: string): boolean {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return false;
  }
  const manifest = path.join(dir, 'manifest.json');
  if (names.includes('manifest.json')) {
    try {
      if (fs.statSync(manifest).size > 50 * 1024 * 1024) return false;
      // `sop run`-style manifests say { tool: { name } }, the analysis commands' { tool: 'sop2030' }.
      const doc = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { tool?: string | { name?: unknown } };
      return doc?.tool === 'sop2030' || (typeof doc?.tool === 'object' && doc.tool?.name === 'sop2030');
    } catch {
      return false;
    }
  }
  return names.length > 0 && names.every((n) => LAERERMOD_FILES.includes(n) && firstLine(path.join(dir, n)) === 'education,education_name,year,value,value_rounded');
}

function firstLine(file: string): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(64);
      const n = fs.readSync(fd, buf, 0, 64, 0);
      return buf.toString('utf8', 0, n).split('\n')[0];
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path as shown in messages: relative to `cwd` when inside it. */
function shownPath(p: string, cwd: string): string {
  const rel = path.relative(path.resolve(cwd), path.resolve(p));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

/**
 * The folder a run will really write: `--out` itself, or, when `--out` is a symbolic link to a
 * folder, the folder it points to (a symlinked `--out` is followed, not replaced). A dangling
 * link is an InputError: its target is never created.
 *
 * @example
 * resolveOutputTarget('/w/out/latest') // → '/w/out/run-7' when out/latest → run-7
 */
export function resolveOutputTarget(targetPath: string, target = targetPath): string {
  const abs = path.resolve(targetPath);
  let lst: fs.Stats | undefined;
  try {
    lst = fs.lstatSync(abs);
  } catch {
    lst = undefined;
  }
  if (lst?.isSymbolicLink()) {
    const real = realOrNull(abs);
    if (real === null) {
      let to = '?';
      try {
        to = fs.readlinkSync(abs);
      } catch {
        // keep '?'
      }
      throw new InputError({ field: '--out', expected: 'a folder, or a path that does not exist yet', found: `${target} is a symbolic link to ${to}, which does not exist` });
    }
    return real;
  }
  // A symlink higher up is followed too, so that the temporary folder sits beside the real target.
  const parentReal = realOrNull(path.dirname(abs));
  return parentReal ? path.join(parentReal, path.basename(abs)) : abs;
}

/**
 * Checks an output target before any work starts (so a long run does not fail at the end), and
 * again before the final rename. Throws an InputError (exit 2, naming `--out`) when:
 * - `target` is a file, a dangling symbolic link, or below a file;
 * - it is the current folder or a folder above it (never replaced, even with `--force`);
 * - it holds an input of this run (`options.inputs`; never replaced);
 * - it is not empty and `force` is not set, or `force` is set but it is not an earlier output of
 *   this toolkit (`isToolkitOutput`): `--force` never deletes a user's own files;
 * - its folder cannot be created or written (read-only, no permission): checked by creating and
 *   removing a temporary folder beside it.
 * Stale temporary folders of interrupted runs beside the target are reported through
 * `options.warn` (not removed: they may hold the only copy of something).
 *
 * @example
 * checkOutputTarget('out/run1', false) // throws when out/run1 holds files
 */
export function checkOutputTarget(targetPath: string, force: boolean, options: OutputTargetOptions = {}): void {
  const cwd = realOrNull(options.cwd ?? process.cwd()) ?? path.resolve(options.cwd ?? process.cwd());
  const target = shownPath(targetPath, options.cwd ?? process.cwd());
  const finalDir = resolveOutputTarget(targetPath, target);
  if (within(cwd, finalDir)) {
    throw new InputError({ field: '--out', expected: 'a folder other than the current folder or one above it', found: `${target} (${finalDir === cwd ? 'the current folder' : 'a folder above the current one'})` });
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(finalDir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new InputError({ field: '--out', expected: 'a folder path whose parents are folders', found: `${target} (a parent is a file)` });
    stat = undefined;
  }
  if (stat && !stat.isDirectory()) {
    throw new InputError({ field: '--out', expected: 'a folder path (or a path that does not exist yet)', found: `${target} is a file` });
  }
  if (stat) {
    for (const input of options.inputs ?? []) {
      const real = realOrNull(input) ?? path.resolve(input);
      if (within(real, finalDir)) {
        throw new InputError({ field: '--out', expected: 'a folder that holds no input of this run', found: `${target} holds ${shownPath(input, cwd)}` });
      }
    }
    const names = fs.readdirSync(finalDir);
    if (names.length > 0 && !force) {
      throw new InputError({ field: '--out', expected: 'a new or empty folder (or --force to replace it)', found: `${target} exists and is not empty` });
    }
    if (names.length > 0 && !isToolkitOutput(finalDir)) {
      throw new InputError({
        field: '--out',
        expected: 'with --force, an empty folder or an earlier output folder of sop (one with its manifest.json)',
        found: `${target} holds other files (${names.slice(0, 3).map((n) => JSON.stringify(n)).join(', ')}${names.length > 3 ? ', …' : ''}); --force never deletes them`,
      });
    }
  }
  probeWritable(finalDir, target);
  reportStale(finalDir, options.warn ?? ((l) => process.stderr.write(l)));
}

/** Creates and removes a temporary folder beside `finalDir` (and any parents it needed). */
function probeWritable(finalDir: string, shown: string): void {
  const parent = path.dirname(finalDir);
  let created: string | undefined;
  try {
    let existing = parent;
    while (!fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
    if (!fs.statSync(existing).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    fs.accessSync(existing, fs.constants.W_OK);
    created = fs.mkdirSync(parent, { recursive: true });
    const probe = fs.mkdtempSync(path.join(parent, `.${path.basename(finalDir)}.probe-`));
    fs.rmdirSync(probe);
  } catch (e) {
    throw outputError(e, shown);
  } finally {
    if (created) removeEmptyDirs(parent, path.dirname(created));
  }
}

/**
 * The InputError for a file-system error on the output folder (exit 2 naming `--out`), or the
 * error itself when it is not about the path.
 */
export function outputError(e: unknown, shown: string): unknown {
  const code = (e as NodeJS.ErrnoException)?.code;
  const why: Record<string, string> = {
    EACCES: 'no permission to write there', EPERM: 'no permission to write there', EROFS: 'a read-only file system',
    ENOTDIR: 'a parent is a file', EEXIST: 'a parent is a file', ENAMETOOLONG: 'a name too long for the file system',
    ELOOP: 'a loop of symbolic links', ENOSPC: 'no space left on the device', EDQUOT: 'no space left (quota)',
  };
  if (!code || !why[code]) return e;
  // The reason first: a long path is cut in the message, the reason never is.
  return new InputError({ field: '--out', expected: 'a folder that can be created and written', found: `${why[code]}: ${shown}` });
}

const TMP_RE = /^\.(.+)\.(?:tmp|old)-(\d+)-\d+$/;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Warns about temporary folders of runs that ended without cleaning up, beside `finalDir`. */
function reportStale(finalDir: string, warn: (line: string) => void): void {
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(finalDir));
  } catch {
    return;
  }
  const stale = names.filter((n) => {
    const m = TMP_RE.exec(n);
    return m !== null && Number(m[2]) !== process.pid && !pidAlive(Number(m[2]));
  });
  for (const n of stale.slice(0, 10)) {
    warn(`sop: warning: stale temporary folder ${path.join(path.dirname(finalDir), n)} from an interrupted run; remove it when you no longer need it\n`);
  }
  if (stale.length > 10) warn(`sop: warning: … and ${stale.length - 10} more stale temporary folders\n`);
}

/** Signals that end a run: the temporary folder is removed first. Exit code 128 + signal number. */
const FATAL_SIGNALS: readonly [NodeJS.Signals, number][] = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]];

/**
 * Writes an output folder atomically: `write` fills a temporary folder beside the target, which
 * is renamed to the target when complete. On any error, Ctrl-C, SIGTERM or SIGHUP the temporary
 * folder and any parent folders created for it are removed, so no output folder is left behind.
 * An existing non-empty target is replaced only with `force`, and only when it is an earlier
 * output of this toolkit (see `checkOutputTarget`).
 *
 * @example
 * await writeOutputFolder('out/run1', { force: false }, async (dir) => {
 *   fs.writeFileSync(path.join(dir, 'summary.csv'), text);
 * });
 */
export async function writeOutputFolder(
  target: string,
  options: { force: boolean } & OutputTargetOptions,
  write: (tmpDir: string) => Promise<void>,
): Promise<string> {
  const quiet = { ...options, warn: () => undefined };
  checkOutputTarget(target, options.force, quiet);
  const finalDir = resolveOutputTarget(target);
  const parent = path.dirname(finalDir);
  let createdParent: string | undefined;
  try {
    createdParent = fs.mkdirSync(parent, { recursive: true });
  } catch (e) {
    throw outputError(e, target);
  }
  const tmpDir = path.join(parent, `.${path.basename(finalDir)}.tmp-${process.pid}-${Date.now()}`);
  const cleanup = (): void => {
    try {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    } catch {
      // nothing to remove (the folder could not be made): keep the original error
    }
    if (createdParent) removeEmptyDirs(parent, path.dirname(createdParent));
  };
  const handlers = FATAL_SIGNALS.map(([sig, code]) => {
    const h = (): void => {
      cleanup();
      process.exit(code);
    };
    process.once(sig, h);
    return [sig, h] as const;
  });
  try {
    try {
      fs.mkdirSync(tmpDir, { mode: 0o755 });
    } catch (e) {
      throw outputError(e, target);
    }
    await write(tmpDir);
    // Let a signal that arrived during (synchronous) writing be handled before the rename.
    await new Promise((resolve) => setTimeout(resolve, 25));
    checkOutputTarget(target, options.force, quiet);
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
    for (const [sig, h] of handlers) process.removeListener(sig, h);
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
