import type { CliIo } from './io';
import type { OptionSpec, ParsedArgs } from './options';

/** A command module: what `sop <name>` runs once its arguments are parsed. */
export interface CommandModule {
  run(args: ParsedArgs, io: CliIo, argv: readonly string[]): Promise<number>;
}

/** A command of `sop`: its help and a lazy loader for its module (keeps `sop --help` fast). */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /** Longer description shown by `sop <name> --help`. */
  description: string;
  options: Readonly<Record<string, OptionSpec>>;
  examples: readonly string[];
  /** `raw`: the command parses its own arguments (laerermod). */
  raw?: boolean;
  load(): Promise<CommandModule>;
}

/** The default seed of every command: fixed, so a run without `--seed` is reproducible. */
export const DEFAULT_SEED = 20300101;
/** The default number of draws. */
export const DEFAULT_DRAWS = 1000;
/** The most draws a command accepts. */
export const MAX_DRAWS = 1_000_000;

const RUN_OPTIONS: Record<string, OptionSpec> = {
  draws: { type: 'string', value: 'N', help: `number of draws (default ${DEFAULT_DRAWS})` },
  seed: { type: 'string', value: 'S', help: `random seed, a whole number (default ${DEFAULT_SEED})` },
  horizon: { type: 'string', value: 'YEAR', help: 'last year, 2025–2040 (default: the scenario\'s, 2030)' },
  out: { type: 'string', value: 'DIR', help: 'output folder (default out/<scenarios>-<timestamp>/)' },
  workers: { type: 'string', value: 'N', help: 'worker threads (default: number of cores)' },
  lang: { type: 'string', value: 'nl|en', help: 'language of labels in the terminal, charts and report (default nl)' },
  force: { type: 'boolean', help: 'replace an existing non-empty output folder' },
  set: { type: 'string', multiple: true, value: 'KEY=VALUE', help: 'override a parameter of every scenario (repeatable)' },
  partnerships: { type: 'string', value: 'FILE', help: 'your own partnership table (.csv/.xlsx, the template\'s schema) instead of the illustrative one' },
};

