import * as fs from 'node:fs';

/**
 * Keeping threads within the process's address-space limit (`ulimit -v`; issue #15: every command
 * runs within 3,000,000 KB). Each worker thread is a V8 isolate that reserves virtual memory up
 * front; with the code range capped at WORKER_CODE_RANGE_MB a worker reserves about 220 MB
 * (measured: 4 workers 1.62 GB VmPeak beside a 0.73 GB main thread; 680 MB each uncapped), so the
 * thread count is capped to what fits. Results do not depend on the number of workers.
 */

/** Code range of a worker isolate, in MB (V8's default reserves far more than the engine uses). */
export const WORKER_CODE_RANGE_MB = 64;
/** Virtual memory assumed for the main thread, in bytes (measured VmPeak 0.73–1.0 GB). */
const MAIN_BYTES = 1.2e9;
/** Virtual memory assumed per worker thread, in bytes (measured about 220 MB). */
const WORKER_BYTES = 3e8;

/**
 * The process's address-space limit in bytes (RLIMIT_AS from /proc/self/limits), or undefined
 * when unlimited or unknown.
 *
 * @example
 * addressSpaceLimit(); // → 3072000000 under `ulimit -v 3000000`
 */
export function addressSpaceLimit(): number | undefined {
  try {
    const line = fs.readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max address space'));
    const soft = line?.slice('Max address space'.length).trim().split(/\s+/)[0];
    return soft && /^\d+$/.test(soft) ? Number(soft) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many worker threads may run beside `others` threads already planned, at most `requested`:
 * all of them without an address-space limit, else as many as fit (at least 0).
 *
 * @example
 * threadsWithin(8, 2); // → 8 without a limit; 4 under `ulimit -v 3000000`
 */
export function threadsWithin(requested: number, others = 0, limit: number | undefined = addressSpaceLimit()): number {
  if (limit === undefined) return requested;
  const fit = Math.floor((limit - MAIN_BYTES) / WORKER_BYTES) - others;
  return Math.max(0, Math.min(requested, fit));
}
