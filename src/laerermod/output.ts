/**
 * LÆRERMOD result tables in the reference's format
 * (`education,education_name,year,value,value_rounded`; `value` with 10 decimals as Python's
 * `%.10f`, `value_rounded` rounded half to even) and their atomic writing to a folder.
 */
import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../errors';
import { checkOutputTarget, outputError, resolveOutputTarget } from '../report/output-folder';
import { LAERERMOD_EDUCATION_NAMES } from './educations';
import type { LaerermodResult } from './model';
import { formatFixed, roundHalfEven } from './number-format';

/** The three output tables and their file names. */
export const LAERERMOD_OUTPUTS = ['supply', 'demand', 'difference'] as const;
export type LaerermodOutput = (typeof LAERERMOD_OUTPUTS)[number];

/** Header of every output table (the reference's columns). */
export const LAERERMOD_CSV_HEADER = 'education,education_name,year,value,value_rounded';

/** Decimals of `value` in the reference files. */
const VALUE_DECIMALS = 10;

function csvField(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One output table as CSV text (LF line ends, trailing newline), rows by education then year.
 *
 * @example
 * laerermodCsv(projectLaerermod(readLaerermodInputs()), 'supply').split('\n')[1];
 * // → 'ba,Kindergarten teachers,2020,47133.9871200000,47134'
 */
export function laerermodCsv(result: LaerermodResult, which: LaerermodOutput): string {
  const values = which === 'supply' ? result.supplyFte : which === 'demand' ? result.demandFte : result.differenceFte;
  const n = result.years.length;
  const lines = [LAERERMOD_CSV_HEADER];
  result.educations.forEach((e, i) => {
    const name = csvField(LAERERMOD_EDUCATION_NAMES[e].en);
    for (let y = 0; y < n; y++) {
      const v = values[i * n + y];
      lines.push(`${e},${name},${result.years[y]},${formatFixed(v, VALUE_DECIMALS)},${roundHalfEven(v)}`);
    }
  });
  return lines.join('\n') + '\n';
}

/**
 * Throws an InputError when a result is not a finite number (NaN or Infinity would be written as
 * such): it names the education, year and table, so that the inputs behind it can be checked.
 *
 * @example
 * checkFiniteResult(projectLaerermod(readLaerermodInputs())); // passes
 */
export function checkFiniteResult(result: LaerermodResult): void {
  const n = result.years.length;
  for (const which of LAERERMOD_OUTPUTS) {
    const values = which === 'supply' ? result.supplyFte : which === 'demand' ? result.demandFte : result.differenceFte;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        const e = result.educations[Math.floor(i / n)];
        throw new InputError({
          field: `${which} of ${e} in ${result.years[i % n]}`,
          expected: 'inputs that give a finite result',
          found: `${values[i]} (check the inputs of education ${e}: counts, rates and study length)`,
        });
      }
    }
  }
}

/**
 * Writes supply.csv, demand.csv and difference.csv into `outDir`: first into a temporary folder
 * beside it, then renamed, so a failed run leaves nothing behind. An existing non-empty `outDir`
 * is an {@link InputError} unless `force` (then it is replaced).
 *
 * @example
 * writeLaerermodOutputs(result, 'out/laerermod', { force: true });
 * // → ['out/laerermod/supply.csv', 'out/laerermod/demand.csv', 'out/laerermod/difference.csv']
 */
export function writeLaerermodOutputs(result: LaerermodResult, outDir: string, opts: { force?: boolean } = {}): string[] {
  checkFiniteResult(result);
  checkOutputTarget(outDir, opts.force === true, { warn: () => undefined });
  const target = resolveOutputTarget(outDir);
  const exists = fs.existsSync(target);
  const parent = path.dirname(target);
  let tmp: string;
  try {
    fs.mkdirSync(parent, { recursive: true });
    // Not mkdtemp: that makes a private (0700) folder, and the outputs are as readable as any other.
    tmp = path.join(parent, `.${path.basename(target)}.tmp-${process.pid}-${Date.now()}`);
    fs.mkdirSync(tmp, { mode: 0o755 });
  } catch (e) {
    throw outputError(e, outDir);
  }
  try {
    for (const which of LAERERMOD_OUTPUTS) fs.writeFileSync(path.join(tmp, `${which}.csv`), laerermodCsv(result, which));
    if (exists) fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return LAERERMOD_OUTPUTS.map((w) => path.join(outDir, `${w}.csv`));
}
