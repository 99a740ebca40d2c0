import type { VegaLiteSpec } from './chart-common';

/**
 * Renders a Vega-Lite spec to an SVG string, headless (no canvas, no DOM, no network).
 *
 * vega and vega-lite are required here, lazily, so commands that draw no charts never load them.
 * The output is deterministic: the specs carry their data inline, use no clip paths (whose ids
 * would be counters) and no time-dependent values, so the same spec gives the same bytes.
 *
 * @example
 * const svg = await renderSvg({ mark: 'point', data: { values: [{ x: 1, y: 2 }] },
 *   encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } } });
 * svg.startsWith('<svg') // → true
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vega = require('vega') as typeof import('vega');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const vegaLite = require('vega-lite') as typeof import('vega-lite');
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: 'none',
    // No data is ever loaded from outside the spec: refuse any attempt.
    loader: { load: () => Promise.reject(new Error('charts carry their data inline')), sanitize: () => Promise.reject(new Error('no external resources')), http: () => Promise.reject(new Error('no network')), file: () => Promise.reject(new Error('no files')) } as never,
    logLevel: vega.Warn,
  });
  try {
    return roundSvgNumbers(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/**
 * Rounds every decimal number with more than three decimals in an SVG (coordinates, path data,
 * transforms) to three decimals, trailing zeros dropped. Layout arithmetic differs between
 * machines in the 15th digit (17.999999999999996 vs 18); rounded, the stored SVGs of the reports
 * and notebooks come out byte-identical everywhere. A thousandth of a pixel is invisible.
 *
 * @example
 * roundSvgNumbers('<path d="M0,17.999999999999996L3.14159,2"/>') // → '<path d="M0,18L3.142,2"/>'
 */
export function roundSvgNumbers(svg: string): string {
  return svg.replace(/-?\d+\.\d{4,}(?:e-?\d+)?/g, (m) => {
    const v = Math.round(Number(m) * 1000) / 1000;
    return String(Object.is(v, -0) ? 0 : v);
  });
}
