import type { CommandModule } from '../command-table';

/** The analysis commands dispatched to src/analysis. */
export type AnalysisCommandName = 'solve' | 'sensitivity' | 'backtest';

/** Where an analysis command's module may live, relative to this file (first found wins). */
const CANDIDATES = (name: string): string[] => [
  `./${name}`,
  `../../analysis/commands/${name}`,
  `../../analysis/cli/${name}`,
  `../../analysis/${name}-command`,
];

type CommandFn = (args: string[]) => Promise<number>;

/**
 * `sop solve|sensitivity|backtest`: hands the arguments, unparsed, to the analysis module's
 * command function (`run<Name>Command(args)`), which parses its own options and help. When the
 * build has no such module, says so and exits 1.
 *
 * @example
 * await analysisCommand('solve').run({ values: {}, positionals: [] }, io, ['--help'])
 */
export function analysisCommand(name: AnalysisCommandName): CommandModule {
  return {
    async run(_args, io, argv) {
      const fn = findCommand(name);
      if (!fn) {
        io.stderr(`sop: ${name}: not available in this build\n`);
        return 1;
      }
      return fn([...argv]);
    },
  };
}

function findCommand(name: AnalysisCommandName): CommandFn | undefined {
  const exportName = `run${name[0].toUpperCase()}${name.slice(1)}Command`;
  for (const rel of CANDIDATES(name)) {
    let mod: Record<string, unknown>;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require(rel);
    } catch (e) {
      if ((e as { code?: string }).code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes(rel.split('/').pop() as string)) continue;
      throw e;
    }
    const fn = mod[exportName] ?? mod.runCommand ?? mod.default;
    if (typeof fn === 'function') return fn as CommandFn;
  }
  return undefined;
}
