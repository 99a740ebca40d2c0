import * as path from 'node:path';
import {
  HINDCAST_HEADER, hindcastChart, hindcastCsvRows, missingReason, runHindcast, type HindcastResult,
} from '../../analysis/hindcast';
import { checkOutTarget, csvText, intOptionValue, langOption, numText, pctText, writeAnalysisOutput, type CommandIo } from '../../analysis/cliSupport';
import { InputError } from '../../errors';
import { MAX_HORIZON, type Lang } from '../../model/domain';
import { loadScenario } from '../../scenario/load';
import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS } from '../command-table';
import { formatTable } from '../terminal-table';
import { toolVersion } from '../version';

/** `sop backtest --workforce` in `sop backtest --help`. */
export const WORKFORCE_BACKTEST_HELP = `
With --workforce: a hindcast of the teacher shortage. The ordinary model (the scenario's registry
distributions, the same ensemble and seed as sop run, nothing widened) starts from base year
--from with only the data known then (every data row after that year is ignored) and projects to
the last year with a measured shortage. Each measured shortage (data/shortage.csv, definition
measured) and employment figure of those years is compared with the model's median and 90% band.
Only sectors with a measured shortage in --from are scored; the others are named with the reason.

  --workforce           run the hindcast of the shortage instead of the trend backtest
  --from YEAR           base year of the hindcast (required), e.g. 2021
  --observed DIR        data folder the measurements are read from (default: --data)
  --draws N             draws (default ${DEFAULT_DRAWS})
  --seed S              seed (default ${DEFAULT_SEED})
  --workers N           worker threads (default: the cores; results do not depend on it)
  (--scenario, --data, --out, --force and --lang as above; --lang also sets the printed words)

Writes workforce-hindcast.csv (sector,year,metric,unit,observed,mean,p05,p50,p95),
charts/workforce-hindcast.svg (with its Vega-Lite spec) and manifest.json; prints errors, band
widths and coverage.

  sop backtest --workforce --from 2021 --out out/hindcast
  sop backtest --workforce --from 2021 --draws 200 --lang en --out out/hindcast --force
`;

/**
 * `sop backtest --workforce --from YEAR`: runs the hindcast, prints its table and writes the
 * output folder whole (or not at all). Returns the exit code.
 *
 * @example
 * await runWorkforceBacktest(values, ['--workforce', '--from', '2021'], io); // → 0
 */
export async function runWorkforceBacktest(values: Record<string, unknown>, args: readonly string[], io: CommandIo): Promise<number> {
  for (const k of ['ahead', 'min-train', 'level']) {
    if (values[k] !== undefined) throw new InputError({ field: `--${k}`, expected: 'no trend-backtest option with --workforce (see sop backtest --help)', found: `--${k}` });
  }
  if (values.from === undefined) throw new InputError({ field: '--from', expected: 'the base year of the hindcast, e.g. --from 2021', found: 'nothing' });
  const fromYear = intOptionValue(values, 'from', 2000, MAX_HORIZON - 1, 0);
  const draws = intOptionValue(values, 'draws', 1, MAX_DRAWS, DEFAULT_DRAWS);
  const seed = intOptionValue(values, 'seed', 0, 2 ** 32 - 1, DEFAULT_SEED);
  const workers = values.workers === undefined ? undefined : intOptionValue(values, 'workers', 1, 64, 1);
  const lang = langOption(values);
  const force = values.force === true;
  const out = typeof values.out === 'string' ? values.out : undefined;
  checkOutTarget(out, force, io.cwd);
  const scenario = loadScenario(typeof values.scenario === 'string' ? values.scenario : 'baseline', { cwd: io.cwd });
  const dataDir = typeof values.data === 'string' ? path.resolve(io.cwd, values.data) : undefined;
  const observedDir = typeof values.observed === 'string' ? path.resolve(io.cwd, values.observed) : undefined;

  const result = await runHindcast({ fromYear, scenario, draws, seed, workers, dataDir, observedDir });
  io.stdout(formatHindcastReport(result, lang));
  const dir = await writeAnalysisOutput(
    { out, force, stem: 'hindcast', cwd: io.cwd },
    {
      files: {
        'workforce-hindcast.csv': csvText(HINDCAST_HEADER, hindcastCsvRows(result.rows)),
        'manifest.json': `${JSON.stringify(
          {
            tool: 'sop2030',
            version: toolVersion(),
            command: ['sop', 'backtest', ...args].join(' '),
            hindcast: { from: result.fromYear, to: result.toYear, draws, seed, scored: result.scored, missing: result.missing },
            scenario: { id: scenario.id, files: scenario.files.map((f) => ({ path: path.relative(io.cwd, f.path) || f.path, sha256: f.sha256 })) },
            dataFiles: result.dataFiles,
            observedFiles: result.observedFiles,
            scores: result.scores,
            rulesApplied: result.rules,
          },
          null,
          2,
        )}\n`,
      },
      charts: [hindcastChart(result, lang)],
    },
  );
  io.stdout(`\nWrote ${path.relative(io.cwd, dir) || dir}\n`);
  return 0;
}

