import type { Lang, Unit } from '../../model/domain';
import { REPORT_TEXT, metricLabel, unitLabel } from '../labels';

/**
 * Shared pieces of the Vega-Lite chart specs: size, fonts, colours, number formats and the Dutch
 * number locale. Specs are plain JSON objects (no functions), so they can be saved, diffed and
 * rendered headless (render-svg.ts) or in a notebook.
 */

/** A Vega-Lite spec as a JSON object. Kept loose on purpose: vega-lite's types are loaded lazily. */
export type VegaLiteSpec = Record<string, unknown>;

/** A chart to write: file name (without `.svg`) and its spec. */
export interface ChartSpec {
  /** File stem, e.g. `fan-workforce.shortage_fte-po`. Only codes, never labels. */
  name: string;
  /** Title in the chosen language, used by the HTML report as a caption. */
  title: string;
  spec: VegaLiteSpec;
}

/** Panel size in pixels. */
export const PANEL_WIDTH_PX = 260;
export const PANEL_HEIGHT_PX = 180;

/** Scenario colours, in scenario order (Tableau 10, colour-blind friendly first four). */
export const SCENARIO_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1', '#edc948', '#9c755f'];

/** Font used in every chart: a generic family, so the SVG looks the same on every machine. */
export const CHART_FONT = 'Helvetica, Arial, sans-serif';

/**
 * The d3 format of a unit on an axis: shares as percentages, the rest with thousands grouping.
 *
 * @example
 * axisFormat('share') // → '.0%' (others: ',~f', thousands grouping, no exponent)
 */
export function axisFormat(unit: Unit): string {
  return unit === 'share' ? '.0%' : ',~f';
}

/**
 * The axis title of a metric: its label and unit, e.g. "Lerarentekort (fte)".
 *
 * @example
 * axisTitle('capacity.mentors_required', 'persons', 'en') // → 'Mentors required (persons)'
 * axisTitle('sop.share', 'share', 'en')                  // → 'SO&P share' (the axis shows %)
 */
export function axisTitle(metric: string, unit: Unit, lang: Lang): string {
  const label = metricLabel(metric, lang);
  // the axis labels already say "%"; euros are drawn in millions (see euroMillions)
  if (unit === 'share') return label;
  if (unit === 'eur') return `${label} (${lang === 'nl' ? '€ mln' : '€ M'})`;
  if (/\((fte|persons|personen)\)$/.test(label)) return label;
  return `${label} (${unitLabel(unit, lang)})`;
}

/**
 * A y-axis title that fits beside a panel: one line when short, else words wrapped into lines of at
 * most `maxChars` characters (a rotated title longer than the panel would be cut or push the
 * facet's shared axis down).
 *
 * @example
 * titleLines('Benodigde werkplekbegeleiders (personen)') // → ['Benodigde', 'werkplekbegeleiders', '(personen)']
 * titleLines('Tekort (fte)')                             // → 'Tekort (fte)'
 */
export function titleLines(title: string, maxChars = 22): string | string[] {
  if (title.length <= maxChars) return title;
  const lines: string[] = [];
  for (const word of title.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Rows of a euro metric in millions (for readable axes: "62" rather than "62,000,000"); other
 * units unchanged.
 *
 * @example
 * inAxisUnits([{ p05: 1e6, p50: 2e6, p95: 3e6 }], 'eur') // → [{ p05: 1, p50: 2, p95: 3 }]
 */
export function inAxisUnits<T extends { p05: number; p50: number; p95: number }>(rows: T[], unit: Unit): T[] {
  if (unit !== 'eur') return rows;
  return rows.map((r) => ({ ...r, p05: r.p05 / 1e6, p50: r.p50 / 1e6, p95: r.p95 / 1e6 }));
}

/**
 * The `config` block of every chart: fonts, sizes and, for Dutch, the Dutch number locale
 * (decimal comma, thousands point).
 *
 * @example
 * baseConfig('nl').locale // → { number: { decimal: ',', thousands: '.', … } }
 */
export function baseConfig(lang: Lang): Record<string, unknown> {
  const locale =
    lang === 'nl'
      ? { number: { decimal: ',', thousands: '.', grouping: [3], currency: ['€ ', ''] } }
      : { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['€', ''] } };
  return {
    font: CHART_FONT,
    locale,
    view: { stroke: '#ddd' },
    axis: { labelFontSize: 10, titleFontSize: 11, grid: true, gridColor: '#eee' },
    // a rotated y title longer than the panel would push the facet's shared x axis down
    axisY: { titleLimit: PANEL_HEIGHT_PX },
    legend: { labelFontSize: 10, titleFontSize: 11, orient: 'bottom', labelLimit: 420, columns: 2 },
    title: { fontSize: 13, subtitleFontSize: 10, anchor: 'start', subtitleColor: '#555' },
    header: { labelFontSize: 11, titleFontSize: 11 },
  };
}

/**
 * The subtitle lines of a chart: what the band and the line mean, plus the illustrative-data note
 * when the chart rests on the illustrative partnership table.
 *
 * @example
 * subtitle('en', false) // → ['Band: 90% interval; line: median']
 */
export function subtitle(lang: Lang, illustrative: boolean, extra: string[] = []): string[] {
  const band = lang === 'nl' ? `Band: ${REPORT_TEXT.band90.nl}; lijn: ${REPORT_TEXT.median.nl}` : `Band: ${REPORT_TEXT.band90.en}; line: ${REPORT_TEXT.median.en}`;
  return [band, ...extra, ...(illustrative ? [REPORT_TEXT.illustrativeNote[lang]] : [])];
}

/**
 * The x axis of every time chart: school years as integers.
 *
 * @example
 * yearAxis('en').title // → 'Year'
 */
export function yearAxis(lang: Lang): Record<string, unknown> {
  return { field: 'year', type: 'quantitative', title: REPORT_TEXT.year[lang], axis: { format: 'd', tickMinStep: 1 }, scale: { zero: false, nice: false } };
}

/**
 * The two layers of a fan: the p05–p95 band as a translucent area and the median (p50) as a line,
 * on rows with fields `year`, `p05`, `p50`, `p95`. `y` is the quantitative y encoding (title,
 * axis), `colour` the colour encoding shared by band and line.
 *
 * @example
 * bandAndMedianLayers('nl', { type: 'quantitative' }, { value: '#4e79a7' }).length // → 2
 */
export function bandAndMedianLayers(
  lang: Lang,
  y: Record<string, unknown>,
  colour: Record<string, unknown>,
  bandOpacity = 0.2,
): Record<string, unknown>[] {
  return [
    { mark: { type: 'area', opacity: bandOpacity }, encoding: { x: yearAxis(lang), y: { ...y, field: 'p05' }, y2: { field: 'p95' }, color: colour } },
    { mark: { type: 'line', strokeWidth: 2 }, encoding: { x: yearAxis(lang), y: { ...y, field: 'p50' }, color: colour } },
  ];
}
