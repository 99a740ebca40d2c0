import type { Lang, Sector, SectorOrAll } from '../../model/domain';
import { SECTOR_ORDER } from '../../model/domain';
import type { ComparisonRow, SummaryRow } from '../../ensemble/types';
import type { YearSeries } from '../../params/types';
import type { ChartSpec } from './chart-common';
import { fanChart } from './fan-chart';
import { impactChart } from './impact-chart';
import { mentorsChart } from './mentors-chart';
import { shortageChart } from './shortage-chart';
import { sopShareChart } from './sop-share-chart';

/** Metrics that get a fan chart per sector, in report order. */
export const FAN_METRICS = [
  'sop.share',
  'sop.students',
  'capacity.mentors_required',
  'capacity.mentor_shortfall',
  'capacity.budget_eur',
  'workforce.demand_fte',
  'workforce.supply_fte',
  'workforce.shortage_fte',
  'impact.shortage_fte',
] as const;

/** What the chart set needs besides the rows. */
export interface ChartSetOptions {
  scenarios: readonly { id: string; title: string }[];
  lang: Lang;
  /** Observed national SO&P share, for the points on the share chart. */
  sopShareObserved: YearSeries;
  /** The partnership table is the illustrative one: say so on the capacity charts. */
  illustrative: boolean;
  /** Paired differences against the first scenario: with two or more scenarios, `impact.svg`. */
  comparison?: readonly ComparisonRow[];
  /** The base year, marked on the time charts. */
  baseYear?: number;
  /** The measured shortage (fte) per sector, drawn as history on the shortage chart. */
  shortageObserved?: Partial<Record<Sector, YearSeries>>;
}

/**
 * Whether a metric rests on the partnership table (and so carries the illustrative-data note).
 *
 * @example
 * usesPartnershipTable('capacity.mentors_required') // → true
 */
export function usesPartnershipTable(metric: string): boolean {
  return metric.startsWith('capacity.');
}

/**
 * The charts of a run, in report order: the SO&P share path, mentors required vs available, the
 * paired impact against the first scenario (two or more scenarios), the shortage with and without
 * the ambition, then a fan chart per metric (a row per sector). Charts whose
 * data are absent from `rows` are left out.
 *
 * @example
 * buildChartSet(result.summary, { scenarios, lang: 'nl', sopShareObserved, illustrative: true }).map((c) => c.name)
 * // → ['sop-share', 'mentors', 'shortage', 'fan-sop.share', …]
 */
export function buildChartSet(rows: readonly SummaryRow[], o: ChartSetOptions): ChartSpec[] {
  const present = new Set(rows.filter((r) => r.breakdown === 'all').map((r) => `${r.metric}|${r.sector}`));
  const has = (metric: string, sector: SectorOrAll): boolean => present.has(`${metric}|${sector}`);
  const charts: ChartSpec[] = [];
  if (has('sop.share', 'all')) charts.push(sopShareChart(rows, o.sopShareObserved, o));
  if (has('capacity.mentors_required', 'all') && has('capacity.mentors_available', 'all')) {
    charts.push(mentorsChart(rows, { scenarios: o.scenarios, lang: o.lang, illustrative: o.illustrative }));
  }
  if (o.scenarios.length > 1 && o.comparison?.some((r) => r.metric === 'workforce.shortage_fte' && r.scenario !== o.scenarios[0].id)) {
    charts.push(impactChart(o.comparison, o));
  }
  if (['po', 'vo', 'mbo'].some((s) => has('workforce.shortage_fte', s as SectorOrAll))) charts.push(shortageChart(rows, o));
  for (const metric of FAN_METRICS) {
    const sectors = SECTOR_ORDER.filter((sector) => has(metric, sector));
    if (sectors.length === 0) continue;
    charts.push(fanChart(rows, { metric, sectors, scenarios: o.scenarios, lang: o.lang, illustrative: o.illustrative && usesPartnershipTable(metric) }));
  }
  return charts;
}
