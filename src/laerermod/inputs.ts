/**
 * LÆRERMOD's inputs as typed records, parsed from the text of its ten input files (pure; reading
 * the files from a folder is in `read-inputs.ts`). Columns are read by header name. Checks that
 * the original does not make (it would silently produce NaN or drop rows) are made here and
 * reported as {@link InputError}s naming file, line, column, field, expected and found.
 */
import { InputError } from '../errors';
import { isLaerermodEducation, LAERERMOD_BASE_YEAR, LAERERMOD_EDUCATIONS, LAERERMOD_END_YEAR, LAERERMOD_SECTORS } from './educations';
import type { LaerermodEducation } from './educations';
import { cellError, columnIndex, numberAt, parseTextTable, textAt } from './table';
import type { TextTable } from './table';

/** File names of LÆRERMOD's inputs (as in its `inputdata/` folder). */
export const LAERERMOD_FILES = {
  ageDistributed: 'agedistributed.txt',
  students: 'agedistributedstudents.txt',
  candidates: 'candidateproduction.txt',
  sectorDistributed: 'sectordistributed.txt',
  population: 'mmmm.txt',
  kindergarten: 'number_children_kindergartens.txt',
  secondary: 'number_students_secondary.txt',
  higherEducation: 'number_students_highereducation.txt',
  shortage: 'teachershortage.txt',
  standardChange: 'change_standard.txt',
} as const;
export type LaerermodFileKey = keyof typeof LAERERMOD_FILES;

/** One row of `agedistributed`: the base-year stock of one education, gender and age. */
export interface AgeRow {
  education: LaerermodEducation;
  /** 1 = men, 2 = women. */
  gender: 1 | 2;
  age: number;
  /** Persons with the education (Eq 8: the base-year stock N). */
  count: number;
  /** Of whom employed in the sectors (Eq 1). */
  employed: number;
  /** Average fte per employed person (Eq 2, 10). */
  averageFte: number;
}

/** One row of `agedistributedstudents`: new students by age (Eq 3–4). */
export interface StudentRow {
  education: LaerermodEducation;
  age: number;
  all: number;
  men: number;
  women: number;
}

/** One row of `candidateproduction` (Eq 5–7). */
export interface CandidateRow {
  education: LaerermodEducation;
  numberOfNewStudents: number;
  /** Share of new students who complete (0–1). */
  completionPercentage: number;
  /** Years from start to graduation L_e. */
  studyLength: number;
}

/** One row of `sectordistributed` (Eq 11, 26). */
export interface SectorRow {
  /** The education label as written; demand matches rows to educations by position (see model.ts). */
  education: string;
  sector: number;
  employedMen: number;
  employedWomen: number;
  averageFteMen: number;
  averageFteWomen: number;
  line: number;
}

/** `mmmm`: population by age and gender (rows in file order), one value per year 2020..2040. */
export interface PopulationTable {
  ages: Int32Array;
  genders: Int32Array;
  /** `values[row * years + y]`, y = year − 2020. */
  values: Float64Array;
  years: number;
}

/** One weekly-hours band of `number_children_kindergartens` (Eq 12–15). */
export interface KindergartenBand {
  hoursMin: number;
  hoursMax: number;
  /** Children aged 0..5 in the band (column Age6 is not used by the model). */
  children: [number, number, number, number, number, number];
}

/** One user group of `number_students_secondary` / `number_students_highereducation`. */
export interface StudentUserRow {
  fromAge: number;
  toAge: number;
  users: number;
  userIndex: number;
}

/** All inputs of one LÆRERMOD run. Plain data: build variants by copying and changing fields. */
export interface LaerermodInputs {
  /** Where the inputs came from (a folder), for messages. */
  source: string;
  ageDistributed: AgeRow[];
  students: StudentRow[];
  candidates: CandidateRow[];
  sectorDistributed: SectorRow[];
  population: PopulationTable;
  kindergarten: KindergartenBand[];
  secondary: StudentUserRow[];
  higherEducation: StudentUserRow[];
  /** Teacher shortage (fte) by education and sector 1..6 (Eq 24). */
  shortage: Record<LaerermodEducation, number[]>;
  /** Standard change by year (index year − 2020) and sector 1..6 (Eq 25): `[y][s − 1]`. */
  standardChange: number[][];
}

