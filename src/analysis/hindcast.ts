import * as path from 'node:path';
import { loadModelData } from '../data/model-data';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import { InputError } from '../errors';
import { measuredYearsText } from '../model/base-year';
import { MAX_HORIZON, SECTORS, type Lang, type Sector } from '../model/domain';
import type { ModelData } from '../model/inputs';
import { seriesYears } from '../model/param-read';
import type { AppliedRule } from '../model/plan';
import type { SummaryRow } from '../ensemble/types';
import type { ResolvedScenario } from '../scenario/types';
import { baseConfig, yearAxis, type ChartSpec } from '../report/charts/chart-common';
import { sectorLabel } from '../report/labels';

/**
 * The hindcast of the shortage (issue 12, item 6): the ordinary model — same registry
 * distributions, same ensemble, same seed — started from an earlier base year YEAR with only the
 * data known then, and its projection of YEAR+1 … compared with what was measured later.
 *
 * What is known at YEAR: every data row whose `year` is at most YEAR (`loadModelData` with
 * `knownAt`); nothing later reaches the model, so a copy of the data folder with every later row
 * removed gives byte-identical output (tested). Pupils are read the same way: the hindcast is
 * ex-ante for pupils too, and demand after the last pupil count known follows the forward model's
 * rule for years after the Referentieraming (`workforce.pupils.growth_after_projection`).
 *
 * Gaps at YEAR are filled by stated rules (docs/methods.md, "Hindcast"), never from later data:
 * a sector with no measured shortage in YEAR is run (the model needs all three) but not scored,
 * starting from a shortage of 0; a sector whose employment series (the model's definition) has no
 * value up to YEAR starts from its latest teacher-fte figure of another definition known then.
 * The observations scored come from a separate data folder (by default the same one), so the
 * model's inputs can be cut at YEAR while the later measurements are still there to compare with.
 */

/** Metrics the hindcast scores: the shortage, and employment where measured. */
export const HINDCAST_METRICS = ['workforce.employment_fte', 'workforce.shortage_fte'] as const;
export type HindcastMetric = (typeof HINDCAST_METRICS)[number];

/** Header of `workforce-hindcast.csv` (DESIGN.md §5, fixed). */
export const HINDCAST_HEADER = ['sector', 'year', 'metric', 'unit', 'observed', 'mean', 'p05', 'p50', 'p95'] as const;

/** One row of `workforce-hindcast.csv`: a measured value and the hindcast's summary for it. */
export interface HindcastRow {
  sector: Sector;
  year: number;
  metric: HindcastMetric;
  unit: 'fte';
  observed: number;
  mean: number;
  p05: number;
  p50: number;
  p95: number;
}

/** Errors, band widths and coverage of one sector and metric over the hindcast years. */
export interface HindcastScore {
  sector: Sector;
  metric: HindcastMetric;
  /** Years scored (with a measurement). */
  n: number;
  /** Years whose measurement lies inside the 90% band [p05, p95]. */
  covered: number;
  /** Mean absolute percentage error of the median: mean |p50 − observed| / |observed|. */
  mape: number;
  /** Mean signed error of the median, p50 − observed (fte; positive = projected too high). */
  bias: number;
  /** Mean width of the 90% band, p95 − p05 (fte). */
  meanBandWidth: number;
}

/** Everything a hindcast produces. */
export interface HindcastResult {
  fromYear: number;
  /** Last year scored: the last year with a measured shortage in a scored sector. */
  toYear: number;
  scenario: string;
  draws: number;
  seed: number;
  rows: HindcastRow[];
  scores: HindcastScore[];
  /** Sectors scored (a measured shortage in the start year). */
  scored: Sector[];
  /** Sectors left out, the years their shortage was measured, and the reason in words. */
  missing: { sector: Sector; measured: number[]; reason: string }[];
  /** The hindcast's own gap rules, then the model's rules for series that end early. */
  rules: AppliedRule[];
  /** The ensemble's shortage summary of every sector over fromYear..toYear, for the chart. */
  band: SummaryRow[];
  /** Every measured shortage in fromYear..toYear of the scored sectors, for the chart. */
  observedShortage: { sector: Sector; year: number; value: number }[];
  /** The model's data files with their SHA-256 (the folder as read, before the cut at fromYear). */
  dataFiles: readonly { path: string; sha256: string }[];
  observedFiles: readonly { path: string; sha256: string }[];
}

