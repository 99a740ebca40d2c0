import { SECTORS, type Sector } from '../../model/domain';
import type { ParamDef } from '../types';
import { choice, pertAround, scalar } from './define';

/**
 * The SO&P share trajectory (DESIGN §2.1): the rule that projects the share of students placed
 * in a partnership, per placement sector, before the capacity cap.
 */

/** Every SO&P trajectory parameter. */
export const SOP_DEFS: readonly ParamDef[] = [
  choice({
    key: 'sop.trajectory',
    label: { nl: 'Traject SO&P-aandeel', en: 'SO&P share trajectory' },
    unit: 'none',
    description:
      "How the SO&P share develops after the base year: 'logistic' follows the logistic trend fitted to 2010–2022; 'target' moves each sector linearly to its target share in its target year; 'frozen' keeps the base-year share.",
    source: 'FACTS S1 (series), S24 (target)',
    default: 'logistic',
    options: ['logistic', 'target', 'frozen'],
  }),
  scalar({
    key: 'sop.trend.slope_factor',
    label: { nl: 'Tempo van de trend (factor)', en: 'Trend pace (factor)' },
    unit: 'factor',
    description: 'Multiplies the slope (per year, on the logit scale) of the fitted logistic trend after the last observation.',
    source: 'assumption',
    notes: 'The fit of 13 points leaves the slope uncertain; ±30% covers its range.',
    default: 1,
    bounds: [0, 3],
    distribution: pertAround(1, 0.3),
  }),
  scalar({
    key: 'sop.mixed_split.po',
    label: { nl: "Deel 'gemengd' naar po", en: "Part of 'mixed' to po" },
    unit: 'share',
    description: "Share of the SO&P students in mixed (po + vo) partnerships counted as po placements when the sector shares are derived; the rest is vo.",
    source: 'assumption',
    notes: 'Read once when the plan is built (it sets the sector offsets), so it carries no distribution; the mixed part is 1% of SO&P students.',
    default: 0.5,
    bounds: [0, 1],
  }),
  ...SECTORS.flatMap((s: Sector): ParamDef[] => [
    scalar({
      key: `sop.target.share.${s}`,
      label: { nl: `Streefaandeel SO&P ${s}`, en: `Target SO&P share ${s}` },
      unit: 'share',
      description: `SO&P share of ${s} placements reached in the target year under the 'target' trajectory.`,
      source: 'FACTS S24',
      notes: '100% before 2030 is the ambition of OCW and the sector councils.',
      default: 1,
      bounds: [0, 1],
    }),
    scalar({
      key: `sop.target.year.${s}`,
      label: { nl: `Streefjaar SO&P ${s}`, en: `Target year SO&P ${s}` },
      unit: 'year',
      description: `School year in which the ${s} target share is reached under the 'target' trajectory (linear path from the base year).`,
      source: 'FACTS S24',
      notes: "'Before 2030', each sector at its own pace.",
      default: 2030,
      bounds: [2025, 2040],
    }),
  ]),
];