/** Largest count accepted (persons, students, children, fte): 10⁸, far above any real figure. */
export const LAERERMOD_MAX_COUNT = 1e8;
/** Study lengths accepted, in years. */
export const LAERERMOD_STUDY_LENGTH = { min: 1, max: 10 } as const;

/** A count: a finite number from 0 to 10⁸ (negative counts would give negative supply). */
function countAt(t: TextTable, row: TextTable['rows'][number], col: number): number {
  const x = numberAt(t, row, col);
  if (x < 0 || x > LAERERMOD_MAX_COUNT) throw cellError(t, row, col, `a count from 0 to ${LAERERMOD_MAX_COUNT.toExponential(0).replace('e+', 'e')}`);
  return x;
}

/** A rate or share: a number from 0 to 1. */
function rateAt(t: TextTable, row: TextTable['rows'][number], col: number): number {
  const x = numberAt(t, row, col);
  if (x < 0 || x > 1) throw cellError(t, row, col, 'a rate from 0 to 1');
  return x;
}

/** A number within [min, max]. */
function rangeAt(t: TextTable, row: TextTable['rows'][number], col: number, min: number, max: number, what: string, integer = false): number {
  const x = numberAt(t, row, col, { integer });
  if (x < min || x > max) throw cellError(t, row, col, `${what} from ${min} to ${max}`);
  return x;
}

function educationAt(t: TextTable, row: TextTable['rows'][number], col: number): LaerermodEducation {
  const code = textAt(t, row, col);
  if (!isLaerermodEducation(code)) throw cellError(t, row, col, `one of ${LAERERMOD_EDUCATIONS.join(', ')}`);
  return code;
}

function requireAllEducations(t: TextTable, present: Set<string>, what: string): void {
  const missing = LAERERMOD_EDUCATIONS.filter((e) => !present.has(e));
  if (missing.length > 0) {
    throw new InputError({ file: t.file, field: 'Education', expected: `${what} for all of ${LAERERMOD_EDUCATIONS.join(', ')}`, found: `none for ${missing.join(', ')}` });
  }
}

function parseAgeDistributed(t: TextTable): AgeRow[] {
  const [ce, cg, ca, cc, cm, cf] = ['Education', 'Gender', 'Age', 'Count', 'Employed', 'AverageFullTimeEquivalent'].map((n) => columnIndex(t, n));
  const seen = new Map<string, number>();
  return t.rows.map((row) => {
    const education = educationAt(t, row, ce);
    const gender = numberAt(t, row, cg, { integer: true });
    if (gender !== 1 && gender !== 2) throw cellError(t, row, cg, '1 (men) or 2 (women)');
    const age = rangeAt(t, row, ca, 0, 130, 'an age', true);
    const key = `${education}/${gender}/${age}`;
    if (seen.has(key)) throw cellError(t, row, ca, `one row per education, gender and age`, `the same row is on line ${seen.get(key)}`);
    seen.set(key, row.line);
    return { education, gender, age, count: countAt(t, row, cc), employed: countAt(t, row, cm), averageFte: rateAt(t, row, cf) };
  });
}

function parseStudents(t: TextTable): StudentRow[] {
  const [ce, ca, cl, cm, cw] = ['Education', 'Age', 'All', 'Men', 'Women'].map((n) => columnIndex(t, n));
  const seen = new Map<string, number>();
  return t.rows.map((row) => {
    const education = educationAt(t, row, ce);
    const age = rangeAt(t, row, ca, 0, 130, 'an age', true);
    const key = `${education}/${age}`;
    if (seen.has(key)) throw cellError(t, row, ca, 'one row per education and age', `the same row is on line ${seen.get(key)}`);
    seen.set(key, row.line);
    return { education, age, all: countAt(t, row, cl), men: countAt(t, row, cm), women: countAt(t, row, cw) };
  });
}

