import type { ParamValue, ParamValues, YearSeries } from '../params/types';

/**
 * Reading one draw's parameter values by key, for the model core. A missing key or a value of the
 * wrong kind is a programming error (the scenario resolver fills every registry key), so these
 * throw plain Errors naming the key.
 */

/**
 * A scalar parameter value.
 *
 * @example
 * readNumber({ 'capacity.base_slack': 0.1 }, 'capacity.base_slack'); // → 0.1
 */
export function readNumber(values: ParamValues, key: string): number {
  const v = values[key];
  if (typeof v !== 'number') throw new Error(`model: parameter ${key} must be a number, got ${describe(v)}`);
  return v;
}

/**
 * A choice parameter value.
 *
 * @example
 * readChoice({ 'capacity.cap': 'on' }, 'capacity.cap'); // → 'on'
 */
export function readChoice(values: ParamValues, key: string): string {
  const v = values[key];
  if (typeof v !== 'string') throw new Error(`model: parameter ${key} must be a choice, got ${describe(v)}`);
  return v;
}

/**
 * A series parameter evaluated at the years `firstYear .. firstYear + out.length − 1` into `out`:
 * linear interpolation between given points, flat before the first and after the last point.
 * A plain number is accepted as a flat series.
 *
 * @example
 * const out = new Float64Array(3);
 * fillSeries({ s: { 2024: 955, 2025: 1250 } }, 's', 2023, out); // out → [955, 955, 1250]
 */
export function fillSeries(values: ParamValues, key: string, firstYear: number, out: Float64Array): Float64Array {
  const v = values[key];
  if (typeof v === 'number') return out.fill(v);
  if (v === null || typeof v !== 'object') throw new Error(`model: parameter ${key} must be a year series, got ${describe(v)}`);
  return interpolateSeries(v, firstYear, out, key);
}

const SORTED_YEARS = new WeakMap<YearSeries, number[]>();

/**
 * Fills `out[i]` with the series' value in year `firstYear + i` (linear between points, flat
 * outside). Used for data series too.
 *
 * @example
 * interpolateSeries({ 2020: 0, 2022: 2 }, 2019, new Float64Array(5)); // → [0, 0, 1, 2, 2]
 */
export function interpolateSeries(series: YearSeries, firstYear: number, out: Float64Array, what = 'series'): Float64Array {
  // Series objects are immutable by contract; their sorted years are cached per object, so an
  // ensemble passing the same series every draw does not sort (or allocate) again.
  let years = SORTED_YEARS.get(series);
  if (!years) {
    years = seriesYears(series);
    SORTED_YEARS.set(series, years);
  }
  if (years.length === 0) throw new Error(`model: ${what} has no values`);
  let j = 0;
  for (let i = 0; i < out.length; i++) {
    const t = firstYear + i;
    while (j < years.length - 1 && years[j + 1] <= t) j++;
    const y0 = years[j];
    if (t <= years[0]) out[i] = series[years[0]];
    else if (j === years.length - 1) out[i] = series[y0];
    else {
      const y1 = years[j + 1];
      out[i] = series[y0] + ((series[y1] - series[y0]) * (t - y0)) / (y1 - y0);
    }
  }
  return out;
}

/** Observed years of a series, ascending (finite values only). */
export function seriesYears(series: YearSeries | undefined): number[] {
  if (!series) return [];
  return Object.keys(series)
    .map(Number)
    .filter((y) => Number.isFinite(series[y]))
    .sort((a, b) => a - b);
}

function describe(v: ParamValue | undefined): string {
  return v === undefined ? 'nothing (missing key)' : JSON.stringify(v);
}
