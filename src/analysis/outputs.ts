import { InputError } from '../errors';
import { SECTOR_ORDER, type SectorOrAll } from '../model/domain';
import type { RunLayout } from '../model/result';
import type { ParamValues } from '../params/types';

/**
 * One number of a run's output: a metric for a sector and breakdown in one year. Written on the
 * command line as `metric:sector:year` or `metric:sector:breakdown:year`, e.g.
 * `workforce.shortage_fte:po:2030`.
 */
export interface OutputSelector {
  metric: string;
  sector: SectorOrAll;
  /** `all` (default), a route code or a partnership id. */
  breakdown?: string;
  year: number;
}

/**
 * What analysis needs from the model: a fixed output layout and a function that fills one run's
 * flat output (`out[s * years.length + y]`, src/model/result.ts). `modelRunner` in
 * `model-runner.ts` builds one from MODEL's `planModel`/`runModel`; tests use toy models.
 */
export interface ModelRunner {
  layout: RunLayout;
  /** `history`: the draw's values as history saw them (base year and calibration); omitted: the plan's deterministic history. */
  run(values: ParamValues, out: Float64Array, history?: ParamValues): void;
}

/**
 * Parses `metric:sector:year` or `metric:sector:breakdown:year`.
 *
 * @example
 * parseOutputSelector('workforce.shortage_fte:po:2030');
 * // → { metric: 'workforce.shortage_fte', sector: 'po', breakdown: 'all', year: 2030 }
 */
export function parseOutputSelector(text: string, field = 'output'): OutputSelector {
  const parts = text.split(':');
  const bad = () =>
    new InputError({ field, expected: 'metric:sector:year or metric:sector:breakdown:year (e.g. workforce.shortage_fte:po:2030)', found: JSON.stringify(text) });
  if (parts.length !== 3 && parts.length !== 4) throw bad();
  const [metric, sector] = parts;
  const breakdown = parts.length === 4 ? parts[2] : 'all';
  const year = Number(parts[parts.length - 1]);
  if (!metric || !Number.isInteger(year) || !(SECTOR_ORDER as readonly string[]).includes(sector)) throw bad();
  return { metric, sector: sector as SectorOrAll, breakdown, year };
}

/**
 * The text form of a selector (inverse of {@link parseOutputSelector}).
 *
 * @example
 * formatOutputSelector({ metric: 'sop.share', sector: 'all', year: 2030 }); // → 'sop.share:all:2030'
 */
export function formatOutputSelector(s: OutputSelector): string {
  const b = s.breakdown ?? 'all';
  return b === 'all' ? `${s.metric}:${s.sector}:${s.year}` : `${s.metric}:${s.sector}:${b}:${s.year}`;
}

/**
 * Position of a selected output in a run's flat array; an InputError naming what exists when the
 * metric, sector, breakdown or year is not in the layout.
 *
 * @example
 * const layout = { years: [2024, 2025], series: [{ metric: 'm', sector: 'po', breakdown: 'all', unit: 'fte' }] };
 * outputIndex(layout, { metric: 'm', sector: 'po', year: 2025 }); // → 1
 */
export function outputIndex(layout: RunLayout, s: OutputSelector, field = 'output'): number {
  const breakdown = s.breakdown ?? 'all';
  const seriesIndex = layout.series.findIndex((k) => k.metric === s.metric && k.sector === s.sector && k.breakdown === breakdown);
  if (seriesIndex < 0) {
    const metrics = [...new Set(layout.series.map((k) => k.metric))];
    const sameMetric = layout.series.filter((k) => k.metric === s.metric).map((k) => `${k.sector}/${k.breakdown}`);
    throw new InputError({
      field,
      expected: sameMetric.length > 0 ? `one of the sector/breakdown pairs of ${s.metric}: ${sameMetric.slice(0, 12).join(', ')}` : `a metric of the model: ${metrics.join(', ')}`,
      found: `${s.metric} ${s.sector}/${breakdown}`,
    });
  }
  const yearIndex = layout.years.indexOf(s.year);
  if (yearIndex < 0) {
    throw new InputError({ field, expected: `a year from ${layout.years[0]} to ${layout.years[layout.years.length - 1]}`, found: String(s.year) });
  }
  return seriesIndex * layout.years.length + yearIndex;
}

/**
 * The unit of a selected output (from the layout); '' when the layout does not have it.
 *
 * @example
 * outputUnit(layout, { metric: 'workforce.shortage_fte', sector: 'po', year: 2030 }); // → 'fte'
 */
export function outputUnit(layout: RunLayout, s: OutputSelector): string {
  const k = layout.series.find((x) => x.metric === s.metric && x.sector === s.sector && x.breakdown === (s.breakdown ?? 'all'));
  return k ? k.unit : '';
}
