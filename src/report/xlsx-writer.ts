import type { Lang } from '../model/domain';
import type { ComparisonRow, SummaryRow } from '../ensemble/types';
import type { AssumptionRow } from './assumptions';
import { COMPARISON_COLUMNS, SUMMARY_COLUMNS } from './csv';
import { columnLabel, metricLabel } from './labels';
import { sortRows } from './sort-rows';

/** Inputs of `results.xlsx`. */
export interface WorkbookInput {
  summary: readonly SummaryRow[];
  comparison?: readonly ComparisonRow[];
  assumptions?: readonly AssumptionRow[];
  scenarioOrder: readonly string[];
  lang: Lang;
  /** Key–value lines of the "about" sheet (tool version, seed, draws, …). */
  about: readonly (readonly [string, string])[];
  /** Adds sheets before the standard ones (the mentor plan, src/report/plan-workbook.ts). */
  firstSheets?: (XLSX: typeof import('xlsx'), wb: import('xlsx').WorkBook) => void;
}

/**
 * Builds `results.xlsx`: one sheet per table (`summary`, `comparison` when given, `assumptions`,
 * `about`). Row 1 holds readable headers in the chosen language; the columns keep the codes and
 * numbers of the CSV files (so formulas and filters work on stable codes), plus a last column with
 * the metric's label. The xlsx package is required lazily (it is large).
 *
 * @example
 * const bytes = buildWorkbook({ summary: rows, scenarioOrder: ['baseline'], lang: 'nl', about: [] });
 * fs.writeFileSync('results.xlsx', bytes);
 */
export function buildWorkbook(input: WorkbookInput): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const XLSX = require('xlsx') as typeof import('xlsx');
  const lang = input.lang;
  const wb = XLSX.utils.book_new();
  input.firstSheets?.(XLSX, wb);
  const table = (columns: readonly string[], rows: readonly SummaryRow[]): unknown[][] => [
    [...columns.map((c) => columnLabel(c, lang)), columnLabel('description', lang)],
    ...rows.map((r) => [...columns.map((c) => (r as unknown as Record<string, unknown>)[c]), metricLabel(r.metric, lang)]),
  ];
  addSheet(XLSX, wb, 'summary', table(SUMMARY_COLUMNS, sortRows(input.summary, input.scenarioOrder)), SUMMARY_COLUMNS.length + 1);
  if (input.comparison && input.comparison.length > 0) {
    const rows = sortRows(input.comparison, input.scenarioOrder).filter((r) => r.scenario !== input.scenarioOrder[0]);
    addSheet(XLSX, wb, 'comparison', table(COMPARISON_COLUMNS, rows), COMPARISON_COLUMNS.length + 1);
  }
  if (input.assumptions && input.assumptions.length > 0) {
    const h = lang === 'nl'
      ? ['Scenario', 'Parameter', 'Omschrijving', 'Eenheid', 'Waarde', 'Bereik', 'Bron', 'Herkomst']
      : ['Scenario', 'Parameter', 'Description', 'Unit', 'Value', 'Range', 'Source', 'Origin'];
    const aoa = [h, ...input.assumptions.map((a) => [a.scenario, a.key, a.label, a.unit, a.value, a.range, a.source, a.origin])];
    addSheet(XLSX, wb, 'assumptions', aoa, h.length);
  }
  addSheet(XLSX, wb, 'about', [[lang === 'nl' ? 'Onderdeel' : 'Item', lang === 'nl' ? 'Waarde' : 'Value'], ...input.about.map((kv) => [...kv])], 2);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

function addSheet(XLSX: typeof import('xlsx'), wb: import('xlsx').WorkBook, name: string, aoa: unknown[][], nColumns: number): void {
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  ws['!cols'] = Array.from({ length: nColumns }, (_, i) => ({ wch: Math.min(60, Math.max(10, ...aoa.slice(0, 200).map((r) => String(r[i] ?? '').length + 2))) }));
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, aoa.length - 1), c: nColumns - 1 } }) };
  XLSX.utils.book_append_sheet(wb, ws, name);
}
