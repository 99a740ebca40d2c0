import type { ComparisonRow, SummaryRow } from '../ensemble/types';
import { UNITS } from '../model/domain';
import { sortRows } from './sort-rows';

/** The header of `summary.csv`, exactly as DESIGN.md §5 fixes it. */
export const SUMMARY_COLUMNS = ['scenario', 'year', 'sector', 'breakdown', 'metric', 'unit', 'mean', 'p05', 'p50', 'p95'] as const;
/** The header of `comparison.csv`, exactly as DESIGN.md §5 fixes it. */
export const COMPARISON_COLUMNS = ['scenario', 'baseline', 'year', 'sector', 'breakdown', 'metric', 'unit', 'mean', 'p05', 'p50', 'p95'] as const;

/**
 * Formats a number for the CSV files: JavaScript's shortest round-trip form (`String(x)`), no
 * thousands separators, `-0` written as `0`. A value that is not finite is a bug upstream.
 *
 * @example
 * formatCsvNumber(0.1 + 0.2) // → '0.30000000000000004'
 * formatCsvNumber(12500)     // → '12500'
 */
export function formatCsvNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number in the output: ${x}`);
  return String(x === 0 ? 0 : x);
}

/**
 * Writes a text cell of a CSV file: quoted when it holds a comma, a quote or a line break
 * (RFC 4180), and neutralised when a spreadsheet would read it as a formula: text that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe (`'=1+2`), the
 * usual defence against formula injection (a scenario file named `=1+2.yaml`, a partnership named
 * `@SUM(…)`). A cell that is a plain number (`-0.5`, `1e-7`) is left as it is: numbers keep their
 * `String(x)` form.
 *
 * @example
 * csvQuote('a,b')   // → '"a,b"'
 * csvQuote('=1+2')  // → "'=1+2"
 * csvQuote('-0.25') // → '-0.25'
 */
export function csvQuote(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !NUMBER_TEXT.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Text that is a plain decimal number, as `String(x)` writes one. */
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The text of `summary.csv`: header, rows sorted as DESIGN.md §5 says, `\n` line ends, a final
 * line end. `scenarioOrder` is the order the scenarios were given in.
 *
 * @example
 * formatSummaryCsv(rows, ['baseline', 'ambitie-2030']).split('\n')[0]
 * // → 'scenario,year,sector,breakdown,metric,unit,mean,p05,p50,p95'
 */
export function formatSummaryCsv(rows: readonly SummaryRow[], scenarioOrder: readonly string[]): string {
  const lines = [SUMMARY_COLUMNS.join(',')];
  for (const r of sortRows(rows, scenarioOrder)) {
    checkUnit(r);
    lines.push(
      [csvQuote(r.scenario), String(r.year), r.sector, csvQuote(r.breakdown), csvQuote(r.metric), r.unit,
        formatCsvNumber(r.mean), formatCsvNumber(r.p05), formatCsvNumber(r.p50), formatCsvNumber(r.p95)].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * The text of `comparison.csv`: per-draw differences scenario − baseline, summarised; the baseline
 * (the first scenario) has no rows of its own.
 *
 * @example
 * formatComparisonCsv(rows, ['baseline', 'ambitie-2030']).split('\n')[0]
 * // → 'scenario,baseline,year,sector,breakdown,metric,unit,mean,p05,p50,p95'
 */
export function formatComparisonCsv(rows: readonly ComparisonRow[], scenarioOrder: readonly string[]): string {
  const lines = [COMPARISON_COLUMNS.join(',')];
  const baseline = scenarioOrder[0];
  for (const r of sortRows(rows, scenarioOrder)) {
    if (r.scenario === baseline) continue;
    checkUnit(r);
    lines.push(
      [csvQuote(r.scenario), csvQuote(r.baseline), String(r.year), r.sector, csvQuote(r.breakdown), csvQuote(r.metric), r.unit,
        formatCsvNumber(r.mean), formatCsvNumber(r.p05), formatCsvNumber(r.p50), formatCsvNumber(r.p95)].join(','),
    );
  }
  return lines.join('\n') + '\n';
}

function checkUnit(r: SummaryRow): void {
  if (!(UNITS as readonly string[]).includes(r.unit)) {
    throw new Error(`unit "${r.unit}" of ${r.metric} is not in the closed list ${UNITS.join(', ')}`);
  }
}
