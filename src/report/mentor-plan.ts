import type { Lang } from '../model/domain';
import type { SummaryRow } from '../ensemble/types';
import { formatDisplay, formatInterval } from './display-format';
import type { ReportTable } from './html-report';
import { breakdownLabel, metricLabel } from './labels';

/** The columns of a partnership's year-by-year mentor plan, in order. */
export const MENTOR_PLAN_METRICS = [
  'sop.students',
  'capacity.mentors_required',
  'capacity.mentors_available',
  'capacity.mentor_shortfall',
  'capacity.mentors_to_train',
  'capacity.schoolopleiders_required',
  'capacity.mentor_hours',
  'capacity.mentor_fte',
  'capacity.budget_eur',
] as const;

/** One partnership's plan: a row per year, a band per metric. */
export interface MentorPlan {
  breakdown: string;
  /** Partnership name when known. */
  name?: string;
  years: number[];
  /** metric → values by year index (undefined when absent). */
  values: Record<string, (SummaryRow | undefined)[]>;
}

/**
 * Gathers the year-by-year plan of each partnership from partnership-level summary rows
 * (breakdown = partnership id). A partnership's row in sector `all` is preferred; otherwise the
 * one sector it places in.
 *
 * @example
 * mentorPlans(result.summary, [{ id: 'P001', name: 'Opleiden in de Stad' }])[0].values['capacity.mentors_required']
 */
export function mentorPlans(rows: readonly SummaryRow[], partnerships: readonly { id: string; name?: string }[]): MentorPlan[] {
  return partnerships.map((p) => {
    const own = rows.filter((r) => r.breakdown === p.id);
    const years = [...new Set(own.map((r) => r.year))].sort((a, b) => a - b);
    const values: Record<string, (SummaryRow | undefined)[]> = {};
    for (const metric of MENTOR_PLAN_METRICS) {
      values[metric] = years.map((y) => {
        const candidates = own.filter((r) => r.metric === metric && r.year === y);
        return candidates.find((r) => r.sector === 'all') ?? (candidates.length === 1 ? candidates[0] : undefined);
      });
    }
    return { breakdown: p.id, name: p.name, years, values };
  });
}

/**
 * The report table of one partnership's plan: a row per year, median and 90% interval per metric.
 *
 * @example
 * mentorPlanTable(plan, 'nl').header[1] // → 'SO&P-studenten'
 */
export function mentorPlanTable(plan: MentorPlan, lang: Lang): ReportTable {
  const metrics = MENTOR_PLAN_METRICS.filter((m) => plan.values[m].some((v) => v !== undefined));
  return {
    title: `${plan.breakdown}${plan.name ? ` — ${plan.name}` : ''}`,
    header: [lang === 'nl' ? 'Jaar' : 'Year', ...metrics.map((m) => metricLabel(m, lang))],
    rows: plan.years.map((y, i) => [String(y), ...metrics.map((m) => {
      const v = plan.values[m][i];
      return v ? formatInterval(v, v.unit, lang) : '–';
    })]),
    note: lang === 'nl' ? 'Mediaan (90%-interval).' : 'Median (90% interval).',
  };
}

/**
 * SO&P students by route of one partnership, indicative: its base-year students per route times
 * the national growth of that route's SO&P students in the scenario (medians). The model reports
 * partnership totals, not partnership × route, so this table says it is indicative.
 *
 * @example
 * studentsByRouteTable(result.summary, partnership, 'ambitie-2030', 'en')?.header[0] // → 'Route'
 */
export function studentsByRouteTable(
  rows: readonly SummaryRow[],
  partnership: { id: string; name?: string; students: Readonly<Partial<Record<string, readonly number[]>>> },
  scenario: string,
  lang: Lang,
): ReportTable | undefined {
  const national = rows.filter((r) => r.scenario === scenario && r.metric === 'sop.students' && r.sector === 'all' && r.breakdown !== 'all');
  const years = [...new Set(national.map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) return undefined;
  const lines: string[][] = [];
  for (const [route, list] of Object.entries(partnership.students)) {
    const own = (list ?? []).reduce((s, v) => s + (v > 0 ? v : 0), 0);
    if (own <= 0) continue;
    const series = years.map((y) => national.find((r) => r.breakdown === route && r.year === y)?.p50);
    const base = series[0];
    lines.push([breakdownLabel(route, lang), ...series.map((v) => (base && v !== undefined ? formatDisplay(own * (v / base), 'persons', lang) : '–'))]);
  }
  if (lines.length === 0) return undefined;
  return {
    title: `${partnership.id}${partnership.name ? ` — ${partnership.name}` : ''}: ${lang === 'nl' ? 'SO&P-studenten per route (indicatief)' : 'SO&P students by route (indicative)'}`,
    header: ['Route', ...years.map(String)],
    rows: lines,
    note: lang === 'nl'
      ? 'Indicatief: de eigen studenten per route in het basisjaar maal de landelijke groei van die route in het scenario (medianen).'
      : "Indicative: the partnership's own base-year students per route times the national growth of that route in the scenario (medians).",
  };
}
