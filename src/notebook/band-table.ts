import type { Lang, SectorOrAll } from '../model/domain';
import type { SummaryRow } from '../ensemble/types';
import { formatInterval, formatSignedInterval } from '../report/display-format';
import type { ReportTable } from '../report/html-report';
import { breakdownLabel, metricLabel, sectorLabel, unitLabel } from '../report/labels';

/** Options of `bandTable`. */
export interface BandTableOptions {
  metric: string;
  /** Sectors to show, one block of rows each (default: `all`). */
  sectors?: readonly SectorOrAll[];
  /** Breakdown code (default `all`). */
  breakdown?: string;
  /** Scenario ids (rows) and their display titles, in order. */
  scenarios: readonly { id: string; title: string }[];
  /** Years (columns); default every year present. */
  years?: readonly number[];
  lang: Lang;
  /** Differences (comparison rows): show signs, e.g. `−120 (−250 – −30)`. */
  signed?: boolean;
}

/**
 * One metric as a readable table: a row per (sector, scenario), a column per year, each cell the
 * median with its 90% interval (p05–p95). Works for summary rows and for comparison rows (paired
 * differences, with `signed: true`).
 *
 * @example
 * bandTable(result.summary, { metric: 'workforce.shortage_fte', sectors: ['po', 'vo', 'mbo'],
 *   scenarios: [{ id: 'baseline', title: 'Basis' }], years: [2024, 2030], lang: 'en' }).rows[0];
 * // → ['Primary (po)', 'Basis', '7,700 (7,700 – 7,700)', '8,950 (6,100 – 11,800)']
 */
export function bandTable(rows: readonly SummaryRow[], o: BandTableOptions): ReportTable {
  const breakdown = o.breakdown ?? 'all';
  const sectors = o.sectors ?? ['all'];
  const ids = new Set(o.scenarios.map((s) => s.id));
  const sel = rows.filter((r) => r.metric === o.metric && r.breakdown === breakdown && ids.has(r.scenario) && sectors.includes(r.sector));
  const years = o.years ?? [...new Set(sel.map((r) => r.year))].sort((a, b) => a - b);
  const unit = sel[0]?.unit ?? 'persons';
  const cell = (r: SummaryRow | undefined): string =>
    r === undefined ? '–' : o.signed ? formatSignedInterval(r, r.unit, o.lang) : formatInterval(r, r.unit, o.lang);
  const byKey = new Map(sel.map((r) => [`${r.scenario}|${r.sector}|${r.year}`, r] as const));
  const body: string[][] = [];
  for (const sector of sectors) {
    for (const s of o.scenarios) {
      body.push([sectorLabel(sector, o.lang), s.title, ...years.map((y) => cell(byKey.get(`${s.id}|${sector}|${y}`)))]);
    }
  }
  const what = `${metricLabel(o.metric, o.lang)} (${unitLabel(unit, o.lang)})${breakdown === 'all' ? '' : ` — ${breakdownLabel(breakdown, o.lang)}`}`;
  return {
    title: o.signed ? (o.lang === 'nl' ? `Verschil: ${what}` : `Difference: ${what}`) : what,
    header: [o.lang === 'nl' ? 'Sector' : 'Sector', o.lang === 'nl' ? 'Scenario' : 'Scenario', ...years.map(String)],
    rows: body,
    note: o.lang === 'nl' ? 'Mediaan (90%-interval: p05 – p95).' : 'Median (90% interval: p05 – p95).',
  };
}
