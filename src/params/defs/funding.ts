import type { ParamDef } from '../types';
import { scalar, series } from './define';

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
    description: 'Grant per SO&P student (from 2025 also per zij-instromer placed in a partnership) per school year.',
    source: 'FACTS S20, S23',
    default: { 2019: 955, 2024: 955, 2025: 1250 },
    bounds: [0, 100000],
  }),
  series({
    key: 'funding.base_per_partnership_eur',
    label: { nl: 'Vaste voet per partnerschap', en: 'Base grant per partnership' },
    unit: 'eur',
    description: 'Fixed grant per partnership per school year (none from 2025: the onderwijsregio rule has no base).',
    source: 'FACTS S20, S23',
    default: { 2019: 100000, 2024: 100000, 2025: 0 },
    bounds: [0, 10000000],
  }),
  series({
    key: 'funding.zij_instroom_subsidy_eur',
    label: { nl: 'Subsidie zij-instroom per persoon', en: 'Side-entry subsidy per person' },
    unit: 'eur_per_person',
    description: 'Subsidy per zij-instromer starting the route (counted in the budget of the zij-instroom route).',
    source: 'FACTS S19',
    notes: '€20,000 to 2022, €25,000 from 2023; the scheme runs to 2026 — its continuation after 2026 at €25,000 is an assumption.',
    default: { 2022: 20000, 2023: 25000 },
    bounds: [0, 100000],
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
