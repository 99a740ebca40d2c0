import { InputError, type InputProblem } from '../errors';
import { PARAM_DEFS } from './defs';
import { distributionMedian, distributionShapeProblems, distributionSupport, distributionText, nearlyEqual } from './distribution';
import { didYouMean } from './suggest';
import type { ParamDef, YearSeries } from './types';

/**
 * The parameter registry: every parameter of the model by key, built from `PARAM_DEFS`
 * (src/params/defs). `checkRegistry` states the rules every definition must keep; a test runs it
 * on the real definitions.
 */

/** Units a parameter may have (the `unit` field of `ParamDef`). */
export const PARAM_UNITS = [
  'persons', 'fte', 'share', 'eur', 'hours',
  'rate', 'factor', 'years', 'count', 'year', 'eur_per_person', 'hours_per_person', 'persons_per_mentor', 'none',
] as const satisfies readonly ParamDef['unit'][];
// Compile-time guard: every unit of ParamDef is listed above.
type MissingUnit = Exclude<ParamDef['unit'], (typeof PARAM_UNITS)[number]>;
const everyUnitListed: [MissingUnit] extends [never] ? true : MissingUnit = true;
void everyUnitListed;

/** Dotted key syntax: at least two segments, e.g. `pipeline.dropout.pabo.y1` or `sop.share.hbo-2e-graads`. */
export const PARAM_KEY_PATTERN = /^[a-z][a-zA-Z0-9_]*(\.[a-z0-9][a-zA-Z0-9_-]*)+$/;

/** Series years are whole years from this one to MAX_HORIZON (the earliest data series start in 2009). */
export const MIN_SERIES_YEAR = 2000;

/** Where the registry's problems are reported (the definitions' folder). */
const DEFS_FILE = 'src/params/defs';

/**
 * Every registry parameter by key, in the order of `PARAM_DEFS`.
 *
 * @example
 * import { REGISTRY } from 'sop2030';
 * for (const [key, def] of REGISTRY) console.log(key, def.unit, def.default);
 */
export const REGISTRY: ReadonlyMap<string, ParamDef> = buildRegistry(PARAM_DEFS);

/**
 * A registry map from a list of definitions (later duplicates are reported by `checkRegistry`,
 * not here). Tests and tools pass their own lists; the model uses `REGISTRY`.
 *
 * @example
 * const reg = buildRegistry([myDef]);
 * reg.get(myDef.key) === myDef; // → true
 */
export function buildRegistry(defs: readonly ParamDef[]): ReadonlyMap<string, ParamDef> {
  const map = new Map<string, ParamDef>();
  for (const d of defs) if (!map.has(d.key)) map.set(d.key, d);
  return map;
}

/**
 * The definition of one parameter. Throws an `InputError` with a "did you mean" for an unknown key.
 *
 * @example
 * getParam('sop.trajectory').kind; // → 'choice'
 * getParam('sop.trajectroy');      // throws: key: expected a parameter key of the registry, found 'sop.trajectroy'. did you mean 'sop.trajectory'?
 */
export function getParam(key: string, registry: ReadonlyMap<string, ParamDef> = REGISTRY): ParamDef {
  const def = registry.get(key);
  if (def) return def;
  throw new InputError({
    field: 'key',
    expected: 'a parameter key of the registry',
    found: `'${key}'`,
    message: didYouMean(key, registry.keys()),
  });
}

/** True when the source marks the value as an assumption (`assumption`, `assumption: …`). */
export function isAssumption(def: ParamDef): boolean {
  return /^assumption\b/i.test(def.source.trim());
}

