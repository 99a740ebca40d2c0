import type { Lang } from '../../model/domain';
import type { SummaryRow } from '../../ensemble/types';
import type { YearSeries } from '../../params/types';
import { REPORT_TEXT } from '../labels';
import {
  type ChartSpec, PANEL_HEIGHT_PX, SCENARIO_COLOURS, axisFormat, axisTitle, baseConfig, subtitle, yearAxis,
} from './chart-common';

/** Colour of observed history points. */
const OBSERVED_COLOUR = '#222222';

/**
 * The national SO&P share path: each scenario's median and 90% band (overlaid, one colour per
 * scenario) with the observed history (2010–2022) as points, joined to the base year by a dashed
 * segment where the observations end earlier (the trend rule of the model).
 *
 * @example
 * sopShareChart(rows, { 2010: 0.13, 2022: 0.5 }, { scenarios, lang: 'nl' })
 */
export function sopShareChart(
  rows: readonly SummaryRow[],
  observed: YearSeries,
  o: { scenarios: readonly { id: string; title: string }[]; lang: Lang },
): ChartSpec {
  const titleOf = new Map(o.scenarios.map((s) => [s.id, s.title] as const));
  const projected = rows
    .filter((r) => r.metric === 'sop.share' && r.sector === 'all' && r.breakdown === 'all' && titleOf.has(r.scenario))
    .map((r) => ({ scenario: titleOf.get(r.scenario), year: r.year, p05: r.p05, p50: r.p50, p95: r.p95 }));
  const observedLabel = REPORT_TEXT.observed[o.lang];
  const history = Object.entries(observed)
    .map(([year, value]) => ({ scenario: observedLabel, year: Number(year), value }))
    .sort((a, b) => a.year - b.year);
  // The years between the last observation and the base year follow the fitted trend (a rule of
  // the model, listed in the report): a dashed segment joins the two, so no gap is left. The
  // base-year share is the same in every scenario (calibrated on history only), so the first
  // scenario's median in the base year is the segment's end.
  const baseYear = projected.length > 0 ? Math.min(...projected.map((p) => p.year)) : undefined;
  const last = history[history.length - 1];
  const atBase = projected.find((p) => p.year === baseYear && p.scenario === o.scenarios[0]?.title);
  const bridge = last && atBase && baseYear !== undefined && last.year < baseYear
    ? [{ scenario: observedLabel, year: last.year, value: last.value }, { scenario: observedLabel, year: baseYear, value: atBase.p50 }]
    : [];
  const domain = [...o.scenarios.map((s) => s.title), observedLabel];
  const range = [...SCENARIO_COLOURS.slice(0, o.scenarios.length), OBSERVED_COLOUR];
  const colour = { field: 'scenario', type: 'nominal', title: null, scale: { domain, range } };
  const y = { type: 'quantitative', title: axisTitle('sop.share', 'share', o.lang), axis: { format: axisFormat('share') }, scale: { domain: [0, 1] } };
  const title = REPORT_TEXT.sopShareTitle[o.lang];
  return {
    name: 'sop-share',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: title, subtitle: subtitle(o.lang, false, [o.lang === 'nl'
        ? `Punten: waargenomen; stippellijn: basisjaar ${baseYear}${bridge.length > 0 ? `; gestreept: trend van de laatste waarneming (${last.year}) naar het basisjaar` : ''}.`
        : `Points: observed; dotted line: base year ${baseYear}${bridge.length > 0 ? `; dashed: trend from the last observation (${last.year}) to the base year` : ''}.`]) },
      width: 520,
      height: PANEL_HEIGHT_PX + 60,
      layer: [
        { data: { values: projected }, mark: { type: 'area', opacity: 0.2 }, encoding: { x: yearAxis(o.lang), y: { ...y, field: 'p05' }, y2: { field: 'p95' }, color: colour } },
        { data: { values: projected }, mark: { type: 'line', strokeWidth: 2 }, encoding: { x: yearAxis(o.lang), y: { ...y, field: 'p50' }, color: colour } },
        { data: { values: history }, mark: { type: 'point', filled: true, size: 40 }, encoding: { x: yearAxis(o.lang), y: { ...y, field: 'value' }, color: colour } },
        ...(bridge.length > 0
          ? [{ data: { values: bridge }, mark: { type: 'line', strokeWidth: 1.5, strokeDash: [5, 3] }, encoding: { x: yearAxis(o.lang), y: { ...y, field: 'value' }, color: colour } }]
          : []),
        ...(baseYear !== undefined
          ? [{ data: { values: [{ year: baseYear }] }, mark: { type: 'rule', strokeDash: [2, 3], color: '#888' }, encoding: { x: { field: 'year', type: 'quantitative' } } }]
          : []),
      ],
      config: baseConfig(o.lang),
    },
  };
}
