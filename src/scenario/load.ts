import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledScenarioDir } from '../data/paths';
import { InputError, type InputProblem } from '../errors';
import { buildRegistry, REGISTRY } from '../params/registry';
import { didYouMean } from '../params/suggest';
import type { ParamDef } from '../params/types';
import { resolveLayers } from './resolve';
import { parseScenarioLayer, type ScenarioLayer } from './scenario-file';
import type { ResolvedScenario } from './types';
import { readYamlFile } from './yaml-file';

/** Options of `loadScenario` and `validateScenarioFile`. */
export interface LoadScenarioOptions {
  /** Folder that relative paths (and displayed paths) are taken from. Default: process.cwd(). */
  cwd?: string;
  /** `--horizon` from the command line. */
  horizon?: number;
  /** `--set key=value` overrides from the command line, by parameter key. */
  overrides?: Readonly<Record<string, unknown>>;
  /** Parameter definitions to validate against. Default: the registry (PARAM_DEFS). */
  defs?: readonly ParamDef[];
  /** Folder of the bundled scenarios, for bare names. Default: bundledScenarioDir(). */
  scenarioDir?: string;
}

/**
 * True when a scenario reference is a path (has a `/` or `\`, or ends in `.yaml`/`.yml`) rather
 * than the bare name of a bundled scenario.
 *
 * @example
 * isPathRef('baseline');          // → false
 * isPathRef('./mine.yaml');       // → true
 * isPathRef('mine.yaml');         // → true
 */
export function isPathRef(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
}

/**
 * The ids of the bundled scenarios (the stems of `scenarios/*.yaml`), sorted.
 *
 * @example
 * listBundledScenarios(); // → ['ambitie-2030', 'ambitie-2030-capaciteit', 'baseline', 'hoge-instroom', 'lage-instroom', 'sector-tempo']
 */
export function listBundledScenarios(scenarioDir: string = bundledScenarioDir()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(scenarioDir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -'.yaml'.length)).sort();
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

interface Ctx {
  cwd: string;
  scenarioDir: string;
  registry: ReadonlyMap<string, ParamDef>;
}

function realOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** The file a reference points to, relative to `baseDir` for paths. */
function refToPath(ref: string, baseDir: string, ctx: Ctx): string {
  return isPathRef(ref) ? path.resolve(baseDir, ref) : path.join(ctx.scenarioDir, `${ref}.yaml`);
}

/**
 * Reads and validates a scenario file and its `extends` chain (the file first). Collects every
 * problem of every file: syntax, keys, types, bounds, missing parents and cycles.
 */
function loadChain(startAbs: string, ctx: Ctx, startProblem?: (found: string) => InputProblem): { layers: ScenarioLayer[]; problems: InputProblem[] } {
  const layers: ScenarioLayer[] = [];
  const problems: InputProblem[] = [];
  const seen: string[] = [];
  let current = startAbs;
  let from: { layer: ScenarioLayer; ref: string; line?: number } | undefined;
  for (;;) {
    const display = displayPath(current, ctx.cwd);
    // Only scenario files are read as parents: `extends: /etc/passwd` is refused unread.
    if (from && isPathRef(from.ref) && !/\.ya?ml$/i.test(from.ref)) {
      problems.push({ file: from.layer.display, line: from.line, field: 'extends', expected: 'a bundled scenario name or a .yaml/.yml file', found: `'${from.ref}'` });
      break;
    }
    if (!fs.existsSync(current)) {
      if (from) {
        const bare = !isPathRef(from.ref);
        problems.push({
          file: from.layer.display,
          line: from.line,
          field: 'extends',
          expected: bare ? 'the name of a bundled scenario or a path to a scenario file' : 'a path to an existing scenario file',
          found: `'${from.ref}' (no file ${display})`,
          message: bare ? didYouMean(from.ref, listBundledScenarios(ctx.scenarioDir)) : undefined,
        });
      } else if (startProblem) problems.push(startProblem(display));
      else problems.push({ file: display, expected: 'an existing scenario file', found: 'no such file' });
      break;
    }
    const real = realOrSelf(current);
    const at = seen.indexOf(real);
    if (at >= 0 && from) {
      const cycle = [...layers.slice(at).map((l) => l.display), display].join(' → ');
      problems.push({ file: from.layer.display, line: from.line, field: 'extends', expected: 'a chain of parents without cycles', found: `a cycle: ${cycle}` });
      break;
    }
    seen.push(real);
    const read = readYamlFile(current, display);
    problems.push(...read.problems);
    if (!read.source) break;
    const { layer, problems: ps } = parseScenarioLayer(read.source, ctx.registry);
    problems.push(...ps);
    layers.push(layer);
    if (!layer.extends) break;
    from = { layer, ref: layer.extends.ref, line: layer.extends.line };
    current = refToPath(layer.extends.ref, path.dirname(current), ctx);
  }
  return { layers, problems };
}

