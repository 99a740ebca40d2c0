import * as path from 'node:path';
import { InputError } from '../../errors';
import type { ModelData } from '../../model/inputs';
import { baseYearSopCells, embedOwnPartnerships } from '../../model/own-partnerships';
import type { Partnership } from '../../model/inputs';
import type { Route } from '../../model/domain';
import { echo } from '../../errors';
import { mentorsChart } from '../../report/charts/mentors-chart';
import { formatDisplay } from '../../report/display-format';
import { metricLabel, scenarioTitle } from '../../report/labels';
import { MENTOR_PLAN_METRICS, mentorPlanTable, mentorPlans, studentsByRouteTable } from '../../report/mentor-plan';
import { checkOutputTarget, defaultOutputDir } from '../../report/output-folder';
import { writeRunOutputs } from '../../report/write-outputs';
import type { CliIo } from '../io';
import type { ParsedArgs } from '../options';
import { displayRel, loadScenarios, readSources, rulesApplied, runScenarioEnsemble } from '../scenario-run';
import { formatTable } from '../terminal-table';
import { toolVersion } from '../version';
import { commandLine, runOptionValues } from './shared-options';

/** The scenario that supplies the growth path when `--scenario` is not given. */
export const DEFAULT_MENTOR_SCENARIO = 'ambitie-2030';
/** Partnerships printed on the terminal; the report has them all. */
const TERMINAL_PARTNERSHIPS = 5;

/**
 * `sop mentors FILE`: a partnership's year-by-year capacity plan from its filled-in template.
 *
 * @example
 * await run({ values: {}, positionals: ['data/partnerships/template.csv'] }, processIo(), ['mentors', 'data/partnerships/template.csv'])
 */
