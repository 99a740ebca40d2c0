import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError, isInputError } from '../errors';
import type { Lang } from '../model/domain';
import { checkOutputTarget, defaultOutputDir, writeOutputFolder, writeOutputFile } from '../report/output-folder';
import { csvQuote } from '../report/csv';
import { setOptions, type ParsedArgs } from '../cli/options';
import type { ChartSpec } from '../report/charts/chart-common';

/**
 * What the three analysis commands (`sop solve`, `sop sensitivity`, `sop backtest`,
 * src/cli/commands/) share: option parsing with user-facing errors, exit codes, number parsing,
 * CSV text and the output folder (temporary folder renamed when complete, DESIGN.md §5).
 */

/** Where a command prints. Defaults to the process's streams. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/**
 * The process's own streams.
 *
 * @example
 * await runBacktestCommand([], processCommandIo());
 */
export function processCommandIo(): CommandIo {
  return { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), cwd: process.cwd() };
}

/**
 * Runs a command body and maps errors to exit codes: 0 success, 2 invalid input (InputError: one
 * line per problem, no stack trace), 1 anything else (the stack with SOP_DEBUG=1).
 *
 * @example
 * return runWithExitCode('solve', io, async () => { …; return 0; });
 */
export async function runWithExitCode(name: string, io: CommandIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (isInputError(e)) {
      for (const line of e.message.split('\n')) if (line) io.stderr(`sop ${name}: ${line}\n`);
      return 2;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    io.stderr(`sop ${name}: internal error: ${error.message}\n`);
    if (process.env.SOP_DEBUG === '1') io.stderr(`${error.stack ?? ''}\n`);
    else io.stderr(`sop ${name}: run again with SOP_DEBUG=1 for the details, and report it if it persists.\n`);
    return 1;
  }
}

/** Option definitions for node:util parseArgs. */
export type OptionDefs = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments strictly (unknown options and missing values are InputErrors).
 *
 * @example
 * parseCommand('backtest', ['--horizon', '2'], { horizon: { type: 'string' } }).values.horizon; // → '2'
 */
export function parseCommand(name: string, args: readonly string[], options: OptionDefs): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals };
  } catch (e) {
    const names = Object.keys(options).map((k) => `--${k}`).join(', ');
    const message = (e as Error).message.split('. To specify')[0];
    throw new InputError({ field: 'options', expected: `options among ${names} (see sop ${name} --help)`, found: message });
  }
}

/**
 * A number option (finite, within [min, max]); `fallback` when absent.
 *
 * @example
 * numberOption({ probability: '0.8' }, 'probability', 0, 1, 0.9); // → 0.8
 */
export function numberOption(values: Record<string, unknown>, name: string, min: number, max: number, fallback: number): number;
export function numberOption(values: Record<string, unknown>, name: string, min: number, max: number, fallback?: number): number | undefined;
export function numberOption(values: Record<string, unknown>, name: string, min: number, max: number, fallback?: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(String(raw).trim());
  if (String(raw).trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new InputError({ field: `--${name}`, expected: `a number from ${min} to ${max}`, found: `'${String(raw)}'` });
  }
  return n;
}

/**
 * A whole-number option within [min, max]; `fallback` when absent.
 *
 * @example
 * intOptionValue({ draws: '200' }, 'draws', 10, 100000, 400); // → 200
 */
export function intOptionValue(values: Record<string, unknown>, name: string, min: number, max: number, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const text = String(raw).replace(/_/g, '').trim();
  const n = /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError({ field: `--${name}`, expected: `a whole number from ${min} to ${max}`, found: `'${String(raw)}'` });
  }
  return n;
}

/**
 * `--lang nl|en` (default nl).
 *
 * @example
 * langOption({ lang: 'en' }); // → 'en'
 */
export function langOption(values: Record<string, unknown>): Lang {
  const raw = values.lang;
  if (raw === undefined) return 'nl';
  if (raw !== 'nl' && raw !== 'en') throw new InputError({ field: '--lang', expected: 'nl or en', found: `'${String(raw)}'` });
  return raw;
}

/**
 * Repeatable `--set key=value` → overrides by parameter key (the scenario loader validates them).
 *
 * @example
 * setOverrides({ set: ['capacity.cap=off'] }); // → { 'capacity.cap': 'off' }
 */
export function setOverrides(values: Record<string, unknown>): Record<string, string> | undefined {
  return setOptions(values as ParsedArgs['values']);
}

/**
 * CSV text from a header and rows: numbers in JavaScript's shortest round-trip form (`String(x)`),
 * non-finite numbers as empty cells, RFC 4180 quoting, `\n` line ends.
 *
 * @example
 * csvText(['a', 'b'], [[1, 'x,y']]); // → 'a,b\n1,"x,y"\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  const cell = (v: string | number | boolean | undefined): string => {
    if (v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v === 0 ? 0 : v) : '';
    return csvQuote(String(v));
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Files and charts a command writes to its output folder. */
export interface AnalysisOutput {
  files: Record<string, string>;
  charts: readonly ChartSpec[];
}

/**
 * Writes an analysis output folder: `files` as given, each chart as `charts/<name>.svg` (rendered
 * by src/report's renderSvg) and `charts/<name>.vl.json` (its spec). Temporary folder beside the
 * target, renamed when complete; a non-empty target is replaced only with `force`. Returns the
 * folder written.
 *
 * @example
 * await writeAnalysisOutput({ out: 'out/bt', force: false, stem: 'backtest', cwd }, { files: { 'summary.csv': text }, charts: [] });
 */
export async function writeAnalysisOutput(
  o: { out?: string; force: boolean; stem: string; cwd: string },
  output: AnalysisOutput,
): Promise<string> {
  const target = o.out ? path.resolve(o.cwd, o.out) : defaultOutputDir([o.stem], new Date(), o.cwd);
  return writeOutputFolder(target, { force: o.force }, async (dir) => {
    for (const [name, text] of Object.entries(output.files)) writeOutputFile(dir, name, text);
    if (output.charts.length > 0) {
      const { renderSvg } = await import('../report/charts/render-svg');
      for (const chart of output.charts) {
        writeOutputFile(dir, `charts/${chart.name}.svg`, await renderSvg(chart.spec));
        writeOutputFile(dir, `charts/${chart.name}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`);
      }
    }
  });
}

/**
 * Fails early (before any work) when `--out` points at a non-empty folder without `--force`.
 *
 * @example
 * checkOutTarget('out/x', false, process.cwd());
 */
export function checkOutTarget(out: string | undefined, force: boolean, cwd: string): void {
  if (out) checkOutputTarget(path.resolve(cwd, out), force, { cwd });
}

/**
 * Percent text with one decimal.
 *
 * @example
 * pctText(0.1234); // → '12.3%'
 */
export function pctText(x: number): string {
  return Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–';
}

/**
 * A number for the terminal: 0 decimals from 100, 2 from 1, else 3; thousands grouped per language.
 *
 * @example
 * numText(12593.4, 'en'); // → '12,593'
 */
export function numText(x: number, lang: Lang = 'en'): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const digits = a >= 100 ? 0 : a >= 1 ? 2 : 3;
  return x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
