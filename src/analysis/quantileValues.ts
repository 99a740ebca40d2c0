import { inverseCdf } from '../ensemble/distributions';
import type { ParamValue, ParamValues, YearSeries } from '../params/types';
import type { ResolvedParam, ResolvedScenario } from '../scenario/types';

/**
 * A parameter's value at a quantile of its marginal distribution, the way the ensemble draws it
 * (src/ensemble/sample.ts): scalars F⁻¹(p) clamped to the registry bounds; series scaled (or
 * shifted) as a whole by the factor F⁻¹(p), then clamped. Correlation groups are ignored: this is
 * the marginal quantile, as one-at-a-time sensitivity needs. Returns the factor as `input` for
 * series, the value for scalars.
 *
 * @example
 * // a scalar with distribution uniform(0, 1): p = 0.9 → 0.9
 * valueAtQuantile(param, 0.9); // → { value: 0.9, input: 0.9 }
 */
export function valueAtQuantile(param: ResolvedParam, p: number): { value: ParamValue; input: number } {
  const d = param.distribution;
  if (!d || param.def.kind === 'choice') return { value: param.value, input: NaN };
  const q = inverseCdf(d)(p);
  const [lo, hi] = param.def.bounds;
  const clamp = (v: number) => (v < lo ? lo : v > hi ? hi : v);
  if (param.def.kind === 'scalar') {
    const v = clamp(q);
    return { value: v, input: v };
  }
  const base = param.value as YearSeries;
  const shift = param.def.seriesUncertainty === 'shift';
  const out: Record<number, number> = {};
  for (const y of Object.keys(base)) out[Number(y)] = clamp(shift ? base[Number(y)] + q : base[Number(y)] * q);
  return { value: out, input: q };
}

/**
 * The parameters of a scenario that are uncertain (drawn by the ensemble): a distribution other
 * than `fixed`, not a choice. Sorted by key.
 *
 * @example
 * uncertainKeys(scenario); // → ['effects.dropout_multiplier', 'pipeline.dropout.pabo.y1', …]
 */
export function uncertainKeys(scenario: ResolvedScenario): string[] {
  return Object.keys(scenario.params)
    .filter((k) => {
      const p = scenario.params[k];
      return p.distribution !== undefined && p.distribution.type !== 'fixed' && p.def.kind !== 'choice';
    })
    .sort();
}

/**
 * The input number an ensemble draw used for a parameter: the value for scalars, the scale factor
 * (or shift) for series, read back from the drawn series at its first non-zero base year.
 *
 * @example
 * drawnInput(param, values[param.key]); // → 1.04 for a series scaled by 1.04
 */
export function drawnInput(param: ResolvedParam, drawn: ParamValue): number {
  if (param.def.kind === 'scalar') return drawn as number;
  if (param.def.kind !== 'series') return NaN;
  const base = param.value as YearSeries;
  const year = Object.keys(base)
    .map(Number)
    .find((y) => base[y] !== 0);
  if (year === undefined) return NaN;
  const v = (drawn as YearSeries)[year];
  return param.def.seriesUncertainty === 'shift' ? v - base[year] : v / base[year];
}

/**
 * A copy of a draw's values (the ensemble's sampler reuses one object per draw): scalars copied,
 * series copied into new objects.
 *
 * @example
 * const kept = copyValues(sampler.next());
 */
export function copyValues(values: ParamValues): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const k of Object.keys(values)) {
    const v = values[k];
    out[k] = typeof v === 'object' ? { ...(v as YearSeries) } : v;
  }
  return out;
}
