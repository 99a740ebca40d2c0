import type { CliIo } from '../io';
import type { ParsedArgs } from '../options';
import { runAndWrite } from '../scenario-run';
import { commandLine, runOptionValues } from './shared-options';

/** The scenarios of `sop run` without arguments. */
export const DEFAULT_SCENARIOS = ['baseline', 'ambitie-2030'] as const;

/**
 * `sop run [SCENARIO…]`: none → baseline and ambitie-2030.
 *
 * @example
 * await run({ values: { draws: '200' }, positionals: [] }, processIo(), ['run', '--draws', '200'])
 */
export async function run(args: ParsedArgs, io: CliIo, argv: readonly string[]): Promise<number> {
  const refs = args.positionals.length > 0 ? args.positionals : [...DEFAULT_SCENARIOS];
  return runAndWrite({ refs, ...runOptionValues(args), command: commandLine(argv) }, io);
}
