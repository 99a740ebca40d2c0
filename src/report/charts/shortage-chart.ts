import type { Lang } from '../../model/domain';
import { SECTORS } from '../../model/domain';
import type { SummaryRow } from '../../ensemble/types';
import { REPORT_TEXT, sectorLabel } from '../labels';
import {
  bandAndMedianLayers,
  type ChartSpec, PANEL_HEIGHT_PX, PANEL_WIDTH_PX, SCENARIO_COLOURS, axisFormat, axisTitle, baseConfig, subtitle,
} from './chart-common';

/**
 * The teacher shortage with and without the ambition: the scenarios overlaid (the first one, the
 * baseline, is "without"), median and 90% band, one panel per sector (po, vo, mbo).
 *
 * @example
 * shortageChart(rows, { scenarios: [{ id: 'baseline', title: 'Basis' }, { id: 'ambitie-2030', title: 'Ambitie 2030' }], lang: 'nl' })
 */
export function shortageChart(
  rows: readonly SummaryRow[],
  o: { scenarios: readonly { id: string; title: string }[]; lang: Lang },
): ChartSpec {
  const titleOf = new Map(o.scenarios.map((s) => [s.id, s.title] as const));
  const sectorOrder = SECTORS.map((s) => sectorLabel(s, o.lang));
  const values = rows
    .filter((r) => r.metric === 'workforce.shortage_fte' && r.breakdown === 'all' && r.sector !== 'all' && titleOf.has(r.scenario))
    .map((r) => ({ scenario: titleOf.get(r.scenario), sector: sectorLabel(r.sector, o.lang), year: r.year, p05: r.p05, p50: r.p50, p95: r.p95 }));
  const order = o.scenarios.map((s) => s.title);
  const colour = { field: 'scenario', type: 'nominal', title: REPORT_TEXT.scenario[o.lang], scale: { domain: order, range: SCENARIO_COLOURS.slice(0, order.length) } };
  const y = { type: 'quantitative', title: axisTitle('workforce.shortage_fte', 'fte', o.lang), axis: { format: axisFormat('fte') } };
  const title = REPORT_TEXT.shortageTitle[o.lang];
  return {
    name: 'shortage',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: title, subtitle: subtitle(o.lang, false) },
      data: { values },
      facet: { column: { field: 'sector', type: 'nominal', sort: sectorOrder, title: null } },
      resolve: { scale: { y: 'independent' } },
      spec: {
        width: PANEL_WIDTH_PX,
        height: PANEL_HEIGHT_PX,
        layer: bandAndMedianLayers(o.lang, y, colour),
      },
      config: baseConfig(o.lang),
    },
  };
}
