import { InputError, type InputProblem } from '../errors';
import { DEFAULT_HORIZON, MAX_HORIZON } from '../model/domain';
import { dataFolderBaseYear } from '../data/model-data';
import { distributionMedian } from '../params/distribution';
import { didYouMean } from '../params/suggest';
import type { ParamDef, YearSeries } from '../params/types';
import { parseDocument } from 'yaml';
import { MAX_YAML_ALIASES } from './keys';
import { describeFound, validateOverride, type ParamOverride } from './param-override';
import type { ScenarioLayer } from './scenario-file';
import type { ParamOrigin, ResolvedParam, ResolvedScenario } from './types';

/**
 * Resolution order (DESIGN.md §4): registry defaults ← parents (root first) ← the file ←
 * command-line overrides. The last layer that mentions a parameter sets it; see PLAIN_VALUE_RULE.
 */

/** Command-line overrides: `--horizon` and parameter values by key (`--set key=value`). */
export interface CliOverrides {
  horizon?: number;
  /** Values as in a scenario file; a text value of a non-choice parameter is read as YAML (`'0.9'`, `'{2030: 5}'`). */
  params?: Readonly<Record<string, unknown>>;
}

/**
 * The option name recorded as the origin of a command-line parameter override.
 *
 * @example
 * cliOptionFor('capacity.cap'); // → '--set capacity.cap'
 */
export const cliOptionFor = (key: string): string => `--set ${key}`;

/**
 * A series with `override` replacing `base` from the override's first year on (earlier years of
 * `base` kept).
 *
 * @example
 * spliceSeries({ 2020: 1, 2024: 2, 2030: 3 }, { 2026: 5 }); // → { 2020: 1, 2024: 2, 2026: 5 }
 */
export function spliceSeries(base: YearSeries, override: YearSeries): YearSeries {
  const first = Math.min(...Object.keys(override).map(Number));
  const out: Record<number, number> = {};
  for (const [y, v] of Object.entries(base)) if (Number(y) < first) out[Number(y)] = v;
  for (const [y, v] of Object.entries(override)) out[Number(y)] = v;
  return sortSeries(out);
}

function sortSeries(s: Record<number, number>): YearSeries {
  const out: Record<number, number> = {};
  for (const y of Object.keys(s).map(Number).sort((a, b) => a - b)) out[y] = s[y];
  return out;
}

/** Applies one override to a resolved parameter, returning a new one. */
function applyOverride(prev: ResolvedParam, o: ParamOverride, origin: ParamOrigin): ResolvedParam {
  const def = prev.def;
  if (o.kind === 'value') {
    const value = def.kind === 'series' ? spliceSeries(prev.value as YearSeries, o.value as YearSeries) : o.value;
    return { key: prev.key, def, value, origin };
  }
  if (def.kind === 'series') {
    const value = o.series ? spliceSeries(prev.value as YearSeries, o.series) : prev.value;
    return { key: prev.key, def, value, distribution: o.distribution, origin };
  }
  return { key: prev.key, def, value: distributionMedian(o.distribution), distribution: o.distribution, origin };
}

/**
 * Every registry parameter at its default, with origin `registry`.
 *
 * @example
 * registryDefaults(REGISTRY)['sop.trajectory'].value; // → 'logistic'
 */
export function registryDefaults(registry: ReadonlyMap<string, ParamDef>): Record<string, ResolvedParam> {
  const out: Record<string, ResolvedParam> = {};
  for (const [key, def] of registry) {
    const p: ResolvedParam = { key, def, value: def.kind === 'series' ? sortSeries({ ...def.default }) : def.default, origin: { kind: 'registry' } };
    if (def.kind !== 'choice' && def.distribution) p.distribution = def.distribution;
    out[key] = p;
  }
  return out;
}

/**
 * Resolves a chain of validated layers (the file first, then its parents) and the command-line
 * overrides into a ResolvedScenario. Throws an InputError listing every bad command-line value.
 *
 * @example
 * const s = resolveLayers(layers, REGISTRY, { horizon: 2035 });
 * s.params['sop.trajectory'].origin; // → { kind: 'scenario', scenario: 'ambitie-2030', file: 'scenarios/ambitie-2030.yaml', line: 14 }
 */
