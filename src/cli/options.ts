import { parseArgs } from 'node:util';
import { InputError } from '../errors';
import { MAX_HORIZON } from '../model/domain';
import { dataFolderBaseYear } from '../data/model-data';
import { didYouMean } from '../params/suggest';

/** One command-line option of a command. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder in the help, e.g. `N`. */
  value?: string;
  help: string;
}

/** Parsed options and positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Options every command has. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  debug: { type: 'boolean', help: 'print the stack trace of internal errors (also SOP_DEBUG=1)' },
};

/**
 * Parses a command's arguments with `node:util` parseArgs (strict). An unknown option or a
 * missing value becomes an InputError (exit 2) with a "did you mean" hint.
 *
 * @example
 * parseCommandArgs(['--draws', '10', 'baseline'], { draws: { type: 'string', help: '' } })
 * // → { values: { draws: '10' }, positionals: ['baseline'] }
 */
export function parseCommandArgs(args: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const all = { ...COMMON_OPTIONS, ...options };
  const config = Object.fromEntries(
    Object.entries(all).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) }]),
  );
  // A negative number after an option that takes a value is that value (`--draws -1`), so that
  // the range check can name it, rather than being read as an unknown short option.
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([A-Za-z][\w-]*)$/.exec(args[i])?.[1];
    if (name && all[name]?.type === 'string' && i + 1 < args.length && /^-[\d.]/.test(args[i + 1])) {
      joined.push(`--${name}=${args[i + 1]}`);
      i++;
    } else joined.push(args[i]);
  }
  try {
    const { values, positionals } = parseArgs({ args: joined, options: config as never, strict: true, allowPositionals: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const known = Object.keys(all).map((n) => `--${n}`);
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const found = /'([^']+)'/.exec(err.message ?? '')?.[1] ?? String(err.message);
      const name = found.split('=')[0];
      throw new InputError({ field: 'option', expected: `one of ${known.join(', ')}`, found: `'${name}'`, message: didYouMean(name, known) });
    }
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /'(--?[A-Za-z-]+)/.exec(err.message ?? '')?.[1] ?? 'option';
      const spec = all[name.replace(/^-+/, '')];
      throw new InputError({ field: name, expected: spec?.type === 'boolean' ? 'no value' : `a value (${spec?.value ?? 'text'})`, found: 'nothing' });
    }
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new InputError({ field: 'arguments', expected: 'no positional arguments', found: String(err.message) });
    }
    throw e;
  }
}

/**
 * Reads an integer option within bounds; `undefined` when absent.
 *
 * @example
 * intOption({ draws: '500' }, 'draws', 1, 1_000_000) // → 500
 * intOption({ draws: '5e' }, 'draws', 1, 1_000_000)  // throws InputError "--draws: expected a whole number from 1 to 1000000, found '5e'"
 */
export function intOption(values: ParsedArgs['values'], name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const text = String(raw).replace(/_/g, '');
  const n = /^[+-]?\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new InputError({ field: `--${name}`, expected: `a whole number from ${min} to ${max}`, found: `'${String(raw)}'` });
  }
  return n;
}

/**
 * Reads `--horizon`: a year with B < year ≤ 2040 (DESIGN.md §4).
 *
 * @example
 * horizonOption({ horizon: '2035' }) // → 2035
 */
export function horizonOption(values: ParsedArgs['values']): number | undefined {
  return intOption(values, 'horizon', dataFolderBaseYear() + 1, MAX_HORIZON);
}

/**
 * Reads a choice option.
 *
 * @example
 * choiceOption({ lang: 'en' }, 'lang', ['nl', 'en'], 'nl') // → 'en'
 */
export function choiceOption<T extends string>(values: ParsedArgs['values'], name: string, choices: readonly T[], fallback: T): T {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(String(raw))) {
    throw new InputError({ field: `--${name}`, expected: `one of ${choices.join(', ')}`, found: `'${String(raw)}'`, message: didYouMean(String(raw), choices) });
  }
  return raw as T;
}

/**
 * Reads repeatable `--set key=value` options into overrides by parameter key (values as text; the
 * scenario loader reads them as YAML and validates them against the registry).
 *
 * @example
 * setOptions({ set: ['sop.target.share=0.9'] }) // → { 'sop.target.share': '0.9' }
 */
export function setOptions(values: ParsedArgs['values']): Record<string, string> | undefined {
  const raw = values.set;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : [String(raw)];
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new InputError({ field: '--set', expected: 'key=value (a parameter key of the registry)', found: `'${item}'` });
    out[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return out;
}
