/**
 * LÆRERMOD's input files: plain text, a header row, whitespace-separated columns (published as
 * fixed-width text and read by the original with `pandas.read_fwf`). Columns are found by their
 * header name, so a variant with other widths, decimals or column order reads the same.
 */
import { InputError } from '../errors';

/** One data row: its 1-based line number, its tokens and where each token starts (1-based column). */
export interface TableRow {
  readonly line: number;
  readonly tokens: readonly string[];
  readonly starts: readonly number[];
}

/** A parsed table: its file name (for messages), its header and its data rows. */
export interface TextTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

/** True for the characters that separate fields: space, tab, vertical tab, form feed. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12;
}

/**
 * Parses a whitespace-separated table with a header row. Blank lines are skipped (as `read_fwf`
 * does); a row with a different number of fields than the header is an {@link InputError}.
 *
 * @example
 * const t = parseTextTable('Year StandardChange1\n2020 1.0\n', 'change_standard.txt');
 * t.header;          // → ['Year', 'StandardChange1']
 * t.rows[0].line;    // → 2
 */
export function parseTextTable(text: string, file: string): TextTable {
  // One pass over the characters (a regex per line and per cell costs ~10× more on these files).
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  let header: string[] | undefined;
  const rows: TableRow[] = [];
  let lineNo = 1;
  let i = 0;
  while (i <= n) {
    const tokens: string[] = [];
    const starts: number[] = [];
    const lineStart = i;
    while (i < n) {
      const c = src.charCodeAt(i);
      if (c === 10 || c === 13) break;
      if (isBlank(c)) {
        i++;
        continue;
      }
      const from = i;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === 10 || d === 13 || isBlank(d)) break;
        i++;
      }
      tokens.push(src.slice(from, i));
      starts.push(from - lineStart + 1);
    }
    if (tokens.length > 0) {
      if (header === undefined) {
        header = tokens;
        const seen = new Set<string>();
        for (const h of header) {
          if (seen.has(h)) {
            throw new InputError({ file, line: lineNo, field: h, expected: 'unique column names', found: `"${h}" twice` });
          }
          seen.add(h);
        }
      } else if (tokens.length !== header.length) {
        throw new InputError({
          file, line: lineNo, column: starts[Math.min(tokens.length, header.length) - 1],
          expected: `${header.length} fields (${header.join(' ')})`, found: `${tokens.length} fields`,
        });
      } else {
        rows.push({ line: lineNo, tokens, starts });
      }
    }
    // End of line: \n, \r\n or \r.
    if (i < n && src.charCodeAt(i) === 13 && src.charCodeAt(i + 1) === 10) i++;
    i++;
    lineNo++;
  }
  if (header === undefined) throw new InputError({ file, expected: 'a header row and data rows', found: 'an empty file' });
  return { file, header, rows };
}

/**
 * Position of a named column; an {@link InputError} (with a "did you mean") when it is missing.
 *
 * @example
 * columnIndex(parseTextTable('Age Gender 2020\n0 1 5\n', 'mmmm.txt'), '2020'); // → 2
 */
export function columnIndex(table: TextTable, name: string): number {
  const i = table.header.indexOf(name);
  if (i >= 0) return i;
  const near = table.header.find((h) => h.toLowerCase() === name.toLowerCase());
  throw new InputError({
    file: table.file, line: 1, field: name, expected: `a column named "${name}"`,
    found: `columns ${table.header.join(', ')}`, message: near ? `did you mean "${near}"?` : undefined,
  });
}

/**
 * The number in a cell; an {@link InputError} naming file, line, column and field otherwise.
 *
 * @example
 * const t = parseTextTable('A B\nx 0.73\n', 'c.txt');
 * numberAt(t, t.rows[0], 1); // → 0.73
 */
export function numberAt(table: TextTable, row: TableRow, col: number, opts: { integer?: boolean } = {}): number {
  const raw = row.tokens[col];
  let x = NaN;
  if (isPlainNumber(raw)) x = Number(raw);
  if (!Number.isFinite(x) || (opts.integer && !Number.isInteger(x))) {
    throw new InputError({
      file: table.file, line: row.line, column: row.starts[col], field: table.header[col],
      expected: opts.integer ? 'an integer' : 'a number', found: `"${raw}"`,
    });
  }
  return x;
}

/** Only digits, sign, point and exponent: rejects what `Number` also accepts (hex, "Infinity", …). */
function isPlainNumber(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 43 || c === 45 || c === 101 || c === 69)) return false;
  }
  return true;
}

/**
 * The text in a cell.
 *
 * @example
 * const t = parseTextTable('Education Age\nba 18\n', 'a.txt');
 * textAt(t, t.rows[0], 0); // → 'ba'
 */
export function textAt(_table: TextTable, row: TableRow, col: number): string {
  return row.tokens[col];
}

/**
 * An {@link InputError} about one cell.
 *
 * @example
 * const t = parseTextTable('Gender\n3\n', 'a.txt');
 * cellError(t, t.rows[0], 0, '1 (men) or 2 (women)').message; // → 'a.txt:2:1: Gender: expected 1 (men) or 2 (women), found "3"'
 */
export function cellError(table: TextTable, row: TableRow, col: number, expected: string, message?: string): InputError {
  return new InputError({
    file: table.file, line: row.line, column: row.starts[col], field: table.header[col],
    expected, found: `"${row.tokens[col]}"`, message,
  });
}
