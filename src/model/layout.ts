import { ROUTES, SECTORS, type SectorOrAll, type Unit } from './domain';
import { ORIGINS } from './workforce/origins';
import type { RunLayout, SeriesKey } from './result';

/**
 * The output series of a run (DESIGN §5 metrics) and where each lives in the flat result array.
 * Series are ordered by sector (po, vo, mbo, all), breakdown (`all`, impact channels, entrant origins
 * in ORIGINS order, routes in ROUTES order, partnership ids) and metric code, so that tidy rows come out sorted year by year.
 */

/** Metric codes with their unit and which breakdowns they have. */
export const METRICS = {
  'students.inflow': { unit: 'persons', sectors: true, routes: true, partnerships: false, origins: false },
  'students.enrolled': { unit: 'persons', sectors: true, routes: true, partnerships: false, origins: false },
  'students.graduates': { unit: 'persons', sectors: true, routes: true, partnerships: false, origins: false },
  'students.dropouts': { unit: 'persons', sectors: true, routes: true, partnerships: false, origins: false },
  'sop.share': { unit: 'share', sectors: true, routes: true, partnerships: false, origins: false },
  'sop.students': { unit: 'persons', sectors: true, routes: true, partnerships: true, origins: false },
  'capacity.mentors_required': { unit: 'persons', sectors: true, routes: true, partnerships: true, origins: false },
  'capacity.mentors_available': { unit: 'persons', sectors: false, routes: false, partnerships: true, origins: false },
  'capacity.mentor_shortfall': { unit: 'persons', sectors: false, routes: false, partnerships: true, origins: false },
  'capacity.mentors_to_train': { unit: 'persons', sectors: false, routes: false, partnerships: true, origins: false },
  'capacity.mentor_hours': { unit: 'hours', sectors: true, routes: true, partnerships: true, origins: false },
  'capacity.mentor_fte': { unit: 'fte', sectors: true, routes: true, partnerships: true, origins: false },
  'capacity.schoolopleiders_required': { unit: 'persons', sectors: true, routes: false, partnerships: true, origins: false },
  'capacity.budget_eur': { unit: 'eur', sectors: true, routes: true, partnerships: true, origins: false },
  'funding.zij_instroom_subsidy_eur': { unit: 'eur', sectors: true, routes: true, partnerships: false, origins: false },
  'workforce.demand_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'workforce.supply_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'workforce.employment_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'workforce.entrants_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: true },
  'workforce.leavers_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'workforce.shortage_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'workforce.shortage_share': { unit: 'share', sectors: true, routes: false, partnerships: false, origins: false },
  'impact.shortage_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'capacity.schoolopleider_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'sop.coverage_gap_share': { unit: 'share', sectors: true, routes: false, partnerships: false, origins: false },
  'impact.mentor_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'impact.schoolopleider_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'impact.teaching_time_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
  'impact.net_shortage_fte': { unit: 'fte', sectors: true, routes: false, partnerships: false, origins: false },
} as const satisfies Record<string, { unit: Unit; sectors: boolean; routes: boolean; partnerships: boolean; origins: boolean }>;

export type MetricCode = keyof typeof METRICS;

/**
 * The channels through which SO&P-trained students change the shortage (DESIGN §2.1, §2.4
 * amendment), in the order a student meets them: dropout while placed, entry into teaching,
 * early-career attrition. `impact.shortage_fte` has one breakdown per channel in every sector;
 * the channels add up to `all` (src/model/impact.ts).
 */
export const IMPACT_CHANNELS = ['dropout', 'entry', 'early_attrition'] as const;
export type ImpactChannel = (typeof IMPACT_CHANNELS)[number];
/** Metrics with the channel breakdowns. */
export const CHANNEL_METRICS: readonly MetricCode[] = ['impact.shortage_fte'];
const METRIC_CODES = (Object.keys(METRICS) as MetricCode[]).sort();

/** The run layout plus a lookup from (metric, sector, breakdown) to the series index. */
export interface IndexedLayout {
  layout: RunLayout;
  /** `${metric}|${sector}|${breakdown}` → series index. */
  index: Readonly<Record<string, number>>;
}

/**
 * Builds the layout for output years `baseYear..horizon` and the given partnership ids
 * (empty when the per-partnership breakdown is off).
 *
 * @example
 * const { layout, index } = buildLayout(2024, 2030, []);
 * layout.years.length; // → 7
 * index['workforce.shortage_fte|po|all']; // → a series index
 */
export function buildLayout(baseYear: number, horizon: number, partnershipIds: readonly string[]): IndexedLayout {
  const years: number[] = [];
  for (let t = baseYear; t <= horizon; t++) years.push(t);
  const series: SeriesKey[] = [];
  const sectors: SectorOrAll[] = [...SECTORS, 'all'];
  for (const sector of sectors) {
    const breakdowns: { code: string; kind: 'all' | 'channel' | 'origin' | 'route' | 'partnership' }[] = [{ code: 'all', kind: 'all' }];
    for (const c of IMPACT_CHANNELS) breakdowns.push({ code: c, kind: 'channel' });
    for (const o of ORIGINS) breakdowns.push({ code: o, kind: 'origin' });
    if (sector === 'all') {
      for (const r of ROUTES) breakdowns.push({ code: r, kind: 'route' });
      for (const p of [...partnershipIds].sort()) breakdowns.push({ code: p, kind: 'partnership' });
    }
    for (const b of breakdowns) {
      for (const metric of METRIC_CODES) {
        const m = METRICS[metric];
        const wanted =
          b.kind === 'channel'
            ? CHANNEL_METRICS.includes(metric)
            : b.kind === 'origin' ? m.origins : b.kind === 'route' ? m.routes : b.kind === 'partnership' ? m.partnerships : sector === 'all' ? true : m.sectors;
        if (wanted) series.push({ metric, sector, breakdown: b.code, unit: m.unit });
      }
    }
  }
  const index: Record<string, number> = {};
  series.forEach((s, i) => {
    index[seriesId(s.metric, s.sector, s.breakdown)] = i;
  });
  return { layout: { years, series }, index };
}

/**
 * The lookup key of a series.
 *
 * @example
 * seriesId('sop.share', 'po', 'all'); // → 'sop.share|po|all'
 */
export function seriesId(metric: string, sector: SectorOrAll, breakdown: string): string {
  return `${metric}|${sector}|${breakdown}`;
}
