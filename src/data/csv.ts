import { InputError } from '../errors';

/** One record of a CSV file: its cells and the line of the file where the record starts (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A parsed CSV file: the header's cells and the records below it. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/**
 * Parses CSV text as RFC 4180 describes it: comma-separated cells, cells in double quotes may hold
 * commas, line breaks and doubled quotes (`""`). A UTF-8 byte-order mark, CRLF line ends and a
 * missing final line end are accepted; blank lines are skipped. Cells are not trimmed or converted:
 * types are the schema's job (`validateTable`).
 *
 * Throws `InputError` (naming the file and line) for an unterminated quoted cell or text after a
 * closing quote.
 *
 * @example
 * parseCsv('year,value\n2020,"1,5"\n', 'x.csv');
 * // → { header: ['year', 'value'], records: [{ line: 2, cells: ['2020', '1,5'] }] }
 */
export function parseCsv(text: string, file: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  let afterQuote = false;

  const endCell = (): void => {
    cells.push(cell);
    cell = '';
    afterQuote = false;
  };
  const endRow = (): void => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };

  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === ',') {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else if (ch === '"' && cell === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
      i++;
    } else {
      if (afterQuote) {
        throw new InputError({
          file,
          line,
          expected: 'a comma or line end after a closing quote',
          found: JSON.stringify(ch),
        });
      }
      cell += ch;
      i++;
    }
  }
  if (quoted) {
    throw new InputError({ file, line: quoteLine, expected: 'a closing double quote', found: 'the end of the file' });
  }
  if (cell !== '' || cells.length > 0 || afterQuote) endRow();

  if (rows.length === 0) {
    throw new InputError({ file, line: 1, expected: 'a header line with column names', found: 'an empty file' });
  }
  const [head, ...records] = rows;
  return { header: head.cells.map((c) => c.trim()), records };
}

/**
 * Writes rows as CSV text (RFC 4180): cells that hold a comma, quote or line break are quoted;
 * lines end with `\n`; the text ends with a line end.
 *
 * @example
 * formatCsv([['a', 'b'], ['1', 'x,y']]); // → 'a,b\n1,"x,y"\n'
 */
export function formatCsv(rows: readonly (readonly (string | number | undefined | null)[])[]): string {
  const quote = (v: string | number | undefined | null): string => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
}
