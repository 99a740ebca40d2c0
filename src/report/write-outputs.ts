import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang, Sector, SectorOrAll } from '../model/domain';
import type { ComparisonRow, SummaryRow } from '../ensemble/types';
import type { YearSeries } from '../params/types';
import type { ResolvedScenario } from '../scenario/types';
import { assumptionRows } from './assumptions';
import { buildChartSet } from './charts/chart-set';
import type { ChartSpec } from './charts/chart-common';
import { type RenderPool, startRenderPool } from './charts/render-pool';
import { formatComparisonCsv, formatSummaryCsv } from './csv';
import { buildHeadline, type Headline } from './headline';
import { buildImpactSection } from './impact-section';
import { buildReportHtml, type ReportTable } from './html-report';
import { formatManifest } from './manifest';
import { scenarioDescription, scenarioTitle } from './labels';
import { writeOutputFile, writeOutputFolder } from './output-folder';
import { buildWorkbook } from './xlsx-writer';

/** What a run's output folder is made from. */
export interface RunOutputsInput {
  outDir: string;
  force: boolean;
  lang: Lang;
  /** Scenarios in the order given; the first is the baseline of comparisons. */
  scenarios: readonly ResolvedScenario[];
  summary: readonly SummaryRow[];
  comparison: readonly ComparisonRow[];
  /** Data provenance and the observed SO&P share (points on the share chart). */
  dataFiles: readonly { path: string; sha256: string }[];
  /** Cited sources (data/sources.csv), listed in the report. */
  sources?: readonly { key: string; title: string; url: string }[];
  sopShareObserved: YearSeries;
  /** The measured shortage (fte) per sector, shown as history on the shortage chart. */
  shortageObserved?: Partial<Record<Sector, YearSeries>>;
  partnerships: { source: string; illustrative: boolean; count: number };
  seed: number;
  draws: number;
  horizon: number;
  workers?: number;
  toolVersion: string;
  command: string;
  /** Rules applied to series that end before the base year (from the model plan). */
  rulesApplied: readonly unknown[];
  /** Timings so far, ms (the writer adds its own). */
  timings: Readonly<Record<string, number>>;
  /** Report title and subtitle; defaults describe a scenario run. */
  title?: string;
  subtitle?: string;
  /** Extra tables and charts (the mentor plan), and a headline override. */
  extraTables?: readonly ReportTable[];
  extraCharts?: readonly ChartSpec[];
  /** Skip the standard chart set (the mentor plan draws its own). */
  standardCharts?: boolean;
  headlineSpec?: readonly { metric: string; sector: SectorOrAll }[];
  /** Show the headline table (national key figures) in the report; default true. */
  showHeadline?: boolean;
  /** Extra files written into the folder (path relative to it), e.g. the mentor plan's `regions.csv`. */
  extraFiles?: readonly { path: string; content: string | Uint8Array }[];
  /** Charts already drawn as SVG (written to `charts/<name>.svg` and shown in the report after the others). */
  svgCharts?: readonly { name: string; title: string; svg: string }[];
  /** Sheets added before the standard sheets of `results.xlsx`. */
  firstSheets?: (XLSX: typeof import('xlsx'), wb: import('xlsx').WorkBook) => void;
  /** Extra caveats for the report. */
  caveats?: readonly string[];
  /** Called after each chart is rendered (charts done, total), for a progress bar. */
  onChartProgress?: (done: number, total: number) => void;
  /** How the ensemble summarised (exact quantiles or a sketch), for the manifest and provenance. */
  ensemble?: { method: string; sketch?: { bins: number; pilotDraws: number; maxRankError: number } };
  /** A chart render pool already started (and closed) by the caller; default: rendered in-process. */
  renderPool?: RenderPool;
}

/** What was written. */
export interface RunOutputs {
  dir: string;
  files: string[];
  headline: Headline;
  timings: Record<string, number>;
}

/**
 * Writes the complete output folder of DESIGN.md §5 atomically: `summary.csv`, `comparison.csv`
 * (more than one scenario), `results.xlsx`, `charts/*.svg`, `report.html`, `manifest.json`.
 * CSV and SVG bytes depend only on the inputs (same inputs and seed → same bytes).
 *
 * @example
 * const out = await writeRunOutputs({ outDir: 'out/x', force: false, lang: 'nl', scenarios, summary, … });
 * out.files // → ['summary.csv', 'comparison.csv', 'results.xlsx', 'charts/sop-share.svg', …]
 */
