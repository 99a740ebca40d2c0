import type { Lang, SectorOrAll } from '../../model/domain';
import { SECTOR_ORDER } from '../../model/domain';
import type { ComparisonRow } from '../../ensemble/types';
import { REPORT_TEXT, sectorLabel } from '../labels';
import { type ChartSpec, PANEL_HEIGHT_PX, PANEL_WIDTH_PX, SCENARIO_COLOURS, axisFormat, baseConfig, yearAxis } from './chart-common';

/**
 * `charts/impact.svg` (DESIGN §5, added 2026-12): the paired difference in the teacher shortage
 * between each scenario and the first (per draw, then summarised), one panel per sector (po, vo,
 * mbo, total), with its 90% band, its median and a zero line ("no difference"); below zero the
 * scenario has the smaller shortage. The base year is marked (the scenarios do not differ there).
 *
 * @example
 * impactChart(comparison, { scenarios: [{ id: 'baseline', title: 'Basis' }, { id: 'ambitie-2030', title: 'Ambitie' }], lang: 'nl', baseYear: 2024 })
 */
export function impactChart(
  comparison: readonly ComparisonRow[],
  o: { scenarios: readonly { id: string; title: string }[]; lang: Lang; baseYear?: number },
): ChartSpec {
  const L = o.lang;
  const others = o.scenarios.slice(1);
  const baseline = o.scenarios[0];
  const titleOf = new Map(others.map((s) => [s.id, s.title] as const));
  const sectors = SECTOR_ORDER.filter((s) => comparison.some((r) => r.metric === 'workforce.shortage_fte' && r.sector === s && r.breakdown === 'all'));
  const sectorOrder = sectors.map((s: SectorOrAll) => sectorLabel(s, L));
  const values = comparison
    .filter((r) => r.metric === 'workforce.shortage_fte' && r.breakdown === 'all' && titleOf.has(r.scenario))
    .map((r) => ({ scenario: titleOf.get(r.scenario), sector: sectorLabel(r.sector, L), year: r.year, p05: r.p05, p50: r.p50, p95: r.p95 }));
  const baseYear = o.baseYear ?? Math.min(...values.map((v) => v.year));
  const order = others.map((s) => s.title);
  const colour = { field: 'scenario', type: 'nominal', title: null, scale: { domain: order, range: SCENARIO_COLOURS.slice(1, 1 + order.length) } };
  const yTitle = L === 'nl' ? 'Verschil (fte)' : 'Difference (fte)';
  const y = { type: 'quantitative', title: yTitle, axis: { format: axisFormat('fte') } };
  // one row per panel for the zero line, its label and the base-year line (not one per data row)
  const once = [{ filter: `datum.year === ${baseYear} && datum.scenario === ${JSON.stringify(order[0] ?? '')}` }];
  const title = REPORT_TEXT.impactTitle[L];
  const zeroText = L === 'nl' ? `0 = ${REPORT_TEXT.noEffect.nl} (geen verschil)` : `0 = ${REPORT_TEXT.noEffect.en} (no difference)`;
  const lines = [
    L === 'nl'
      ? `Per trekking: scenario − ${baseline.title}; onder 0 is het tekort kleiner. Lijn: mediaan; band: 90%-interval.`
      : `Per draw: scenario − ${baseline.title}; below 0 the shortage is smaller. Line: median; band: 90% interval.`,
    L === 'nl' ? `Stippellijn: basisjaar ${baseYear}.` : `Dotted line: base year ${baseYear}.`,
  ];
  return {
    name: 'impact',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: title, subtitle: lines },
      data: { values },
      facet: { field: 'sector', type: 'nominal', sort: sectorOrder, title: null, header: { labelFontWeight: 'bold' } },
      columns: 2,
      resolve: { scale: { y: 'independent' } },
      spec: {
        width: PANEL_WIDTH_PX,
        height: PANEL_HEIGHT_PX,
        layer: [
          { mark: { type: 'area', opacity: 0.25 }, encoding: { x: yearAxis(L), y: { ...y, field: 'p05' }, y2: { field: 'p95' }, color: colour } },
          { mark: { type: 'line', strokeWidth: 2 }, encoding: { x: yearAxis(L), y: { ...y, field: 'p50' }, color: colour } },
          { transform: once, mark: { type: 'rule', color: '#000', strokeWidth: 1.5, description: 'zero-line' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
          {
            transform: once,
            mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 3, dy: -2, fontSize: 9, color: '#000' },
            encoding: { x: { value: 0 }, y: { datum: 0, type: 'quantitative' }, text: { value: zeroText } },
          },
          { transform: once, mark: { type: 'rule', strokeDash: [2, 3], color: '#888' }, encoding: { x: { datum: baseYear, type: 'quantitative' } } },
        ],
      },
      config: { ...baseConfig(L), legend: { ...(baseConfig(L).legend as object), columns: 1 } },
    },
  };
}
