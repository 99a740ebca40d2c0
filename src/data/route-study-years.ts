import type { Route } from '../model/domain';

/**
 * Nominal number of study years per route, used to check the `study_year` column of partnership
 * files and to lay out the illustrative table: pabo and hbo 2nd degree are 4-year bachelors; the hbo
 * 1st-degree master and the university teacher master (ulo) take 1–2 years; the pdg takes 1 year;
 * zij-instroom is a 2-year work-and-study route (see data/partnerships/template.md). The model's
 * own maximum years per route (K_r) are registry parameters and may be larger.
 *
 * @example
 * ROUTE_STUDY_YEARS.pabo; // → 4
 */
export const ROUTE_STUDY_YEARS: Readonly<Record<Route, number>> = {
  pabo: 4,
  'hbo-2e-graads': 4,
  'hbo-1e-graads': 2,
  ulo: 2,
  pdg: 1,
  'zij-instroom': 2,
};
