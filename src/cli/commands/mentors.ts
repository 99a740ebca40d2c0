import * as path from 'node:path';
import { echo, InputError } from '../../errors';
import { baseYearSopCells } from '../../model/own-partnerships';
import type { Route } from '../../model/domain';
import { dataFolderBaseYear } from '../../data/model-data';
import type { ModelData, Partnership } from '../../model/inputs';
import { formatDisplay } from '../../report/display-format';
import { scenarioTitle } from '../../report/labels';
import { growthText, planTable, studentsByRouteTable } from '../../report/mentor-plan';
import { planPartnerships } from '../../report/partnership-plans-run';
import { addPlanSheets, formatRegionsCsv, planHtml, planSvg } from '../../report/plan-outputs';
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
/** The default probability of no mentor gap in each plan year. */
export const DEFAULT_PLAN_PROBABILITY = 0.8;
/**
 * The year the numbers describe when the file has no `year` column and `--year` is not given:
 * the school year 2025/26, the first under the onderwijsregio funding rule.
 */
export const DEFAULT_ENTERED_YEAR = 2025;
/** Partnerships printed on the terminal; plan.html and the report have them all. */
const TERMINAL_PARTNERSHIPS = 5;

/**
 * `sop mentors FILE`: each partnership's mentor training plan (a stock-flow schedule at a chosen
 * probability), from the year after its numbers to the horizon, and the onderwijsregio sums.
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
  const probability = probabilityOption(args.values.probability);
  const file = args.positionals[0];
  const { readPartnershipFile } = await import('../../data/partnership-file');
  const table = readPartnershipFile(path.resolve(io.cwd, file), file);
  if (table.partnerships.length === 0) {
    throw new InputError({ file, field: 'partnership', expected: 'at least one partnership row', found: 'none' });
  }
  const scenarioRef = typeof args.values.scenario === 'string' ? args.values.scenario : DEFAULT_MENTOR_SCENARIO;
  // The rest of the country starts from the national table's mentors (the file's own count is the plan's start stock).
  const sets = { 'capacity.base_mentors': 'table', ...(o.sets ?? {}) };
  const [scenario] = loadScenarios([scenarioRef], { cwd: io.cwd, horizon: o.horizon, sets });
  const horizon = o.horizon ?? scenario.horizon;
  const enteredYear = enteredYearOf(args.values.year, table.partnerships, file, horizon);
  const stem = path.basename(file, path.extname(file));
  const outDir = o.out ? path.resolve(io.cwd, o.out) : defaultOutputDir(['mentors', stem], new Date(), io.cwd);
  checkOutputTarget(outDir, o.force, { cwd: io.cwd, inputs: [path.resolve(io.cwd, file), ...scenario.files.map((f) => f.path)], warn: (l) => io.stderr(l) });

  for (const p of table.partnerships) {
    if (p.target && p.target.year <= enteredYear) {
      throw new InputError({ file, line: p.line, field: 'target_year', expected: `a year after the year of the numbers (${enteredYear})`, found: String(p.target.year) });
    }
  }

  const { loadModelData } = await import('../../data');
  const national = loadModelData();
  checkAgainstNational(table.partnerships, baseYearSopCells(scenario, national), file, io);
  const tLoaded = performance.now();
  // The file's partnerships in the national model (numbers as of the entered year, never capped:
  // the plan keeps their mentors up), the ensemble, the plans and the regional sums.
  const { plans, regions, result, summary, data: embedded, timings } = await planPartnerships(scenario, national, table.partnerships, {
    draws: o.draws, seed: o.seed, workers: o.workers, enteredYear, probability,
    run: (s, d, e) => runScenarioEnsemble([s], d, {
      draws: e.draws, seed: e.seed, workers: e.workers, partnershipDetail: e.partnershipDetail, extract: e.extract, quantiles: e.quantiles, lang: o.lang,
    }, io),
  });
  const data: ModelData = { ...embedded, files: [...national.files, { path: file, sha256: table.sha256 }] };
  const tRun = performance.now();
  const growth = plans.map((p) => p.growth);
  const byRoute = table.partnerships
    .map((p) => studentsByRouteTable(result.summary, p, scenario.id, o.lang, enteredYear))
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
  const illustrative = /illustrative/i.test(path.basename(file));
  const t = (nl: string, en: string): string => (o.lang === 'nl' ? nl : en);
  const pct = Math.round(probability * 100);
  const notes = [
    t(`Cijfers ingevuld voor ${enteredYear}; het plan loopt van ${enteredYear + 1} tot ${horizon}, met de bekostigingsregel van elk jaar.`,
      `Numbers entered for ${enteredYear}; the plan runs from ${enteredYear + 1} to ${horizon}, under each year's funding rule.`),
    growth.every((g) => g.kind === 'national')
      ? `${growthText(growth[0], o.lang)}.`.replace(/^./, (c) => c.toUpperCase())
      : t('Groeipad van de studenten: per partnerschap vermeld (eigen doel of het landelijke pad van het scenario).', "Students' growth path: stated per partnership (own target or the scenario's national path)."),
    t(`"Op te leiden" is een schema: wie elk jaar dat aantal opleidt, heeft na uitval in elk jaar met minstens ${pct}% kans genoeg werkplekbegeleiders (getoetst op alle ${o.draws} trekkingen). Het totaal is de som van de jaren.`,
      `"To train" is a schedule: training that number each year leaves enough mentors after attrition in every year with at least ${pct}% probability (checked on all ${o.draws} draws). The total is the sum of the years.`),
    t('Regionale cijfers (regions.csv) zijn de som van de partnerschappen in dit bestand, niet van alle partnerschappen in de regio; de banden komen uit de trekkingen van die som.',
      'Regional figures (regions.csv) are the sum of the partnerships entered in this file, not of every partnership in the region; their bands come from the draws of that sum.'),
  ];
  const svgCharts = plans.slice(0, 50).map((p) => ({
    name: `plan-${p.id}`, title: `${p.id} — ${p.name}: ${t('werkplekbegeleiders, voorraad en opleiding', 'mentors, stock and training')}`,
    svg: `${planSvg(p, o.lang, { illustrative })}\n`,
  }));
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
    timings: {
      loadMs: Math.round(tLoaded - t0), embedAndRunMs: Math.round(tRun - tLoaded), ...timings,
      ...Object.fromEntries(Object.entries(result.timings ?? {}).map(([k, v]) => [`ensemble.${k}`, v])),
    },
    title: t(`Mentorplan: ${stem}`, `Mentor plan: ${stem}`),
    subtitle: t(
      `${table.partnerships.length} partnerschap(pen) uit ${file}; groeipad van scenario ${scenario.id} (${scenarioTitle(scenario.title, o.lang)}); ${o.draws} trekkingen, seed ${o.seed}, ${enteredYear + 1}–${horizon}, kans ${pct}%.`,
      `${table.partnerships.length} partnership(s) from ${file}; growth path of scenario ${scenario.id} (${scenarioTitle(scenario.title, o.lang)}); ${o.draws} draws, seed ${o.seed}, ${enteredYear + 1}–${horizon}, probability ${pct}%.`,
    ),
    extraTables: [...plans.map((p) => planTable(p, o.lang)), ...byRoute],
    extraFiles: [
      { path: 'regions.csv', content: formatRegionsCsv(regions) },
      { path: 'plan.html', content: planHtml(plans, o.lang, { title: t(`Mentorplan: ${stem}`, `Mentor plan: ${stem}`), notes, illustrative }) },
    ],
    svgCharts,
    firstSheets: (XLSX, wb) => addPlanSheets(XLSX, wb, plans, regions, o.lang),
    standardCharts: false,
    showHeadline: false,
    caveats: [
      ...notes,
      t('De studenten, uren en bekostiging gaan ervan uit dat het plan gevolgd wordt: geen student wordt geweigerd bij gebrek aan een begeleider.',
        'Students, hours and funding assume the plan is followed: no student is turned away for lack of a mentor.'),
    ],
  });

  io.stdout(t(
    `Mentorplan, scenario ${scenario.id}, ${o.draws} trekkingen, kans ${pct}%; cijfers van ${enteredYear}, plan ${enteredYear + 1}–${horizon}\n`,
    `Mentor plan, scenario ${scenario.id}, ${o.draws} draws, probability ${pct}%; numbers of ${enteredYear}, plan ${enteredYear + 1}–${horizon}\n`,
  ));
  for (const plan of plans.slice(0, TERMINAL_PARTNERSHIPS)) {
    io.stdout(`\n${plan.id} — ${plan.name} (${plan.onderwijsregio}); ${t('begeleiders nu', 'mentors now')} ${plan.mentorsEntered}\n${growthText(plan.growth, o.lang)}\n`);
    io.stdout(formatTable(
      [t('Jaar', 'Year'), t('Benodigd', 'Required'), t('Begin', 'Start'), t('Opleiden', 'Train'), t('Uitval', 'Left'), t('Eind', 'End'), t('Tekort', 'Gap'), 'fte', t('Bekostiging', 'Funding')],
      plan.years.map((y) => [
        String(y.year), fmt(y.mentorsRequired.atQ, o.lang), fmt(y.startStock.p50, o.lang), String(y.trained), fmt(y.left.p50, o.lang),
        fmt(y.endStock.p50, o.lang), fmt(y.gap.atQ, o.lang), formatDisplay(y.mentorFte.p50, 'fte', o.lang), formatDisplay(y.subsidy.p50, 'eur', o.lang),
      ]),
    ));
    io.stdout(t(`Totaal op te leiden: ${plan.totalTrained}\n`, `Total to train: ${plan.totalTrained}\n`));
  }
  if (plans.length > TERMINAL_PARTNERSHIPS) {
    io.stdout(t(`\n… en nog ${plans.length - TERMINAL_PARTNERSHIPS} partnerschappen in plan.html\n`, `\n… and ${plans.length - TERMINAL_PARTNERSHIPS} more partnerships in plan.html\n`));
  }
  io.stdout(t(`(Benodigd en tekort bij ${pct}% kans; begin, uitval en eind: mediaan.)\n`, `(Required and gap at ${pct}% probability; start, left and end: median.)\n`));
  io.stdout(`\n${t('Uitvoermap', 'Output folder')}: ${displayRel(out.dir, io.cwd)}  (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  return 0;
}

function fmt(v: number | undefined, lang: 'nl' | 'en'): string {
  return v === undefined || !Number.isFinite(v) ? '–' : formatDisplay(v, 'persons', lang);
}

/** `--probability`: a fraction strictly between 0 and 1 (or a percentage 1–99). */
function probabilityOption(v: unknown): number {
  if (v === undefined) return DEFAULT_PLAN_PROBABILITY;
  const text = String(v).trim().replace(/%$/, '');
  let q = Number(text);
  if (Number.isFinite(q) && q >= 1 && q < 100) q /= 100;
  if (!(Number.isFinite(q) && q > 0 && q < 1)) {
    throw new InputError({ field: '--probability', expected: 'a probability between 0 and 1 (e.g. 0.8) or a percentage (80%)', found: String(v) });
  }
  return q;
}

