import * as path from 'node:path';
import { probabilityCurveChart } from '../../analysis/charts';
import {
  checkOutTarget, csvText, intOptionValue, langOption, numText, numberOption, parseCommand, pctText, processCommandIo,
  runWithExitCode, setOverrides, writeAnalysisOutput, type CommandIo,
} from '../../analysis/cliSupport';
import { modelRunner } from '../../analysis/modelRunner';
import { outputIndex, parseOutputSelector } from '../../analysis/outputs';
import { goalSeek, scalarLever, type Lever, type TargetCondition } from '../../analysis/solve';
import { loadModelData } from '../../data/model-data';
import { deterministicValues } from '../../ensemble/sample';
import { InputError } from '../../errors';
import { MAX_HORIZON } from '../../model/domain';
import { dataFolderBaseYear } from '../../data/model-data';
import type { ResolvedScenario } from '../../scenario/types';
import { loadScenario } from '../../scenario/load';
import type { ModelRunner } from '../../analysis/outputs';
import { formatTable } from '../terminal-table';
import { toolVersion } from '../version';

const DEFAULT_SEED = 20300101;

/** A ready-made question for `sop solve --preset`. */
interface Preset {
  description: string;
  scenario: string;
  lever: string;
  min: number;
  max: number;
  targets: string[];
  probability: number;
}

/** The presets of `sop solve`; the first is the default. */
export const SOLVE_PRESETS: Readonly<Record<string, Preset>> = {
  'pabo-inflow': {
    description: 'pabo inflow needed for a po shortage ≤ 5% of demand in 2030 with 80% probability',
    scenario: 'baseline',
    lever: 'pipeline.inflow.pabo.level_factor',
    min: 0.5,
    max: 3,
    targets: ['workforce.shortage_share:po:2030<=0.05'],
    probability: 0.8,
  },
  mentors: {
    description: 'mentors to train per year for 100% SO&P in 2030 without a mentor shortfall, with 80% probability',
    scenario: 'ambitie-2030',
    lever: 'capacity.mentors_trained.rate',
    min: 0,
    max: 2,
    targets: ['capacity.mentor_shortfall:all:2030<=0', 'sop.share:all:2030>=0.995'],
    probability: 0.8,
  },
  'break-even': {
    description:
      'scale of the assumed SO&P effects (effects.scale; 1 = as assumed, 0 = no effect) at which the net impact of the 100% ambition ' +
      'on the 2030 shortage, guidance time included, reaches 0 (median; the band is where 5% and 95% of draws break even)',
    scenario: 'ambitie-2030',
    lever: 'effects.scale',
    min: 0,
    max: 10,
    targets: ['impact.net_shortage_fte:all:2030<=0'],
    probability: 0.5,
  },
};

/** `sop solve --help`. */
export const SOLVE_HELP = `Usage: sop solve [options]

Goal seek: the least demanding value of one lever (a scalar parameter) for which a target holds
with a stated probability across the ensemble. The ensemble's draws are fixed (common random
numbers, the draws of \`sop run --seed S\`); the lever overrides its parameter in every draw;
bracketing and bisection over the lever's range find where the share of draws meeting the target
crosses --probability. When no value in the range reaches it, says so and how close the range's
end gets.

Presets (default pabo-inflow):
${Object.entries(SOLVE_PRESETS).map(([k, p]) => `  ${k.padEnd(12)} ${p.description}\n${' '.repeat(15)}(--scenario ${p.scenario} --lever ${p.lever} --min ${p.min} --max ${p.max} ${p.targets.map((t) => `--target '${t}'`).join(' ')} --probability ${p.probability})`).join('\n')}

Options (override the preset):
  --preset NAME            one of ${Object.keys(SOLVE_PRESETS).join(', ')}
  --scenario NAME|FILE     the scenario to solve in
  --lever KEY              a scalar parameter (see \`sop show SCENARIO\`), e.g. pipeline.inflow.pabo.level_factor,
                           pipeline.inflow.pabo.growth_rate, capacity.mentors_trained.rate, sop.target.share.po,
                           effects.early_attrition_multiplier
  --min X, --max X         search range of the lever (default: the preset's, else the parameter's bounds)
  --target 'M:SECTOR:YEAR<=V'  a condition (repeatable; all must hold together); also >=
  --probability P          required probability, 0–1 (default 0.8)
  --draws N                ensemble draws, 50–20000 (default 400)
  --seed S                 random seed (default ${DEFAULT_SEED}, as sop run)
  --horizon YEAR, --set KEY=VALUE, --partnerships FILE   as in sop run
  --out DIR                output folder (default out/solve-<lever>-<timestamp>/)
  --force                  replace an existing non-empty output folder
  --lang nl|en             language of labels (default nl)
  -h, --help               this help

Writes solve.csv (the probability curve), result.json, manifest.json and charts/*.svg.

Examples:
  sop solve
  sop solve --preset mentors
  sop solve --lever pipeline.inflow.pabo.growth_rate --min 0 --max 0.2 --target 'workforce.shortage_share:po:2030<=0.05'
  sop solve --scenario ambitie-2030 --lever sop.target.share.po --min 0.5 --max 1 --target 'capacity.mentor_shortfall:all:2030<=0' --probability 0.9
`;