/**
 * Every problem with a list of parameter definitions (empty when all is well): unique keys,
 * dotted key syntax, Dutch and English labels, a known unit, a description, a source (an
 * `assumption` needs a distribution or a bounds range), default within bounds, distribution
 * shape and support within bounds, default equal to the distribution's median (1e-9 relative;
 * for a series the distribution is on a scale or shift factor whose median must be 1 or 0),
 * series years whole and values within bounds, a choice's default among its options.
 *
 * @example
 * checkRegistry(PARAM_DEFS); // → [] when the definitions are sound
 * checkRegistry([{ ...def, default: 2, bounds: [0, 1] }]);
 * // → [{ file: 'src/params/defs', field: def.key, expected: 'a default within bounds [0, 1]', found: '2' }]
 */
export function checkRegistry(defs: readonly ParamDef[]): InputProblem[] {
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  for (const def of defs) {
    const p = (expected: string, found: string, message?: string): void => {
      problems.push({ file: DEFS_FILE, field: def.key || '(no key)', expected, found, message });
    };
    if (seen.has(def.key)) p('a unique key', 'a second definition with this key');
    seen.add(def.key);
    if (!PARAM_KEY_PATTERN.test(def.key ?? '')) p('a dotted key such as group.name (lower-case segments)', `'${def.key}'`);
    if (!def.label?.nl?.trim()) p('a Dutch label (label.nl)', 'an empty label');
    if (!def.label?.en?.trim()) p('an English label (label.en)', 'an empty label');
    if (!(PARAM_UNITS as readonly string[]).includes(def.unit)) p(`a unit among ${PARAM_UNITS.join(', ')}`, `'${def.unit}'`);
    if (!def.description?.trim()) p('a description', 'an empty description');
    if (!def.source?.trim()) p('a source (data card, research key or assumption)', 'an empty source');
    switch (def.kind) {
      case 'scalar':
        checkScalar(def, p);
        break;
      case 'series':
        checkSeries(def, p);
        break;
      case 'choice':
        checkChoice(def, p);
        break;
      default:
        p("kind 'scalar', 'series' or 'choice'", `'${(def as { kind: unknown }).kind}'`);
    }
  }
  return problems;
}

type Report = (expected: string, found: string, message?: string) => void;

function checkBounds(bounds: readonly [number, number] | undefined, p: Report): boolean {
  if (!bounds || bounds.length !== 2 || Number.isNaN(bounds[0]) || Number.isNaN(bounds[1]) || bounds[0] > bounds[1]) {
    p('bounds [low, high] with low ≤ high', JSON.stringify(bounds));
    return false;
  }
  return true;
}

const fmtBounds = (b: readonly [number, number]): string => `[${b[0]}, ${b[1]}]`;

function checkScalar(def: Extract<ParamDef, { kind: 'scalar' }>, p: Report): void {
  const okBounds = checkBounds(def.bounds, p);
  if (!Number.isFinite(def.default)) p('a finite default', String(def.default));
  else if (okBounds && (def.default < def.bounds[0] || def.default > def.bounds[1]))
    p(`a default within bounds ${fmtBounds(def.bounds)}`, String(def.default));
  if (isAssumption(def) && !def.distribution && !(okBounds && def.bounds[0] < def.bounds[1]))
    p('an assumption with a range (a distribution or bounds low < high)', 'neither');
  if (def.correlation && !def.distribution) p('a distribution (the parameter has a correlation group)', 'none');
  if (def.correlation && !(def.correlation.rho >= -1 && def.correlation.rho <= 1))
    p('a correlation rho in [-1, 1]', String(def.correlation.rho));
  if (!def.distribution) return;
  const shape = distributionShapeProblems(def.distribution);
  for (const s of shape) p('a consistent distribution', distributionText(def.distribution), s);
  if (shape.length > 0) return;
  const [lo, hi] = distributionSupport(def.distribution);
  if (okBounds && (lo < def.bounds[0] || hi > def.bounds[1]))
    p(`a distribution whose support lies within bounds ${fmtBounds(def.bounds)}`, `${distributionText(def.distribution)} with support [${lo}, ${hi}]`);
  const median = distributionMedian(def.distribution);
  if (!nearlyEqual(def.default, median))
    p(`a default equal to the median of its distribution (${median})`, String(def.default),
      `set default to ${median} or change the distribution`);
}

