import type { Lang } from '../model/domain';
import type { ComparisonRow, SummaryRow } from '../ensemble/types';
import { assumptionLines, type AssumptionRow } from './assumptions';
import { COMPARISON_COLUMNS, SUMMARY_COLUMNS } from './csv';
import { sourceWord } from './html-report';
import { breakdownLabel, columnLabel, metricLabel, paramUnitLabel, unitLabel } from './labels';
import { sortRows } from './sort-rows';

/** Inputs of `results.xlsx`. */
export interface WorkbookInput {
  summary: readonly SummaryRow[];
  comparison?: readonly ComparisonRow[];
  assumptions?: readonly AssumptionRow[];
  scenarioOrder: readonly string[];
  /** Scenario titles in the workbook's language (for the assumptions columns); default the ids. */
  scenarioTitles?: readonly string[];
  lang: Lang;
  /** Key–value lines of the provenance sheet (tool version, seed, draws, files, …). */
  about: readonly (readonly [string, string])[];
  /** Adds sheets before the standard ones (the mentor plan, src/report/plan-workbook.ts). */
  firstSheets?: (XLSX: typeof import('xlsx'), wb: import('xlsx').WorkBook) => void;
}

/** The sheet names in each language, in workbook order (DESIGN §5: one sheet per view). */
export const SHEET_NAMES = {
  contents: { nl: 'inhoud', en: 'contents' },
  summary: { nl: 'samenvatting', en: 'summary' },
  comparison: { nl: 'vergelijking', en: 'comparison' },
  assumptions: { nl: 'aannames', en: 'assumptions' },
  provenance: { nl: 'herkomst', en: 'provenance' },
} as const;

/**
 * The Excel number format of a unit: whole numbers with thousands separators for persons, fte and
 * hours, percentages with one decimal for shares, euros without decimals. Excel shows the
 * separators of the reader's locale. Differences (comparison sheet) carry a sign.
 *
 * @example
 * numberFormat('share', false) // → '0.0%'
 * numberFormat('fte', true)    // → '+#,##0;-#,##0;0'
 */
export function numberFormat(unit: string, signed: boolean): string {
  const base = unit === 'share' ? '0.0%' : unit === 'eur' ? '"€" #,##0' : '#,##0';
  return signed ? `+${base};-${base};${unit === 'share' ? '0.0%' : '0'}` : base;
}

/**
 * Builds `results.xlsx`, ready to use when opened: a first sheet that says what is in it, then one
 * sheet per view (summary, comparison when given, assumptions, provenance), each with a readable
 * header row that stays in view (frozen pane), a filter on its columns, widths that fit, numbers as
 * numbers with a format per unit (thousands separators, %, €). The summary and comparison columns
 * keep the codes and numbers of the CSV files (so formulas and filters work on stable codes), plus
 * readable labels. The community build of the xlsx package writes no frozen panes, so the pane is
 * added to each sheet's XML after writing ({@link freezeHeaderRows}). The xlsx package is
 * required lazily (it is large).
 *
 * @example
 * const bytes = buildWorkbook({ summary: rows, scenarioOrder: ['baseline'], lang: 'nl', about: [] });
 * fs.writeFileSync('results.xlsx', bytes);
 */
