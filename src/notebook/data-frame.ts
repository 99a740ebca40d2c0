import type { DataFrame } from 'danfojs-node';

/** Options of `toDataFrame`. */
export interface DataFrameOptions<T> {
  /** Columns to keep, in this order (default: every field that is not an object). */
  columns?: readonly (keyof T & string)[];
  /** Round numbers to this many decimals, for printing (default: as they are). */
  digits?: number;
}

/**
 * Rows (tidy rows, summary rows or comparison rows) as a danfojs DataFrame, one column per field,
 * for `df.print()`, `df.query(…)` and the rest of the danfojs API in a notebook.
 *
 * danfojs-node is heavy (it loads TensorFlow.js, 1–6 s): it is required here, lazily, so nothing
 * else in the toolkit pays for it. Nested fields (`quantiles`) are left out.
 *
 * @example
 * const df = toDataFrame(result.summary.filter((r) => r.metric === 'sop.share'), { columns: ['year', 'sector', 'p50'], digits: 3 });
 * df.print(); // year, sector, p50 (0.691, …)
 */
export function toDataFrame<T extends object>(rows: readonly T[], options: DataFrameOptions<T> = {}): DataFrame {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dfd = require('danfojs-node') as typeof import('danfojs-node');
  const first = rows[0] as Record<string, unknown> | undefined;
  const cols = options.columns ?? (first ? Object.keys(first).filter((k) => typeof first[k] !== 'object' || first[k] === null) : []);
  const scale = options.digits === undefined ? undefined : Math.pow(10, options.digits);
  const cell = (v: unknown): unknown => (scale !== undefined && typeof v === 'number' ? Math.round(v * scale) / scale : v);
  const data: Record<string, unknown[]> = {};
  for (const c of cols) data[c] = rows.map((r) => cell((r as Record<string, unknown>)[c]));
  return new dfd.DataFrame(data as never);
}
