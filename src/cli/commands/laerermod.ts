/**
 * `sop laerermod`: Statistics Norway's LÆRERMOD reproduced with the workforce engine. Reads the
 * input folder, projects supply, demand and difference for 7 teacher groups × 2020–2040 and writes
 * supply.csv, demand.csv and difference.csv in the reference's format.
 *
 * Kept light on purpose (its whole-process time is benchmarked): it loads only src/laerermod,
 * the engine and node's own modules — no charting, spreadsheet or dataframe libraries.
 */
import * as path from 'path';
import { parseArgs } from 'util';
import { InputError, isInputError } from '../../errors';
import { LAERERMOD_EDUCATIONS } from '../../laerermod/educations';
import { projectLaerermod } from '../../laerermod/model';
import { roundHalfEven } from '../../laerermod/number-format';
import { writeLaerermodOutputs } from '../../laerermod/output';
import { checkOutputTarget } from '../../report/output-folder';
import { defaultLaerermodInputDir, readLaerermodInputs } from '../../laerermod/read-inputs';

/** Help text of `sop laerermod`. */
export const LAERERMOD_HELP = `Usage: sop laerermod [--input DIR] [--out DIR] [--force] [--quiet]

Reproduces Statistics Norway's teacher model LÆRERMOD (base year 2020, to 2040, seven teacher groups)
with this toolkit's workforce engine, and writes supply.csv, demand.csv and difference.csv with the
columns education,education_name,year,value,value_rounded (fte; difference = supply − demand, the
opposite sign of this toolkit's shortage). Reads the ten LÆRERMOD input files by column name.

Options:
  --input DIR   folder with LÆRERMOD's input files (default: the bundled data/laerermod/inputdata)
  --out DIR     output folder (default: out/laerermod-<timestamp>); written to a temporary folder
                and renamed when complete
  --force       replace an existing non-empty output folder
  --quiet       print nothing but errors and warnings
  -h, --help    show this help

Examples:
  sop laerermod
  sop laerermod --out out/laerermod
  sop laerermod --input my-variant/inputdata --out out/variant --force
  diff out/laerermod/supply.csv data/laerermod/reference/supply.csv

Exit codes: 0 success, 2 invalid input (file, line, column, field, expected, found), 1 internal error.
`;

function timestamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

function headline(result: ReturnType<typeof projectLaerermod>): string {
  const n = result.years.length;
  const at = (arr: Float64Array, e: number, year: number) => String(roundHalfEven(arr[e * n + (year - result.years[0])]));
  const rows = [['edu', '2020 S=D', '2030 S / D', '2040 S / D']];
  LAERERMOD_EDUCATIONS.forEach((e, i) => {
    rows.push([e, at(result.supplyFte, i, 2020),
      `${at(result.supplyFte, i, 2030)} / ${at(result.demandFte, i, 2030)}`,
      `${at(result.supplyFte, i, 2040)} / ${at(result.demandFte, i, 2040)}`]);
  });
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((x, c) => (c === 0 ? x.padEnd(widths[c]) : x.padStart(widths[c]))).join('  ')).join('\n') + '\n';
}

/**
 * Runs `sop laerermod` with its own arguments (after the command name) and returns the exit code.
 * Prints to the process's stdout/stderr.
 *
 * @example
 * process.exitCode = await runLaerermodCommand(['--out', 'out/laerermod', '--force']);
 */
export async function runLaerermodCommand(args: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const err = (s: string) => process.stderr.write(s);
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        strict: true,
        options: {
          input: { type: 'string' },
          out: { type: 'string' },
          force: { type: 'boolean' },
          quiet: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
          debug: { type: 'boolean' },
        },
      });
    } catch (e) {
      throw new InputError({ field: 'sop laerermod', expected: 'options --input DIR, --out DIR, --force, --quiet, --help', found: (e as Error).message });
    }
    const v = parsed.values;
    if (v.help) {
      out(LAERERMOD_HELP);
      return 0;
    }
    if (parsed.positionals.length > 0) {
      throw new InputError({ field: 'sop laerermod', expected: 'no positional arguments (use --input DIR)', found: `'${parsed.positionals[0]}'` });
    }
    if (v.input !== undefined && v.input === '') throw new InputError({ field: '--input', expected: 'a folder', found: 'nothing' });
    if (v.out !== undefined && v.out === '') throw new InputError({ field: '--out', expected: 'a folder', found: 'nothing' });
    const inputDir = v.input ?? defaultLaerermodInputDir();
    const outDir = v.out ?? path.join('out', `laerermod-${timestamp()}`);
    checkOutputTarget(outDir, v.force === true, { inputs: [path.resolve(inputDir)], warn: err });
    const inputs = readLaerermodInputs(inputDir);
    const result = projectLaerermod(inputs);
    for (const w of result.model.warnings) err(`sop: laerermod: warning: ${w}\n`);
    const files = writeLaerermodOutputs(result, outDir, { force: v.force === true });
    if (!v.quiet) {
      out(headline(result));
      out(`Wrote ${files.join(', ')}\n`);
    }
    return 0;
  } catch (e) {
    if (isInputError(e)) {
      for (const line of e.message.split('\n')) if (line) err(`sop: laerermod: ${line}\n`);
      return 2;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    err(`sop: laerermod: internal error: ${error.message}\n`);
    if (args.includes('--debug') || process.env.SOP_DEBUG === '1') err(`${error.stack ?? ''}\n`);
    return 1;
  }
}