/** Every command of `sop`, in help order. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'run',
    summary: 'project scenarios with uncertainty and write the output folder',
    usage: 'sop run [SCENARIO…] [options]',
    description:
      'Runs each SCENARIO (a bundled name or a .yaml path; none → baseline and ambitie-2030) as an ensemble of draws,\n' +
      'prints the key figures of the horizon year with their 90% intervals and the paired impact against the first\n' +
      'scenario, and writes summary.csv, comparison.csv, results.xlsx, charts/*.svg, report.html and manifest.json.',
    options: RUN_OPTIONS,
    examples: [
      'sop run',
      'sop run baseline ambitie-2030 --draws 5000 --seed 7',
      'sop run my-scenario.yaml --horizon 2035 --out out/mine --lang en',
      'sop run ambitie-2030 --set sop.target.share.vo=0.9 --force --out out/vo-90pct',
      'sop run baseline ambitie-2030 --partnerships onze-partnerschappen.xlsx',
    ],
    load: async () => import('./commands/run'),
  },
  {
    name: 'compare',
    summary: 'paired differences of scenarios against the first',
    usage: 'sop compare BASELINE SCENARIO… [options]',
    description:
      'Runs the scenarios with the same random numbers and summarises, per draw, each scenario minus the first.\n' +
      'An alias of `sop run` that insists on at least two scenarios: it prints and writes the same (summary.csv,\n' +
      'comparison.csv, results.xlsx, charts/ with impact.svg, report.html titled as a comparison, manifest.json).',
    options: RUN_OPTIONS,
    examples: ['sop compare baseline ambitie-2030', 'sop compare baseline hoge-instroom lage-instroom --draws 2000 --lang en'],
    load: async () => import('./commands/compare'),
  },
  {
    name: 'validate',
    summary: 'check scenario, data and partnership files',
    usage: 'sop validate FILE…',
    description:
      'Checks each FILE: scenario files (.yaml), data files (.csv of data/ with a known schema) and partnership files\n' +
      '(.csv or .xlsx in the template\'s schema). Lists every problem with file, line, field, expected and found.\n' +
      'Exit 0 when all files are valid, 2 otherwise.',
    options: {},
    examples: ['sop validate scenarios/ambitie-2030.yaml', 'sop validate my-partnership.xlsx data/inflow.csv'],
    load: async () => import('./commands/validate'),
  },
  {
    name: 'show',
    summary: 'the resolved parameters of a scenario and where each value comes from',
    usage: 'sop show SCENARIO [options]',
    description: 'Prints every parameter of SCENARIO after `extends` and overrides: value, range, source and origin.',
    options: {
      lang: RUN_OPTIONS.lang,
      horizon: RUN_OPTIONS.horizon,
      set: RUN_OPTIONS.set,
    },
    examples: ['sop show ambitie-2030', 'sop show my-scenario.yaml --lang en'],
    load: async () => import('./commands/show'),
  },
  {
    name: 'mentors',
    summary: 'a partnership\'s year-by-year mentor plan from its filled-in template',
    usage: 'sop mentors FILE [options]',
    description:
      'From a filled-in partnership template (CSV or XLSX, one or more partnerships) a mentor training plan from the\n' +
      'year after the numbers entered to the horizon: a stock-flow schedule (start stock, trained, left, end stock,\n' +
      'required, gap) that leaves no gap in any year at the chosen probability, schoolopleiders against those entered,\n' +
      'mentor hours and fte, and the subsidy under each year\'s rule; plan.html (one A4 page per partnership),\n' +
      'regions.csv (the sum of the partnerships entered per onderwijsregio) and a plan sheet in results.xlsx.\n' +
      'Medians with 90% intervals; the scenario supplies the students\' growth path.',
    options: {
      scenario: { type: 'string', value: 'NAME', help: 'scenario for the growth path (default ambitie-2030)' },
      probability: { type: 'string', value: 'Q', help: 'probability of no mentor gap in each year, 0–1 or a percentage (default 0.8)' },
      year: { type: 'string', value: 'YEAR', help: 'school year the numbers describe (default: the file\'s year column, else 2025); the plan starts the year after' },
      out: RUN_OPTIONS.out,
      horizon: RUN_OPTIONS.horizon,
      draws: RUN_OPTIONS.draws,
      seed: RUN_OPTIONS.seed,
      workers: RUN_OPTIONS.workers,
      lang: RUN_OPTIONS.lang,
      force: RUN_OPTIONS.force,
      set: RUN_OPTIONS.set,
    },
    examples: [
      'sop mentors data/partnerships/template.csv',
      'sop mentors ons-partnerschap.xlsx --scenario baseline --horizon 2032 --out out/plan',
      'sop mentors ons-partnerschap.csv --year 2026 --probability 0.9 --lang en',
    ],
    load: async () => import('./commands/mentors'),
  },
  {
    name: 'solve',
    summary: 'goal seek: what it takes to reach a target',
    usage: 'sop solve [options]',
    description: 'Goal seek (analysis tools). Run `sop solve --help` for its own options.',
    options: {},
    examples: ['sop solve', 'sop solve --preset mentors'],
    raw: true,
    load: async () => (await import('./commands/analysis')).analysisCommand('solve'),
  },
  {
    name: 'sensitivity',
    summary: 'which assumptions matter most',
    usage: 'sop sensitivity [options]',
    description: 'Sensitivity analysis (analysis tools). Run `sop sensitivity --help` for its own options.',
    options: {},
    examples: ['sop sensitivity', 'sop sensitivity ambitie-2030 --output capacity.mentor_shortfall:all:2030'],
    raw: true,
    load: async () => (await import('./commands/analysis')).analysisCommand('sensitivity'),
  },
  {
    name: 'backtest',
    summary: 'how well the model would have predicted the past',
    usage: 'sop backtest [options]',
    description: 'Backtest (analysis tools). Run `sop backtest --help` for its own options.',
    options: {},
    examples: ['sop backtest', 'sop backtest --ahead 2'],
    raw: true,
    load: async () => (await import('./commands/analysis')).analysisCommand('backtest'),
  },
  {
    name: 'laerermod',
    summary: 'Statistics Norway\'s LÆRERMOD reproduced with the engine',
    usage: 'sop laerermod [options]',
    description: 'Runs the LÆRERMOD reproduction. Run `sop laerermod --help` for its own options.',
    options: {},
    examples: ['sop laerermod --out out/laerermod', 'sop laerermod --input my-inputdata/ --out out/variant --force'],
    raw: true,
    load: async () => (await import('./commands/laerermod-dispatch')).laerermodDispatch,
  },
];

/**
 * The help text of one command: usage, description, options, examples.
 *
 * @example
 * commandHelp(COMMANDS[0]).split('\n')[0] // → 'Usage: sop run [SCENARIO…] [options]'
 */
export function commandHelp(c: CommandSpec): string {
  const opts = Object.entries({ ...c.options, help: { type: 'boolean', short: 'h', help: 'show this help' } as OptionSpec });
  const left = (name: string, o: OptionSpec): string => `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value}` : ''}`;
  const width = Math.max(...opts.map(([n, o]) => left(n, o).length));
  return [
    `Usage: ${c.usage}`,
    '',
    c.description,
    '',
    'Options:',
    ...opts.map(([n, o]) => `  ${left(n, o).padEnd(width)}  ${o.help}`),
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

/**
 * The general help of `sop`.
 *
 * @example
 * generalHelp('0.1.0').includes('sop run') // → true
 */
export function generalHelp(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `sop ${version}: SO&P 2030 toolkit — teacher education, partnership capacity and the teacher shortage to 2030–2040`,
    '',
    'Usage: sop <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `sop <command> --help` for its options and examples.',
    'Exit codes: 0 success, 2 invalid input, 1 internal error (details with --debug or SOP_DEBUG=1).',
    '',
    'Examples:',
    '  sop run                                 baseline and ambitie-2030, 1,000 draws, horizon 2030',
    '  sop compare baseline ambitie-2030 --lang en',
    '  sop mentors my-partnership.xlsx',
    '',
  ].join('\n');
}
