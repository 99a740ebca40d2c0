import { InputError } from '../../errors';
import type { CliIo } from '../io';
import type { ParsedArgs } from '../options';
import { runAndWrite } from '../scenario-run';
import { commandLine, runOptionValues } from './shared-options';

/**
 * `sop compare A B …`: paired differences of B, … against A (the same random numbers), printed
 * and written to the output folder.
 *
 * @example
 * await run({ values: {}, positionals: ['baseline', 'ambitie-2030'] }, processIo(), ['compare', 'baseline', 'ambitie-2030'])
 */
export async function run(args: ParsedArgs, io: CliIo, argv: readonly string[]): Promise<number> {
  if (args.positionals.length < 2) {
    throw new InputError({ field: 'scenarios', expected: 'at least two scenarios (the first is the baseline)', found: `${args.positionals.length}` });
  }
  return runAndWrite({ refs: args.positionals, ...runOptionValues(args), command: commandLine(argv), kind: 'compare' }, io);
}
