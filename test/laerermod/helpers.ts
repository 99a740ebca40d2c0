import * as fs from 'fs';
import * as path from 'path';
import { LAERERMOD_FILES, parseLaerermodInputs } from '../../src/laerermod';
import type { LaerermodFileKey, LaerermodInputs } from '../../src/laerermod';

export const DATA = path.join(__dirname, '..', '..', 'data', 'laerermod');
export const INPUT_DIR = path.join(DATA, 'inputdata');

/** The bundled input files' texts, keyed as parseLaerermodInputs wants them. */
export function bundledTexts(): Record<LaerermodFileKey, string> {
  const texts = {} as Record<LaerermodFileKey, string>;
  for (const k of Object.keys(LAERERMOD_FILES) as LaerermodFileKey[]) {
    texts[k] = fs.readFileSync(path.join(INPUT_DIR, LAERERMOD_FILES[k]), 'utf8');
  }
  return texts;
}

/** Parses the bundled texts after `edit` changed some of them. */
export function variant(edit: (t: Record<LaerermodFileKey, string>) => void): LaerermodInputs {
  const t = bundledTexts();
  edit(t);
  return parseLaerermodInputs(t, 'variant');
}

/** Rows of a reference CSV (header dropped), split on commas. */
export function readCsv(file: string): string[][] {
  return fs.readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
}

/** Replaces cells of a whitespace table: `f(header, tokens)` returns the new tokens of a data row. */
export function mapRows(text: string, f: (header: string[], tokens: string[]) => string[]): string {
  const lines = text.split('\n');
  const header = lines[0].trim().split(/\s+/);
  return [lines[0], ...lines.slice(1).map((l) => (l.trim() ? f(header, l.trim().split(/\s+/)).join(' ') : l))].join('\n');
}
