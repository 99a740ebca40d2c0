/**
 * LÆRERMOD expressed through the workforce engine (src/model/workforce): its inputs are mapped
 * onto the engine's stock, entrant, participation, fte and demand arrays, following the equations
 * and quirks of the original Python code (`teachermod.py`, pknssb/Laerermod commit b509d39; equation
 * numbers as in data/laerermod/README.md):
 *
 * - Eq 8–9: no outflow; graduates (constant per year) are added from T0+1; ageing is unbounded
 *   (the layout's top age is high enough that nobody leaves it).
 * - Eq 10: supply = Σ N·r·f with base-year r and f by age; ages missing from `agedistributed`
 *   contribute nothing (participation NaN = no profile, skipped, as pandas skips the NaN rows).
 * - Eq 26: supply in T0 is Σ_S D[e,S] (the engine's base-year anchor), summed over the rows of
 *   `sectordistributed` whose label is e.
 * - Eq 11: D[e,S] is the i-th row of sector S for the i-th education: rows are matched to
 *   educations by position within each sector, whatever their label (a warning says so when a
 *   label disagrees).
 * - Eq 12–23: user groups and their population (user-group ages are fixed in the original; the
 *   student files' FromAge is not used, their rows are matched to those groups by ToAge).
 * - Sums follow pandas: Kahan for group sums, numpy's pairwise order for Series sums.
 */
import {
  demographicComponent, KahanSum, pairwiseSum, projectDemand, projectStock, workforceLayout,
} from '../model/workforce';
import type { DemandInputs, StockBuffers, StockInputs, UserGroup, WorkforceLayout } from '../model/workforce';
import { LAERERMOD_BASE_YEAR, LAERERMOD_EDUCATIONS, LAERERMOD_END_YEAR, LAERERMOD_SECTORS } from './educations';
import type { LaerermodEducation } from './educations';
import type { KindergartenBand, LaerermodInputs, PopulationTable, StudentUserRow } from './inputs';

/**
 * Kindergarten user groups (Eq 12–15): ages covered, and the weight k of a child of that age
 * relative to a child aged 4–5 (LÆRERMOD's constants: 2 for ages 0–2, 1.5 for age 3, 1 for 4–5).
 */
const KINDERGARTEN_GROUPS: readonly { fromAge: number; toAge: number; weight: number }[] = [
  { fromAge: 0, toAge: 0, weight: 2 },
  { fromAge: 1, toAge: 2, weight: 2 },
  { fromAge: 3, toAge: 3, weight: 1.5 },
  { fromAge: 4, toAge: 5, weight: 1 },
];
/** Weekly opening hours of a full-time kindergarten place in LÆRERMOD's user index (Eq 15). */
const KINDERGARTEN_FULL_TIME_HOURS_PER_WEEK = 42.5;

/** Sector 3 (upper secondary) user groups of the original: ToAge → ages. */
const SECONDARY_GROUPS = userGroupAges([[0, 15], ...range(16, 24).map((a): [number, number] => [a, a]), [25, 49]]);
/** Sector 4 (higher education) user groups of the original: ToAge → ages. */
const HIGHER_EDUCATION_GROUPS = userGroupAges([...range(19, 29).map((a): [number, number] => [a, a]), [30, 34], [35, 39], [40, 44], [45, 49]]);

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let a = from; a <= to; a++) out.push(a);
  return out;
}

function userGroupAges(spans: [number, number][]): Map<number, number[]> {
  return new Map(spans.map(([from, to]) => [to, range(from, to)]));
}

/** Intermediate results, as in data/laerermod/reference/intermediates/. */
export interface LaerermodIntermediates {
  /** Graduates per year by education, gender (1, 2) and age at graduation (Eq 6–7), in the original's order. */
  graduates: { education: LaerermodEducation; gender: 1 | 2; ageAtGraduation: number; graduatesPerYear: number }[];
  /** Base-year demand D[e,S] in fte (Eq 11): `[e * 6 + (S − 1)]`. */
  baseDemandBySector: Float64Array;
  /** Demographic component DC[S,t] (Eq 23): `[(S − 1) * years + y]`. */
  demographicComponent: Float64Array;
  /** Kindergarten user groups in the base year (Eq 14–16). */
  kindergartenUserGroups: { fromAge: number; toAge: number; weightedUsers: number; userIndex: number }[];
}

