import * as fs from 'node:fs';
import { InputError } from '../errors';

/** Largest CSV input file accepted, in bytes (the national tables are a few hundred KB). */
export const MAX_CSV_FILE_BYTES = 50 * 1024 * 1024;

/**
 * What is at `file` when it is not a regular file, in words; undefined for a regular file.
 * A FIFO, a device such as /dev/zero or a socket is never read (it could block or never end).
 *
 * @example
 * notAFile('/dev/zero'); // → 'a device or pipe, not a file'
 */
export function notAFile(file: string): string | undefined {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    return 'no such file';
  }
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a folder, not a file';
  return 'a device or pipe, not a file';
}

/**
 * Reads an input file's bytes after checking that it is a regular file of at most `maxBytes`;
 * otherwise an InputError naming the file, what was expected and what is there.
 *
 * @example
 * readInputFile('data/sop-share.csv', 'data/sop-share.csv', 'a readable CSV file').length > 0; // → true
 */
export function readInputFile(file: string, display: string, expected: string, maxBytes = MAX_CSV_FILE_BYTES): Buffer {
  const wrong = notAFile(file);
  if (wrong) throw new InputError({ file: display, expected, found: wrong });
  const size = fs.statSync(file).size;
  if (size > maxBytes) throw new InputError({ file: display, expected: `${expected} of at most ${Math.round(maxBytes / 1024 / 1024)} MB`, found: `${size} bytes` });
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError({ file: display, expected, found: `a file that cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
  }
}
