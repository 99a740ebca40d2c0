import { choiceOption, horizonOption, intOption, type ParsedArgs, setOptions } from '../options';
import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS } from '../command-table';
import type { Lang } from '../../model/domain';

/** The run options of `sop run`, `sop compare` and `sop mentors`, checked. */
export interface RunOptionValues {
  draws: number;
  seed: number;
  horizon?: number;
  workers?: number;
  lang: Lang;
  out?: string;
  force: boolean;
  sets?: Record<string, string>;
  /** `--partnerships FILE` (`sop run`, `sop compare`): a partnership table instead of the illustrative one. */
  partnerships?: string;
}

/**
 * Reads and checks the shared run options (InputError, exit 2, on a bad value).
 *
 * @example
 * runOptionValues({ values: { draws: '200' }, positionals: [] }).draws // → 200
 */
export function runOptionValues(args: ParsedArgs): RunOptionValues {
  const v = args.values;
  return {
    draws: intOption(v, 'draws', 1, MAX_DRAWS) ?? DEFAULT_DRAWS,
    seed: intOption(v, 'seed', 0, 2 ** 32 - 1) ?? DEFAULT_SEED,
    horizon: horizonOption(v),
    workers: intOption(v, 'workers', 1, 64),
    lang: choiceOption(v, 'lang', ['nl', 'en'] as const, 'nl'),
    out: typeof v.out === 'string' ? v.out : undefined,
    force: v.force === true,
    sets: setOptions(v),
    ...(typeof v.partnerships === 'string' ? { partnerships: v.partnerships } : {}),
  };
}

/**
 * The command line as typed, for the manifest (arguments quoted where a shell would need it).
 *
 * @example
 * commandLine(['run', 'my file.yaml']) // → "sop run 'my file.yaml'"
 */
export function commandLine(argv: readonly string[]): string {
  return ['sop', ...argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`))].join(' ');
}
