import { ROUTES, type Route } from './domain';
import { dataBaseYear } from './base-year';
import type { ModelData, Partnership } from './inputs';
import { planModel } from './plan';
import { runScenario } from './run-scenario';
import type { ResolvedScenario } from '../scenario/types';

/**
 * Name of the pseudo-partnership that stands for all other partnerships in `embedOwnPartnerships`.
 *
 * @example
 * embedOwnPartnerships(national, own, scenario).partnerships.at(-1)?.name === REST_OF_COUNTRY_NAME; // → true
 */
export const REST_OF_COUNTRY_NAME = 'Rest of the country (model) / overige partnerschappen';

/** Mentors of a probe partnership: far above any requirement, so no probe is ever capped. */
const PROBE_MENTORS = 1e12;

/**
 * The model's national SO&P students of the base year per (route, study year) cell, from one
 * deterministic run of `reference` (every parameter at its resolved value) on `national`.
 * Index k of a route's array is study year k + 1; routes without study years are left out.
 *
 * It runs the model with one probe partnership per cell (each holding that cell only and never
 * capped), so each probe's base-year `sop.students` is its cell's national total.
 *
 * @example
 * const cells = baseYearSopCells(loadScenario('ambitie-2030'), loadModelData());
 * cells.pabo?.length; // → 4 (study years of the pabo)
 */
export function baseYearSopCells(reference: ResolvedScenario, national: ModelData): Partial<Record<Route, number[]>> {
  return sopCellsInYear(reference, national, dataBaseYear(national));
}

/**
 * Like {@link baseYearSopCells} for any year from the base year on: the model's national SO&P
 * students (target, never capped) per (route, study year) cell in `year`, from one deterministic
 * run of `reference`.
 *
 * @example
 * sopCellsInYear(loadScenario('ambitie-2030'), loadModelData(), 2026).pabo?.[0]; // pabo year 1 in 2026
 */
export function sopCellsInYear(reference: ResolvedScenario, national: ModelData, year: number): Partial<Record<Route, number[]>> {
  const B = dataBaseYear(national);
  const horizon = Math.max(B + 1, year);
  const { studyYears } = planModel(reference, { ...national, partnerships: [] }, { horizon });
  const probes: Partnership[] = [];
  const idOf = (ri: number, k: number): string => `cell-${ri}-${k}`;
  ROUTES.forEach((route, ri) => {
    for (let k = 0; k < studyYears[ri]; k++) {
      const students = Array.from({ length: k + 1 }, (_, j) => (j === k ? 1 : 0));
      probes.push({ id: idOf(ri, k), name: idOf(ri, k), sector: 'mixed', onderwijsregio: 'NL', students: { [route]: students }, mentorsAvailable: PROBE_MENTORS, schoolopleiders: 0 });
    }
  });
  const placed = new Map<string, number>();
  for (const r of runScenario(reference, { ...national, partnerships: probes }, { partnershipDetail: true, horizon })) {
    if (r.year === year && r.metric === 'sop.students' && r.sector === 'all') placed.set(r.breakdown, r.value);
  }
  const out: Partial<Record<Route, number[]>> = {};
  ROUTES.forEach((route, ri) => {
    if (studyYears[ri] > 0) out[route] = Array.from({ length: studyYears[ri] }, (_, k) => placed.get(idOf(ri, k)) ?? 0);
  });
  return out;
}

/**
 * Places a coordinator's own partnership(s) inside the national model: the model data for their
 * own plan, used by `sop mentors` and the notebooks.
 *
 * The engine shares the national SO&P students of each (route, study year) cell over the
 * partnerships of the table in proportion to their students, so a table with only your
 * partnership would make it carry the whole country. Instead your partnerships are set beside one
 * pseudo-partnership, "the rest of the country", and the rule is, per cell c:
 *
 *   rest[c] = max(0, N[c] − own[c])
 *
 * where N[c] is the model's national base-year SO&P students of the cell (`baseYearSopCells`, a
 * deterministic run of `reference`) and own[c] the sum of your partnerships' entered students.
 * Each of your partnerships then holds own_p[c] / N[c] of the cell: in a deterministic run its
 * base-year SO&P students equal what you entered, per route and study year (unless your mentors
 * cap it, or own[c] > N[c], when your partnerships share all N[c]); later years follow the
 * scenario's national path of each cell. Cells where the model has no students stay empty.
 * The national total of each cell is unchanged, so national results are those of the national
 * run as long as no partnership's mentors cap its placements (the budget's per-partnership base
 * grant counts the partnerships of the table, here yours + 1).
 *
 * The rest of the country has the national table's mentors and schoolopleiders scaled by its
 * students / the table's students (without a table: the mentors it requires in the base year,
 * and no schoolopleiders). Run the result with `capacity.base_mentors: table` so your own count
 * of mentors is the starting stock. Its id is the first of P000, P999, P0000, P9999, P10000, …
 * that none of your partnerships uses.
 *
 * @example
 * const national = loadModelData();
 * const own = loadPartnershipFile('data/partnerships/template.csv');
 * const data = embedOwnPartnerships(national, own, loadScenario('ambitie-2030'));
 * data.partnerships.map((p) => p.id); // → ['P001', 'P000']
 */
