import type { ParamDef } from '../types';
import { scalar, uniform } from './define';

/**
 * Effects attached to SO&P-trained students (DESIGN §2.1). No causal estimate has been published
 * (FACTS §2d, §7), so every range includes "no effect" (multiplier 1, uplift 0).
 */

/** Every effect parameter. */
export const EFFECT_DEFS: readonly ParamDef[] = [
  scalar({
    key: 'effects.dropout_multiplier',
    label: { nl: 'Uitval tijdens SO&P-stage (factor)', en: 'Dropout while placed in SO&P (factor)' },
    unit: 'factor',
    description: 'Multiplies the dropout rate of a student in the years the student is placed in a partnership (m_d ≤ 1).',
    source: 'assumption',
    notes: 'ECBO 2021 (FACTS S25) reports perceived gains only; the range includes 1 (no effect).',
    default: 0.9,
    bounds: [0, 1],
    distribution: uniform(0.8, 1),
  }),
  scalar({
    key: 'effects.entry_uplift',
    label: { nl: 'Extra intrede na SO&P (relatief)', en: 'Entry uplift after SO&P (relative)' },
    unit: 'factor',
    description: 'Relative increase of the entry rate into teaching of graduates whose final placement was in a partnership (u_e; entry rate × (1 + u_e), capped at 1).',
    source: 'assumption',
    notes: 'No causal estimate; the range includes 0 (no effect).',
    default: 0.05,
    bounds: [0, 1],
    distribution: uniform(0, 0.1),
  }),
  scalar({
    key: 'effects.early_attrition_multiplier',
    label: { nl: 'Vroege uitval na SO&P (factor)', en: 'Early-career attrition after SO&P (factor)' },
    unit: 'factor',
    description: 'Multiplies the early-career attrition (experience years 0–4) of entrants whose final placement was in a partnership (m_a ≤ 1).',
    source: 'assumption',
    notes: 'Induction raises observed teaching quality (LONIE, FACTS S29); no attrition effect was found (S25). Range includes 1.',
    default: 0.85,
    bounds: [0, 1],
    distribution: uniform(0.7, 1),
  }),
];
