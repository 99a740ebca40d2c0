import * as path from 'node:path';
import type { ModelData } from '../model/inputs';
import type { RunLayout } from '../model/result';
import type { ParamValues } from '../params/types';
import type { ResolvedScenario } from '../scenario/types';

/**
 * What the ensemble needs from the model (src/model/run.ts): a plan per scenario with a fixed
 * output layout, and a function that fills one draw's flat output array.
 */
export interface ModelPlanLike {
  layout: RunLayout;
}

/** Options the ensemble passes to `planModel`. */
export interface EnsemblePlanOptions {
  /** Add one series per partnership (breakdown = partnership id) to the layout. */
  partnershipDetail?: boolean;
  /** Base year of the plans (default: the data's own, the last year with all three shortages measured). */
  baseYear?: number;
}

/** The model module's two entry points, as the ensemble calls them. */
export interface ModelModule {
  planModel(scenario: ResolvedScenario, data: ModelData, options?: EnsemblePlanOptions): ModelPlanLike;
  /** `history`: the draw's values as history saw them (base year and calibration), see ParamSampler.history. */
  runModel(plan: ModelPlanLike, values: ParamValues, out: Float64Array, history?: ParamValues): unknown;
}

/**
 * The path of the JavaScript module that holds `planModel` and `runModel`. Worker threads load
 * plain JavaScript, so when this file runs from its TypeScript source (vitest) the built
 * `dist/model/run.js` is used (the test script builds first), and `dist/ensemble/../model/run.js`
 * when it runs built. Tests and benchmarks may pass their own module (CommonJS, absolute path).
 *
 * @example
 * modelModulePath() // → '/…/dist/model/run.js'
 */
export function modelModulePath(custom?: string): string {
  if (custom) return path.resolve(custom);
  return path.join(builtDir(), 'model', 'run.js');
}

/**
 * The built `dist/` folder, whether this file runs from `src/` or from `dist/`.
 *
 * @example
 * builtDir() // → '/…/sop2030/dist'
 */
export function builtDir(): string {
  const here = __dirname;
  if (__filename.endsWith('.ts')) return path.resolve(here, '..', '..', 'dist');
  return path.resolve(here, '..');
}

/**
 * Loads the model module (CommonJS `require`), checking that it has both entry points.
 *
 * @example
 * const model = loadModelModule();
 * const plan = model.planModel(scenario, data, { partnershipDetail: true });
 */
export function loadModelModule(custom?: string): ModelModule {
  const file = modelModulePath(custom);
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const mod = require(file) as Partial<ModelModule>;
  if (typeof mod.planModel !== 'function' || typeof mod.runModel !== 'function') {
    throw new Error(`${file} does not export planModel and runModel (run \`npm run build\` first?)`);
  }
  return mod as ModelModule;
}
