import type { Distribution, ParamDef, ScalarParamDef, SeriesParamDef, ChoiceParamDef, YearSeries } from '../types';

/**
 * Small constructors for registry definitions, so each definition file reads as a table.
 * They add nothing the `ParamDef` type does not say; they only fill the `kind` field and build a
 * symmetric PERT distribution whose median equals the default (the registry rule).
 */

/** The fields every definition shares, minus `kind`. */
type Common = Pick<ParamDef, 'key' | 'label' | 'unit' | 'description' | 'source' | 'notes'>;

/**
 * A scalar definition.
 *
 * @example
 * scalar({ key: 'effects.entry_uplift', label: { nl: 'Extra instroom', en: 'Entry uplift' }, unit: 'factor',
 *   description: '…', source: 'assumption', default: 0.05, bounds: [0, 1], distribution: uniform(0, 0.1) });
 */
export function scalar(def: Common & Omit<ScalarParamDef, 'kind' | keyof Common>): ScalarParamDef {
  return { kind: 'scalar', ...def };
}

/**
 * A year-series definition (linear interpolation between points, carried flat after the last).
 *
 * @example
 * series({ key: 'funding.per_student_eur', …, default: { 2024: 955, 2025: 1250 }, bounds: [0, 1e5] });
 */
export function series(def: Common & Omit<SeriesParamDef, 'kind' | keyof Common>): SeriesParamDef {
  return { kind: 'series', ...def };
}

/**
 * A choice definition.
 *
 * @example
 * choice({ key: 'capacity.cap', …, default: 'on', options: ['on', 'off'] });
 */
export function choice(def: Common & Omit<ChoiceParamDef, 'kind' | keyof Common>): ChoiceParamDef {
  return { kind: 'choice', ...def };
}

/**
 * A symmetric PERT around `mode` with half-width `half`: its median is `mode`.
 *
 * @example
 * pertAround(0.2, 0.05); // → { type: 'pert', min: 0.15, mode: 0.2, max: 0.25 }
 */
export function pertAround(mode: number, half: number): Distribution {
  return { type: 'pert', min: round12(mode - half), mode, max: round12(mode + half) };
}

/**
 * A uniform distribution; its median is (min + max) / 2.
 *
 * @example
 * uniform(0.8, 1); // → { type: 'uniform', min: 0.8, max: 1 }
 */
export function uniform(min: number, max: number): Distribution {
  return { type: 'uniform', min, max };
}

/** Rounds away binary noise from `mode ± half` (0.1 + 0.2 → 0.3). */
function round12(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

/** A constant series from one year on. */
export function flatFrom(year: number, value: number): YearSeries {
  return { [year]: value };
}
