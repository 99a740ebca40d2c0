import { parseCsv } from '../data/csv';
import { partnershipsFromTable } from '../data/partnership-file';
import { BASE_YEAR, ROUTES, type Route } from '../model/domain';
import type { ModelData, Partnership } from '../model/inputs';
import { runScenario } from '../model/run-scenario';
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
 * Name of the pseudo-partnership that stands for all other partnerships in `ownPartnershipData`.
 *
 * @example
 * ownPartnershipData(national, own, scenario).partnerships.at(-1)?.name === REST_OF_COUNTRY_NAME; // → true
 */
export const REST_OF_COUNTRY_NAME = 'Rest of the country (model) / overige partnerschappen';

function freeId(taken: ReadonlySet<string>): string {
  for (const id of ['P000', 'P999', 'P0000', 'P9999']) if (!taken.has(id)) return id;
  let n = 10000;
  while (taken.has(`P${n}`)) n++;
  return `P${n}`;
}

/**
 * The model data for one partnership's (or a few partnerships') own plan.
 *
 * The engine shares the national SO&P students of each (route, study year) over the partnerships
 * of the table in proportion to their students: a table with only your partnership would make it
 * carry the whole country. So your partnerships are set beside one pseudo-partnership, "the rest of
 * the country": per route, the national SO&P students of the base year (a deterministic run of
 * `reference` on `national`) minus yours, spread over study years like the national partnership
 * table. In the base year your partnership then holds (close to) the students you entered, and
 * afterwards it grows with the scenario's national SO&P path. The rest-of-country mentors are the
 * national table's, scaled to its students. Run the result with `capacity.base_mentors: table` so
 * that your own count of mentors is the starting stock.
 *
 * @example
 * const national = loadModelData();
 * const own = loadPartnershipFile('data/partnerships/template.csv');
 * const data = ownPartnershipData(national, own, loadScenario('ambitie-2030'));
 * data.partnerships.map((p) => p.id); // → ['P001', 'P000']
 */
export function ownPartnershipData(national: ModelData, own: readonly Partnership[], reference: ResolvedScenario): ModelData {
  const nationalByRoute = new Map<string, number>();
  for (const r of runScenario(reference, national)) {
    if (r.year === BASE_YEAR && r.metric === 'sop.students' && r.sector === 'all' && r.breakdown !== 'all') nationalByRoute.set(r.breakdown, r.value);
  }
  const sumCells = (ps: readonly Partnership[], route: Route): number[] => {
    const out: number[] = [];
    for (const p of ps) (p.students[route] ?? []).forEach((v, k) => (out[k] = (out[k] ?? 0) + (v > 0 ? v : 0)));
    return Array.from(out, (v) => v ?? 0);
  };
  const total = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  const students: Partial<Record<Route, number[]>> = {};
  let restStudents = 0;
  for (const route of ROUTES) {
    const table = sumCells(national.partnerships, route);
    const mine = sumCells(own, route);
    const target = nationalByRoute.get(route) ?? 0;
    const tableTotal = total(table);
    const shape = tableTotal > 0 ? table.map((v) => v / tableTotal) : mine.length > 0 ? mine.map(() => 1 / mine.length) : [1];
    const cells = Array.from({ length: Math.max(shape.length, mine.length) }, (_, k) => Math.max(0, (shape[k] ?? 0) * target - (mine[k] ?? 0)));
    if (total(cells) > 0) students[route] = cells;
    restStudents += total(cells);
  }
  const tableStudents = national.partnerships.reduce((s, p) => s + total(ROUTES.flatMap((r) => p.students[r] ?? [])), 0);
  const tableMentors = national.partnerships.reduce((s, p) => s + p.mentorsAvailable, 0);
  const tableSchoolopleiders = national.partnerships.reduce((s, p) => s + p.schoolopleiders, 0);
  const scale = tableStudents > 0 ? restStudents / tableStudents : 0;
  const rest: Partnership = {
    id: freeId(new Set(own.map((p) => p.id))),
    name: REST_OF_COUNTRY_NAME,
    sector: 'mixed',
    onderwijsregio: 'NL',
    students,
    mentorsAvailable: tableMentors * scale,
    schoolopleiders: tableSchoolopleiders * scale,
  };
  return { ...national, partnerships: [...own, rest] };
}