export function buildWorkbook(input: WorkbookInput): Buffer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const XLSX = require('xlsx') as typeof import('xlsx');
  const L = input.lang;
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const wb = XLSX.utils.book_new();
  input.firstSheets?.(XLSX, wb);
  const frozen: string[] = [];
  const sheet = (key: keyof typeof SHEET_NAMES, aoa: unknown[][], o: { formats?: (string | undefined)[][]; freeze?: boolean; filter?: boolean } = {}): void => {
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    const nColumns = Math.max(...aoa.map((r) => r.length));
    if (o.formats) {
      o.formats.forEach((row, r) =>
        row.forEach((z, c) => {
          const cell = ws[XLSX.utils.encode_cell({ r, c })];
          if (z && cell && cell.t === 'n') cell.z = z;
        }),
      );
    }
    ws['!cols'] = Array.from({ length: nColumns }, (_, i) => ({
      wch: Math.min(60, Math.max(10, ...aoa.slice(0, 300).map((r) => displayWidth(r[i])))),
    }));
    if (o.filter !== false && aoa.length > 1) {
      ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: aoa.length - 1, c: nColumns - 1 } }) };
    }
    const name = SHEET_NAMES[key][L];
    if (o.freeze !== false) frozen.push(name);
    XLSX.utils.book_append_sheet(wb, ws, name);
  };

  const hasComparison = !!input.comparison && input.comparison.length > 0;
  // 1. What is in it.
  const contents: unknown[][] = [
    [t('Resultaten SO&P 2030', 'Results SO&P 2030'), ''],
    [t('Blad', 'Sheet'), t('Wat er in staat', 'What it holds')],
    [SHEET_NAMES.summary[L], t(
      'Per scenario, jaar, sector, uitsplitsing en indicator: gemiddelde, P5, mediaan en P95 over de trekkingen (de getallen van summary.csv).',
      'Per scenario, year, sector, breakdown and metric: mean, P5, median and P95 over the draws (the numbers of summary.csv).',
    )],
    ...(hasComparison
      ? [[SHEET_NAMES.comparison[L], t(
          'Gepaarde verschillen met het eerste scenario (per trekking, daarna samengevat; comparison.csv). Verschillen van aandelen zijn procentpunten: +33,1% betekent +33,1 procentpunt.',
          'Paired differences from the first scenario (per draw, then summarised; comparison.csv). Differences of shares are percentage points: +33.1% means +33.1 pp.',
        )]]
      : []),
    [SHEET_NAMES.assumptions[L], t(
      'Elke parameter met de gebruikte waarde per scenario, het bereik en de bron; eerst wat tussen de scenario\'s verschilt, daarna per onderdeel.',
      'Every parameter with the value used per scenario, its range and its source; first what differs between the scenarios, then by area.',
    )],
    [SHEET_NAMES.provenance[L], t('Programma, opdracht, seed, trekkingen en de gelezen bestanden met hun SHA-256.', 'Tool, command, seed, draws and the files read with their SHA-256.')],
    ['', ''],
    [t('Eenheden', 'Units'), t(
      'fte en personen als hele getallen, aandelen als percentage, euro\'s in euro. Negatief lerarentekort = overschot. impact.* = het scenario min hetzelfde scenario met het SO&P-aandeel bevroren op het basisjaar.',
      'fte and persons as whole numbers, shares as percentages, euros in euro. A negative teacher shortage is a surplus. impact.* = the scenario minus the same scenario with the SO&P share frozen at the base year.',
    )],
    [t('Codes', 'Codes'), t(
      'De kolommen scenario, sector, uitsplitsing, indicator en eenheid bevatten codes die niet met de taal veranderen; de laatste kolommen geven de omschrijving.',
      'The columns scenario, sector, breakdown, metric and unit hold codes that do not change with the language; the last columns give the description.',
    )],
  ];
  sheet('contents', contents, { freeze: false, filter: false });

  // 2. Summary and comparison: the CSV columns, then readable labels.
  const table = (key: 'summary' | 'comparison', columns: readonly string[], rows: readonly SummaryRow[], signed: boolean): void => {
    const header = [...columns.map((c) => columnLabel(c, L)), columnLabel('description', L), t('Uitsplitsing (omschrijving)', 'Breakdown (description)'), t('Eenheid (omschrijving)', 'Unit (description)')];
    const valueColumns = new Set(['mean', 'p05', 'p50', 'p95']);
    const aoa: unknown[][] = [header];
    const formats: (string | undefined)[][] = [[]];
    for (const r of rows) {
      const rec = r as unknown as Record<string, unknown>;
      aoa.push([...columns.map((c) => rec[c]), metricLabel(r.metric, L), breakdownLabel(r.breakdown, L), unitLabel(r.unit, L)]);
      formats.push(columns.map((c) => (valueColumns.has(c) ? numberFormat(r.unit, signed) : undefined)));
    }
    sheet(key, aoa, { formats });
  };
  table('summary', SUMMARY_COLUMNS, sortRows(input.summary, input.scenarioOrder), false);
  if (hasComparison) {
    const rows = sortRows(input.comparison as readonly ComparisonRow[], input.scenarioOrder).filter((r) => r.scenario !== input.scenarioOrder[0]);
    table('comparison', COMPARISON_COLUMNS, rows, true);
  }

  // 3. Assumptions: one line per parameter, a value column per scenario (numbers as numbers).
  if (input.assumptions && input.assumptions.length > 0) {
    const titles = input.scenarioTitles ?? input.scenarioOrder;
    const lines = assumptionLines(input.assumptions, input.scenarioOrder);
    const header = [
      'Parameter', t('Omschrijving', 'Description'), t('Eenheid', 'Unit'), ...titles,
      t('Verschilt tussen scenario\'s', 'Differs between scenarios'), t('Onderdeel', 'Area'), t('Bereik', 'Range'), t('Bron', 'Source'),
    ];
    const aoa: unknown[][] = [header];
    for (const l of lines) {
      aoa.push([
        l.key, l.label, paramUnitLabel(l.unit, L),
        ...l.values.map((v) => (v === undefined ? '' : v.number !== undefined ? v.number : v.value)),
        l.differs ? t('ja', 'yes') : t('nee', 'no'), l.area, l.range, sourceWord(l.source, L),
      ]);
    }
    sheet('assumptions', aoa);
  }

  // 4. Provenance: each item once.
  const seen = new Set<string>();
  const about = input.about.filter(([k, v]) => {
    const id = `${k}\u0000${v}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  sheet('provenance', [[t('Onderdeel', 'Item'), t('Waarde', 'Value')], ...about.map(([k, v]) => [k, /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v])]);

  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return freezeHeaderRows(XLSX, bytes, wb.SheetNames.map((n, i) => (frozen.includes(n) ? i + 1 : 0)).filter((i) => i > 0));
}

/**
 * Adds a frozen pane below row 1 to the given worksheets (1-based sheet numbers, as in
 * `xl/worksheets/sheetN.xml`) of a written .xlsx, which the community build of the xlsx package
 * does not write. The zip is read and rewritten with the package's own CFB/zip layer.
 *
 * @example
 * freezeHeaderRows(XLSX, bytes, [2, 3]) // sheets 2 and 3 keep row 1 in view
 */
export function freezeHeaderRows(XLSX: typeof import('xlsx'), bytes: Buffer, sheets: readonly number[]): Buffer {
  const CFB = XLSX.CFB;
  const zip = CFB.read(bytes, { type: 'buffer' });
  const pane = '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>';
  for (const n of sheets) {
    const i = zip.FullPaths.findIndex((p: string) => p.endsWith(`/xl/worksheets/sheet${n}.xml`));
    if (i < 0) throw new Error(`results.xlsx: no xl/worksheets/sheet${n}.xml to freeze`);
    const entry = zip.FileIndex[i];
    const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
    let out: string;
    if (xml.includes('<sheetView workbookViewId="0"/>')) out = xml.replace('<sheetView workbookViewId="0"/>', pane);
    else if (!xml.includes('<sheetViews>')) out = xml.replace(/(<dimension [^>]*\/>)/, `$1<sheetViews>${pane}</sheetViews>`);
    else throw new Error(`results.xlsx: unexpected sheetViews in sheet${n}.xml`);
    if (!out.includes('state="frozen"')) throw new Error(`results.xlsx: could not freeze sheet${n}.xml`);
    const content = Buffer.from(out, 'utf8');
    entry.content = content;
    entry.size = content.length;
  }
  return Buffer.from(CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }) as Uint8Array);
}

/** Column width (characters) a cell needs: numbers by their formatted length. */
function displayWidth(v: unknown): number {
  if (typeof v === 'number') return Math.min(16, String(Math.round(v)).length + 5);
  return String(v ?? '').length + 2;
}
