/**
 * An error in what the user gave us: a scenario file, a data file, a command-line option.
 * The CLI prints `message` (no stack trace) and exits with code 2.
 *
 * @example
 * throw new InputError({ file: 'scenarios/x.yaml', line: 4, field: 'horizon',
 *   expected: 'a year from 2025 to 2040', found: '2050' });
 * // → "scenarios/x.yaml:4: horizon: expected a year from 2025 to 2040, found 2050"
 */
export class InputError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;
  readonly expected?: string;
  readonly found?: string;
  /** Further problems found in the same pass (e.g. `sop validate` lists every one). */
  readonly problems: readonly InputProblem[];

  constructor(problem: InputProblem | readonly InputProblem[]) {
    const list = Array.isArray(problem) ? (problem as readonly InputProblem[]) : [problem as InputProblem];
    if (list.length === 0) throw new Error('InputError needs at least one problem');
    super(listProblems(list).join('\n'));
    this.name = 'InputError';
    const first = list[0];
    this.file = first.file;
    this.line = first.line;
    this.field = first.field;
    this.expected = first.expected;
    this.found = first.found;
    this.problems = list;
  }
}

/** One problem with the user's input. `message` is used as is when there is no expected/found. */
export interface InputProblem {
  file?: string;
  line?: number;
  column?: number;
  field?: string;
  expected?: string;
  found?: string;
  /** Free text, e.g. a "did you mean" hint, appended after expected/found. */
  message?: string;
}

/**
 * Formats a problem as `file:line: field: expected X, found Y. hint`.
 *
 * @example
 * formatProblem({ file: 'a.csv', line: 3, field: 'value', expected: 'a number', found: '"abc"' })
 * // → 'a.csv:3: value: expected a number, found "abc"'
 */
export function formatProblem(p: InputProblem): string {
  const file = p.file !== undefined ? echo(p.file) : undefined;
  const where = file ? `${file}${p.line !== undefined ? `:${p.line}` : ''}${p.column !== undefined ? `:${p.column}` : ''}: ` : '';
  const field = p.field ? `${echo(p.field)}: ` : '';
  const ef =
    p.expected !== undefined || p.found !== undefined
      ? `expected ${p.expected !== undefined ? echo(p.expected, MAX_EXPECTED_CHARS) : '?'}, found ${p.found !== undefined ? echo(p.found) : 'nothing'}`
      : '';
  const msg = p.message ? (ef ? `. ${echo(p.message)}` : echo(p.message, MAX_EXPECTED_CHARS)) : '';
  return `${where}${field}${ef}${msg}`;
}

/** Longest echo of a value from the user's input in a message, in characters (issue #15). */
export const MAX_ECHO_CHARS = 200;
/** Longest "expected …" text (lists of allowed values), in characters. */
const MAX_EXPECTED_CHARS = 600;
/** Most problems listed; the rest are counted ("… and N more problems"). */
export const MAX_LISTED_PROBLEMS = 100;
/** Most bytes of problem lines listed in all (the count line comes on top). */
export const MAX_LISTED_BYTES = 18 * 1024;

/**
 * A value from the user's input made safe to print: control characters (C0, DEL, C1, and the
 * bidirectional overrides) escaped as `\xHH` / `\u{HHHH}`, so that no escape sequence reaches
 * the terminal raw, and cut to `max` characters with `…`.
 *
 * @example
 * echo('a\u001b[2Jb');        // → 'a\\x1b[2Jb'
 * echo('x'.repeat(500)).length; // → 201
 */
export function echo(text: string, max = MAX_ECHO_CHARS): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  // eslint-disable-next-line no-control-regex
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/**
 * The lines of a list of problems as printed: the first MAX_LISTED_PROBLEMS (fewer when their
 * text would pass MAX_LISTED_BYTES), then `… and N more problems`.
 *
 * @example
 * listProblems(Array(150).fill({ file: 'x.yaml', found: 'y' })).at(-1); // → '… and 50 more problems'
 */
export function listProblems(list: readonly InputProblem[]): string[] {
  const lines: string[] = [];
  let bytes = 0;
  for (const p of list) {
    if (lines.length >= MAX_LISTED_PROBLEMS) break;
    const line = formatProblem(p);
    const size = Buffer.byteLength(line) + 1;
    if (bytes + size > MAX_LISTED_BYTES && lines.length > 0) break;
    lines.push(line);
    bytes += size;
  }
  if (lines.length < list.length) lines.push(`… and ${list.length - lines.length} more problem${list.length - lines.length === 1 ? '' : 's'}`);
  return lines;
}

/** True for errors caused by user input (exit code 2). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (e instanceof Error && e.name === 'InputError');
}
