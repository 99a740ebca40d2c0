import type { InputProblem } from '../errors';
import { MAX_HORIZON } from '../model/domain';
import {
  DISTRIBUTION_FIELDS,
  DISTRIBUTION_TYPES,
  distributionMedian,
  distributionShapeProblems,
  distributionSupport,
  distributionText,
  nearlyEqual,
} from '../params/distribution';
import { MIN_SERIES_YEAR, seriesRangeUnderFactor } from '../params/registry';
import { didYouMean } from '../params/suggest';
import type { Distribution, ParamDef, ParamValue, YearSeries } from '../params/types';

/**
 * One parameter override from a scenario file or the command line, validated against its
 * registry definition. Shapes (the JSON Schema describes the same):
 *
 * - scalar: a number, or a distribution object `{distribution: triangular, min: …, mode: …, max: …}`;
 * - series: a year → value map `{2025: 6100, 2030: 6500}`, or a distribution object on the
 *   series' scale/shift factor, optionally with the series itself under `series:`;
 * - choice: one of the parameter's options, as a string.
 */

/** A validated override. `value` overrides are fixed; `distribution` overrides stay uncertain. */
export type ParamOverride =
  | { kind: 'value'; value: ParamValue }
  | { kind: 'distribution'; distribution: Distribution; series?: YearSeries };

/** Where an override was written, for messages: file and a line finder for sub-keys. */
export interface OverrideLocation {
  file?: string;
  /** Field name shown in messages, e.g. `parameters.sop.target.share` or `--set sop.target.share`. */
  field: string;
  /** Line of a sub-key (`[]` = the parameter itself). */
  lineAt: (path: readonly string[]) => number | undefined;
}

/** The field name of the distribution type inside a distribution object. */
export const DISTRIBUTION_KEY = 'distribution';
/** The field holding a series' year map inside a distribution object. */
export const SERIES_KEY = 'series';

/**
 * How a value was found, for "found …" in messages.
 *
 * @example
 * describeFound('0.5'); // → "'0.5' (text)"
 * describeFound([1, 2]); // → 'a list'
 */
export function describeFound(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `'${v}' (text)`;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return `${v} (a boolean)`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fmtBounds = (b: readonly [number, number]): string => `from ${b[0]} to ${b[1]}`;

/**
 * Validates one override against its definition. Returns the override, or undefined with the
 * problems (all of them, each naming file, line, field, expected and found).
 *
 * @example
 * validateOverride(def, 1.2, { file: 'x.yaml', field: 'parameters.sop.target.share', lineAt: () => 9 });
 * // → { problems: [{ file: 'x.yaml', line: 9, field: 'parameters.sop.target.share',
 * //      expected: 'a number from 0 to 1 (share)', found: '1.2' }] }
 */
export function validateOverride(def: ParamDef, raw: unknown, where: OverrideLocation): { override?: ParamOverride; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const report = (sub: readonly string[], expected: string, found: string, message?: string): void => {
    problems.push({
      file: where.file,
      line: where.lineAt(sub),
      field: sub.length ? `${where.field}.${sub.join('.')}` : where.field,
      expected,
      found,
      message,
    });
  };
  let override: ParamOverride | undefined;
  if (def.kind === 'choice') {
    if (typeof raw !== 'string') report([], `one of the options ${def.options.join(', ')}`, describeFound(raw));
    else if (!def.options.includes(raw)) report([], `one of the options ${def.options.join(', ')}`, `'${raw}'`, didYouMean(raw, def.options));
    else override = { kind: 'value', value: raw };
  } else if (isPlainObject(raw) && DISTRIBUTION_KEY in raw) {
    const parsed = parseDistributionObject(raw, def.kind === 'series', report);
    if (parsed) override = checkDistributionOverride(def, parsed, report);
  } else if (def.kind === 'scalar') {
    if (typeof raw !== 'number') report([], `a number ${fmtBounds(def.bounds)} (${def.unit}) or a distribution {distribution: …}`, describeFound(raw));
    else if (!Number.isFinite(raw) || raw < def.bounds[0] || raw > def.bounds[1])
      report([], `a number ${fmtBounds(def.bounds)} (${def.unit})`, String(raw));
    else override = { kind: 'value', value: raw };
  } else {
    if (!isPlainObject(raw))
      report([], `a year → value map such as {2025: …, 2030: …} or a distribution {distribution: …}`, describeFound(raw));
    else {
      const series = parseYearMap(raw, def.bounds, [], report);
      if (series) override = { kind: 'value', value: series };
    }
  }
  // Report in file order (a mapping's integer-like keys come first in JavaScript objects).
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems.length ? { problems } : { override, problems };
}

type Report = (sub: readonly string[], expected: string, found: string, message?: string) => void;

/** A year → value map with whole years from MIN_SERIES_YEAR to MAX_HORIZON and values in bounds. */
function parseYearMap(raw: Record<string, unknown>, bounds: readonly [number, number], prefix: readonly string[], report: Report): YearSeries | undefined {
  const out: Record<number, number> = {};
  let ok = true;
  const keys = Object.keys(raw);
  if (keys.length === 0) {
    report(prefix, 'at least one year: value pair', 'an empty mapping');
    return undefined;
  }
  for (const k of keys) {
    const year = Number(k);
    const v = raw[k];
    if (!/^\d{4}$/.test(k) || year < MIN_SERIES_YEAR || year > MAX_HORIZON) {
      report([...prefix, k], `a whole year from ${MIN_SERIES_YEAR} to ${MAX_HORIZON} as key`, `'${k}'`);
      ok = false;
    } else if (typeof v !== 'number') {
      report([...prefix, k], `a number ${fmtBounds(bounds)}`, describeFound(v));
      ok = false;
    } else if (!Number.isFinite(v) || v < bounds[0] || v > bounds[1]) {
      report([...prefix, k], `a number ${fmtBounds(bounds)}`, String(v));
      ok = false;
    } else out[year] = v;
  }
  return ok ? out : undefined;
}

/** A `{distribution: type, …fields}` object → Distribution (+ series), reporting every problem. */
function parseDistributionObject(
  raw: Record<string, unknown>,
  allowSeries: boolean,
  report: Report,
): { distribution: Distribution; seriesRaw?: unknown } | undefined {
  const type = raw[DISTRIBUTION_KEY];
  if (typeof type !== 'string' || !(DISTRIBUTION_TYPES as string[]).includes(type)) {
    report([DISTRIBUTION_KEY], `one of ${DISTRIBUTION_TYPES.join(', ')}`, describeFound(type),
      typeof type === 'string' ? didYouMean(type, DISTRIBUTION_TYPES) : undefined);
    return undefined;
  }
  const fields = DISTRIBUTION_FIELDS[type as Distribution['type']];
  const allowed = [DISTRIBUTION_KEY, ...fields.required, ...fields.optional, ...(allowSeries ? [SERIES_KEY] : [])];
  let ok = true;
  for (const k of Object.keys(raw)) {
    if (!allowed.includes(k)) {
      report([k], `a field of a ${type} distribution (${allowed.join(', ')})`, `'${k}'`, didYouMean(k, allowed));
      ok = false;
    }
  }
  for (const k of fields.required) {
    if (!(k in raw)) {
      report([], `a ${type} distribution with ${fields.required.join(', ')}`, `no ${k}`);
      ok = false;
    }
  }
  const num = (k: string): number | undefined => {
    const v = raw[k];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      report([k], 'a finite number', describeFound(v));
      ok = false;
      return undefined;
    }
    return v;
  };
  const list = (k: string): number[] | undefined => {
    const v = raw[k];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) {
      report([k], 'a list of numbers', describeFound(v));
      ok = false;
      return undefined;
    }
    return v as number[];
  };
  let d: Distribution | undefined;
  switch (type as Distribution['type']) {
    case 'fixed': {
      const value = num('value');
      if (value !== undefined) d = { type: 'fixed', value };
      break;
    }
    case 'uniform': {
      const min = num('min');
      const max = num('max');
      if (min !== undefined && max !== undefined) d = { type: 'uniform', min, max };
      break;
    }
    case 'triangular':
    case 'pert': {
      const min = num('min');
      const mode = num('mode');
      const max = num('max');
      if (min !== undefined && mode !== undefined && max !== undefined) d = { type: type as 'triangular' | 'pert', min, mode, max };
      break;
    }
    case 'normal': {
      const mean = num('mean');
      const sd = num('sd');
      const min = num('min');
      const max = num('max');
      if (mean !== undefined && sd !== undefined) {
        d = { type: 'normal', mean, sd };
        if (min !== undefined) d.min = min;
        if (max !== undefined) d.max = max;
      }
      break;
    }
    case 'discrete': {
      const values = list('values');
      const weights = list('weights');
      if (values && weights) d = { type: 'discrete', values, weights };
      break;
    }
  }
  if (!ok || !d) return undefined;
  const shape = distributionShapeProblems(d);
  for (const s of shape) report([], `a consistent ${type} distribution`, distributionText(d), s);
  if (shape.length) return undefined;
  return { distribution: d, seriesRaw: raw[SERIES_KEY] };
}

