import type { Lang, Sector } from '../../model/domain';
import { SECTORS } from '../../model/domain';
import type { SummaryRow } from '../../ensemble/types';
import type { YearSeries } from '../../params/types';
import { REPORT_TEXT, sectorLabel } from '../labels';
import {
  bandAndMedianLayers,
  type ChartSpec, PANEL_HEIGHT_PX, PANEL_WIDTH_PX, SCENARIO_COLOURS, axisFormat, baseConfig, subtitle, yearAxis,
} from './chart-common';

/** Colour of observed history points. */
const OBSERVED_COLOUR = '#222222';

/**
 * The teacher shortage with and without the ambition: the scenarios overlaid (the first one, the
 * baseline, is "without"), median and 90% band, one panel per sector (po, vo, mbo), with the
 * measured shortage as points (up to the base year, which is marked) and a zero line: below it the
 * shortage is a surplus. The difference between the scenarios is in `impact.svg`.
 *
 * @example
 * shortageChart(rows, { scenarios: [{ id: 'baseline', title: 'Basis' }, { id: 'ambitie-2030', title: 'Ambitie 2030' }], lang: 'nl' })
 */
export function shortageChart(
  rows: readonly SummaryRow[],
  o: { scenarios: readonly { id: string; title: string }[]; lang: Lang; shortageObserved?: Partial<Record<Sector, YearSeries>>; baseYear?: number },
): ChartSpec {
  const L = o.lang;
  const titleOf = new Map(o.scenarios.map((s) => [s.id, s.title] as const));
  const sectorOrder = SECTORS.map((s) => sectorLabel(s, L));
  const projected = rows
    .filter((r) => r.metric === 'workforce.shortage_fte' && r.breakdown === 'all' && r.sector !== 'all' && titleOf.has(r.scenario))
    .map((r) => ({ scenario: titleOf.get(r.scenario), sector: sectorLabel(r.sector, L), year: r.year, p05: r.p05, p50: r.p50, p95: r.p95 }));
  const baseYear = o.baseYear ?? Math.min(...projected.map((v) => v.year));
  const observedLabel = REPORT_TEXT.observed[L];
  const observed = SECTORS.flatMap((s) =>
    Object.entries(o.shortageObserved?.[s] ?? {})
      .map(([year, value]) => ({ scenario: observedLabel, sector: sectorLabel(s, L), year: Number(year), value }))
      .filter((p) => p.year <= baseYear && Number.isFinite(p.value)),
  ).sort((a, b) => a.year - b.year);
  const order = o.scenarios.map((s) => s.title);
  const domain = observed.length > 0 ? [...order, observedLabel] : order;
  const range = [...SCENARIO_COLOURS.slice(0, order.length), ...(observed.length > 0 ? [OBSERVED_COLOUR] : [])];
  const colour = { field: 'scenario', type: 'nominal', title: null, scale: { domain, range } };
  const y = { type: 'quantitative', title: L === 'nl' ? 'Tekort (fte)' : 'Shortage (fte)', axis: { format: axisFormat('fte') } };
  const title = REPORT_TEXT.shortageTitle[L];
  const values = [...observed, ...projected];
  // one row per panel for the zero line, its label and the base-year line (not one per data row)
  const once = [{ filter: `datum.year === ${baseYear} && datum.scenario === ${JSON.stringify(order[0] ?? '')}` }];
  const notes = [
    L === 'nl'
      ? `Punten: gemeten tekort; stippellijn: basisjaar ${baseYear}; onder de nullijn is er een overschot. Het verschil tussen de scenario's staat in impact.svg.`
      : `Points: measured shortage; dotted line: base year ${baseYear}; below the zero line there is a surplus. The difference between the scenarios is in impact.svg.`,
  ];
  return {
    name: 'shortage',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: title, subtitle: subtitle(L, false, notes) },
      data: { values },
      facet: { column: { field: 'sector', type: 'nominal', sort: sectorOrder, title: null } },
      resolve: { scale: { y: 'independent' } },
      spec: {
        width: PANEL_WIDTH_PX,
        height: PANEL_HEIGHT_PX,
        layer: [
          ...bandAndMedianLayers(L, y, colour).map((l) => ({ ...l, transform: [{ filter: `datum.scenario !== ${JSON.stringify(observedLabel)}` }] })),
          {
            transform: [{ filter: `datum.scenario === ${JSON.stringify(observedLabel)}` }],
            mark: { type: 'point', filled: true, size: 30 },
            encoding: { x: yearAxis(L), y: { ...y, field: 'value' }, color: colour },
          },
          { transform: once, mark: { type: 'rule', color: '#000', strokeWidth: 1 }, encoding: { y: { datum: 0, type: 'quantitative' } } },
          {
            transform: once,
            mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 3, fontSize: 9, color: '#555' },
            encoding: { x: { value: 0 }, y: { datum: 0, type: 'quantitative' }, text: { value: `↓ ${REPORT_TEXT.surplus[L]}` } },
          },
          { transform: once, mark: { type: 'rule', strokeDash: [2, 3], color: '#888' }, encoding: { x: { datum: baseYear, type: 'quantitative' } } },
        ],
      },
      config: baseConfig(L),
    },
  };
}