export function embedOwnPartnerships(
  national: ModelData,
  given: readonly Partnership[],
  reference: ResolvedScenario,
  options: EmbedOptions = {},
): ModelData {
  const cells = baseYearSopCells(reference, national);
  const B = dataBaseYear(national);
  const year = options.year ?? B;
  // Numbers entered for a later year: the base-year students that grow to them by that year on
  // the scenario's national path of each cell, own[c] · N[c, B] / N[c, year].
  const then = year > B ? sopCellsInYear(reference, national, year) : cells;
  const own = given.map((p) => (year > B || options.uncapped ? {
    ...p,
    students: year > B ? backToBase(p.students, cells, then) : p.students,
    ...(options.uncapped ? { mentorsAvailable: PROBE_MENTORS } : {}),
  } : p));
  const students: Partial<Record<Route, number[]>> = {};
  let restStudents = 0;
  for (const route of ROUTES) {
    const total = cells[route];
    if (!total) continue;
    const mine = cellSums(own, route);
    const rest = total.map((n, k) => Math.max(0, n - (mine[k] ?? 0)));
    const sum = rest.reduce((a, b) => a + b, 0);
    if (sum > 0) students[route] = rest;
    restStudents += sum;
  }
  const tableStudents = national.partnerships.reduce((s, p) => s + ROUTES.reduce((a, r) => a + cellSums([p], r).reduce((x, y) => x + y, 0), 0), 0);
  const tableMentors = national.partnerships.reduce((s, p) => s + p.mentorsAvailable, 0);
  const tableSchoolopleiders = national.partnerships.reduce((s, p) => s + p.schoolopleiders, 0);
  const scale = tableStudents > 0 ? restStudents / tableStudents : 0;
  const rest: Partnership = {
    id: freeId(new Set(own.map((p) => p.id))),
    name: REST_OF_COUNTRY_NAME,
    sector: 'mixed',
    onderwijsregio: 'NL',
    students,
    mentorsAvailable: tableStudents > 0 ? tableMentors * scale : restRequired(reference, national, own, students),
    schoolopleiders: tableSchoolopleiders * scale,
  };
  return { ...national, partnerships: [...own, rest] };
}

/** Options of {@link embedOwnPartnerships}. */
export interface EmbedOptions {
  /**
   * The year the partnerships' numbers describe (default the base year). A later year's numbers
   * are carried back to the base year along the national path of each cell, so a deterministic
   * run reproduces them in that year.
   */
  year?: number;
  /**
   * Never cap the own partnerships' placements (their mentors set far above any requirement): for
   * a plan whose training keeps mentors up with the students, see src/model/partnership-plan.ts.
   * Their `capacity.mentors_available` outputs are then meaningless.
   */
  uncapped?: boolean;
}

/** Students per cell carried from `then` (the cells' totals in a later year) back to `base`. */
function backToBase(
  students: Partnership['students'],
  base: Partial<Record<Route, number[]>>,
  then: Partial<Record<Route, number[]>>,
): Partnership['students'] {
  const out: Partial<Record<Route, number[]>> = {};
  for (const [route, list] of Object.entries(students) as [Route, readonly number[]][]) {
    out[route] = list.map((v, k) => {
      const b = base[route]?.[k] ?? 0;
      const t = then[route]?.[k] ?? 0;
      return b > 0 && t > 0 ? (v * b) / t : v;
    });
  }
  return out;
}

/** Students of a list of partnerships per study year of one route (negative or missing → 0). */
function cellSums(list: readonly Partnership[], route: Route): number[] {
  const out: number[] = [];
  for (const p of list) (p.students[route] ?? []).forEach((v, k) => (out[k] = (out[k] ?? 0) + (v > 0 ? v : 0)));
  return Array.from(out, (v) => v ?? 0);
}

/** Mentors the rest of the country requires in the base year (used when there is no national table). */
function restRequired(reference: ResolvedScenario, national: ModelData, own: readonly Partnership[], students: Partial<Record<Route, number[]>>): number {
  const probe: Partnership = { id: 'rest', name: 'rest', sector: 'mixed', onderwijsregio: 'NL', students, mentorsAvailable: PROBE_MENTORS, schoolopleiders: 0 };
  const mine = own.map((p, i) => ({ ...p, id: `own-${i}`, mentorsAvailable: PROBE_MENTORS }));
  const B = dataBaseYear(national);
  const rows = runScenario(reference, { ...national, partnerships: [...mine, probe] }, { partnershipDetail: true, horizon: B + 1 });
  return rows.find((r) => r.year === B && r.breakdown === 'rest' && r.metric === 'capacity.mentors_required' && r.sector === 'all')?.value ?? 0;
}

function freeId(taken: ReadonlySet<string>): string {
  for (const id of ['P000', 'P999', 'P0000', 'P9999']) if (!taken.has(id)) return id;
  let n = 10000;
  while (taken.has(`P${n}`)) n++;
  return `P${n}`;
}
