import type { Lang, SectorOrAll, Unit } from '../model/domain';
import type { ComparisonRow, SummaryRow } from '../ensemble/types';
import { metricLabel, sectorLabel } from './labels';

/** A median and 90% interval. */
export interface Band {
  mean: number;
  p05: number;
  p50: number;
  p95: number;
}

/** One line of the headline table: a metric in a sector, a band per scenario. */
export interface HeadlineLine {
  metric: string;
  sector: SectorOrAll;
  unit: Unit;
  label: string;
  /** One entry per scenario, in the order given; `undefined` when the scenario has no such row. */
  values: (Band | undefined)[];
}

/** The headline of a run: the horizon-year key figures, and the paired impacts against the baseline. */
export interface Headline {
  year: number;
  scenarios: readonly { id: string; title: string }[];
  lines: HeadlineLine[];
  /** Paired differences (scenario − baseline), one block per non-baseline scenario. */
  impacts: { scenario: string; baseline: string; lines: HeadlineLine[] }[];
}

/** The key figures of the headline, in display order (DESIGN.md §5, issue #6). */
export const HEADLINE_SPEC: readonly { metric: string; sector: SectorOrAll }[] = [
  { metric: 'sop.share', sector: 'all' },
  { metric: 'sop.students', sector: 'all' },
  { metric: 'capacity.mentors_required', sector: 'all' },
  { metric: 'capacity.mentors_available', sector: 'all' },
  { metric: 'capacity.mentor_shortfall', sector: 'all' },
  { metric: 'capacity.budget_eur', sector: 'all' },
  { metric: 'workforce.shortage_fte', sector: 'po' },
  { metric: 'workforce.shortage_fte', sector: 'vo' },
  { metric: 'workforce.shortage_fte', sector: 'mbo' },
  { metric: 'workforce.shortage_fte', sector: 'all' },
  { metric: 'impact.shortage_fte', sector: 'all' },
  // the cost side beside the impact (issue #16): mentor and schoolopleider time, and the net figure
  { metric: 'capacity.mentor_fte', sector: 'all' },
  { metric: 'capacity.schoolopleider_fte', sector: 'all' },
  { metric: 'impact.net_shortage_fte', sector: 'all' },
];

/**
 * Picks the headline figures of the horizon year from the summary (and the comparison, for the
 * impacts). Lines whose metric is absent for every scenario are dropped.
 *
 * @example
 * const h = buildHeadline(summary, comparison, { year: 2030, scenarios, lang: 'nl' });
 * h.lines[0].label // → 'Aandeel SO&P — totaal'
 */
export function buildHeadline(
  summary: readonly SummaryRow[],
  comparison: readonly ComparisonRow[],
  o: { year: number; scenarios: readonly { id: string; title: string }[]; lang: Lang; spec?: readonly { metric: string; sector: SectorOrAll }[] },
): Headline {
  const spec = o.spec ?? HEADLINE_SPEC;
  const index = (rows: readonly SummaryRow[]): Map<string, SummaryRow> =>
    new Map(rows.filter((r) => r.year === o.year && r.breakdown === 'all').map((r) => [`${r.scenario}|${r.metric}|${r.sector}`, r] as const));
  const lines = (idx: Map<string, SummaryRow>, ids: readonly string[]): HeadlineLine[] =>
    spec
      .map(({ metric, sector }) => {
        const values = ids.map((id) => idx.get(`${id}|${metric}|${sector}`));
        const first = values.find((v) => v !== undefined);
        if (!first) return undefined;
        return { metric, sector, unit: first.unit, label: `${metricLabel(metric, o.lang)} — ${sectorLabel(sector, o.lang)}`, values: values.map(pick) };
      })
      .filter((l): l is HeadlineLine => l !== undefined);
  const ids = o.scenarios.map((s) => s.id);
  const cmp = index(comparison);
  const baseline = ids[0];
  return {
    year: o.year,
    scenarios: o.scenarios,
    lines: lines(index(summary), ids),
    impacts: ids.slice(1).map((id) => ({ scenario: id, baseline, lines: lines(cmp, [id]) })).filter((b) => b.lines.length > 0),
  };
}

function pick(r: SummaryRow | undefined): Band | undefined {
  return r && { mean: r.mean, p05: r.p05, p50: r.p50, p95: r.p95 };
}