function parseCandidates(t: TextTable): CandidateRow[] {
  const [ce, cn, cp, cl] = ['Education', 'NumberOfNewStudents', 'CompletionPercentage', 'StudyLength'].map((n) => columnIndex(t, n));
  const seen = new Set<string>();
  const rows = t.rows.map((row) => {
    const education = educationAt(t, row, ce);
    if (seen.has(education)) throw cellError(t, row, ce, 'one row per education');
    seen.add(education);
    const studyLength = rangeAt(t, row, cl, LAERERMOD_STUDY_LENGTH.min, LAERERMOD_STUDY_LENGTH.max, 'a study length in whole years', true);
    return { education, numberOfNewStudents: countAt(t, row, cn), completionPercentage: rateAt(t, row, cp), studyLength };
  });
  requireAllEducations(t, seen, 'a row');
  return rows;
}

function parseSectorDistributed(t: TextTable): SectorRow[] {
  const [ce, cs, cm, cw, cfm, cfw] = ['Education', 'Sector', 'EmployedMen', 'EmployedWomen',
    'AverageFullTimeEquivalentMen', 'AverageFullTimeEquivalentWomen'].map((n) => columnIndex(t, n));
  const rows = t.rows.map((row) => {
    const education = educationAt(t, row, ce);
    const sector = numberAt(t, row, cs, { integer: true });
    return {
      education, sector, line: row.line,
      employedMen: countAt(t, row, cm), employedWomen: countAt(t, row, cw),
      averageFteMen: rateAt(t, row, cfm), averageFteWomen: rateAt(t, row, cfw),
    };
  });
  for (const s of LAERERMOD_SECTORS) {
    const n = rows.filter((r) => r.sector === s).length;
    if (n !== LAERERMOD_EDUCATIONS.length) {
      throw new InputError({
        file: t.file, field: 'Sector',
        expected: `${LAERERMOD_EDUCATIONS.length} rows for sector ${s} (one per education, in the order ${LAERERMOD_EDUCATIONS.join(', ')})`,
        found: `${n} rows`,
      });
    }
  }
  return rows;
}

function parsePopulation(t: TextTable): PopulationTable {
  const ca = columnIndex(t, 'Age');
  const cg = columnIndex(t, 'Gender');
  const years = LAERERMOD_END_YEAR - LAERERMOD_BASE_YEAR + 1;
  const yearCols: number[] = [];
  for (let y = 0; y < years; y++) yearCols.push(columnIndex(t, String(LAERERMOD_BASE_YEAR + y)));
  const n = t.rows.length;
  const out: PopulationTable = { ages: new Int32Array(n), genders: new Int32Array(n), values: new Float64Array(n * years), years };
  t.rows.forEach((row, i) => {
    out.ages[i] = numberAt(t, row, ca, { integer: true });
    out.genders[i] = numberAt(t, row, cg, { integer: true });
    for (let y = 0; y < years; y++) out.values[i * years + y] = countAt(t, row, yearCols[y]);
  });
  return out;
}

function parseKindergarten(t: TextTable): KindergartenBand[] {
  const cmin = columnIndex(t, 'HoursMin');
  const cmax = columnIndex(t, 'HoursMax');
  const ages = [0, 1, 2, 3, 4, 5].map((a) => columnIndex(t, `Age${a}`));
  return t.rows.map((row) => ({
    hoursMin: rangeAt(t, row, cmin, 0, 168, 'weekly hours'),
    hoursMax: rangeAt(t, row, cmax, 0, 168, 'weekly hours'),
    children: ages.map((c) => countAt(t, row, c)) as KindergartenBand['children'],
  }));
}

