import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, type InputProblem } from '../errors';
import type { Route } from '../model/domain';
import type { Partnership, PartnershipSector } from '../model/inputs';
import { decodeText, parseCsv, withDecimalPoints, type CsvTable } from './csv';
import { PARTNERSHIP_LEVEL_COLUMNS, PARTNERSHIP_SCHEMA } from './partnership-schema';
import { ROUTE_STUDY_YEARS } from './route-study-years';
import { checkTable, type DataRow } from './schema';
import { MAX_XLSX_FILE_BYTES, readXlsxTable } from './xlsx-read';
import { readInputFile } from './read-file';

/**
 * Reads a partnership table (CSV or XLSX, first sheet) in the long schema of
 * data/partnerships/template.md and returns one `Partnership` per id, in file order.
 *
 * Checks the columns and cell types, the route codes, study years within the route's length
 * (ROUTE_STUDY_YEARS), unique (partnership, route, study year) rows, and that partnership-level
 * fields are equal on all rows of a partnership. All problems of the file are thrown together as
 * one `InputError` naming file, line (the spreadsheet row for XLSX), column, expected and found.
 *
 * @example
 * const ps = loadPartnershipFile('data/partnerships/template.csv');
 * ps[0].id;                 // → 'P001'
 * ps[0].students.pabo?.[0]; // students in pabo year 1
 */
export function loadPartnershipFile(file: string): Partnership[] {
  return readPartnershipFile(file).partnerships;
}

/** A partnership file as read: the partnerships and the file's SHA-256 (for the manifest). */
export interface PartnershipFileContents {
  readonly path: string;
  readonly sha256: string;
  readonly partnerships: Partnership[];
}

/**
 * Like `loadPartnershipFile`, also returning the file's SHA-256.
 *
 * @example
 * readPartnershipFile('my-partnership.xlsx').sha256; // → '3f1c…'
 */
export function readPartnershipFile(file: string, displayName = file): PartnershipFileContents {
  const bytes = readInputFile(file, displayName, 'a readable partnership file (.csv or .xlsx)', MAX_XLSX_FILE_BYTES);
  const ext = path.extname(file).toLowerCase();
  let table: CsvTable;
  if (ext === '.xlsx') table = readXlsxTable(bytes, displayName);
  else if (ext === '.xls') throw new InputError({ file: displayName, field: 'file type', expected: '.csv or .xlsx (in Excel: Save As → "Excel Workbook (.xlsx)")', found: '.xls (the old Excel format)' });
  else if (ext === '.csv' || ext === '.txt') table = withDecimalPoints(parseCsv(decodeText(bytes).text, displayName));
  else throw new InputError({ file: displayName, field: 'file type', expected: '.csv or .xlsx', found: ext || 'no extension' });
  const partnerships = partnershipsFromTable(table, displayName);
  return { path: file, sha256: createHash('sha256').update(bytes).digest('hex'), partnerships };
}

/**
 * Largest count accepted in a partnership file's count columns: above every national total of the
 * Netherlands (about 100,000 students in teacher education), so a larger number is a typing
 * error, never a partnership. Finer checks against the national figure of each route and study
 * year are made by `sop mentors` (src/cli/commands/mentors.ts).
 */
export const MAX_PARTNERSHIP_COUNT = 1_000_000;
const PARTNERSHIP_COUNT_COLUMNS = ['students', 'mentors_available', 'mentors_trained_per_year', 'schoolopleiders', 'hours_per_student', 'students_per_mentor'] as const;

/**
 * Validates a parsed partnership table and groups its rows into partnerships.
 *
 * @example
 * partnershipsFromTable(parseCsv(text, 'mine.csv'), 'mine.csv'); // → Partnership[]
 */
