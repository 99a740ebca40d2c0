import type { Lang } from '../../model/domain';
import type { SummaryRow } from '../../ensemble/types';
import { REPORT_TEXT, sectorLabel } from '../labels';
import {
  bandAndMedianLayers,
  type ChartSpec, PANEL_HEIGHT_PX, PANEL_WIDTH_PX, axisFormat, baseConfig, subtitle,
} from './chart-common';

const REQUIRED_COLOUR = '#e15759';
const AVAILABLE_COLOUR = '#4e79a7';

/**
 * Mentors (werkplekbegeleiders) required against available, median and 90% band, one panel per
 * scenario (or per partnership when `panel` is `breakdown`).
 *
 * @example
 * mentorsChart(rows, { scenarios, lang: 'en', illustrative: true })
 */
export function mentorsChart(
  rows: readonly SummaryRow[],
  o: {
    scenarios: readonly { id: string; title: string }[];
    lang: Lang;
    illustrative: boolean;
    /** Panels by scenario (default, breakdown `all`) or by partnership (breakdowns given here). */
    breakdowns?: readonly string[];
    name?: string;
  },
): ChartSpec {
  const titleOf = new Map(o.scenarios.map((s) => [s.id, s.title] as const));
  const required = REPORT_TEXT.required[o.lang];
  const available = REPORT_TEXT.available[o.lang];
  const byPartnership = o.breakdowns !== undefined;
  const wanted = new Set(o.breakdowns ?? ['all']);
  const values = rows
    .filter((r) => (r.metric === 'capacity.mentors_required' || r.metric === 'capacity.mentors_available') &&
      r.sector === 'all' && wanted.has(r.breakdown) && titleOf.has(r.scenario))
    .map((r) => ({
      panel: byPartnership ? r.breakdown : titleOf.get(r.scenario),
      series: r.metric === 'capacity.mentors_required' ? required : available,
      year: r.year, p05: r.p05, p50: r.p50, p95: r.p95,
    }));
  const panelOrder = byPartnership ? [...(o.breakdowns ?? [])] : o.scenarios.map((s) => s.title);
  const colour = { field: 'series', type: 'nominal', title: REPORT_TEXT.series[o.lang], scale: { domain: [required, available], range: [REQUIRED_COLOUR, AVAILABLE_COLOUR] } };
  const yTitle = o.lang === 'nl' ? 'Werkplekbegeleiders (personen)' : 'Mentors (persons)';
  const y = { type: 'quantitative', title: yTitle, axis: { format: axisFormat('persons') } };
  const title = `${REPORT_TEXT.mentorsTitle[o.lang]} — ${sectorLabel('all', o.lang)}`;
  return {
    name: o.name ?? 'mentors',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: title, subtitle: subtitle(o.lang, o.illustrative) },
      data: { values },
      facet: { field: 'panel', type: 'nominal', sort: panelOrder, title: null },
      columns: byPartnership ? 3 : Math.max(1, panelOrder.length),
      resolve: byPartnership ? { scale: { y: 'independent' } } : undefined,
      spec: {
        width: PANEL_WIDTH_PX,
        height: PANEL_HEIGHT_PX,
        layer: bandAndMedianLayers(o.lang, y, colour),
      },
      config: baseConfig(o.lang),
    },
  };
}
