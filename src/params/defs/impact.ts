import type { ParamDef } from '../types';
import { pertAround, scalar, uniform } from './define';

/**
 * The cost side of the impact (DESIGN §2.4 amendment, §5): the guidance time the SO&P placements
 * take (mentors and schoolopleiders, in fte), how much of it comes out of teaching, and the partner
 * coverage behind `sop.coverage_gap_share`. None of these has a measured value: each is a ranged
 * assumption.
 */

/** Every impact-cost and coverage parameter. */
export const IMPACT_DEFS: readonly ParamDef[] = [
  scalar({
    key: 'impact.teaching_displacement_share',
    label: { nl: 'Deel begeleidingstijd ten koste van lesgeven', en: 'Share of guidance time taken from teaching' },
    unit: 'share',
    description:
      'Share of the extra mentor and schoolopleider time (fte, scenario − frozen-share counterfactual) that displaces teaching and so adds to the shortage: impact.net_shortage_fte = impact.shortage_fte + this share × (impact.mentor_fte + impact.schoolopleider_fte). workforce.shortage_fte does not include it.',
    source: 'assumption',
    notes:
      'No measurement. Mentor hours come partly from task hours outside teaching and partly from teaching or from hours that would ' +
      'otherwise be taught by someone else; the whole range 0–1 is possible, so the prior is uniform on 0–1 (median 0.5).',
    default: 0.5,
    bounds: [0, 1],
    distribution: uniform(0, 1),
  }),
  scalar({
    key: 'capacity.schoolopleider_fte_per_person',
    label: { nl: 'Fte per schoolopleider', en: 'Fte per schoolopleider' },
    unit: 'factor',
    description: 'Part of a full-time job one schoolopleider spends on the role (fte per person), to express schoolopleiders in fte.',
    source: 'assumption',
    notes: 'No national figure (FACTS §7); schoolopleiders usually combine the role with teaching. PERT 0.1–0.5, mode 0.3.',
    default: 0.3,
    bounds: [0, 1],
    distribution: pertAround(0.3, 0.2),
  }),
  scalar({
    key: 'sop.partner_coverage',
    label: { nl: 'Dekking door bestaande partnerschappen', en: 'Coverage by existing partnerships' },
    unit: 'share',
    description:
      'Share of placements (students) whose school is in a partnership today. sop.coverage_gap_share = max(0, SO&P share − max(this share, the base-year SO&P share)): the share of students whose placement school would have to be in a partnership that does not exist yet.',
    source: 'assumption',
    notes:
      'The brief the project started from: about half of school boards are partners today. Boards weighted by placements may differ; ' +
      'PERT 0.45–0.75, mode 0.6. Never below the base-year SO&P share (those students are placed in partnerships already).',
    default: 0.6,
    bounds: [0, 1],
    distribution: pertAround(0.6, 0.15),
  }),
];
