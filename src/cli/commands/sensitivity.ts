import * as path from 'node:path';
import { prccChart, tornadoChart } from '../../analysis/charts';
import {
  checkOutTarget, csvText, intOptionValue, langOption, numText, numberOption, parseCommand, processCommandIo, runWithExitCode,
  setOverrides, writeAnalysisOutput, type CommandIo,
} from '../../analysis/cliSupport';
import { modelRunner } from '../../analysis/modelRunner';
import { formatOutputSelector, outputIndex, parseOutputSelector, type OutputSelector } from '../../analysis/outputs';
import { DUMMY_PARAMETER, globalSensitivity, oneAtATime } from '../../analysis/sensitivity';
import { loadModelData } from '../../data/model-data';
import { InputError } from '../../errors';
import { MAX_HORIZON } from '../../model/domain';
import { dataFolderBaseYear } from '../../data/model-data';
import { loadScenario } from '../../scenario/load';
import { formatTable } from '../terminal-table';
import { toolVersion } from '../version';

/** The default output of `sop sensitivity`: the po teacher shortage in 2030. */
export const DEFAULT_SENSITIVITY_OUTPUT = 'workforce.shortage_fte:po:2030';
/** Default seed, shared with `sop run` so the ensemble draws are the same. */
const DEFAULT_SEED = 20300101;

/** `sop sensitivity --help`. */
export const SENSITIVITY_HELP = `Usage: sop sensitivity [SCENARIO] [options]

Which assumptions move an outcome most? Two measures for each --output:
  one at a time: each uncertain parameter swung between its p10 and p90 (its own distribution)
    with every other parameter at its default → a tornado table and chart;
  global: partial rank correlation (PRCC) of each parameter with the outcome over an ensemble
    drawn exactly as \`sop run --seed S\` draws it (a value near 0: the parameter does not matter,
    within sampling error ≈ 2/sqrt(draws)), and the standardised rank regression coefficient
    (SRRC; SRRC² ≈ the share of the outcome's spread the parameter explains). PRCC can be large for
    a tiny but systematic effect once the big ones are removed: rank importance by swing or SRRC.
SCENARIO is a bundled name or a .yaml file (default baseline).

Options:
  --output M:SECTOR:YEAR   outcome, e.g. workforce.shortage_fte:po:2030 (repeatable;
                           default ${DEFAULT_SENSITIVITY_OUTPUT}); M:SECTOR:BREAKDOWN:YEAR for a route
  --draws N                ensemble draws for PRCC, 200–100000 (default 500)
  --seed S                 random seed (default ${DEFAULT_SEED}, as sop run)
  --low P, --high P        quantiles of the swing (default 0.1 and 0.9)
  --top N                  rows shown and charted (default 15)
  --horizon YEAR           last year of the run (default: the scenario's)
  --set KEY=VALUE          override a parameter (repeatable)
  --partnerships FILE      your own partnership table (.csv or .xlsx)
  --out DIR                output folder (default out/sensitivity-<scenario>-<timestamp>/)
  --force                  replace an existing non-empty output folder
  --lang nl|en             language of labels (default nl)
  -h, --help               this help

Writes tornado.csv, prcc.csv, manifest.json and charts/*.svg (with their Vega-Lite specs).

Examples:
  sop sensitivity
  sop sensitivity ambitie-2030 --output capacity.mentor_shortfall:all:2030 --output workforce.shortage_fte:po:2030
  sop sensitivity --draws 2000 --seed 7 --out out/sens --force --lang en
`;

