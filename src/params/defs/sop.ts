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
    notes:
      'Range calibrated to the rolling-origin backtest (docs/methods.md §12): the logistic pace fitted at the origins 2015–2021 ' +
      '(0.100–0.157 per year) was revised to 0.164 by the 2010–2022 fit; the RMS of log(revised / fitted pace) is 0.28, so f has ' +
      'sd 0.28: PERT half-width 0.75 (90% of draws in 0.53–1.47). Was ±0.3 (sd 0.11), which with no level term covered 28% of the backtest forecasts. ' +
      'Short-horizon misses are carried by sop.trend.logit_shift.',
    default: 1,
    bounds: [0, 3],
    distribution: pertAround(1, 0.75),
  }),
  scalar({
    key: 'sop.trend.logit_shift',
    label: { nl: 'Afwijking van de trend (logit)', en: 'Deviation from the trend (logit)' },
    unit: 'none',
    description:
      'Added to the logit of the national SO&P share in every year after the last observation: how far the last observation and the years after it lie off the fitted logistic trend.',
    source: 'assumption',
    notes:
      'Range calibrated to the rolling-origin backtest (docs/methods.md §12): the model\'s rule (logistic pace from the last observation) ' +
      'missed the observed share 1–3 years ahead by logit errors with RMS 0.184 (18 forecasts, 7 target years 2016–2022; 0.132, 0.204, 0.217 at 1, 2, 3 years) ' +
      'that do not scale with pace × horizon. Net of the pace term, the level sd is 0.17: PERT half-width 0.45 ' +
      '(90% of draws within ±0.28 on the logit scale, about ±6 percentage points at a share of 0.5).',
    default: 0,
    bounds: [-2, 2],
    distribution: pertAround(0, 0.45),
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
