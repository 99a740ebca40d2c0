import type { CliIo } from './io';
import { createProgressBar } from './progress';

/** A progress callback for the ensemble and a function to clear the bar when done. */
export interface ProgressHandle {
  onProgress?: (done: number, total: number) => void;
  done(): void;
}

/**
 * The ensemble's progress bar (src/cli/progress.ts) on stderr when it is a terminal; silent
 * otherwise (tests, pipes, CI). The bar itself appears only for runs longer than about a second.
 *
 * @example
 * const p = ensembleProgress(io, 'nl'); await runEnsemble(…, { onProgress: p.onProgress }); p.done();
 */
export function ensembleProgress(io: CliIo, lang: 'nl' | 'en' = 'nl', what: 'draws' | 'charts' = 'draws'): ProgressHandle {
  if (!io.isTTY || !io.progressStream) return { done: () => undefined };
  const label = what === 'draws' ? (lang === 'nl' ? 'trekkingen' : 'draws') : lang === 'nl' ? 'grafieken' : 'charts';
  const bar = createProgressBar(io.progressStream, { label });
  return { onProgress: (done, total) => bar.update(done, total), done: () => bar.done() };
}