function checkSeriesPoints(series: YearSeries, bounds: readonly [number, number] | undefined, p: Report, what: string): void {
  const years = Object.keys(series);
  if (years.length === 0) p(`at least one year in the ${what}`, 'an empty series');
  for (const y of years) {
    const year = Number(y);
    if (!/^\d{4}$/.test(y) || year < MIN_SERIES_YEAR) p(`${what} years as whole years from ${MIN_SERIES_YEAR}`, `'${y}'`);
    const v = series[year];
    if (!Number.isFinite(v)) p(`a finite number for ${y} in the ${what}`, String(v));
    else if (bounds && (v < bounds[0] || v > bounds[1])) p(`${what} values within bounds ${fmtBounds(bounds)}`, `${v} in ${y}`);
  }
}

/**
 * The range a series' values can take under its factor distribution: each year's value scaled by
 * (or shifted by) the ends of the factor's support. Used by the registry and scenario checks.
 *
 * @example
 * seriesRangeUnderFactor({ 2024: 10, 2030: 20 }, 'scale', [0.9, 1.2]); // → [9, 24]
 */
export function seriesRangeUnderFactor(series: YearSeries, how: 'scale' | 'shift', support: readonly [number, number]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of Object.values(series)) {
    const ends = how === 'scale' ? [v * support[0], v * support[1]] : [v + support[0], v + support[1]];
    lo = Math.min(lo, ...ends);
    hi = Math.max(hi, ...ends);
  }
  return [lo, hi];
}

function checkSeries(def: Extract<ParamDef, { kind: 'series' }>, p: Report): void {
  const okBounds = checkBounds(def.bounds, p);
  checkSeriesPoints(def.default ?? {}, okBounds ? def.bounds : undefined, p, 'default series');
  if (isAssumption(def) && !def.distribution && !(okBounds && def.bounds[0] < def.bounds[1]))
    p('an assumption with a range (a distribution or bounds low < high)', 'neither');
  if (!def.distribution) return;
  if (def.seriesUncertainty !== 'scale' && def.seriesUncertainty !== 'shift') {
    p("seriesUncertainty 'scale' or 'shift' (the series has a distribution)", String(def.seriesUncertainty));
    return;
  }
  const shape = distributionShapeProblems(def.distribution);
  for (const s of shape) p('a consistent distribution', distributionText(def.distribution), s);
  if (shape.length > 0) return;
  const neutral = def.seriesUncertainty === 'scale' ? 1 : 0;
  const median = distributionMedian(def.distribution);
  if (!nearlyEqual(median, neutral))
    p(`a ${def.seriesUncertainty} factor whose median is ${neutral}`, `${distributionText(def.distribution)} with median ${median}`);
  const support = distributionSupport(def.distribution);
  if (def.uncertaintyBounds && (support[0] < def.uncertaintyBounds[0] || support[1] > def.uncertaintyBounds[1]))
    p(`a factor distribution within uncertaintyBounds ${fmtBounds(def.uncertaintyBounds)}`, `support [${support[0]}, ${support[1]}]`);
  if (okBounds && def.default && Object.keys(def.default).length > 0) {
    const [lo, hi] = seriesRangeUnderFactor(def.default, def.seriesUncertainty, support);
    if (lo < def.bounds[0] || hi > def.bounds[1])
      p(`series values within bounds ${fmtBounds(def.bounds)} under every factor of ${distributionText(def.distribution)}`, `a range [${lo}, ${hi}]`);
  }
}

function checkChoice(def: Extract<ParamDef, { kind: 'choice' }>, p: Report): void {
  if (!def.options || def.options.length === 0) {
    p('a non-empty list of options', 'none');
    return;
  }
  if (new Set(def.options).size !== def.options.length) p('unique options', def.options.join(', '));
  if (!def.options.includes(def.default)) p(`a default among the options (${def.options.join(', ')})`, `'${def.default}'`);
}
