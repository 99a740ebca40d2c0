import type { ParamDef } from '../types';
import { flatFrom, scalar, series } from './define';

/**
 * Funding rules of SO&P (DESIGN §2.2) as year series: the 2019 regulation (€955 per student plus
 * €100k per partnership) to 2024, the onderwijsregio rule (€1,250 per student or side entrant,
 * no base) from 2025, and the zij-instroom subsidy per person.
 */

/** Every funding parameter. */
export const FUNDING_DEFS: readonly ParamDef[] = [
  series({
    key: 'funding.per_student_eur',
    label: { nl: 'Bekostiging per SO&P-student', en: 'Funding per SO&P student' },
    unit: 'eur_per_person',
    description: 'Grant per SO&P student (from 2025 also per zij-instromer trained in a partnership) per school year, nominal euros; capacity.budget_eur is this rule alone.',
    source: 'FACTS S20, S23',
    default: { 2019: 955, 2024: 955, 2025: 1250 },
    bounds: [0, 100000],
  }),
  series({
    key: 'funding.base_per_partnership_eur',
    label: { nl: 'Vaste voet per partnerschap', en: 'Base grant per partnership' },
    unit: 'eur',
    description: 'Fixed grant per partnership per school year, nominal euros (none from 2025: the onderwijsregio rule has no base).',
    source: 'FACTS S20, S23',
    default: { 2019: 100000, 2024: 100000, 2025: 0 },
    bounds: [0, 10000000],
  }),
  series({
    key: 'funding.zij_instroom_subsidy_eur',
    label: { nl: 'Subsidie zij-instroom per persoon', en: 'Side-entry subsidy per person' },
    unit: 'eur_per_person',
    description: 'Subsidy per zij-instromer starting the route (Subsidieregeling zij-instroom), nominal euros; reported as its own metric funding.zij_instroom_subsidy_eur, not in capacity.budget_eur.',
    source: 'FACTS S19',
    notes: '€20,000 to 2022, €25,000 from 2023; the scheme runs to 2026 — its continuation after 2026 at €25,000 is an assumption.',
    default: { 2022: 20000, 2023: 25000 },
    bounds: [0, 100000],
  }),
  series({
    key: 'funding.price_index',
    label: { nl: 'Prijsindex bekostiging', en: 'Price index for funding' },
    unit: 'factor',
    description:
      'Price level of each year relative to a reference year; capacity.budget_eur and funding.zij_instroom_subsidy_eur are divided by it. ' +
      'Default 1 in every year: the amounts are nominal euros of the year they are paid. Set it (e.g. CPI or the OCW price deflator, reference year = 1) for constant prices.',
    source: 'assumption',
    notes: 'The funding rules are set in nominal euros and are not indexed automatically; no index is assumed by default.',
    default: flatFrom(2024, 1),
    bounds: [0.1, 10],
  }),
  scalar({
    key: 'funding.partnerships_count',
    label: { nl: 'Aantal partnerschappen', en: 'Number of partnerships' },
    unit: 'count',
    description: 'Number of partnerships receiving the base grant when no partnership table is given.',
    source: 'FACTS §7 (~130, unverified)',
    default: 130,
    bounds: [1, 1000],
  }),
];