/** Options of {@link runHindcast}. */
export interface HindcastOptions {
  /** Base year of the hindcast: the model knows the data up to this year. */
  fromYear: number;
  /** The scenario whose distributions are drawn (the ordinary forward run's, e.g. baseline). */
  scenario: ResolvedScenario;
  draws: number;
  seed: number;
  workers?: number;
  /** Data folder the model reads, cut at `fromYear` (default: the bundled data/). */
  dataDir?: string;
  /** Data folder the measurements are read from (default: `dataDir`). */
  observedDir?: string;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs the hindcast. Input errors (a start year without any measured shortage, nothing later to
 * compare with) are InputErrors.
 *
 * @example
 * const r = await runHindcast({ fromYear: 2021, scenario: loadScenario('baseline'), draws: 1000, seed: 20300101 });
 * r.rows.filter((x) => x.sector === 'po' && x.metric === 'workforce.shortage_fte').map((x) => x.year); // → [2022, 2023, 2024]
 */
export async function runHindcast(o: HindcastOptions): Promise<HindcastResult> {
  const dataDir = o.dataDir ?? defaultDataDir();
  const observedDir = o.observedDir ?? dataDir;
  const B = o.fromYear;
  // the measurements, as far as the model's horizon goes (they need no base year of their own)
  const observed = loadModelData(observedDir, { knownAt: MAX_HORIZON });
  if (!SECTORS.some((s) => Number.isFinite(observed.shortageFte[s][B]))) {
    throw new InputError({
      field: '--from',
      expected: `a year with a measured total shortage (data/shortage.csv, definition measured) in at least one sector; measured: ${measuredYearsText(observed.shortageFte)}`,
      found: String(B),
    });
  }
  const known = loadModelData(dataDir, { knownAt: B });
  const scored = SECTORS.filter((s) => Number.isFinite(known.shortageFte[s][B]) && Number.isFinite(observed.shortageFte[s][B]));
  const lastMeasured = Math.max(...scored.flatMap((s) => seriesYears(observed.shortageFte[s])));
  if (!(lastMeasured > B)) {
    throw new InputError({ field: '--from', expected: `a year before the last measured shortage (${lastMeasured}), so there is something to compare with`, found: String(B) });
  }
  const toYear = Math.min(lastMeasured, MAX_HORIZON);
  const missing = SECTORS.filter((s) => !scored.includes(s)).map((s) => {
    const measured = seriesYears(observed.shortageFte[s]);
    return { sector: s, measured, reason: missingReason(B, measured, 'en') };
  });

  const { data, rules } = fillGaps(known, B, dataDir);
  const { runEnsemble } = await import('../ensemble');
  const scenario: ResolvedScenario = { ...o.scenario, horizon: toYear };
  const ensemble = await runEnsemble([scenario], data, { draws: o.draws, seed: o.seed, workers: o.workers, baseYear: B, onProgress: o.onProgress });
  const { planModel } = await import('../model/plan');
  const planRules = planModel(scenario, data, { baseYear: B }).rulesApplied;

  const at = new Map(ensemble.summary.filter((r) => r.breakdown === 'all').map((r) => [`${r.metric}|${r.sector}|${r.year}`, r]));
  const rows: HindcastRow[] = [];
  for (const sector of scored) {
    for (let year = B + 1; year <= toYear; year++) {
      for (const metric of HINDCAST_METRICS) {
        const series = metric === 'workforce.shortage_fte' ? observed.shortageFte[sector] : observed.employmentFte[sector];
        const value = series[year];
        if (!Number.isFinite(value)) continue;
        const s = at.get(`${metric}|${sector}|${year}`);
        if (!s) throw new Error(`hindcast: the model has no ${metric} for ${sector} ${year}`);
        rows.push({ sector, year, metric, unit: 'fte', observed: value, mean: s.mean, p05: s.p05, p50: s.p50, p95: s.p95 });
      }
    }
  }
  return {
    fromYear: B,
    toYear,
    scenario: o.scenario.id,
    draws: o.draws,
    seed: o.seed,
    rows,
    scores: scoreRows(rows),
    scored,
    missing,
    rules: [...rules, ...planRules],
    band: ensemble.summary.filter((r) => r.metric === 'workforce.shortage_fte' && r.breakdown === 'all' && r.sector !== 'all'),
    observedShortage: scored.flatMap((sector) =>
      seriesYears(observed.shortageFte[sector]).filter((y) => y >= B && y <= toYear).map((year) => ({ sector, year, value: observed.shortageFte[sector][year] })),
    ),
    dataFiles: known.files,
    observedFiles: observed.files,
  };
}

/**
 * Why a sector has no hindcast rows, in words.
 *
 * @example
 * missingReason(2021, [2023, 2024], 'en'); // → 'no measured shortage of the same kind in 2021 (measured: 2023, 2024); …'
 */
export function missingReason(B: number, measured: readonly number[], lang: Lang): string {
  if (lang === 'nl') {
    if (measured.length === 0) return 'in geen enkel jaar een gemeten tekort van dezelfde soort';
    return `geen gemeten tekort van dezelfde soort in ${B} (gemeten: ${measured.join(', ')}); van een schatting of niets kan de terugvoorspelling niet worden beoordeeld`;
  }
  if (measured.length === 0) return 'no measured shortage of the same kind in any year';
  return `no measured shortage of the same kind in ${B} (measured: ${measured.join(', ')}); an estimate or nothing is not a start the hindcast can be scored from`;
}

/**
 * The hindcast's gap rules (never from data after B): a sector without a measured shortage in B
 * starts from a shortage of 0 (it is run, not scored); a sector whose employment series has no
 * value up to B starts from its latest teacher-fte figure of another definition known in B.
 */
function fillGaps(known: ModelData, B: number, dataDir: string): { data: ModelData; rules: AppliedRule[] } {
  const rules: AppliedRule[] = [];
  const shortageFte = { ...known.shortageFte };
  const employmentFte = { ...known.employmentFte };
  let employmentRows: ReturnType<typeof readTable>['rows'] | undefined;
  for (const s of SECTORS) {
    if (!Number.isFinite(shortageFte[s][B])) {
      shortageFte[s] = { [B]: 0 };
      rules.push({ series: `hindcast.shortageFte.${s}`, rule: `no measured shortage in ${B}: started from 0 fte; ${s} is run but not scored`, nl: `geen gemeten tekort in ${B}: gestart vanaf 0 fte; ${s} wordt doorgerekend maar niet beoordeeld` });
    }
    if (seriesYears(employmentFte[s]).length === 0) {
      employmentRows ??= readTable(path.join(dataDir, 'employment.csv'), DATA_SCHEMAS['employment.csv']).rows;
      const candidates = employmentRows
        .filter((r) => r.cells.sector === s && r.cells.staff === 'teachers' && r.cells.unit === 'fte' && typeof r.cells.year === 'number' && r.cells.year <= B)
        .sort((a, b) => (b.cells.year as number) - (a.cells.year as number) || a.line - b.line);
      const pick = candidates[0];
      if (!pick) throw new InputError({ file: 'data/employment.csv', field: s, expected: `a teacher employment figure in fte known in ${B}`, found: 'none' });
      employmentFte[s] = { [pick.cells.year as number]: pick.cells.value as number };
      rules.push({
        series: `hindcast.employmentFte.${s}`,
        rule: `the model's employment definition has no value up to ${B}: started from ${pick.cells.definition} ${pick.cells.year} (${pick.cells.value} fte, data/employment.csv line ${pick.line})`,
        nl: `de werkgelegenheidsdefinitie van het model heeft geen waarde tot en met ${B}: gestart vanaf ${pick.cells.definition} ${pick.cells.year} (${pick.cells.value} fte, data/employment.csv regel ${pick.line})`,
      });
    }
  }
  return { data: { ...known, shortageFte, employmentFte }, rules };
}

/**
 * Errors, band widths and coverage per sector and metric.
 *
 * @example
 * scoreRows([{ sector: 'po', year: 2022, metric: 'workforce.shortage_fte', unit: 'fte', observed: 100, mean: 110, p05: 90, p50: 110, p95: 130 }])[0].mape; // → 0.1
 */
export function scoreRows(rows: readonly HindcastRow[]): HindcastScore[] {
  const out: HindcastScore[] = [];
  for (const sector of SECTORS) {
    for (const metric of HINDCAST_METRICS) {
      const mine = rows.filter((r) => r.sector === sector && r.metric === metric);
      if (mine.length === 0) continue;
      const n = mine.length;
      out.push({
        sector,
        metric,
        n,
        covered: mine.filter((r) => r.observed >= r.p05 && r.observed <= r.p95).length,
        mape: mine.reduce((t, r) => t + Math.abs(r.p50 - r.observed) / Math.abs(r.observed), 0) / n,
        bias: mine.reduce((t, r) => t + (r.p50 - r.observed), 0) / n,
        meanBandWidth: mine.reduce((t, r) => t + (r.p95 - r.p05), 0) / n,
      });
    }
  }
  return out;
}

/**
 * Rows sorted by sector (po, vo, mbo), year, metric — the order of `workforce-hindcast.csv`.
 *
 * @example
 * hindcastCsvRows(result.rows)[0]; // → ['po', 2022, 'workforce.employment_fte', 'fte', 102105, …]
 */
export function hindcastCsvRows(rows: readonly HindcastRow[]): (string | number)[][] {
  return [...rows]
    .sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || a.year - b.year || a.metric.localeCompare(b.metric))
    .map((r) => [r.sector, r.year, r.metric, r.unit, r.observed, r.mean, r.p05, r.p50, r.p95]);
}