/**
 * The printed hindcast: per measured value the median, band and error; per sector and metric the
 * mean absolute percentage error, band width and coverage; the sectors left out and why; the rules
 * that filled gaps in the data known at the start year.
 *
 * @example
 * io.stdout(formatHindcastReport(result));
 */
export function formatHindcastReport(r: HindcastResult, lang: Lang = 'en'): string {
  const t = REPORT[lang];
  const num = (x: number) => numText(x, lang);
  const pct = (x: number) => (lang === 'nl' ? pctText(x).replace('.', ',') : pctText(x));
  const parts: string[] = [t.intro(r)];
  parts.push(
    formatTable(
      t.rowHeader,
      r.rows.map((x) => [
        x.sector, String(x.year), t.metric(x.metric), num(x.observed), num(x.p50), `${num(x.p05)} – ${num(x.p95)}`,
        num(Math.round(x.p50 - x.observed)), pct((x.p50 - x.observed) / Math.abs(x.observed)), x.observed >= x.p05 && x.observed <= x.p95 ? t.yes : t.no,
      ]),
    ),
  );
  parts.push('\n');
  parts.push(
    formatTable(
      t.scoreHeader,
      r.scores.map((s) => [s.sector, t.metric(s.metric), String(s.n), pct(s.mape), num(Math.round(s.bias)), num(Math.round(s.meanBandWidth)), t.of(s.covered, s.n)]),
    ),
  );
  for (const m of r.missing) parts.push(`\n${m.sector}: ${t.notScored} — ${missingReason(r.fromYear, m.measured, lang)}.`);
  if (r.missing.length > 0) parts.push('\n');
  parts.push(t.rules);
  for (const rule of r.rules.filter((x) => x.series.startsWith('hindcast.') || /^(pupils|employmentFte|shortageFte)\./.test(x.series))) {
    parts.push(`  - ${rule.series}: ${rule.rule}\n`);
  }
  return parts.join('');
}

/** The printed words of the hindcast in both languages (codes, sector names and rules stay as they are). */
const REPORT = {
  en: {
    intro: (r: HindcastResult) =>
      `Hindcast from ${r.fromYear} (data known in ${r.fromYear} only) to ${r.toYear}; scenario ${r.scenario}, ${r.draws} draws, seed ${r.seed}. fte; below 0 = surplus.\n\n`,
    rowHeader: ['sector', 'year', 'metric', 'measured', 'median', '90% band', 'error', 'error %', 'in band'],
    scoreHeader: ['sector', 'metric', 'years', 'MAPE (median)', 'mean error', 'mean band width', 'coverage (90% band)'],
    metric: (m: string) => (m === 'workforce.shortage_fte' ? 'shortage' : 'employment'),
    yes: 'yes',
    no: 'no',
    of: (k: number, n: number) => `${k} of ${n}`,
    notScored: 'not scored',
    rules: '\nRules that filled gaps in the data known at the start (all in manifest.json):\n',
  },
  nl: {
    intro: (r: HindcastResult) =>
      `Terugvoorspelling vanaf ${r.fromYear} (alleen de gegevens van ${r.fromYear}) tot ${r.toYear}; scenario ${r.scenario}, ${r.draws} trekkingen, seed ${r.seed}. fte; onder 0 = overschot.\n\n`,
    rowHeader: ['sector', 'jaar', 'grootheid', 'gemeten', 'mediaan', '90%-band', 'fout', 'fout %', 'in band'],
    scoreHeader: ['sector', 'grootheid', 'jaren', 'MAPE (mediaan)', 'gem. fout', 'gem. bandbreedte', 'dekking (90%-band)'],
    metric: (m: string) => (m === 'workforce.shortage_fte' ? 'tekort' : 'werkgelegenheid'),
    yes: 'ja',
    no: 'nee',
    of: (k: number, n: number) => `${k} van ${n}`,
    notScored: 'niet beoordeeld',
    rules: '\nRegels die gaten in de gegevens van het startjaar vullen (alle in manifest.json):\n',
  },
} as const;