/** LÆRERMOD mapped onto the engine: everything a projection needs, computed once from the inputs. */
export interface LaerermodModel {
  readonly layout: WorkforceLayout;
  readonly stock: StockInputs;
  readonly demand: DemandInputs;
  readonly intermediates: LaerermodIntermediates;
  /** Things the original does silently that the user should know (e.g. rows matched by position). */
  readonly warnings: string[];
}

/** A LÆRERMOD projection: per education and year, `[e * years + y]`, in fte. */
export interface LaerermodResult {
  readonly years: readonly number[];
  readonly educations: readonly LaerermodEducation[];
  readonly supplyFte: Float64Array;
  readonly demandFte: Float64Array;
  /** Supply − demand (LÆRERMOD's sign; this project's shortage is the opposite). */
  readonly differenceFte: Float64Array;
  readonly model: LaerermodModel;
  /** The engine's stock buffers (persons by year and cell). */
  readonly stock: StockBuffers;
}

/** Sum of the population over the given ages, rows in file order per age, Kahan-summed (pandas groupby). */
function populationByAges(pop: PopulationTable, rowsByAge: Map<number, number[]>, ages: readonly number[]): Float64Array {
  const rows: number[] = [];
  for (const a of ages) for (const r of rowsByAge.get(a) ?? []) rows.push(r);
  const out = new Float64Array(pop.years);
  const acc = new KahanSum();
  for (let y = 0; y < pop.years; y++) {
    acc.reset();
    for (let i = 0; i < rows.length; i++) acc.add(pop.values[rows[i] * pop.years + y]);
    out[y] = acc.value;
  }
  return out;
}

/** Σ over the rows whose age passes `keep` of the base-year column, in file order (numpy pairwise). */
function basePopulation(pop: PopulationTable, keep: (age: number) => boolean): number {
  const xs: number[] = [];
  for (let r = 0; r < pop.ages.length; r++) if (keep(pop.ages[r])) xs.push(pop.values[r * pop.years]);
  return pairwiseSum(xs);
}

function kindergartenGroups(bands: readonly KindergartenBand[]): LaerermodIntermediates['kindergartenUserGroups'] {
  const hours = bands.map((b) => b.hoursMin + (b.hoursMax - b.hoursMin) / 2);
  return KINDERGARTEN_GROUPS.map((g) => {
    const n = bands.map((b) => {
      let x = b.children[g.fromAge];
      for (let a = g.fromAge + 1; a <= g.toAge; a++) x = x + b.children[a];
      return x;
    });
    const users = pairwiseSum(n);
    const nh = pairwiseSum(n.map((x, i) => x * hours[i]));
    const userIndex = (g.weight * nh) / (users * KINDERGARTEN_FULL_TIME_HOURS_PER_WEEK);
    return { fromAge: g.fromAge, toAge: g.toAge, weightedUsers: users * userIndex, userIndex };
  });
}

function studentUserGroups(rows: readonly StudentUserRow[], groups: Map<number, number[]>,
  pop: PopulationTable, rowsByAge: Map<number, number[]>): UserGroup[] {
  return rows.map((r) => {
    const ages = groups.get(r.toAge);
    return { baseUsers: r.users * r.userIndex, population: ages ? populationByAges(pop, rowsByAge, ages) : null };
  });
}

/**
 * Graduates per year by education, gender and age at graduation (Eq 3–7): C_e · s_{e,g,a} at age
 * a + L_e, with C_e = new students × completion and s the age/gender share of new students
 * (Σ All, Kahan-summed as pandas' groupby). Rows in the original's order (education, gender, age).
 *
 * @example
 * laerermodGraduates(readLaerermodInputs())[1];
 * // → { education: 'ba', gender: 1, ageAtGraduation: 22, graduatesPerYear: 22.95339071… }
 */
export function laerermodGraduates(inputs: Pick<LaerermodInputs, 'students' | 'candidates'>): LaerermodIntermediates['graduates'] {
  const candidates = new Map(inputs.candidates.map((c) => [c.education, c]));
  const totalStudents = new Map<string, KahanSum>();
  for (const s of inputs.students) {
    if (!totalStudents.has(s.education)) totalStudents.set(s.education, new KahanSum());
    totalStudents.get(s.education)!.add(s.all);
  }
  const graduates: LaerermodIntermediates['graduates'] = [];
  for (const e of LAERERMOD_EDUCATIONS) {
    const c = candidates.get(e)!;
    const candidatesPerYear = c.numberOfNewStudents * c.completionPercentage;
    const total = totalStudents.get(e)?.value ?? 0;
    for (const gender of [1, 2] as const) {
      for (const s of inputs.students) {
        if (s.education !== e) continue;
        const share = (gender === 1 ? s.men : s.women) / total;
        graduates.push({ education: e, gender, ageAtGraduation: s.age + c.studyLength, graduatesPerYear: candidatesPerYear * share });
      }
    }
  }
  return graduates;
}

