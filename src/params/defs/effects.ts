import type { ParamDef } from '../types';
import { scalar, uniform } from './define';

/**
 * Effects attached to SO&P-trained students (DESIGN §2.1, §2.4 amendment). No causal estimate has
 * been published (FACTS §2d, §7), so every range includes "no effect" (multiplier 1, uplift 0)
 * and, as an assumption, a small harmful side where the evidence does not rule one out.
 */

/** Every effect parameter. */
export const EFFECT_DEFS: readonly ParamDef[] = [
  scalar({
    key: 'effects.dropout_multiplier',
    label: { nl: 'Uitval tijdens SO&P-stage (factor)', en: 'Dropout while placed in SO&P (factor)' },
    unit: 'factor',
    description:
      'Multiplies the dropout rate of a student in the years the student is placed in a partnership (m_d; below 1 helps, above 1 harms).',
    source: 'assumption',
    notes:
      'ECBO 2021 (FACTS S25) reports perceived gains only; no causal estimate. The range includes 1 (no effect) and, as an assumption, ' +
      'a small harmful side up to 1.05 (a heavier placement load could make some students stop). The median stays 0.9, so the deterministic run is unchanged; was uniform 0.8–1.',
    default: 0.9,
    bounds: [0, 2],
    distribution: uniform(0.75, 1.05),
  }),
  scalar({
    key: 'effects.entry_uplift',
    label: { nl: 'Extra intrede na SO&P (relatief)', en: 'Entry uplift after SO&P (relative)' },
    unit: 'factor',
    description:
      'Relative change of the entry rate into teaching of graduates whose final placement was in a partnership (u_e; entry rate × (1 + u_e), capped at 1; negative harms).',
    source: 'assumption',
    notes:
      'No causal estimate. The range includes 0 (no effect) and, as an assumption, a small harmful side down to −0.02 (a closer look at the ' +
      'job may turn some graduates away). The median stays 0.05; was uniform 0–0.1.',
    default: 0.05,
    bounds: [-1, 1],
    distribution: uniform(-0.02, 0.12),
  }),
  scalar({
    key: 'effects.early_attrition_multiplier',
    label: { nl: 'Vroege uitval na SO&P (factor)', en: 'Early-career attrition after SO&P (factor)' },
    unit: 'factor',
    description:
      'Multiplies the early-career attrition (experience years 0–4) of entrants whose final placement was in a partnership (m_a; below 1 helps, above 1 harms).',
    source: 'assumption',
    notes:
      'Induction raises observed teaching quality (LONIE, FACTS S29); no attrition effect was found (S25). The range includes 1 and, as an ' +
      'assumption, a small harmful side up to 1.05. The median stays 0.85; was uniform 0.7–1.',
    default: 0.85,
    bounds: [0, 2],
    distribution: uniform(0.65, 1.05),
  }),
  scalar({
    key: 'effects.scale',
    label: { nl: 'Schaal van de aangenomen effecten', en: 'Scale of the assumed effects' },
    unit: 'factor',
    description:
      'Scales all three effects towards or away from no effect: m_d → 1 − k·(1 − m_d), u_e → k·u_e, m_a → 1 − k·(1 − m_a). 1 = the effects as drawn, 0 = no effect. `sop solve --preset break-even` solves for the k at which the net impact reaches zero.',
    source: 'assumption',
    notes: 'A lever for what-if and break-even questions, not a parameter with evidence; it has no distribution.',
    direction: {
      effect: 'depends',
      reason: 'Scales the effects as drawn: it lowers the shortage where they help (the defaults) and raises it where a draw’s effects harm.',
    },
    default: 1,
    bounds: [0, 20],
  }),
];
