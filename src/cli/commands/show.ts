import { InputError } from '../../errors';
import { loadScenario } from '../../scenario/load';
import { formatShow } from '../../scenario/show';
import type { CliIo } from '../io';
import { choiceOption, horizonOption, type ParsedArgs, setOptions } from '../options';

/**
 * `sop show SCENARIO`: every resolved parameter and where its value comes from.
 *
 * @example
 * await run({ values: { lang: 'en' }, positionals: ['ambitie-2030'] }, processIo(), [])
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length !== 1) {
    throw new InputError({ field: 'SCENARIO', expected: 'one scenario (a bundled name or a .yaml path)', found: args.positionals.length === 0 ? 'none' : args.positionals.join(' ') });
  }
  const lang = choiceOption(args.values, 'lang', ['nl', 'en'] as const, 'nl');
  const s = loadScenario(args.positionals[0], { cwd: io.cwd, horizon: horizonOption(args.values), overrides: setOptions(args.values) });
  const text = formatShow(s, lang);
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
