import type { ModelData } from '../model/inputs';
import { planModel, runModel, type PlanOptions } from '../model/run';
import type { ResolvedScenario } from '../scenario/types';
import type { ModelRunner } from './outputs';

/**
 * The model (src/model/run.ts) as analysis sees it: one plan for the scenario and data, and a run
 * function writing one draw's outputs. The plan's scratch buffers are reused, so a runner serves
 * one thread.
 *
 * @example
 * const runner = modelRunner(loadScenario('baseline'), loadModelData());
 * const out = new Float64Array(runner.layout.series.length * runner.layout.years.length);
 * runner.run(deterministicValues(scenario), out);
 */
export function modelRunner(scenario: ResolvedScenario, data: ModelData, options: Partial<PlanOptions> = {}): ModelRunner {
  const plan = planModel(scenario, data, options);
  return {
    layout: plan.layout,
    run: (values, out, history) => {
      runModel(plan, values, out, history);
    },
  };
}
