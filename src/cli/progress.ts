/**
 * A terminal progress bar for long runs (ensembles). Drawn on a TTY only, and only once a run
 * has taken longer than `delayMs` (default 1 s), so quick runs, pipes, CI logs and tests stay
 * silent. Redraws at most every `intervalMs`, on one line, and clears it when done.
 */

/** The stream a bar draws on: anything with `write` and (for a terminal) `isTTY` and `columns`. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Options of {@link createProgressBar}. */
export interface ProgressOptions {
  /** Text before the bar (default `draws`). */
  label?: string;
  /** Milliseconds before the bar first appears (default 1000). */
  delayMs?: number;
  /** Minimum milliseconds between redraws (default 100). */
  intervalMs?: number;
  /** Clock in milliseconds (default `Date.now`), injectable for tests. */
  now?: () => number;
  /** Draw even when `stream.isTTY` is not true (tests). */
  force?: boolean;
}

/** A progress bar: feed it `update(done, total)`, call `done()` at the end. */
export interface ProgressBar {
  update(done: number, total: number): void;
  done(): void;
}

const CLEAR_LINE = '\r\x1b[2K';

/**
 * Creates a progress bar on `stream` (default stderr). Silent when the stream is not a terminal.
 *
 * @example
 * const bar = createProgressBar(process.stderr, { label: 'draws' });
 * await runEnsemble(scenarios, data, { draws: 10000, seed: 1, onProgress: (d, t) => bar.update(d, t) });
 * bar.done();
 * // on a terminal, after 1 s:  draws [██████████░░░░░░░░░░]  52%  5200/10000  eta 3s
 */
export function createProgressBar(stream: ProgressStream = process.stderr, options: ProgressOptions = {}): ProgressBar {
  const now = options.now ?? Date.now;
  const delayMs = options.delayMs ?? 1000;
  const intervalMs = options.intervalMs ?? 100;
  const label = options.label ?? 'draws';
  const active = options.force === true || stream.isTTY === true;
  const started = now();
  let lastDraw = -Infinity;
  let shown = false;
  let finished = false;
  return {
    update(done: number, total: number): void {
      if (!active || finished) return;
      const t = now();
      const elapsed = t - started;
      if (elapsed < delayMs) return;
      if (t - lastDraw < intervalMs && done < total) return;
      lastDraw = t;
      shown = true;
      stream.write(CLEAR_LINE + progressLine(label, done, total, elapsed, stream.columns ?? 80));
    },
    done(): void {
      if (finished) return;
      finished = true;
      if (shown) stream.write(CLEAR_LINE);
    },
  };
}

/**
 * One line of the bar, fitted to `columns`.
 *
 * @example
 * progressLine('draws', 5, 10, 2000, 80) // → 'draws [██████████░░░░░░░░░░]  50%  5/10  eta 2s'
 */
export function progressLine(label: string, done: number, total: number, elapsedMs: number, columns: number): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const percent = `${Math.floor(share * 100)}%`.padStart(4);
  const counts = `${done}/${total}`;
  const eta = share > 0 && share < 1 ? `  eta ${formatSeconds((elapsedMs * (1 - share)) / share)}` : '';
  const fixed = label.length + 3 + percent.length + 2 + counts.length + 2 + eta.length;
  const width = Math.max(10, Math.min(20, columns - fixed - 1));
  const filled = Math.round(share * width);
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent}  ${counts}${eta}`;
}

function formatSeconds(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