export async function writeRunOutputs(input: RunOutputsInput): Promise<RunOutputs> {
  const lang = input.lang;
  const order = input.scenarios.map((s) => s.id);
  const titles = input.scenarios.map((s) => ({ id: s.id, title: scenarioTitle(s, lang), description: scenarioDescription(s, lang) }));
  const timings: Record<string, number> = { ...input.timings };
  const written: { path: string; sha256: string }[] = [];
  const headline = buildHeadline(input.summary, input.comparison, { year: input.horizon, scenarios: titles, lang, spec: input.headlineSpec });

  const dir = await writeOutputFolder(input.outDir, { force: input.force }, async (tmp) => {
    const put = (rel: string, content: string | Uint8Array): void => {
      writeOutputFile(tmp, rel, content);
      written.push({ path: rel, sha256: sha256(content) });
    };
    let t = performance.now();
    put('summary.csv', formatSummaryCsv(input.summary, order));
    if (input.scenarios.length > 1) put('comparison.csv', formatComparisonCsv(input.comparison, order));
    for (const f of input.extraFiles ?? []) put(f.path, f.content);
    timings.csvMs = round(performance.now() - t);

    t = performance.now();
    const specs = [
      ...(input.standardCharts === false ? [] : buildChartSet(input.summary, {
        scenarios: titles, lang, sopShareObserved: input.sopShareObserved, illustrative: input.partnerships.illustrative,
        comparison: input.scenarios.length > 1 ? input.comparison : undefined,
        baseYear: baseYearOf(input.summary),
        shortageObserved: input.shortageObserved,
      })),
      ...(input.extraCharts ?? []),
    ];
    const pool = input.renderPool ?? startRenderPool(1);
    const svgs = await pool.render(specs.map((c) => c.spec), input.onChartProgress);
    const charts = [...specs.map((c, i) => ({ name: c.name, title: c.title, svg: svgs[i] })), ...(input.svgCharts ?? [])];
    for (const c of charts) put(`charts/${c.name}.svg`, c.svg);
    timings.chartsMs = round(performance.now() - t);

    t = performance.now();
    const assumptions = assumptionRows(input.scenarios, lang);
    const provenance: [string, string][] = [
      [lang === 'nl' ? 'Programma' : 'Tool', `sop2030 ${input.toolVersion}`],
      [lang === 'nl' ? 'Opdracht' : 'Command', input.command],
      ['Seed', String(input.seed)],
      [lang === 'nl' ? 'Trekkingen' : 'Draws', String(input.draws)],
      [lang === 'nl' ? 'Horizon' : 'Horizon', String(input.horizon)],
      ...(input.ensemble
        ? [[lang === 'nl' ? 'Kwantielen' : 'Quantiles', input.ensemble.method === 'exact'
          ? (lang === 'nl' ? 'exact (type 7)' : 'exact (type 7)')
          : `sketch, ${lang === 'nl' ? 'rangfout' : 'rank error'} ≤ ${input.ensemble.sketch?.maxRankError ?? '?'}`] as [string, string]]
        : []),
      [lang === 'nl' ? 'Partnerschapstabel' : 'Partnership table', `${input.partnerships.source} (${input.partnerships.count})`],
      // each scenario file once (a parent shared by several scenarios is listed once)
      ...[...new Map(input.scenarios.flatMap((s) => s.files).map((f) => [f.path, f] as const)).values()]
        .map((f) => [`${lang === 'nl' ? 'Scenariobestand' : 'Scenario file'} ${f.id}`, `${f.path} sha256:${f.sha256}`] as [string, string]),
    ];
    put('results.xlsx', buildWorkbook({ summary: input.summary, comparison: input.scenarios.length > 1 ? input.comparison : undefined, assumptions, scenarioOrder: order, scenarioTitles: titles.map((x) => x.title), lang, about: provenance, firstSheets: input.firstSheets }));
    timings.xlsxMs = round(performance.now() - t);

    t = performance.now();
    const html = buildReportHtml({
      lang,
      title: input.title ?? (lang === 'nl' ? 'SO&P 2030: projectie' : 'SO&P 2030: projection'),
      subtitle: input.subtitle ?? defaultSubtitle(input, lang),
      scenarios: titles,
      headline: input.showHeadline === false ? undefined : headline,
      impact: input.showHeadline === false ? undefined : buildImpactSection(input.summary, { year: input.horizon, scenarios: titles, lang }),
      tables: input.extraTables,
      caveats: input.caveats,
      charts,
      assumptions,
      dataFiles: input.dataFiles,
      sources: input.sources,
      illustrative: input.partnerships.illustrative,
      provenance,
      rulesApplied: input.rulesApplied.map((rule) => describeRule(rule, lang)),
    });
    put('report.html', html);
    timings.reportMs = round(performance.now() - t);

    put('manifest.json', formatManifest({
      toolVersion: input.toolVersion, command: input.command, createdAt: new Date().toISOString(),
      seed: input.seed, draws: input.draws, horizon: input.horizon, workers: input.workers, lang,
      scenarios: input.scenarios, dataFiles: input.dataFiles, partnerships: input.partnerships,
      rulesApplied: input.rulesApplied, timings, outputs: [...written], ensemble: input.ensemble,
    }));
  });
  return { dir, files: written.map((w) => w.path).concat('manifest.json').filter((p, i, a) => a.indexOf(p) === i), headline, timings };
}