/** Support within bounds (scalar), or factor median and range (series). */
function checkDistributionOverride(
  def: Exclude<ParamDef, { kind: 'choice' }>,
  parsed: { distribution: Distribution; seriesRaw?: unknown },
  report: Report,
): ParamOverride | undefined {
  const d = parsed.distribution;
  const [lo, hi] = distributionSupport(d);
  if (def.kind === 'scalar') {
    if (lo < def.bounds[0] || hi > def.bounds[1]) {
      report([], `a distribution whose support lies ${fmtBounds(def.bounds)} (${def.unit})`, `${distributionText(d)} with support [${lo}, ${hi}]`);
      return undefined;
    }
    return { kind: 'distribution', distribution: d };
  }
  const how = def.seriesUncertainty ?? 'scale';
  let ok = true;
  let series: YearSeries | undefined;
  if (parsed.seriesRaw !== undefined) {
    if (!isPlainObject(parsed.seriesRaw)) {
      report([SERIES_KEY], 'a year → value map', describeFound(parsed.seriesRaw));
      return undefined;
    }
    series = parseYearMap(parsed.seriesRaw, def.bounds, [SERIES_KEY], report);
    if (!series) return undefined;
  }
  const neutral = how === 'scale' ? 1 : 0;
  const median = distributionMedian(d);
  if (!nearlyEqual(median, neutral)) {
    report([], `a ${how} factor distribution for this series with median ${neutral}`, `${distributionText(d)} with median ${median}`);
    ok = false;
  }
  const ub = def.uncertaintyBounds;
  if (ub && (lo < ub[0] || hi > ub[1])) {
    report([], `a ${how} factor distribution with support ${fmtBounds(ub)}`, `${distributionText(d)} with support [${lo}, ${hi}]`);
    ok = false;
  }
  if (ok) {
    const [slo, shi] = seriesRangeUnderFactor(series ?? def.default, how, [lo, hi]);
    if (slo < def.bounds[0] || shi > def.bounds[1]) {
      report([], `series values ${fmtBounds(def.bounds)} under every ${how} factor of the distribution`, `a range [${slo}, ${shi}]`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  return series ? { kind: 'distribution', distribution: d, series } : { kind: 'distribution', distribution: d };
}