export function resolveLayers(layers: readonly ScenarioLayer[], registry: ReadonlyMap<string, ParamDef>, cli: CliOverrides = {}): ResolvedScenario {
  const leaf = layers[0];
  const params = registryDefaults(registry);
  let horizon = DEFAULT_HORIZON;
  let horizonOrigin: ParamOrigin = { kind: 'registry' };
  for (const layer of [...layers].reverse()) {
    for (const [key, { override, line }] of layer.params) {
      params[key] = applyOverride(params[key], override, { kind: 'scenario', scenario: layer.id, file: layer.display, line });
    }
    if (layer.horizon) {
      horizon = layer.horizon.value;
      horizonOrigin = { kind: 'scenario', scenario: layer.id, file: layer.display, line: layer.horizon.line };
    }
  }
  const problems: InputProblem[] = [];
  if (cli.horizon !== undefined) {
    if (!Number.isInteger(cli.horizon) || cli.horizon <= dataFolderBaseYear() || cli.horizon > MAX_HORIZON)
      problems.push({ field: '--horizon', expected: `a whole year from ${dataFolderBaseYear() + 1} to ${MAX_HORIZON}`, found: describeFound(cli.horizon) });
    else {
      horizon = cli.horizon;
      horizonOrigin = { kind: 'cli', option: '--horizon' };
    }
  }
  for (const [key, given] of Object.entries(cli.params ?? {})) {
    const option = cliOptionFor(key);
    const def = registry.get(key);
    if (!def) {
      problems.push({ field: option, expected: 'a parameter key of the registry', found: `'${key}'`, message: didYouMean(key, registry.keys()) });
      continue;
    }
    let raw = given;
    if (typeof given === 'string' && def.kind !== 'choice') {
      try {
        // logLevel 'error': an unknown tag (`!foo 1`) is reported here, not printed as a raw YAML warning.
        const doc = parseDocument(given, { logLevel: 'error' });
        if (doc.errors.length > 0 || doc.warnings.length > 0) {
          const first = (doc.errors[0] ?? doc.warnings[0]).message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
          problems.push({ field: option, expected: 'a value in plain YAML syntax (no tags)', found: `'${given}'`, message: first });
          continue;
        }
        raw = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
      } catch (e) {
        problems.push({ field: option, expected: 'a value in YAML syntax', found: `'${given}'`, message: (e as Error).message.split('\n')[0] });
        continue;
      }
    }
    const { override, problems: ps } = validateOverride(def, raw, { field: option, lineAt: () => undefined });
    problems.push(...ps);
    if (override) params[key] = applyOverride(params[key], override, { kind: 'cli', option });
  }
  if (problems.length) throw new InputError(problems);
  const s: ResolvedScenario = {
    id: leaf.id,
    title: leaf.title ?? leaf.id,
    horizon,
    horizonOrigin,
    files: layers.map((l) => ({ id: l.id, path: l.display, sha256: l.sha256 })),
    params,
  };
  if (leaf.titles !== undefined) s.titles = leaf.titles;
  if (leaf.description !== undefined) s.description = leaf.description;
  if (leaf.descriptions !== undefined) s.descriptions = leaf.descriptions;
  if (leaf.author !== undefined) s.author = leaf.author;
  if (leaf.references !== undefined) s.references = leaf.references;
  return s;
}

/**
 * The scenario "as history saw it" (calibration on history only, docs/methods.md §4.5): every
 * parameter of stage `draw` that the scenario or command line changed is put back to its registry
 * default and distribution; `base` and `plan` parameters keep the scenario's value. The model runs
 * the base year and fits its calibrated constants on these values, so a scenario changes the
 * future only. Returns `scenario` itself when nothing differs.
 *
 * @example
 * historyScenario(loadScenario('lage-instroom')).params['pipeline.inflow.pabo.level_factor'].origin.kind; // → 'registry'
 */
export function historyScenario(scenario: ResolvedScenario): ResolvedScenario {
  let params: Record<string, ResolvedParam> | undefined;
  for (const [key, p] of Object.entries(scenario.params)) {
    if (p.origin.kind === 'registry' || (p.def.stage ?? 'draw') !== 'draw') continue;
    params ??= { ...scenario.params };
    const def = p.def;
    const reg: ResolvedParam = { key, def, value: def.kind === 'series' ? sortSeries({ ...def.default }) : def.default, origin: { kind: 'registry' } };
    if (def.kind !== 'choice' && def.distribution) reg.distribution = def.distribution;
    params[key] = reg;
  }
  return params ? { ...scenario, params } : scenario;
}
