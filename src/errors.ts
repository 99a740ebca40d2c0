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
    super(list.map(formatProblem).join('\n'));
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
  const where = p.file ? `${p.file}${p.line !== undefined ? `:${p.line}` : ''}${p.column !== undefined ? `:${p.column}` : ''}: ` : '';
  const field = p.field ? `${p.field}: ` : '';
  const ef =
    p.expected !== undefined || p.found !== undefined
      ? `expected ${p.expected ?? '?'}, found ${p.found ?? 'nothing'}`
      : '';
  const msg = p.message ? (ef ? `. ${p.message}` : p.message) : '';
  return `${where}${field}${ef}${msg}`;
}

/** True for errors caused by user input (exit code 2). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (e instanceof Error && e.name === 'InputError');
}