function contextOf(options: LoadScenarioOptions): Ctx {
  return {
    cwd: path.resolve(options.cwd ?? process.cwd()),
    scenarioDir: options.scenarioDir ?? bundledScenarioDir(),
    registry: options.defs ? buildRegistry(options.defs) : REGISTRY,
  };
}

/**
 * Loads a scenario by bundled name (`baseline`) or file path (`./mine.yaml`), follows its
 * `extends` chain and applies command-line overrides. Throws an InputError listing every problem
 * (file:line, field, expected, found, "did you mean") when anything is wrong.
 *
 * @example
 * const s = loadScenario('ambitie-2030');
 * s.id;                                  // → 'ambitie-2030'
 * s.params['sop.trajectory'].value;      // → 'target'
 * loadScenario('baseline', { horizon: 2035, overrides: { 'sop.trend.slope_factor': 1.2 } });
 */
export function loadScenario(ref: string, options: LoadScenarioOptions = {}): ResolvedScenario {
  const ctx = contextOf(options);
  const abs = refToPath(ref, ctx.cwd, ctx);
  const bare = !isPathRef(ref);
  const { layers, problems } = loadChain(abs, ctx, (display) => ({
    field: 'scenario',
    expected: bare ? `a bundled scenario (${listBundledScenarios(ctx.scenarioDir).join(', ')}) or a path to a .yaml file` : 'an existing scenario file',
    found: bare ? `'${ref}'` : `'${ref}' (no file ${display})`,
    message: bare ? didYouMean(ref, listBundledScenarios(ctx.scenarioDir)) : undefined,
  }));
  if (problems.length) throw new InputError(problems);
  return resolveLayers(layers, ctx.registry, { horizon: options.horizon, params: options.overrides });
}

/**
 * Every problem with a scenario file and its `extends` chain (empty when it is valid), without
 * throwing: what `sop validate` prints. `file` is a path, or the bare name of a bundled scenario.
 *
 * @example
 * validateScenarioFile('scenarios/baseline.yaml'); // → []
 * validateScenarioFile('ambitie-2030');            // → [] (bundled)
 * validateScenarioFile('bad.yaml').map(formatProblem);
 * // → ["bad.yaml:4: parameters.sop.trajectroy: expected a parameter key of the registry, found 'sop.trajectroy'. did you mean 'sop.trajectory'?"]
 */
export function validateScenarioFile(file: string, options: Omit<LoadScenarioOptions, 'horizon' | 'overrides'> = {}): InputProblem[] {
  const ctx = contextOf(options);
  const { layers, problems } = loadChain(refToPath(file, ctx.cwd, ctx), ctx);
  if (problems.length) return problems;
  try {
    resolveLayers(layers, ctx.registry);
  } catch (e) {
    if (e instanceof InputError) return [...e.problems];
    throw e;
  }
  return [];
}