const OPTIONS = {
  output: { type: 'string', multiple: true },
  draws: { type: 'string' },
  seed: { type: 'string' },
  low: { type: 'string' },
  high: { type: 'string' },
  top: { type: 'string' },
  horizon: { type: 'string' },
  set: { type: 'string', multiple: true },
  partnerships: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `sop sensitivity`: tornado (one at a time) and PRCC (global) for chosen outcomes; prints the
 * tables and writes the output folder. Returns the exit code.
 *
 * @example
 * process.exitCode = await runSensitivityCommand(['baseline', '--draws', '500']);
 */
export async function runSensitivityCommand(args: string[], io: CommandIo = processCommandIo()): Promise<number> {
  return runWithExitCode('sensitivity', io, async () => {
    const { values, positionals } = parseCommand('sensitivity', args, OPTIONS);
    if (values.help) {
      io.stdout(SENSITIVITY_HELP);
      return 0;
    }
    if (positionals.length > 1) throw new InputError({ field: 'sop sensitivity', expected: 'at most one SCENARIO', found: positionals.join(' ') });
    const ref = positionals[0] ?? 'baseline';
    const outputs: OutputSelector[] = ((values.output as string[] | undefined) ?? [DEFAULT_SENSITIVITY_OUTPUT]).map((t) => parseOutputSelector(t, '--output'));
    const draws = intOptionValue(values, 'draws', 200, 100_000, 500);
    const seed = intOptionValue(values, 'seed', 0, 2 ** 32 - 1, DEFAULT_SEED);
    const low = numberOption(values, 'low', 0.001, 0.499, 0.1);
    const high = numberOption(values, 'high', 0.501, 0.999, 0.9);
    const top = intOptionValue(values, 'top', 1, 1000, 15);
    const horizonOpt = values.horizon === undefined ? undefined : intOptionValue(values, 'horizon', dataFolderBaseYear() + 1, MAX_HORIZON, MAX_HORIZON);
    const lang = langOption(values);
    const force = values.force === true;
    const out = typeof values.out === 'string' ? values.out : undefined;
    checkOutTarget(out, force, io.cwd);

    const latest = Math.max(...outputs.map((o) => o.year));
    const scenario = loadScenario(ref, { cwd: io.cwd, horizon: horizonOpt ?? undefined, overrides: setOverrides(values) });
    if (latest > scenario.horizon && horizonOpt === undefined) {
      throw new InputError({ field: '--output', expected: `a year up to the scenario's horizon ${scenario.horizon} (or give --horizon)`, found: String(latest) });
    }
    const partnershipsFile = typeof values.partnerships === 'string' ? path.resolve(io.cwd, values.partnerships) : undefined;
    const data = loadModelData(undefined, { partnershipsFile });
    const runner = modelRunner(scenario, data);
    for (const o of outputs) outputIndex(runner.layout, o, '--output');

    const tornado = oneAtATime(scenario, runner, outputs, { lowQuantile: low, highQuantile: high });
    const global = globalSensitivity(scenario, runner, outputs, { seed, draws });

    const charts = [];
    for (const o of outputs) {
      const name = formatOutputSelector(o);
      const t = tornado.filter((r) => r.output === name);
      const g = global.filter((r) => r.output === name);
      const prccByKey = new Map(g.map((r) => [r.key, r]));
      io.stdout(`\n${name} — scenario ${scenario.id}; defaults give ${numText(t[0]?.base ?? NaN, lang)} ${t[0]?.outputUnit ?? ''}\n`);
      io.stdout(`One at a time, p${Math.round(low * 100)} → p${Math.round(high * 100)} (top ${Math.min(top, t.length)} of ${t.length}); PRCC over ${draws} draws (seed ${seed}):\n`);
      io.stdout(
        formatTable(
          ['#', 'parameter', `value p${Math.round(low * 100)}`, `value p${Math.round(high * 100)}`, `outcome p${Math.round(low * 100)}`, `outcome p${Math.round(high * 100)}`, 'swing', 'PRCC', 'p-value', 'SRRC'],
          t.slice(0, top).map((r, i) => {
            const p = prccByKey.get(r.key);
            return [String(i + 1), r.key, numText(r.inputLow, lang), numText(r.inputHigh, lang), numText(r.outputLow, lang), numText(r.outputHigh, lang), `${r.effect >= 0 ? '+' : '−'}${numText(r.swing, lang)}`, p && Number.isFinite(p.prcc) ? p.prcc.toFixed(2) : '–', p ? (p.pValue < 0.001 ? '<0.001' : p.pValue.toFixed(3)) : '–', p && Number.isFinite(p.srrc) ? p.srrc.toFixed(2) : '–'];
          }),
        ),
      );
      const dummy = g.find((r) => r.key === DUMMY_PARAMETER);
      if (dummy && Number.isFinite(dummy.prcc)) io.stdout(`Noise floor (a dummy input that enters nothing): PRCC ${dummy.prcc.toFixed(2)}, SRRC ${dummy.srrc.toFixed(2)}; ±2/√n = ±${(2 / Math.sqrt(draws)).toFixed(2)}\n`);
      if (t.every((r) => r.swing === 0)) io.stdout(`Note: ${name} does not change with any uncertain parameter in this scenario (e.g. a target the scenario fixes).\n`);
      charts.push(tornadoChart(t, { lang, top }), prccChart(g, { lang, top }));
    }

    const dir = await writeAnalysisOutput(
      { out, force, stem: `sensitivity-${scenario.id}`, cwd: io.cwd },
      {
        files: {
          'tornado.csv': csvText(
            ['scenario', 'output', 'rank', 'parameter', 'input_unit', 'low_quantile', 'high_quantile', 'input_low', 'input_high', 'output_unit', 'output_base', 'output_low', 'output_high', 'effect', 'swing'],
            outputs.flatMap((o) =>
              tornado
                .filter((r) => r.output === formatOutputSelector(o))
                .map((r, i) => [scenario.id, r.output, i + 1, r.key, r.inputUnit, r.lowQuantile, r.highQuantile, r.inputLow, r.inputHigh, r.outputUnit, r.base, r.outputLow, r.outputHigh, r.effect, r.swing]),
            ),
          ),
          'prcc.csv': csvText(
            ['scenario', 'output', 'rank', 'parameter', 'prcc', 'p_value', 'spearman', 'srrc', 'draws', 'seed'],
            outputs.flatMap((o) =>
              global.filter((r) => r.output === formatOutputSelector(o)).map((r, i) => [scenario.id, r.output, i + 1, r.key, r.prcc, r.pValue, r.spearman, r.srrc, r.n, seed]),
            ),
          ),
          'manifest.json': `${JSON.stringify(
            {
              tool: 'sop2030',
              version: toolVersion(),
              command: ['sop', 'sensitivity', ...args].join(' '),
              scenario: { id: scenario.id, horizon: scenario.horizon, files: scenario.files.map((f) => ({ path: path.relative(io.cwd, f.path) || f.path, sha256: f.sha256 })) },
              dataFiles: data.files,
              outputs: outputs.map(formatOutputSelector),
              seed,
              draws,
              quantiles: [low, high],
              method: 'one-at-a-time p-low/p-high swings with the others at their defaults (marginal quantiles; correlation groups ignored); PRCC on ranks over the ensemble draws (ParamSampler, correlation groups included).',
            },
            null,
            2,
          )}\n`,
        },
        charts,
      },
    );
    io.stdout(`\nWrote ${path.relative(io.cwd, dir) || dir}\n`);
    return 0;
  });
}
