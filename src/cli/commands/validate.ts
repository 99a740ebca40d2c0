import * as fs from 'node:fs';
import * as path from 'node:path';
import { echo, InputError, type InputProblem, isInputError, listProblems } from '../../errors';
import { decodeText, detectSeparator } from '../../data/csv';
import { notAFile } from '../../data/read-file';
import type { CliIo } from '../io';
import type { ParsedArgs } from '../options';

/** The kind of file `sop validate` recognised. */
export type ValidatedKind = 'scenario' | 'data' | 'partnership';

/**
 * Every problem of one file, without throwing: scenario files (.yaml/.yml) by the scenario
 * loader, partnership files (.xlsx, or .csv whose first column is `partnership`) by the
 * partnership loader, other .csv files by the schema of the data file of the same name.
 *
 * @example
 * validateFile('scenarios/baseline.yaml', process.cwd()) // → { kind: 'scenario', problems: [] }
 */
export async function validateFile(file: string, cwd: string): Promise<{ kind?: ValidatedKind; problems: InputProblem[] }> {
  const abs = path.resolve(cwd, file);
  const wrong = notAFile(abs);
  if (wrong) return { problems: [{ file, field: 'file', expected: 'an existing file', found: wrong }] };
  const ext = path.extname(abs).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') {
    const { validateScenarioFile } = await import('../../scenario/load');
    return { kind: 'scenario', problems: validateScenarioFile(file, { cwd }) };
  }
  if (ext === '.xlsx' || ext === '.xls' || (ext === '.csv' && isPartnershipCsv(abs))) {
    const { readPartnershipFile } = await import('../../data/partnership-file');
    return { kind: 'partnership', problems: collect(() => readPartnershipFile(abs, file)) };
  }
  if (ext === '.csv') {
    const { DATA_SCHEMAS } = await import('../../data/schemas');
    const { readTable } = await import('../../data/read-table');
    const schema = DATA_SCHEMAS[path.basename(abs)];
    if (!schema) {
      return {
        problems: [{
          file, field: 'file name',
          expected: `a data file with a known schema (${Object.keys(DATA_SCHEMAS).join(', ')}) or a partnership file (first column 'partnership')`,
          found: `'${path.basename(abs)}'`,
        }],
      };
    }
    const { shortageTableBaseYear } = await import('../../data/model-data');
    return {
      kind: 'data',
      problems: collect(() => {
        const t = readTable(abs, schema, file);
        // the base year is read from the shortage file: it must have one
        if (path.basename(abs) === 'shortage.csv') shortageTableBaseYear(t.rows, file);
      }),
    };
  }
  return { problems: [{ file, field: 'file type', expected: '.yaml (scenario), .csv (data or partnership) or .xlsx (partnership)', found: ext || 'no extension' }] };
}

/**
 * True when a CSV file is a partnership table: recognised by its header (as `sop mentors` reads
 * it), whatever the order or case of its columns, its separator or encoding, or title rows above
 * the header.
 */
function isPartnershipCsv(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(64 * 1024);
    head = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0));
  } finally {
    fs.closeSync(fd);
  }
  const text = decodeText(head).text.replace(/^\uFEFF/, '');
  const sep = detectSeparator(text);
  return text
    .split(/\r?\n/)
    .slice(0, 10)
    .some((line) => {
      const cells = line.split(sep).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
      return cells.includes('partnership') && cells.includes('route') && cells.includes('study_year');
    });
}

function collect(f: () => unknown): InputProblem[] {
  try {
    f();
    return [];
  } catch (e) {
    if (isInputError(e)) return [...(e as InputError).problems];
    throw e;
  }
}

/**
 * `sop validate FILE…`: lists every problem of every file; exit 0 when all are valid, 2 otherwise.
 *
 * @example
 * await run({ values: {}, positionals: ['scenarios/baseline.yaml'] }, processIo()) // → 0
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) {
    throw new InputError({ field: 'FILE', expected: 'one or more files to check', found: 'none' });
  }
  let bad = 0;
  // Every file is checked; the problems of all files are listed together within the bounds of
  // listProblems (the first 100, under 20 KB, then "… and N more problems").
  const all: InputProblem[] = [];
  for (const file of args.positionals) {
    const { kind, problems } = await validateFile(file, io.cwd);
    if (problems.length === 0) {
      io.stdout(`ok  ${echo(file)} (${kind})\n`);
      continue;
    }
    bad++;
    for (const p of problems) all.push({ ...p, file: p.file ?? file });
  }
  for (const line of listProblems(all)) io.stderr(`sop: ${line}\n`);
  if (bad > 0) {
    io.stderr(`sop: ${bad} of ${args.positionals.length} file(s) invalid\n`);
    return 2;
  }
  return 0;
}
