import * as path from 'node:path';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import type { Sector, SectorOrAll } from '../model/domain';
import type { ModelData } from '../model/inputs';
import type { RunLayout } from '../model/result';

/** A measure of `data/workforce-projection.csv` (MIRROR and others' published projections). */
export type ProjectionMeasure = 'onvervulde-vraag' | 'werkgelegenheid' | 'required-fte' | 'demand-fte';

/**
 * The model metric each published measure is set beside. The concepts differ (docs/methods.md,
 * data/workforce-projection.md): MIRROR's onvervulde vraag is the demand a projected labour market
 * leaves unfilled, not the measured total shortage; required/demand fte are at a constant
 * pupil/teacher ratio.
 */
export const PROJECTION_METRIC: Readonly<Record<ProjectionMeasure, string>> = {
  'onvervulde-vraag': 'workforce.shortage_fte',
  werkgelegenheid: 'workforce.employment_fte',
  'required-fte': 'workforce.demand_fte',
  'demand-fte': 'workforce.demand_fte',
};

/** One published projection. */
export interface PublishedProjection {
  edition: number;
  sector: Sector;
  year: number;
  measure: ProjectionMeasure;
  value: number;
  derived: boolean;
  source: string;
}

/** A published projection beside the model's figure and, where there is one, the measurement. */
export interface ProjectionComparison extends PublishedProjection {
  /** The model metric set beside it (PROJECTION_METRIC). */
  metric: string;
  /** The model's value for that metric, sector and year; undefined outside the run's years. */
  model: number | undefined;
  /** The measured value of that metric, sector and year; undefined when not measured. */
  observed: number | undefined;
}

/** A value by metric, sector and year, or undefined when there is none. */
export type ValueLookup = (metric: string, sector: SectorOrAll, year: number) => number | undefined;

/**
 * Reads `workforce-projection.csv` from a data folder (validated as every data file).
 *
 * @example
 * loadPublishedProjections().find((r) => r.sector === 'vo' && r.year === 2028 && r.measure === 'onvervulde-vraag')?.value; // → 2914
 */
export function loadPublishedProjections(dataDir: string = defaultDataDir()): PublishedProjection[] {
  const file = 'workforce-projection.csv';
  const t = readTable(path.join(dataDir, file), DATA_SCHEMAS[file], file);
  return t.rows.map(({ cells: c }) => ({
    edition: Number(c.edition),
    sector: c.sector as Sector,
    year: Number(c.year),
    measure: c.measure as ProjectionMeasure,
    value: Number(c.value),
    derived: c.derived === 'yes',
    source: String(c.source),
  }));
}

/**
 * Sets each published projection beside the model's value (`model`) and the measurement
 * (`observed`) of the metric it is compared with. Order: sector, measure, year, edition.
 *
 * @example
 * compareWithPublished([{ edition: 2022, sector: 'po', year: 2027, measure: 'onvervulde-vraag', value: 3167, derived: false, source: 'S31' }],
 *   (m, s, y) => (y === 2027 ? 9000 : undefined));
 * // → [{ …, metric: 'workforce.shortage_fte', model: 9000, observed: undefined }]
 */
export function compareWithPublished(
  rows: readonly PublishedProjection[],
  model: ValueLookup,
  observed: ValueLookup = () => undefined,
): ProjectionComparison[] {
  return rows
    .map((r) => {
      const metric = PROJECTION_METRIC[r.measure];
      return { ...r, metric, model: model(metric, r.sector, r.year), observed: observed(metric, r.sector, r.year) };
    })
    .sort((a, b) => a.sector.localeCompare(b.sector) || a.measure.localeCompare(b.measure) || a.year - b.year || a.edition - b.edition);
}

/**
 * A lookup into one run's flat output (breakdown `all`); undefined for a year or metric the run
 * does not have.
 *
 * @example
 * const at = runLookup(runner.layout, out);
 * at('workforce.shortage_fte', 'po', 2030); // → the run's po shortage in 2030
 */
export function runLookup(layout: RunLayout, out: ArrayLike<number>): ValueLookup {
  const n = layout.years.length;
  const index = new Map(layout.series.map((s, i) => [`${s.metric}|${s.sector}|${s.breakdown}`, i]));
  return (metric, sector, year) => {
    const s = index.get(`${metric}|${sector}|all`);
    const y = layout.years.indexOf(year);
    return s === undefined || y < 0 ? undefined : out[s * n + y];
  };
}

/**
 * A lookup of the measured shortage and employment (the model's definitions) per sector in a data
 * set; undefined for other metrics, `all` and unmeasured years.
 *
 * @example
 * measuredLookup(loadModelData())('workforce.shortage_fte', 'po', 2022); // → 9700
 */
export function measuredLookup(data: Pick<ModelData, 'shortageFte' | 'employmentFte'>): ValueLookup {
  return (metric, sector, year) => {
    if (sector === 'all') return undefined;
    const series = metric === 'workforce.shortage_fte' ? data.shortageFte[sector] : metric === 'workforce.employment_fte' ? data.employmentFte[sector] : undefined;
    const v = series?.[year];
    return v !== undefined && Number.isFinite(v) ? v : undefined;
  };
}