/** The first year of the summary (the base year). */
function baseYearOf(rows: readonly SummaryRow[]): number | undefined {
  let min = Infinity;
  for (const r of rows) if (r.year < min) min = r.year;
  return Number.isFinite(min) ? min : undefined;
}

function defaultSubtitle(input: RunOutputsInput, lang: Lang): string {
  const ids = input.scenarios.map((s) => s.id).join(', ');
  return lang === 'nl'
    ? `Scenario's ${ids}; ${input.draws} trekkingen, seed ${input.seed}, horizon ${input.horizon}.`
    : `Scenarios ${ids}; ${input.draws} draws, seed ${input.seed}, horizon ${input.horizon}.`;
}

/** A rule applied to a series that ends early, as one line of text (objects shown as key: value). */
/**
 * One line of the report's list of rules applied to series that end early, in the report's
 * language: a rule `{ series, rule, nl }` of the model or data loader shows its Dutch text in the
 * Dutch report (the manifest keeps both).
 *
 * @example
 * describeRule({ series: 'enrolment', rule: 'reconstructed', nl: 'gereconstrueerd' }, 'nl'); // → 'reeks: enrolment; regel: gereconstrueerd'
 */
export function describeRule(rule: unknown, lang: Lang): string {
  if (typeof rule === 'string') return rule;
  if (rule && typeof rule === 'object' && 'series' in rule && 'rule' in rule) {
    const r = rule as { series: unknown; rule: unknown; nl?: unknown };
    return lang === 'nl'
      ? `reeks: ${String(r.series)}; regel: ${String(r.nl ?? r.rule)}`
      : `series: ${String(r.series)}; rule: ${String(r.rule)}`;
  }
  if (rule && typeof rule === 'object') {
    return Object.entries(rule as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('; ');
  }
  return String(rule);
}

function sha256(content: string | Uint8Array): string {
  return crypto.createHash('sha256').update(content).digest('hex');
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * Reads back the files of an output folder (for tests and `sop` self-checks).
 *
 * @example
 * listOutputFiles('out/x') // → ['charts/mentors.svg', …, 'summary.csv']
 */
export function listOutputFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(d, e.name), rel ? `${rel}/${e.name}` : e.name);
      else out.push(rel ? `${rel}/${e.name}` : e.name);
    }
  };
  walk(dir, '');
  return out;
}

/**
 * Loads the xlsx library ahead of time (vega loads in the chart threads of render-pool.ts). The CLI
 * calls it while the ensemble runs on worker threads, when the main thread is idle anyway.
 *
 * @example
 * setImmediate(preloadReportModules);
 */
export function preloadReportModules(): void {
  for (const m of ['xlsx']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(m);
  }
}
