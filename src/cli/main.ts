import { echo, isInputError } from '../errors';
import { didYouMean } from '../params/suggest';
import { COMMANDS, commandHelp, generalHelp } from './command-table';
import { type CliIo, processIo } from './io';
import { parseCommandArgs } from './options';

import { toolVersion } from './version';

/**
 * The `sop` command: dispatches to a command module (loaded lazily, so `sop --help` and
 * `sop laerermod` never load danfojs, vega or xlsx) and maps errors to exit codes: 0 success,
 * 2 invalid input (an InputError: one line per problem, no stack trace), 1 anything else (a short
 * message; the stack with `--debug` or `SOP_DEBUG=1`).
 *
 * @example
 * process.exitCode = await main(['run', '--draws', '200']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug') || io.env.SOP_DEBUG === '1';
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      io.stderr(generalHelp(toolVersion()));
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      const sub = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout(sub ? commandHelp(sub) : generalHelp(toolVersion()));
      return 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${toolVersion()}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const names = COMMANDS.map((c) => c.name);
      const hint = didYouMean(name, name.startsWith('-') ? names.map((n) => `--${n}`).concat('--help', '--version') : names);
      io.stderr(`sop: ${name.startsWith('-') ? 'option' : 'command'}: expected one of ${names.join(', ')}, found '${echo(name)}'${hint ? `. ${hint}` : ''}\n`);
      io.stderr('Run `sop --help` for the list of commands.\n');
      return 2;
    }
    if (command.raw) {
      const mod = await command.load();
      return await mod.run({ values: {}, positionals: [...rest] }, io, rest.filter((a) => a !== '--debug'));
    }
    const args = parseCommandArgs(rest, command.options);
    if (args.values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    const mod = await command.load();
    return await mod.run(args, io, argv);
  } catch (e) {
    return reportError(e, debug, io);
  }
}

/**
 * Prints an error the way the CLI does and returns its exit code.
 *
 * @example
 * reportError(new InputError({ field: '--draws', expected: 'a whole number', found: "'x'" }), false, io) // → 2
 */
export function reportError(e: unknown, debug: boolean, io: CliIo): number {
  if (isInputError(e)) {
    const problems = (e as { problems?: readonly unknown[] }).problems;
    const lines = e.message.split('\n').filter((l) => l.length > 0);
    for (const line of lines) io.stderr(`sop: ${line}\n`);
    if (problems && problems.length > 1) io.stderr(`sop: ${problems.length} problems\n`);
    return 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr(`sop: internal error: ${echo(err.message, 1000)}\n`);
  if (debug) io.stderr(`${err.stack ?? ''}\n`);
  else io.stderr('sop: run again with --debug (or SOP_DEBUG=1) for the details, and report it if it persists.\n');
  return 1;
}