const OPTIONS = {
  preset: { type: 'string' },
  scenario: { type: 'string' },
  lever: { type: 'string' },
  min: { type: 'string' },
  max: { type: 'string' },
  target: { type: 'string', multiple: true },
  probability: { type: 'string' },
  draws: { type: 'string' },
  seed: { type: 'string' },
  horizon: { type: 'string' },
  set: { type: 'string', multiple: true },
  partnerships: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses a target `metric:sector[:breakdown]:year<=value` (or `>=`).
 *
 * @example
 * parseTarget('workforce.shortage_share:po:2030<=0.05');
 * // → { output: { metric: 'workforce.shortage_share', sector: 'po', breakdown: 'all', year: 2030 }, op: '<=', threshold: 0.05 }
 */
export function parseTarget(text: string): TargetCondition {
  const m = /^(.+?)\s*(<=|>=)\s*(-?[0-9.eE+-]+)$/.exec(text.trim());
  const threshold = m ? Number(m[3]) : NaN;
  if (!m || !Number.isFinite(threshold)) {
    throw new InputError({ field: '--target', expected: "metric:sector:year<=value or >=value, e.g. 'workforce.shortage_share:po:2030<=0.05'", found: `'${text}'` });
  }
  return { output: parseOutputSelector(m[1], '--target'), op: m[2] as '<=' | '>=', threshold };
}

/**
 * A display unit for the levers users think of in persons: the pabo (or any route's) inflow level
 * factor → persons per year (factor × base-year inflow), the mentor training rate → mentors trained
 * per year (rate × base-year mentors). Both base figures come from a run at the defaults.
 */
function withDisplay(lever: Lever, scenario: ResolvedScenario, runner: ModelRunner): Lever {
  const out = new Float64Array(runner.layout.series.length * runner.layout.years.length);
  const at = (metric: string, sector: 'all', breakdown: string) => {
    runner.run(deterministicValues(scenario), out);
    return out[outputIndex(runner.layout, { metric, sector, breakdown, year: runner.layout.years[0] })];
  };
  const inflow = /^pipeline\.inflow\.([a-z0-9-]+)\.level_factor$/.exec(lever.key);
  if (inflow) {
    const base = at('students.inflow', 'all', inflow[1]);
    return { ...lever, display: { unit: 'persons per year', label: { nl: `Instroom ${inflow[1]} per jaar`, en: `Inflow ${inflow[1]} per year` }, toDisplay: (x) => x * base } };
  }
  if (lever.key === 'capacity.mentors_trained.rate') {
    const base = at('capacity.mentors_available', 'all', 'all');
    return { ...lever, display: { unit: 'mentors trained per year', label: { nl: 'Op te leiden werkplekbegeleiders per jaar', en: 'Mentors to train per year' }, toDisplay: (x) => x * base } };
  }
  return lever;
}

/**
 * `sop solve`: goal seek on the bundled data and a scenario; prints the answer and the probability
 * curve and writes the output folder. Returns the exit code.
 *
 * @example
 * process.exitCode = await runSolveCommand(['--preset', 'mentors', '--draws', '200']);
 */
export async function runSolveCommand(args: string[], io: CommandIo = processCommandIo()): Promise<number> {
  return runWithExitCode('solve', io, async () => {
    const { values, positionals } = parseCommand('solve', args, OPTIONS);
    if (values.help) {
      io.stdout(SOLVE_HELP);
      return 0;
    }
    if (positionals.length > 0) throw new InputError({ field: 'sop solve', expected: 'no positional arguments (use --scenario; see --help)', found: `'${positionals[0]}'` });
    const presetName = typeof values.preset === 'string' ? values.preset : 'pabo-inflow';
    const preset = SOLVE_PRESETS[presetName];
    if (!preset) throw new InputError({ field: '--preset', expected: `one of ${Object.keys(SOLVE_PRESETS).join(', ')}`, found: `'${presetName}'` });
    const leverKey = typeof values.lever === 'string' ? values.lever : preset.lever;
    const sameLever = leverKey === preset.lever;
    const targets = ((values.target as string[] | undefined) ?? preset.targets).map(parseTarget);
    const probability = numberOption(values, 'probability', 0.01, 1, preset.probability);
    const draws = intOptionValue(values, 'draws', 50, 20_000, 400);
    const seed = intOptionValue(values, 'seed', 0, 2 ** 32 - 1, DEFAULT_SEED);
    const horizonOpt = values.horizon === undefined ? undefined : intOptionValue(values, 'horizon', dataFolderBaseYear() + 1, MAX_HORIZON, MAX_HORIZON);
    const lang = langOption(values);
    const force = values.force === true;
    const out = typeof values.out === 'string' ? values.out : undefined;
    checkOutTarget(out, force, io.cwd);

    const scenario = loadScenario(typeof values.scenario === 'string' ? values.scenario : preset.scenario, { cwd: io.cwd, horizon: horizonOpt, overrides: setOverrides(values) });
    const partnershipsFile = typeof values.partnerships === 'string' ? path.resolve(io.cwd, values.partnerships) : undefined;
    const data = loadModelData(undefined, { partnershipsFile });
    const runner = modelRunner(scenario, data);
    for (const t of targets) outputIndex(runner.layout, t.output, '--target');
    const min = numberOption(values, 'min', -Infinity, Infinity, sameLever ? preset.min : undefined);
    const max = numberOption(values, 'max', -Infinity, Infinity, sameLever ? preset.max : undefined);
    const lever = withDisplay(scalarLever(scenario, leverKey, { min, max }), scenario, runner);

    const started = Date.now();
    const result = goalSeek(scenario, runner, lever, targets, { probability, seed, draws });
    const seconds = (Date.now() - started) / 1000;

    io.stdout(`sop solve — scenario ${scenario.id}; ${draws} draws, seed ${seed}\n`);
    io.stdout(`Target: ${result.conditions.map((c) => `${c.output} ${c.op} ${c.threshold}`).join(' and ')}, with probability ≥ ${pctText(probability)}\n`);
    io.stdout(`Lever: ${lever.key} (${lever.label[lang]}) in [${lever.min}, ${lever.max}] ${lever.unit}\n\n`);
    io.stdout(`${result.message}\n`);
    io.stdout(
      `Band: P = 5% at ${result.band.p05 === undefined ? 'none in range' : `${lever.key} = ${numText(result.band.p05, lang)}`}; ` +
        `P = 95% at ${result.band.p95 === undefined ? `none in range (some draws never reach the target within [${lever.min}, ${lever.max}])` : `${lever.key} = ${numText(result.band.p95, lang)}`} ` +
        `(read from the probability curve, linear between its points).\n\n`,
    );
    const disp = lever.display;
    io.stdout(
      formatTable(
        [lever.key, ...(disp ? [disp.unit] : []), 'P(all)', ...result.conditions.map((c) => `P(${c.output} ${c.op} ${c.threshold})`), ...result.conditions.map((c) => `${c.output} at ${pctText(probability)}`)],
        result.curve.map((p) => [
          numText(p.x, lang),
          ...(disp ? [numText(disp.toDisplay(p.x), lang)] : []),
          pctText(p.probability),
          ...p.conditionProbabilities.map(pctText),
          ...p.outputAtProbability.map((v) => numText(v, lang)),
        ]),
      ),
    );

    const chart = probabilityCurveChart(result, { lang, toDisplay: disp?.toDisplay, displayLabel: disp?.label });
    const dir = await writeAnalysisOutput(
      { out, force, stem: `solve-${lever.key}`, cwd: io.cwd },
      {
        files: {
          'solve.csv': csvText(
            ['lever', 'value', ...(disp ? ['display_value'] : []), 'probability', ...result.conditions.map((_, j) => `probability_condition_${j + 1}`), ...result.conditions.map((_, j) => `output_at_probability_condition_${j + 1}`)],
            result.curve.map((p) => [lever.key, p.x, ...(disp ? [disp.toDisplay(p.x)] : []), p.probability, ...p.conditionProbabilities, ...p.outputAtProbability]),
          ),
          'result.json': `${JSON.stringify({ ...result, curve: undefined }, null, 2)}\n`,
          'manifest.json': `${JSON.stringify(
            {
              tool: 'sop2030',
              version: toolVersion(),
              command: ['sop', 'solve', ...args].join(' '),
              scenario: { id: scenario.id, horizon: scenario.horizon, files: scenario.files.map((f) => ({ path: path.relative(io.cwd, f.path) || f.path, sha256: f.sha256 })) },
              dataFiles: data.files,
              seed,
              draws,
              timings: { solveSeconds: seconds },
              method: 'common random numbers (the draws of sop run --seed); the lever overrides its parameter in every draw; grid of 11 values then bisection to (max − min)/1000.',
            },
            null,
            2,
          )}\n`,
        },
        charts: [chart],
      },
    );
    io.stdout(`\nWrote ${path.relative(io.cwd, dir) || dir} (${seconds.toFixed(1)} s)\n`);
    return 0;
  });
}
