import { InputError, type InputProblem } from '../errors';
import { didYouMean } from '../params/suggest';
import type { CsvTable } from './csv';

/**
 * The type of a column in a data file. Blank cells are allowed only in optional columns.
 * - `year`: an integer school year (t = school year t/t+1), 1950–2100
 * - `integer`: a whole number (within `min`/`max` when given)
 * - `count`: a non-negative number (persons, fte, euros, hours)
 * - `number`: any finite number (within `min`/`max` when given)
 * - `share`: a fraction from 0 to 1
 * - `text`: free text
 * - `code`: one of `codes`
 */
export type ColumnType = 'year' | 'integer' | 'count' | 'number' | 'share' | 'text' | 'code';

/** One column of a data file's schema. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** A blank cell is an error when true. */
  readonly required: boolean;
  /** Allowed values of a `code` column. */
  readonly codes?: readonly string[];
  /** Inclusive bounds of an `integer` or `number` column. */
  readonly min?: number;
  readonly max?: number;
  /** Regular expression a `text` cell must match (blank optional cells are not checked). */
  readonly pattern?: RegExp;
  /** How `pattern` reads to a user, e.g. "an id like P001". */
  readonly patternLabel?: string;
  /** What the column holds (for the data cards and `sop validate`). */
  readonly description?: string;
  /** The column may be left out of the file altogether (its cells then read as blank); needs `required: false`. */
  readonly optionalColumn?: boolean;
}

/** A typed cell: a number for numeric columns, a string otherwise, null for a blank optional cell. */
export type Cell = string | number | null;

/** One validated row: its cells by column name and the line of the file it came from. */
export interface DataRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, Cell>>;
}

/** The schema of one data file: its columns and the columns whose combination must be unique. */
export interface TableSchema {
  /** File name relative to the data folder, e.g. `inflow.csv`. */
  readonly file: string;
  /** One line on what the file holds. */
  readonly title: string;
  readonly columns: readonly ColumnSpec[];
  /** Columns that together identify a row (duplicates are an error). */
  readonly key: readonly string[];
  /** Further checks on a valid row (e.g. "a derived row says how in its note"). */
  readonly rowCheck?: (row: DataRow) => Omit<InputProblem, 'file' | 'line'>[];
}

const NUMBER_RE = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Parses a number cell strictly (no thousands separators, no units); NaN when it is not one.
 *
 * @example
 * parseNumberCell('1.5e3'); // → 1500
 * parseNumberCell('1,500'); // → NaN
 */
export function parseNumberCell(text: string): number {
  const t = text.trim();
  return NUMBER_RE.test(t) ? Number(t) : NaN;
}

function quoted(s: string): string {
  return JSON.stringify(s);
}

/**
 * Describes what a column accepts, for "expected …" in messages.
 *
 * @example
 * expectedText({ name: 'value', type: 'share', required: true }); // → 'a share between 0 and 1'
 */
export function expectedText(c: ColumnSpec): string {
  switch (c.type) {
    case 'year':
      return 'a year (a whole number such as 2024)';
    case 'integer':
      return rangeText('a whole number', c);
    case 'count':
      return 'a non-negative number';
    case 'number':
      return rangeText('a number', c);
    case 'share':
      return 'a share between 0 and 1';
    case 'code':
      return `one of ${(c.codes ?? []).join(', ')}`;
    case 'text':
      return c.patternLabel ?? 'text';
  }
}

function rangeText(base: string, c: ColumnSpec): string {
  if (c.min !== undefined && c.max !== undefined) return `${base} from ${c.min} to ${c.max}`;
  if (c.min !== undefined) return `${base} of at least ${c.min}`;
  if (c.max !== undefined) return `${base} of at most ${c.max}`;
  return base;
}

/**
 * Checks one cell against its column. Returns the typed value, or a problem (without file and line).
 *
 * @example
 * checkCell({ name: 'value', type: 'count', required: true }, '-3');
 * // → { problem: { field: 'value', expected: 'a non-negative number', found: '-3' } }
 */
export function checkCell(
  c: ColumnSpec,
  raw: string,
): { value: Cell; problem?: undefined } | { value?: undefined; problem: Omit<InputProblem, 'file' | 'line'> } {
  const text = raw.trim();
  if (text === '') {
    if (c.required) return { problem: { field: c.name, expected: `${expectedText(c)} (required)`, found: 'an empty cell' } };
    return { value: null };
  }
  const bad = (message?: string) => ({
    problem: { field: c.name, expected: expectedText(c), found: quoted(text), ...(message ? { message } : {}) },
  });
  switch (c.type) {
    case 'text':
      if (c.pattern && !c.pattern.test(text)) return bad();
      return { value: text };
    case 'code': {
      if ((c.codes ?? []).includes(text)) return { value: text };
      return bad(didYouMean(text, c.codes ?? []));
    }
    default: {
      const n = parseNumberCell(text);
      if (Number.isNaN(n)) {
        const hint = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)
          ? 'write numbers without thousands separators'
          : /^[+-]?\d+,\d+$/.test(text)
            ? `write a decimal point (${text.replace(',', '.')}), or save the file with semicolons as separator (Excel's Dutch CSV), where decimal commas are read as such`
            : undefined;
        return { problem: { field: c.name, expected: expectedText(c), found: quoted(text), ...(hint ? { message: hint } : {}) } };
      }
      const found = { problem: { field: c.name, expected: expectedText(c), found: text } };
      if (c.type === 'year' && (!Number.isInteger(n) || n < 1950 || n > 2100)) return found;
      if (c.type === 'integer' && !Number.isInteger(n)) return found;
      if (c.type === 'count' && n < 0) return found;
      if (c.type === 'share' && (n < 0 || n > 1)) return found;
      if ((c.type === 'integer' || c.type === 'number') && ((c.min !== undefined && n < c.min) || (c.max !== undefined && n > c.max)))
        return found;
      return { value: n };
    }
  }
}

