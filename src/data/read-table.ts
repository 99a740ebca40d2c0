import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { InputError } from '../errors';
import { decodeText, parseCsv, withDecimalPoints } from './csv';
import { readInputFile } from './read-file';
import { validateTable, type DataRow, type TableSchema } from './schema';

/** A validated data file: its typed rows, where it was read from and its SHA-256 (for the manifest). */
export interface LoadedTable {
  readonly path: string;
  readonly sha256: string;
  readonly rows: readonly DataRow[];
}

/**
 * Reads a CSV file, checks it against `schema` and returns its typed rows with the file's SHA-256.
 * Every problem of the file is reported at once in one `InputError`; a missing file is an
 * `InputError` too.
 *
 * @example
 * const t = readTable('data/sop-share.csv', DATA_SCHEMAS['sop-share.csv']);
 * t.rows[0].cells.value; // → 0.13
 */
export function readTable(file: string, schema: TableSchema, displayName = file): LoadedTable {
  const bytes = readInputFile(file, displayName, 'a readable CSV file');
  const table = withDecimalPoints(parseCsv(decodeText(bytes).text, displayName));
  const rows = validateTable(table, schema, displayName);
  return { path: file, sha256: createHash('sha256').update(bytes).digest('hex'), rows };
}
