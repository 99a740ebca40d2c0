import type { Lang, SectorOrAll } from '../../model/domain';
import type { SummaryRow } from '../../ensemble/types';
import { metricLabel, sectorLabel } from '../labels';
import {
  bandAndMedianLayers,
  type ChartSpec, PANEL_HEIGHT_PX, PANEL_WIDTH_PX, SCENARIO_COLOURS, axisFormat, axisTitle, baseConfig, inAxisUnits, subtitle, titleLines,
} from './chart-common';

/** Options of a fan chart. */
export interface FanChartOptions {
  metric: string;
  /** Sectors to draw, one row each, in this order. */
  sectors: readonly SectorOrAll[];
  /** Breakdown code, `all` by default. */
  breakdown?: string;
  /** Scenario ids in the order given, and their display titles. */
  scenarios: readonly { id: string; title: string }[];
  lang: Lang;
  /** The chart rests on the illustrative partnership table: say so on the chart. */
  illustrative: boolean;
  /** File stem; defaults to `fan-<metric>`. */
  name?: string;
}

/**
 * A fan chart of one metric: per sector a row of panels, one per scenario side by side, each with
 * the p05–p95 band and the median over the years. Panels of a row share their y axis, so the
 * scenarios compare directly; rows (sectors) have their own scale.
 *
 * @example
 * fanChart(rows, { metric: 'workforce.shortage_fte', sectors: ['po', 'vo', 'mbo', 'all'], lang: 'nl', illustrative: false,
 *   scenarios: [{ id: 'baseline', title: 'Basis' }, { id: 'ambitie-2030', title: 'Ambitie' }] })
 * // → { name: 'fan-workforce.shortage_fte', title: 'Lerarentekort (− = overschot)', spec: {…} }
 */
export function fanChart(rows: readonly SummaryRow[], o: FanChartOptions): ChartSpec {
  const breakdown = o.breakdown ?? 'all';
  const titleOf = new Map(o.scenarios.map((s) => [s.id, s.title] as const));
  const selected = rows.filter((r) => r.metric === o.metric && r.breakdown === breakdown && titleOf.has(r.scenario) && o.sectors.includes(r.sector));
  const unit = selected[0]?.unit ?? 'persons';
  const order = o.scenarios.map((s) => s.title);
  const colour = { field: 'scenario', type: 'nominal', title: null, scale: { domain: order, range: SCENARIO_COLOURS.slice(0, order.length) }, legend: null };
  const y = { type: 'quantitative', title: titleLines(axisTitle(o.metric, unit, o.lang)), axis: { format: axisFormat(unit) } };
  const title = `${metricLabel(o.metric, o.lang)}${breakdown === 'all' ? '' : ` — ${breakdown}`}`;
  const row = (sector: SectorOrAll): Record<string, unknown> => ({
    data: {
      values: inAxisUnits(
        selected
          .filter((r) => r.sector === sector)
          .map((r) => ({ scenario: titleOf.get(r.scenario), year: r.year, p05: r.p05, p50: r.p50, p95: r.p95 })),
        unit,
      ),
    },
    facet: { column: { field: 'scenario', type: 'nominal', sort: order, title: sectorLabel(sector, o.lang), header: { titleOrient: 'left', titleFontWeight: 'bold', titleAngle: 0, titleAlign: 'right' } } },
    spec: {
      width: PANEL_WIDTH_PX,
      height: PANEL_HEIGHT_PX,
      layer: bandAndMedianLayers(o.lang, y, colour, 0.25),
    },
  });
  return {
    name: o.name ?? `fan-${o.metric}${breakdown === 'all' ? '' : `-${breakdown}`}`,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: title, subtitle: subtitle(o.lang, o.illustrative) },
      vconcat: o.sectors.map(row),
      resolve: { scale: { y: 'independent' } },
      config: baseConfig(o.lang),
    },
  };
}