export async function run(args: ParsedArgs, io: CliIo, argv: readonly string[]): Promise<number> {
  if (args.positionals.length !== 1) {
    throw new InputError({ field: 'FILE', expected: 'one partnership file (.csv or .xlsx in the template\'s schema)', found: args.positionals.length === 0 ? 'none' : args.positionals.join(' ') });
  }
  const t0 = performance.now();
  const o = runOptionValues(args);
  const file = args.positionals[0];
  const { readPartnershipFile } = await import('../../data/partnership-file');
  const table = readPartnershipFile(path.resolve(io.cwd, file), file);
  if (table.partnerships.length === 0) {
    throw new InputError({ file, field: 'partnership', expected: 'at least one partnership row', found: 'none' });
  }
  const scenarioRef = typeof args.values.scenario === 'string' ? args.values.scenario : DEFAULT_MENTOR_SCENARIO;
  // A coordinator's own mentor count is the starting point, unless they say otherwise.
  const sets = { 'capacity.base_mentors': 'table', ...(o.sets ?? {}) };
  const [scenario] = loadScenarios([scenarioRef], { cwd: io.cwd, horizon: o.horizon, sets });
  const stem = path.basename(file, path.extname(file));
  const outDir = o.out ? path.resolve(io.cwd, o.out) : defaultOutputDir(['mentors', stem], new Date(), io.cwd);
  checkOutputTarget(outDir, o.force, { cwd: io.cwd, inputs: [path.resolve(io.cwd, file), ...scenario.files.map((f) => f.path)], warn: (l) => io.stderr(l) });

  const { loadModelData } = await import('../../data');
  const national = loadModelData();
  checkAgainstNational(table.partnerships, baseYearSopCells(scenario, national), file, io);
  // The file's partnerships beside one "rest of the country" (src/model/own-partnerships.ts).
  const embedded = embedOwnPartnerships(national, table.partnerships, scenario);
  const data: ModelData = { ...embedded, files: [...national.files, { path: file, sha256: table.sha256 }] };
  const tLoaded = performance.now();
  const result = await runScenarioEnsemble([scenario], data, { ...o, partnershipDetail: true }, io);
  const tRun = performance.now();

  const horizon = o.horizon ?? scenario.horizon;
  const ownIds = new Set(table.partnerships.map((p) => p.id));
  const summary = result.summary.filter((r) => ownIds.has(r.breakdown));
  const plans = mentorPlans(summary, table.partnerships.map((p) => ({ id: p.id, name: p.name })));
  const byRoute = table.partnerships
    .map((p) => studentsByRouteTable(result.summary, p, scenario.id, o.lang))
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
  const illustrative = /illustrative/i.test(path.basename(file));
  const title = scenarioTitle(scenario.title, o.lang);
  const out = await writeRunOutputs({
    outDir, force: o.force, lang: o.lang, scenarios: [scenario],
    summary, comparison: [],
    dataFiles: data.files.map((f) => ({ path: displayRel(f.path, io.cwd), sha256: f.sha256 })),
    sources: readSources(),
    sopShareObserved: data.sopShareObserved,
    partnerships: { source: file, illustrative, count: table.partnerships.length },
    seed: o.seed, draws: o.draws, horizon, workers: o.workers,
    toolVersion: toolVersion(), command: commandLine(argv),
    rulesApplied: rulesApplied(scenario, data),
    ensemble: result.method ? { method: result.method, sketch: result.sketch } : undefined,
    timings: { loadMs: Math.round(tLoaded - t0), ensembleMs: Math.round(tRun - tLoaded) },
    title: o.lang === 'nl' ? `Mentorplan: ${stem}` : `Mentor plan: ${stem}`,
    subtitle: o.lang === 'nl'
      ? `${table.partnerships.length} partnerschap(pen) uit ${file}; groeipad van scenario ${scenario.id}; ${o.draws} trekkingen, seed ${o.seed}, tot ${horizon}.`
      : `${table.partnerships.length} partnership(s) from ${file}; growth path of scenario ${scenario.id}; ${o.draws} draws, seed ${o.seed}, to ${horizon}.`,
    extraTables: [...plans.map((p) => mentorPlanTable(p, o.lang)), ...byRoute],
    standardCharts: false,
    showHeadline: false,
    extraCharts: [
      mentorsChart(summary, {
        scenarios: [{ id: scenario.id, title }], lang: o.lang, illustrative,
        breakdowns: table.partnerships.slice(0, 12).map((p) => p.id), name: 'mentors-by-partnership',
      }),
    ],
    caveats: [
      o.lang === 'nl'
        ? 'Elk partnerschap begint bij zijn eigen aantallen in het basisjaar en volgt de landelijke groei van het scenario; zijn aandeel in de landelijke SO&P-studenten per route en studiejaar blijft gelijk aan dat in het basisjaar.'
        : 'Each partnership starts from its own base-year numbers and follows the national growth of the scenario; its share of the national SO&P students per route and study year stays at its base-year share.',
      o.lang === 'nl'
        ? 'Beschikbare begeleiders beginnen bij het aantal in het bestand (capacity.base_mentors = table) en volgen uitval en opleiding.'
        : 'Mentors available start at the count in the file (capacity.base_mentors = table) and follow attrition and training.',
    ],
  });

  const t = (nl: string, en: string): string => (o.lang === 'nl' ? nl : en);
  io.stdout(t(`Mentorplan (mediaan; 90%-intervallen in report.html), scenario ${scenario.id}, ${o.draws} trekkingen\n`, `Mentor plan (median; 90% intervals in report.html), scenario ${scenario.id}, ${o.draws} draws\n`));
  for (const plan of plans.slice(0, TERMINAL_PARTNERSHIPS)) {
    const metrics = MENTOR_PLAN_METRICS.filter((m) => plan.values[m].some((v) => v !== undefined));
    io.stdout(`\n${plan.breakdown}${plan.name ? ` — ${plan.name}` : ''}\n`);
    io.stdout(formatTable(
      [t('Indicator', 'Metric'), ...plan.years.map(String)],
      metrics.map((m) => [metricLabel(m, o.lang), ...plan.years.map((_, i) => {
        const v = plan.values[m][i];
        return v ? formatDisplay(v.p50, v.unit, o.lang) : '–';
      })]),
    ));
  }
  if (plans.length > TERMINAL_PARTNERSHIPS) {
    io.stdout(t(`\n… en nog ${plans.length - TERMINAL_PARTNERSHIPS} partnerschappen in report.html\n`, `\n… and ${plans.length - TERMINAL_PARTNERSHIPS} more partnerships in report.html\n`));
  }
  io.stdout(`\n${t('Uitvoermap', 'Output folder')}: ${displayRel(out.dir, io.cwd)}  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  return 0;
}

/**
 * One partnership holding more than this share of the national SO&P students of a route and study
 * year is implausible (with about 130 partnerships the average is under 1%): `sop mentors` warns.
 */
export const PLAUSIBLE_CELL_SHARE = 0.25;

/**
 * Rejects a table whose partnerships together hold more SO&P students in a route and study year
 * than the model's national figure for it (an InputError naming the partnerships, route, study
 * year and national figure; the model would otherwise cap them silently), and warns when one
 * partnership holds more than PLAUSIBLE_CELL_SHARE of a national figure.
 *
 * @example
 * checkAgainstNational(loadPartnershipFile('mine.csv'), baseYearSopCells(scenario, national), 'mine.csv', io);
 */
export function checkAgainstNational(own: readonly Partnership[], national: Partial<Record<Route, number[]>>, file: string, io: CliIo): void {
  const problems: { file: string; line?: number; field: string; expected: string; found: string }[] = [];
  const routes = new Set(own.flatMap((p) => Object.keys(p.students) as Route[]));
  for (const route of routes) {
    const years = Math.max(0, ...own.map((p) => p.students[route]?.length ?? 0));
    for (let k = 0; k < years; k++) {
      const n = national[route]?.[k] ?? 0;
      const holders = own.filter((p) => (p.students[route]?.[k] ?? 0) > 0);
      const sum = holders.reduce((s, p) => s + (p.students[route]?.[k] ?? 0), 0);
      const round = (x: number): string => (Math.round(x * 10) / 10).toLocaleString('en');
      if (sum > n) {
        problems.push({
          file, line: holders[0]?.line, field: `students (${route}, study year ${k + 1})`,
          expected: `at most the national number of SO&P students of ${route} year ${k + 1} in the base year (${round(n)})`,
          found: `${round(sum)} in ${holders.map((p) => echo(p.id)).join(', ')}`,
        });
        continue;
      }
      for (const p of holders) {
        const v = p.students[route]?.[k] ?? 0;
        if (n > 0 && v > PLAUSIBLE_CELL_SHARE * n) {
          io.stderr(`sop: warning: ${echo(file)}: ${echo(p.id)} has ${round(v)} SO&P students in ${route} year ${k + 1}, ${Math.round((100 * v) / n)}% of the national ${round(n)}; more than ${PLAUSIBLE_CELL_SHARE * 100}% for one partnership is implausible: check the number\n`);
        }
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}
