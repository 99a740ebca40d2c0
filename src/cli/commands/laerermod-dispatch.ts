import type { CommandModule } from '../command-table';

/**
 * `sop laerermod`: hands its arguments, unparsed, to `runLaerermodCommand` in ./laerermod (owned by
 * the LÆRERMOD work), which parses its own options and prints its own help.
 *
 * @example
 * await laerermodDispatch.run({ values: {}, positionals: [] }, io, ['--help'])
 */
export const laerermodDispatch: CommandModule = {
  async run(_args, io, argv) {
    let mod: { runLaerermodCommand?: (args: string[]) => Promise<number> };
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('./laerermod');
    } catch (e) {
      if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND' || !String((e as Error).message).includes('laerermod')) throw e;
      io.stderr('sop: laerermod: not available in this build\n');
      return 1;
    }
    if (typeof mod.runLaerermodCommand !== 'function') {
      io.stderr('sop: laerermod: not available in this build\n');
      return 1;
    }
    return mod.runLaerermodCommand([...argv]);
  },
};