const TEXT = {
  title: { nl: 'Terugvoorspelling van het lerarentekort', en: 'Hindcast of the teacher shortage' },
  subtitle: {
    nl: (b: number) => `Model vanaf ${b} met alleen de gegevens van toen; band: 90%-interval; lijn: mediaan; punten: gemeten; onder 0 = overschot`,
    en: (b: number) => `Model from ${b} with only the data known then; band: 90% interval; line: median; points: measured; below 0 = surplus`,
  },
  y: { nl: 'Lerarentekort (fte)', en: 'Teacher shortage (fte)' },
  measured: { nl: 'gemeten', en: 'measured' },
} as const;

/**
 * The hindcast chart: per scored sector the model's 90% band and median from the start year, the
 * measured shortage as points, and a zero line (below it the model shows a surplus).
 *
 * @example
 * hindcastChart(result, 'en').name; // → 'workforce-hindcast'
 */
export function hindcastChart(result: HindcastResult, lang: Lang): ChartSpec {
  const order = result.scored.map((s) => sectorLabel(s, lang));
  const band = result.band
    .filter((r) => result.scored.includes(r.sector as Sector))
    .map((r) => ({ sector: sectorLabel(r.sector, lang), year: r.year, p05: r.p05, p50: r.p50, p95: r.p95 }));
  const points = result.observedShortage.map((p) => ({ sector: sectorLabel(p.sector, lang), year: p.year, observed: p.value, what: TEXT.measured[lang] }));
  const y = { type: 'quantitative', title: TEXT.y[lang], axis: { format: ',~f' } };
  const x = yearAxis(lang);
  return {
    name: 'workforce-hindcast',
    title: TEXT.title[lang],
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
      title: { text: `${TEXT.title[lang]} ${result.fromYear}–${result.toYear}`, subtitle: [TEXT.subtitle[lang](result.fromYear)] },
      data: { values: [...band.map((b) => ({ ...b, kind: 'band' })), ...points.map((p) => ({ ...p, kind: 'observed' }))] },
      facet: { column: { field: 'sector', type: 'nominal', sort: order, title: null } },
      resolve: { scale: { y: 'independent' } },
      spec: {
        width: 260,
        height: 180,
        layer: [
          { transform: [{ filter: "datum.kind === 'band'" }], mark: { type: 'area', opacity: 0.2, color: '#4e79a7' }, encoding: { x, y: { ...y, field: 'p05' }, y2: { field: 'p95' } } },
          { transform: [{ filter: "datum.kind === 'band'" }], mark: { type: 'line', strokeWidth: 2, color: '#4e79a7' }, encoding: { x, y: { ...y, field: 'p50' } } },
          // the zero line, once per panel: below it the model shows a surplus
          { transform: [{ filter: `datum.kind === 'band' && datum.year === ${result.fromYear}` }], mark: { type: 'rule', color: '#333', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
          {
            transform: [{ filter: "datum.kind === 'observed'" }],
            mark: { type: 'point', filled: true, size: 60, color: '#e15759' },
            encoding: { x, y: { ...y, field: 'observed' }, shape: { field: 'what', type: 'nominal', title: null } },
          },
        ],
      },
      config: baseConfig(lang),
    },
  };
}
