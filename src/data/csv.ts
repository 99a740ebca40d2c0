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
  /** The cell separator found (`,` unless the file uses `;` or tabs, as Excel writes in Dutch). */
  readonly separator?: string;
}

/**
 * The separator of a CSV text, from its first line with text (outside quotes): `;` or a tab when
 * that line has more of them than commas (Excel's "CSV" in a Dutch locale uses `;`), else `,`.
 *
 * @example
 * detectSeparator('jaar;waarde\n2020;0,5\n'); // → ';'
 */
export function detectSeparator(text: string): string {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let i = 0; i < src.length && i < 65536; i++) {
    const ch = src[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!quoted && ch in counts) counts[ch]++;
    else if (!quoted && ch.trim() !== '') seen = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Decodes the bytes of a text file whatever the spreadsheet saved it as: UTF-8 (with or without
 * a byte-order mark), UTF-16 (little or big endian, by its byte-order mark or its zero bytes),
 * or, when the bytes are not valid UTF-8, Windows-1252 (Latin-1 as Excel writes it in Western
 * Europe), so that "Fryslân" saved as Latin-1 reads right instead of as replacement characters.
 *
 * @example
 * decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text; // → 'café' (Latin-1)
 */
export function decodeText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: swap16(bytes.subarray(2)).toString('utf16le'), encoding: 'utf-16be' };
  // UTF-16 without a byte-order mark: ASCII text has a zero in every other byte.
  const n = Math.min(bytes.length, 4096) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (n >= 4 && oddZero > n / 4 && evenZero === 0) return { text: bytes.toString('utf16le', 0, bytes.length & ~1), encoding: 'utf-16le' };
  if (n >= 4 && evenZero > n / 4 && oddZero === 0) return { text: swap16(bytes.subarray(0, bytes.length & ~1)).toString('utf16le'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b);
  for (let i = 0; i + 1 < out.length; i += 2) [out[i], out[i + 1]] = [out[i + 1], out[i]];
  return out;
}

/**
 * With `;` as separator (Excel in Dutch), numbers are written with a decimal comma: cells that
 * are a number with a decimal comma (`0,5`, `-12,75`, `1.234,5`) are rewritten with a decimal
 * point; other cells are left as they are. Tables with `,` as separator are returned unchanged.
 *
 * @example
 * withDecimalPoints(parseCsv('a;b\n1;0,5\n', 'x.csv')).records[0].cells; // → ['1', '0.5']
 */
export function withDecimalPoints(table: CsvTable): CsvTable {
  if (table.separator !== ';') return table;
  const fix = (c: string): string => {
    const t = c.trim();
    if (/^[+-]?\d+,\d+$/.test(t)) return t.replace(',', '.');
    if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(t)) return t.replace(/\./g, '').replace(',', '.');
    return c;
  };
  return { ...table, records: table.records.map((r) => ({ line: r.line, cells: r.cells.map(fix) })) };
}

/**
 * Parses CSV text as RFC 4180 describes it: comma-separated cells, cells in double quotes may hold
 * commas, line breaks and doubled quotes (`""`). The separator is detected from the first line
 * (`detectSeparator`: `;` as Excel writes in Dutch, or tabs, are accepted too). A UTF-8 byte-order
 * mark, CRLF line ends and a missing final line end are accepted; blank lines and lines of only
 * separators are skipped. Cells are not trimmed or converted:
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
  const sep = detectSeparator(src);
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
    // A row of only separators (`,,,,`: what a spreadsheet writes for an empty row) is blank too.
    if (!cells.every((c) => c.trim() === '')) rows.push({ line: rowLine, cells });
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
    if (ch === sep) {
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
          expected: `a ${sep === ',' ? 'comma' : sep === ';' ? 'semicolon' : 'tab'} or line end after a closing quote`,
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
  return { header: head.cells.map((c) => c.trim()), records, separator: sep };
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