/**
 * The year the numbers describe: `--year`, else the file's `year` column (one value for the whole
 * file), else DEFAULT_ENTERED_YEAR. It must lie from the base year to the year before the horizon.
 */
function enteredYearOf(option: unknown, partnerships: readonly Partnership[], file: string, horizon: number): number {
  const baseYear = dataFolderBaseYear();
  const check = (y: number, field: string, found: string): number => {
    if (!Number.isInteger(y) || y < baseYear || y >= horizon) {
      throw new InputError({ file: field === '--year' ? undefined : file, field, expected: `a school year from ${baseYear} to ${horizon - 1} (the plan runs from the year after to the horizon ${horizon})`, found });
    }
    return y;
  };
  if (option !== undefined) return check(Number(option), '--year', String(option));
  const years = [...new Set(partnerships.map((p) => p.year).filter((y): y is number => y !== undefined))];
  if (years.length > 1) {
    throw new InputError({ file, field: 'year', expected: 'one year for every partnership in the file (plan them in separate files)', found: years.join(', ') });
  }
  if (years.length === 1 && partnerships.some((p) => p.year === undefined)) {
    const p = partnerships.find((x) => x.year === undefined) as Partnership;
    throw new InputError({ file, line: p.line, field: 'year', expected: `${years[0]} (as on the other partnerships' rows)`, found: 'an empty cell' });
  }
  return years.length === 1 ? check(years[0], 'year', String(years[0])) : check(DEFAULT_ENTERED_YEAR, '--year', `the default ${DEFAULT_ENTERED_YEAR}`);
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
