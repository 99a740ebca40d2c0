import * as zlib from 'node:zlib';
import { InputError } from '../errors';
import type { CsvRecord, CsvTable } from './csv';

/**
 * A bounded reader of the first sheet of an .xlsx workbook (Office Open XML), written for hostile
 * files: it reads the zip's central directory itself, inflates only the parts it needs with a cap
 * on their expanded size, and reads the sheet's XML cell by cell. The size of the table comes from
 * the cells that hold a value, never from the `<dimension>` the file declares, so a 6 KB file
 * that declares 1,048,576 × 16,384 cells costs nothing, and a cell outside the declared range is
 * read as Excel reads it.
 */

/** Largest workbook file accepted, in bytes. */
export const MAX_XLSX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest expanded size of one part of the workbook (sheet XML, shared strings), in bytes. */
export const MAX_XLSX_PART_BYTES = 64 * 1024 * 1024;
/** Most rows holding a value (the template needs a few thousand at most). */
export const MAX_XLSX_ROWS = 100_000;
/** Most columns (the template has 13). */
export const MAX_XLSX_COLUMNS = 256;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function fail(file: string, expected: string, found: string): never {
  throw new InputError({ file, expected, found });
}

/** The entries of a zip file from its central directory. */
function zipEntries(bytes: Buffer, file: string): Map<string, ZipEntry> {
  const notZip = (): never => fail(file, 'an .xlsx workbook (a zip file; save as "Excel Workbook (.xlsx)" or as .csv)', 'a file that is not a zip archive');
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) notZip();
  // End of central directory: the last 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) notZip();
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) notZip();
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name.replace(/^\//, ''), {
      name,
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      uncompressedSize: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The expanded bytes of one entry, refusing more than MAX_XLSX_PART_BYTES. */
function inflateEntry(bytes: Buffer, e: ZipEntry, file: string): Buffer {
  const lo = e.localOffset;
  if (lo + 30 > bytes.length || bytes.readUInt32LE(lo) !== 0x04034b50) fail(file, 'a readable .xlsx workbook', `a damaged zip entry (${e.name})`);
  const start = lo + 30 + bytes.readUInt16LE(lo + 26) + bytes.readUInt16LE(lo + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
  const tooBig = (): never =>
    fail(file, `workbook parts of at most ${MAX_XLSX_PART_BYTES / 1024 / 1024} MB when unpacked`, `${e.name} unpacks to more (a zip bomb?)`);
  if (e.uncompressedSize > MAX_XLSX_PART_BYTES) tooBig();
  if (e.method === 0) return data;
  if (e.method !== 8) fail(file, 'a readable .xlsx workbook', `zip compression method ${e.method} in ${e.name}`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: MAX_XLSX_PART_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) tooBig();
    return fail(file, 'a readable .xlsx workbook', `a damaged zip entry (${e.name})`);
  }
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character references and Excel's `_xHHHH_` escapes. */
function xmlText(s: string): string {
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, g: string) => {
      if (g[0] !== '#') return ENTITY[g];
      const cp = g[1] === 'x' ? parseInt(g.slice(2), 16) : parseInt(g.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The concatenated `<t>` texts of a string item (rich text runs joined, phonetic runs left out). */
function stringItem(xml: string): string {
  const body = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) out += xmlText(m[1]);
  return out;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
}

/** Column letters → 0-based index; -1 when not a cell reference. */
function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The path of the first worksheet, from workbook.xml and its relationships. */
function firstSheetPath(entries: Map<string, ZipEntry>, bytes: Buffer, file: string): string {
  const wbEntry = entries.get('xl/workbook.xml');
  if (wbEntry) {
    const wb = inflateEntry(bytes, wbEntry, file).toString('utf8');
    const sheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(wb)?.[0];
    const rid = sheet ? (attr(sheet, 'r:id') ?? attr(sheet, '[\\w]+:id')) : undefined;
    const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
    if (rid && relsEntry) {
      const rels = inflateEntry(bytes, relsEntry, file).toString('utf8');
      for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
        if (attr(m[0], 'Id') !== rid) continue;
        const target = attr(m[0], 'Target') ?? '';
        const p = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
        const norm = p.split('/').reduce<string[]>((acc, seg) => (seg === '..' ? acc.slice(0, -1) : seg === '.' ? acc : [...acc, seg]), []).join('/');
        if (entries.has(norm)) return norm;
      }
    }
  }
  const fallback = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort()[0];
  if (!fallback) fail(file, 'an .xlsx workbook with a worksheet', 'no worksheet in the file');
  return fallback;
}

/**
 * Reads the first sheet of an .xlsx workbook as a table of text cells, every cell that holds a
 * value included wherever it is. `line` is the spreadsheet row number. Rows without any value
 * are skipped; the first row with a value is the header. Throws `InputError` for a file that is
 * not a workbook, too large, a zip bomb, or with values beyond MAX_XLSX_ROWS / MAX_XLSX_COLUMNS.
 *
 * @example
 * readXlsxTable(fs.readFileSync('data/partnerships/template.xlsx'), 'template.xlsx').header[0]; // → 'partnership'
 */
export function readXlsxTable(bytes: Buffer, file: string): CsvTable {
  if (bytes.length > MAX_XLSX_FILE_BYTES) fail(file, `a workbook of at most ${MAX_XLSX_FILE_BYTES / 1024 / 1024} MB`, `${bytes.length} bytes`);
  const entries = zipEntries(bytes, file);
  const sheetPath = firstSheetPath(entries, bytes, file);
  const sst: string[] = [];
  const sstEntry = entries.get('xl/sharedStrings.xml');
  if (sstEntry) {
    const xml = inflateEntry(bytes, sstEntry, file).toString('utf8');
    for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) sst.push(m[1] ? stringItem(m[1]) : '');
  }
  const xml = inflateEntry(bytes, entries.get(sheetPath)!, file).toString('utf8');
  const rows = new Map<number, string[]>();
  let rowNo = 0;
  const rowRe = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
  const cellRe = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
  for (const rm of xml.matchAll(rowRe)) {
    const r = attr(rm[1], 'r');
    rowNo = r !== undefined && /^\d+$/.test(r) ? Number(r) : rowNo + 1;
    if (!rm[2]) continue;
    let col = -1;
    for (const cm of rm[2].matchAll(cellRe)) {
      const ref = attr(cm[1], 'r');
      const refM = ref ? /^([A-Z]{1,3})(\d+)$/.exec(ref) : null;
      col = refM ? colIndex(refM[1]) : col + 1;
      const body = cm[2];
      if (!body) continue;
      const type = attr(cm[1], 't') ?? 'n';
      let text: string | undefined;
      if (type === 'inlineStr') {
        const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
        text = is ? stringItem(is[1]) : undefined;
      } else {
        const v = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body);
        if (v) {
          const raw = xmlText(v[1]);
          if (type === 's') text = sst[Number(raw)] ?? '';
          else if (type === 'b') text = raw === '1' ? 'TRUE' : 'FALSE';
          else if (type === 'n') text = raw.trim() !== '' && Number.isFinite(Number(raw)) ? String(Number(raw)) : raw;
          else text = raw;
        }
      }
      if (text === undefined || text === '') continue;
      if (col >= MAX_XLSX_COLUMNS || rowNo > 1_048_576 + 1) {
        fail(file, `values within the first ${MAX_XLSX_COLUMNS} columns (A–${colName(MAX_XLSX_COLUMNS - 1)})`, `a value in cell ${colName(col)}${rowNo}`);
      }
      let cells = rows.get(rowNo);
      if (!cells) {
        if (rows.size >= MAX_XLSX_ROWS) fail(file, `at most ${MAX_XLSX_ROWS} rows with values`, `more (row ${rowNo})`);
        cells = [];
        rows.set(rowNo, cells);
      }
      while (cells.length < col) cells.push('');
      cells[col] = text;
    }
  }
  const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]).filter(([, c]) => c.some((x) => x.trim() !== ''));
  if (ordered.length === 0) fail(file, 'a header row with column names', 'an empty sheet');
  const [[, head], ...rest] = ordered;
  const header = head.map((c) => c.trim());
  const records: CsvRecord[] = rest.map(([line, cells]) => ({
    line,
    cells: cells.length >= header.length ? cells : cells.concat(Array<string>(header.length - cells.length).fill('')),
  }));
  return { header, records };
}