function parseStudentUsers(t: TextTable): StudentUserRow[] {
  const [cf, ct, cu, ci] = ['FromAge', 'ToAge', 'Users', 'UserIndex'].map((n) => columnIndex(t, n));
  const seen = new Map<number, number>();
  return t.rows.map((row) => {
    const toAge = numberAt(t, row, ct, { integer: true });
    if (seen.has(toAge)) throw cellError(t, row, ct, 'one row per user group (ToAge)', `ToAge ${toAge} is also on line ${seen.get(toAge)}`);
    seen.set(toAge, row.line);
    return { fromAge: rangeAt(t, row, cf, 0, 130, 'an age', true), toAge, users: countAt(t, row, cu), userIndex: rangeAt(t, row, ci, 0, 100, 'a user index') };
  });
}

function parseShortage(t: TextTable): Record<LaerermodEducation, number[]> {
  const ce = columnIndex(t, 'Education');
  const cols = LAERERMOD_SECTORS.map((s) => columnIndex(t, `TeacherShortageSector${s}`));
  const out = {} as Record<LaerermodEducation, number[]>;
  for (const row of t.rows) {
    const education = educationAt(t, row, ce);
    if (out[education]) throw cellError(t, row, ce, 'one row per education');
    out[education] = cols.map((c) => countAt(t, row, c));
  }
  requireAllEducations(t, new Set(Object.keys(out)), 'a row');
  return out;
}

function parseStandardChange(t: TextTable): number[][] {
  const cy = columnIndex(t, 'Year');
  const cols = LAERERMOD_SECTORS.map((s) => columnIndex(t, `StandardChange${s}`));
  const years = LAERERMOD_END_YEAR - LAERERMOD_BASE_YEAR + 1;
  const out: (number[] | undefined)[] = new Array(years).fill(undefined);
  for (const row of t.rows) {
    const year = numberAt(t, row, cy, { integer: true });
    const y = year - LAERERMOD_BASE_YEAR;
    if (y < 0 || y >= years) continue; // the original joins on Year: other years are ignored
    if (out[y]) throw cellError(t, row, cy, 'one row per year');
    out[y] = cols.map((c) => rangeAt(t, row, c, 0, 100, 'a standard-change factor'));
  }
  const missing = out.map((v, y) => (v ? -1 : LAERERMOD_BASE_YEAR + y)).filter((y) => y >= 0);
  if (missing.length > 0) {
    throw new InputError({ file: t.file, field: 'Year', expected: `a row for every year ${LAERERMOD_BASE_YEAR}–${LAERERMOD_END_YEAR}`, found: `none for ${missing.join(', ')}` });
  }
  return out as number[][];
}

/**
 * Parses the text of LÆRERMOD's input files. `texts` maps each {@link LaerermodFileKey} to the
 * file's text; `paths` gives the name used in messages (default: the bare file name).
 *
 * @example
 * const inputs = parseLaerermodInputs(texts, 'data/laerermod/inputdata');
 * inputs.candidates[0]; // → { education: 'ba', numberOfNewStudents: 3123, completionPercentage: 0.73, studyLength: 3 }
 */
export function parseLaerermodInputs(
  texts: Readonly<Record<LaerermodFileKey, string>>,
  source: string,
  paths: Partial<Record<LaerermodFileKey, string>> = {},
): LaerermodInputs {
  const table = (k: LaerermodFileKey) => parseTextTable(texts[k], paths[k] ?? LAERERMOD_FILES[k]);
  return {
    source,
    ageDistributed: parseAgeDistributed(table('ageDistributed')),
    students: parseStudents(table('students')),
    candidates: parseCandidates(table('candidates')),
    sectorDistributed: parseSectorDistributed(table('sectorDistributed')),
    population: parsePopulation(table('population')),
    kindergarten: parseKindergarten(table('kindergarten')),
    secondary: parseStudentUsers(table('secondary')),
    higherEducation: parseStudentUsers(table('higherEducation')),
    shortage: parseShortage(table('shortage')),
    standardChange: parseStandardChange(table('standardChange')),
  };
}