/**
 * The engine's entrant array (persons per cell, every year from T0+1) for these graduates. The
 * layout must cover their ages (it does when built from inputs with the same study lengths).
 *
 * @example
 * const model = buildLaerermodModel(inputs);
 * const persons = graduatePersonsByCell(model.layout, laerermodGraduates(inputs));
 */
export function graduatePersonsByCell(
  layout: WorkforceLayout,
  graduates: LaerermodIntermediates['graduates'],
  out: Float64Array = new Float64Array(layout.cells),
): Float64Array {
  out.fill(0);
  for (const g of graduates) {
    // pandas' fillna(0): graduates of an education without students (0/0) add nothing.
    if (Number.isNaN(g.graduatesPerYear)) continue;
    const e = LAERERMOD_EDUCATIONS.indexOf(g.education);
    const i = (e * 2 + g.gender - 1) * layout.ages + (g.ageAtGraduation - layout.minAge);
    if (g.ageAtGraduation < layout.minAge || g.ageAtGraduation > layout.maxAge) {
      throw new RangeError(`graduatePersonsByCell: age ${g.ageAtGraduation} is outside the layout`);
    }
    out[i] = g.graduatesPerYear;
  }
  return out;
}

/**
 * Maps LÆRERMOD's inputs onto the engine (Eq 1–25 set-up). Pure; does not mutate `inputs`.
 *
 * @example
 * const model = buildLaerermodModel(readLaerermodInputs());
 * model.layout.groups; // → ['ba', 'gr', 'lu', 'ph', 'pe', 'yr', 'py']
 */
