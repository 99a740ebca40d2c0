import type { ModelData } from './inputs';
import { planModel, scenarioValues, type PlanOptions } from './plan';
import { runModel } from './run';
import { tidyRows, type TidyRow } from './tidy';
import type { ResolvedScenario } from '../scenario/types';

/**
 * Runs a scenario deterministically (every parameter at its resolved value) and returns tidy rows:
 * the convenience the notebooks use.
 *
 * @example
 * const rows = runScenario(loadScenario('baseline'), loadModelData());
 * rows.filter((r) => r.metric === 'workforce.shortage_fte' && r.breakdown === 'all');
 */
export function runScenario(scenario: ResolvedScenario, data: ModelData, options: Partial<PlanOptions> = {}): TidyRow[] {
  const plan = planModel(scenario, data, options);
  return tidyRows(plan.layout, runModel(plan, scenarioValues(scenario)), scenario.id);
}
