import { parseCsv } from '../data/csv';
import { partnershipsFromTable } from '../data/partnership-file';
import type { ModelData, Partnership } from '../model/inputs';
import { embedOwnPartnerships } from '../model/own-partnerships';
import type { ResolvedScenario } from '../scenario/types';

/**
 * Reads a partnership table typed into a notebook (CSV text in the schema of
 * data/partnerships/template.md), with the same checks as a file: an InputError names the line,
 * the column, what was expected and what was found.
 *
 * @example
 * const own = parsePartnershipCsv(`partnership,name,sector,onderwijsregio,route,study_year,students,mentors_available,mentors_trained_per_year,schoolopleiders,hours_per_student,students_per_mentor,note
 * P001,Ons partnerschap,po,OR01,pabo,1,40,95,12,4,,,`);
 * own[0].students.pabo; // → [40]
 */
export function parsePartnershipCsv(text: string, name = 'partnership table (notebook)'): Partnership[] {
  return partnershipsFromTable(parseCsv(text.trim() + '\n', name), name);
}

/**
 * The model data for one partnership's (or a few partnerships') own plan: the notebooks' name for
 * `embedOwnPartnerships` (src/model/own-partnerships.ts), the one implementation that `sop
 * mentors` uses too. Your partnerships sit beside one "rest of the country" pseudo-partnership
 * holding, per (route, study year), the model's national base-year SO&P students minus yours, so
 * in a deterministic run of `reference` your partnership starts at the students you entered and
 * then follows the scenario's national path. Run it with `capacity.base_mentors: table`.
 *
 * @example
 * const national = loadModelData();
 * const own = loadPartnershipFile('data/partnerships/template.csv');
 * const data = ownPartnershipData(national, own, loadScenario('ambitie-2030'));
 * data.partnerships.map((p) => p.id); // → ['P001', 'P000']
 */
export function ownPartnershipData(national: ModelData, own: readonly Partnership[], reference: ResolvedScenario): ModelData {
  return embedOwnPartnerships(national, own, reference);
}

export { REST_OF_COUNTRY_NAME } from '../model/own-partnerships';