export function partnershipsFromTable(table: CsvTable, file: string): Partnership[] {
  const checked = checkTable(table, PARTNERSHIP_SCHEMA, file);
  const rows = checked.rows;
  const problems: InputProblem[] = [...checked.problems];
  const byId = new Map<string, DataRow[]>();
  for (const row of rows) {
    const route = row.cells.route as Route;
    const year = row.cells.study_year as number;
    for (const col of PARTNERSHIP_COUNT_COLUMNS) {
      const v = row.cells[col];
      if (typeof v === 'number' && v > MAX_PARTNERSHIP_COUNT) {
        problems.push({ file, line: row.line, field: col, expected: `at most ${MAX_PARTNERSHIP_COUNT.toLocaleString('en')} (more than all teacher-education students in the Netherlands)`, found: String(v) });
      }
    }
    if (year > ROUTE_STUDY_YEARS[route]) {
      problems.push({
        file,
        line: row.line,
        field: 'study_year',
        expected: `a study year from 1 to ${ROUTE_STUDY_YEARS[route]} for route ${route}`,
        found: String(year),
      });
    }
    if ((row.cells.target_year === null) !== (row.cells.target_students === null)) {
      const blank = row.cells.target_year === null ? 'target_year' : 'target_students';
      problems.push({ file, line: row.line, field: blank, expected: 'target_year and target_students both filled in (an own target) or both blank', found: 'an empty cell' });
    }
    if (row.cells.students_per_mentor === 0) {
      problems.push({
        file,
        line: row.line,
        field: 'students_per_mentor',
        expected: 'a positive number of students per mentor (leave blank for the national norm)',
        found: '0',
      });
    }
    const id = row.cells.partnership as string;
    const list = byId.get(id) ?? [];
    if (list.length > 0) {
      const first = list[0];
      for (const col of PARTNERSHIP_LEVEL_COLUMNS) {
        if (row.cells[col] !== first.cells[col]) {
          problems.push({
            file,
            line: row.line,
            field: col,
            expected: `the same value as on line ${first.line} of partnership ${id} (${show(first.cells[col])})`,
            found: show(row.cells[col]),
          });
        }
      }
    }
    list.push(row);
    byId.set(id, list);
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ file, line: 2, expected: 'at least one partnership row', found: 'only a header' });
  if (problems.length > 0) throw new InputError([...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  return [...byId.entries()].map(([id, list]) => toPartnership(id, list));
}

function show(v: unknown): string {
  return v === null || v === undefined ? 'blank' : JSON.stringify(v);
}

function toPartnership(id: string, rows: readonly DataRow[]): Partnership {
  const first = rows[0].cells;
  const students: Partial<Record<Route, number[]>> = {};
  const hours: Partial<Record<Route, (number | undefined)[]>> = {};
  const perMentor: Partial<Record<Route, (number | undefined)[]>> = {};
  for (const { cells } of rows) {
    const route = cells.route as Route;
    const k = (cells.study_year as number) - 1;
    const s = (students[route] ??= []);
    while (s.length <= k) s.push(0);
    s[k] = cells.students as number;
    if (cells.hours_per_student !== null) ((hours[route] ??= [])[k] = cells.hours_per_student as number);
    if (cells.students_per_mentor !== null) ((perMentor[route] ??= [])[k] = cells.students_per_mentor as number);
  }
  // Sparse arrays would hide holes from `forEach`; make undefined explicit up to each route's length.
  const dense = (m: Partial<Record<Route, (number | undefined)[]>>) => {
    for (const r of Object.keys(m) as Route[]) m[r] = Array.from({ length: m[r]!.length }, (_, i) => m[r]![i]);
    return m;
  };
  const p: Partnership = {
    id,
    name: first.name as string,
    sector: first.sector as PartnershipSector,
    onderwijsregio: first.onderwijsregio as string,
    students,
    mentorsAvailable: first.mentors_available as number,
    ...(first.mentors_trained_per_year !== null ? { mentorsTrainedPerYear: first.mentors_trained_per_year as number } : {}),
    schoolopleiders: first.schoolopleiders as number,
    ...(first.year !== null && first.year !== undefined ? { year: first.year as number } : {}),
    ...(typeof first.target_year === 'number' && typeof first.target_students === 'number'
      ? { target: { year: first.target_year, students: first.target_students } }
      : {}),
    ...(Object.keys(hours).length > 0 ? { hoursPerStudent: dense(hours) } : {}),
    ...(Object.keys(perMentor).length > 0 ? { studentsPerMentor: dense(perMentor) } : {}),
    line: rows[0].line,
  };
  return p;
}
