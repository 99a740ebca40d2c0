/**
 * Reads LÆRERMOD's input files from a folder (the I/O edge of the adapter).
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';
import { packageRoot } from '../data/paths';
import { LAERERMOD_FILES, parseLaerermodInputs } from './inputs';
import type { LaerermodFileKey, LaerermodInputs } from './inputs';

/**
 * The bundled LÆRERMOD inputs: `data/laerermod/inputdata` in the package.
 *
 * @example
 * defaultLaerermodInputDir(); // → '/…/sop2030/data/laerermod/inputdata'
 */
export function defaultLaerermodInputDir(): string {
  return path.join(packageRoot(), 'data', 'laerermod', 'inputdata');
}

/**
 * Reads and parses the ten input files from `dir`. A missing folder or file is an
 * {@link InputError}; so is any malformed cell.
 *
 * @example
 * const inputs = readLaerermodInputs('data/laerermod/inputdata');
 * inputs.ageDistributed.length; // → 723
 */
export function readLaerermodInputs(dir: string = defaultLaerermodInputDir()): LaerermodInputs {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new InputError({ file: dir, expected: 'a folder with the LÆRERMOD input files', found: 'no such folder' });
  }
  const texts = {} as Record<LaerermodFileKey, string>;
  const paths = {} as Record<LaerermodFileKey, string>;
  for (const key of Object.keys(LAERERMOD_FILES) as LaerermodFileKey[]) {
    const file = path.join(dir, LAERERMOD_FILES[key]);
    paths[key] = file;
    try {
      texts[key] = fs.readFileSync(file, 'utf8');
    } catch {
      throw new InputError({ file, expected: `the input file ${LAERERMOD_FILES[key]}`, found: 'no such file' });
    }
  }
  return parseLaerermodInputs(texts, dir, paths);
}
