/**
 * The partnership effects (DESIGN §2.1) set to "no effect": a dropout multiplier of 1, no entry
 * uplift, an early-career attrition multiplier of 1. No causal estimate of any of them has been
 * published (docs/parameters.md, FACTS §2d and §7), so every default range includes these values;
 * running a scenario with these overrides shows how much of a result rests on the assumed effects.
 *
 * @example
 * scenarioVariant('ambitie-2030', { id: 'ambitie-2030-zonder-effect', overrides: NO_EFFECT_OVERRIDES });
 */
export const NO_EFFECT_OVERRIDES: Readonly<Record<string, number>> = {
  'effects.dropout_multiplier': 1,
  'effects.entry_uplift': 0,
  'effects.early_attrition_multiplier': 1,
};
