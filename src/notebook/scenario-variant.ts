import { loadScenario, type LoadScenarioOptions } from '../scenario/load';
import type { ResolvedScenario } from '../scenario/types';

/** What makes a variant: its own id and title, and the parameter overrides. */
export interface VariantOptions extends Omit<LoadScenarioOptions, 'overrides'> {
  /** Id of the variant, used in result rows (must differ from the other scenarios of a run). */
  id: string;
  /** Display title; default `<parent title> + <id>`. */
  title?: string;
  /** Parameter overrides by registry key: a value (fixed) or a distribution, as in a scenario file. */
  overrides: Readonly<Record<string, unknown>>;
}

/**
 * A scenario with a few parameters changed, under its own id, ready to run next to its parent:
 * `loadScenario(ref, { overrides })` (validated like `--set`, InputError on an unknown key or a
 * value out of bounds) with a new id and title. The notebook way of "change one parameter".
 *
 * @example
 * const faster = scenarioVariant('baseline', { id: 'pabo-groei-3pct', overrides: { 'pipeline.inflow.pabo.growth_rate': 0.03 } });
 * faster.id;                                                      // → 'pabo-groei-3pct'
 * faster.params['pipeline.inflow.pabo.growth_rate'].value;        // → 0.03
 */
export function scenarioVariant(ref: string, options: VariantOptions): ResolvedScenario {
  const { id, title, overrides, ...load } = options;
  const parent = loadScenario(ref, { ...load, overrides });
  return { ...parent, id, title: title ?? `${parent.title} + ${id}` };
}
