import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, isInputError, type InputProblem } from '../errors';
import { shortageTableBaseYear } from './model-data';
import { readPartnershipFile } from './partnership-file';
import { defaultDataDir } from './paths';
import { readTable, type LoadedTable } from './read-table';
import { DATA_FILES, DATA_SCHEMAS } from './schemas';

/**
 * The partnership files shipped in data/partnerships/.
 *
 * @example
 * SHIPPED_PARTNERSHIP_FILES[0]; // → 'partnerships/illustrative.csv'
 */
export const SHIPPED_PARTNERSHIP_FILES = ['partnerships/illustrative.csv', 'partnerships/template.csv', 'partnerships/template.xlsx'] as const;

/** Summary of one checked file. */
export interface CheckedFile {
  /** Path relative to the data folder, with forward slashes. */
  readonly name: string;
  readonly sha256: string;
  /** Data rows (partnership files: partnership × route × study-year rows). */
  readonly rows: number;
}

/**
 * Checks the whole data folder: every national file against its schema, a base year in
 * data/shortage.csv, every source key against data/sources.csv, a data card `X.md` beside every
 * `X.csv`, and the shipped partnership files.
 * Collects the problems of all files and throws them as one `InputError`; returns a summary of the
 * files when all is well. Used by the tests and by `sop validate`.
 *
 * @example
 * validateDataFolder().length; // → number of files checked
 */
export function validateDataFolder(dataDir: string = defaultDataDir()): CheckedFile[] {
  const problems: InputProblem[] = [];
  const out: CheckedFile[] = [];
  const shown = (name: string) => `data/${name}`;
  const tables = new Map<string, LoadedTable>();
  for (const name of DATA_FILES) {
    try {
      const t = readTable(path.join(dataDir, name), DATA_SCHEMAS[name], shown(name));
      tables.set(name, t);
      out.push({ name, sha256: t.sha256, rows: t.rows.length });
    } catch (e) {
      if (!isInputError(e)) throw e;
      problems.push(...(e as InputError).problems);
    }
  }
  const keys = new Set((tables.get('sources.csv')?.rows ?? []).map((r) => r.cells.key as string));
  if (tables.has('sources.csv')) {
    for (const [name, t] of tables) {
      if (name === 'sources.csv') continue;
      for (const row of t.rows) {
        for (const key of String(row.cells.source).split(';').map((k) => k.trim())) {
          if (!keys.has(key)) {
            problems.push({ file: shown(name), line: row.line, field: 'source', expected: 'a key listed in data/sources.csv', found: JSON.stringify(key) });
          }
        }
      }
    }
  }
  const shortage = tables.get('shortage.csv');
  if (shortage) {
    // the base year is read from the shortage file: the folder must have one
    try {
      shortageTableBaseYear(shortage.rows, shown('shortage.csv'));
    } catch (e) {
      if (!isInputError(e)) throw e;
      problems.push(...(e as InputError).problems);
    }
  }
  for (const name of SHIPPED_PARTNERSHIP_FILES) {
    try {
      const f = readPartnershipFile(path.join(dataDir, name), shown(name));
      out.push({ name, sha256: f.sha256, rows: f.partnerships.length });
    } catch (e) {
      if (!isInputError(e)) throw e;
      problems.push(...(e as InputError).problems);
    }
  }
  for (const name of [...DATA_FILES, ...SHIPPED_PARTNERSHIP_FILES.filter((n) => n.endsWith('.csv'))]) {
    const card = name.replace(/\.csv$/, '.md');
    if (!fs.existsSync(path.join(dataDir, card))) {
      problems.push({ file: shown(card), expected: `a data card describing ${name}`, found: 'no such file' });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return out;
}