export function buildLaerermodModel(inputs: LaerermodInputs): LaerermodModel {
  const educations = LAERERMOD_EDUCATIONS;
  const eIndex = new Map<string, number>(educations.map((e, i) => [e, i]));
  const nYears = LAERERMOD_END_YEAR - LAERERMOD_BASE_YEAR + 1;
  const nS = LAERERMOD_SECTORS.length;
  const warnings: string[] = [];

  const graduates = laerermodGraduates(inputs);

  // Layout: every age that occurs, and room to age for the whole horizon (ageing is unbounded).
  let minAge = Infinity;
  let maxAge = -Infinity;
  for (const r of inputs.ageDistributed) { minAge = Math.min(minAge, r.age); maxAge = Math.max(maxAge, r.age); }
  for (const g of graduates) { minAge = Math.min(minAge, g.ageAtGraduation); maxAge = Math.max(maxAge, g.ageAtGraduation); }
  if (!Number.isFinite(minAge)) { minAge = 0; maxAge = 0; }
  const layout = workforceLayout({
    groups: educations, genders: 2, minAge, maxAge: maxAge + nYears - 1,
    firstYear: LAERERMOD_BASE_YEAR, lastYear: LAERERMOD_END_YEAR,
  });
  const cell = (e: number, gender: number, age: number) => (e * 2 + gender - 1) * layout.ages + (age - layout.minAge);

  // Base-year stock, employment rate r (Eq 1) and fte factor f (Eq 2); NaN = age not in the table.
  const initialStock = new Float64Array(layout.cells);
  const participation = new Float64Array(layout.cells).fill(NaN);
  const fteFactor = new Float64Array(layout.cells);
  for (const r of inputs.ageDistributed) {
    const i = cell(eIndex.get(r.education)!, r.gender, r.age);
    initialStock[i] = r.count;
    participation[i] = r.count > 0 ? r.employed / r.count : 0;
    fteFactor[i] = r.averageFte;
  }
  const graduatePersons = graduatePersonsByCell(layout, graduates);

  // Base-year demand by sector (Eq 11), matched by position; base-year supply (Eq 26) by label.
  const baseDemandBySector = new Float64Array(educations.length * nS);
  const baseSupply = educations.map(() => new KahanSum());
  for (const s of LAERERMOD_SECTORS) {
    const rows = inputs.sectorDistributed.filter((r) => r.sector === s);
    rows.forEach((r, i) => {
      if (i >= educations.length) return;
      if (r.education !== educations[i]) {
        warnings.push(`sectordistributed line ${r.line}: row ${i + 1} of sector ${s} is labelled ${r.education} but is used for ${educations[i]} (LÆRERMOD matches rows by position)`);
      }
      baseDemandBySector[i * nS + (s - 1)] = r.employedMen * r.averageFteMen + r.employedWomen * r.averageFteWomen;
    });
  }
  for (const r of inputs.sectorDistributed) {
    baseSupply[eIndex.get(r.education)!].add(r.employedMen * r.averageFteMen + r.employedWomen * r.averageFteWomen);
  }
  const baseYearSupplyFte = Float64Array.from(baseSupply, (k) => k.value);

  // Demographic component per sector (Eq 12–23).
  const pop = inputs.population;
  const rowsByAge = new Map<number, number[]>();
  for (let r = 0; r < pop.ages.length; r++) {
    const list = rowsByAge.get(pop.ages[r]) ?? [];
    list.push(r);
    rowsByAge.set(pop.ages[r], list);
  }
  const kindergartenUserGroups = kindergartenGroups(inputs.kindergarten);
  const allAges = range(0, 99);
  const everyone = basePopulation(pop, () => true);
  const everyoneByYear = populationByAges(pop, rowsByAge, allAges); // sectors 5 and 6 follow the same population
  const sectorGroups: UserGroup[][] = [
    kindergartenUserGroups.map((g) => ({ baseUsers: g.weightedUsers, population: populationByAges(pop, rowsByAge, range(g.fromAge, g.toAge)) })),
    [{ baseUsers: basePopulation(pop, (a) => a >= 6 && a <= 15) * 1.0, population: populationByAges(pop, rowsByAge, range(6, 15)) }],
    studentUserGroups(inputs.secondary, SECONDARY_GROUPS, pop, rowsByAge),
    studentUserGroups(inputs.higherEducation, HIGHER_EDUCATION_GROUPS, pop, rowsByAge),
    [{ baseUsers: everyone, population: everyoneByYear }],
    [{ baseUsers: everyone, population: everyoneByYear }],
  ];
  const dc = new Float64Array(nS * nYears);
  sectorGroups.forEach((groups, s) => demographicComponent(groups, nYears, dc, s * nYears));

  const shortageFte = new Float64Array(educations.length * nS);
  const standardChange = new Float64Array(nS * nYears);
  educations.forEach((e, i) => inputs.shortage[e].forEach((x, s) => { shortageFte[i * nS + s] = x; }));
  for (let y = 0; y < nYears; y++) for (let s = 0; s < nS; s++) standardChange[s * nYears + y] = inputs.standardChange[y][s];

  return {
    layout,
    stock: {
      initialStock, participation, fteFactor, baseYearSupplyFte,
      entrants: [{ name: 'graduates', persons: graduatePersons }],
    },
    demand: {
      sectors: LAERERMOD_SECTORS.map(String), baseDemandFte: baseDemandBySector, shortageFte,
      demographicComponent: dc, standardChange,
    },
    intermediates: { graduates, baseDemandBySector, demographicComponent: dc, kindergartenUserGroups },
    warnings,
  };
}

/**
 * Runs a built model through the engine: supply (Eq 10, 26), demand (Eq 24–25), difference (Eq 28).
 *
 * @example
 * const r = runLaerermodModel(buildLaerermodModel(readLaerermodInputs()));
 * Math.round(r.supplyFte[0]); // → 47134 (ba, 2020)
 */
export function runLaerermodModel(model: LaerermodModel): LaerermodResult {
  const stock = projectStock(model.layout, model.stock);
  const demandFte = projectDemand(model.layout, model.demand);
  const differenceFte = new Float64Array(demandFte.length);
  for (let i = 0; i < differenceFte.length; i++) differenceFte[i] = stock.supplyFte[i] - demandFte[i];
  const years = range(model.layout.firstYear, model.layout.lastYear);
  return { years, educations: LAERERMOD_EDUCATIONS, supplyFte: stock.supplyFte, demandFte, differenceFte, model, stock };
}

/**
 * One LÆRERMOD projection from parsed inputs: {@link buildLaerermodModel} then
 * {@link runLaerermodModel}.
 *
 * @example
 * const r = projectLaerermod(readLaerermodInputs());
 * r.years.length; // → 21 (2020–2040)
 */
export function projectLaerermod(inputs: LaerermodInputs): LaerermodResult {
  return runLaerermodModel(buildLaerermodModel(inputs));
}