/**
 * Validates a parsed CSV table against its schema and returns typed rows. Collects every problem
 * of the file (missing and unknown columns, cells of the wrong type, codes not allowed, duplicate
 * keys, failed row checks) and throws them together as one `InputError`, each naming the file, the
 * line, the column, what was expected and what was found.
 *
 * @example
 * const t = parseCsv('year,value\n2020,abc\n', 'data/x.csv');
 * validateTable(t, { file: 'x.csv', title: 'x', key: ['year'],
 *   columns: [{ name: 'year', type: 'year', required: true }, { name: 'value', type: 'count', required: true }] },
 *   'data/x.csv');
 * // throws InputError: 'data/x.csv:2: value: expected a non-negative number, found "abc"'
 */
export function validateTable(table: CsvTable, schema: TableSchema, file: string): DataRow[] {
  const { rows, problems } = checkTable(table, schema, file);
  if (problems.length > 0) throw new InputError(problems);
  return rows;
}

/**
 * Like `validateTable`, but returns the valid rows and the problems instead of throwing, so that a
 * caller can add checks of its own and report everything together. When the header is wrong, no
 * rows are checked.
 *
 * @example
 * const { rows, problems } = checkTable(parseCsv(text, 'x.csv'), schema, 'x.csv');
 */
export function checkTable(table: CsvTable, schema: TableSchema, file: string): { rows: DataRow[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const index = new Map<string, number>();
  const known = schema.columns.map((c) => c.name);
  // A file is recognised by its header: column names match whatever their case or surrounding spaces.
  const canon = (h: string): string => known.find((k) => k.toLowerCase() === h.trim().toLowerCase()) ?? h;
  const header = table.header.map(canon);
  // Columns that must be present (a column marked optionalColumn may be left out).
  const present = schema.columns.filter((c) => !(c.optionalColumn && !c.required)).map((c) => c.name);
  const missing = present.filter((k) => !header.includes(k));
  if (missing.length > 0) {
    // Title rows above the header (a spreadsheet habit): one problem naming where the header is.
    const at = table.records.slice(0, 10).find((r) => present.every((k) => r.cells.some((c) => canon(c) === k)));
    if (at) {
      return {
        rows: [],
        problems: [{ file, line: 1, expected: `the header row (${present.join(',')}) as the first line`, found: `it on line ${at.line}, below a title: delete the rows above it` }],
      };
    }
    if (missing.length > 3) {
      return {
        rows: [],
        problems: [{ file, line: 1, expected: `the header row ${present.join(',')}`, found: `${header.join(table.separator ?? ',')}${table.separator && table.separator !== ',' ? ` (separated by ${table.separator === ';' ? 'semicolons' : 'tabs'})` : ''}` }],
      };
    }
  }
  header.forEach((h, i) => {
    if (index.has(h)) {
      problems.push({ file, line: 1, field: h, expected: 'each column name once', found: `"${h}" twice` });
    } else index.set(h, i);
  });
  for (const c of schema.columns) {
    if (!index.has(c.name) && !(c.optionalColumn && !c.required)) {
      const unknown = header.filter((h) => !known.includes(h));
      const hint = unknown.find((u) => didYouMean(u, [c.name]) !== undefined);
      problems.push({
        file,
        line: 1,
        field: c.name,
        expected: `a column named "${c.name}"`,
        found: `no such column (columns: ${header.join(',')})`,
        ...(hint ? { message: `is "${hint}" a misspelling of "${c.name}"?` } : {}),
      });
    }
  }
  for (const h of header) {
    if (!known.includes(h)) {
      problems.push({
        file,
        line: 1,
        field: h,
        expected: `only the columns ${known.join(',')}`,
        found: `an unknown column "${h}"`,
        ...(didYouMean(h, known) ? { message: didYouMean(h, known) } : {}),
      });
    }
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows: DataRow[] = [];
  const seen = new Map<string, number>();
  for (const rec of table.records) {
    if (rec.cells.length !== table.header.length) {
      problems.push({
        file,
        line: rec.line,
        expected: `${table.header.length} cells (one per column)`,
        found: `${rec.cells.length} cells`,
      });
      continue;
    }
    const cells: Record<string, Cell> = {};
    let ok = true;
    for (const c of schema.columns) {
      const at = index.get(c.name);
      const r = checkCell(c, at === undefined ? '' : rec.cells[at]);
      if (r.problem) {
        problems.push({ file, line: rec.line, ...r.problem });
        ok = false;
      } else cells[c.name] = r.value;
    }
    if (!ok) continue;
    const row: DataRow = { line: rec.line, cells };
    if (schema.key.length > 0) {
      const key = schema.key.map((k) => String(cells[k] ?? '')).join(',');
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({
          file,
          line: rec.line,
          field: schema.key.join(','),
          expected: 'a combination not used on another line',
          found: `${key}, already on line ${first}`,
        });
        continue;
      }
      seen.set(key, rec.line);
    }
    for (const p of schema.rowCheck?.(row) ?? []) problems.push({ file, line: rec.line, ...p });
    rows.push(row);
  }
  return { rows, problems };
}
