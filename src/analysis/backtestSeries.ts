import * as path from 'node:path';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import { inflowOnDefinition } from '../data/inflow-splice';
import { ROUTES } from '../model/domain';
import type { BacktestSeries } from './backtest';

/** The observed series the default backtest uses, with what was left out and why. */
export interface DefaultBacktestSeries {
  inflow: BacktestSeries[];
  share: BacktestSeries[];
  notes: string[];
  /** Data files read, with SHA-256, for the manifest. */
  files: { path: string; sha256: string }[];
}

/**
 * Inflow definitions the backtest scores, each as its own series per route: a forecast is only
 * compared with an observation of the same definition (no splice factor enters the errors).
 *
 * @example
 * BACKTEST_INFLOW_DEFINITIONS[0]; // → 'stamos-all-forms'
 */
export const BACKTEST_INFLOW_DEFINITIONS = ['stamos-all-forms', 'ocw-all-enrolments'] as const;

/**
 * The id of a route's backtest series on a definition: `inflow.<route>` for STAMOS all-forms (the
 * long series), `inflow.<route>@<definition>` otherwise.
 *
 * @example
 * backtestSeriesId('pabo', 'ocw-all-enrolments'); // → 'inflow.pabo@ocw-all-enrolments'
 */
export function backtestSeriesId(route: string, definition: string): string {
  return definition === 'stamos-all-forms' ? `inflow.${route}` : `inflow.${route}@${definition}`;
}

/**
 * The series of the default backtest, read from the data folder the model uses:
 * - inflow per route and definition (`BACKTEST_INFLOW_DEFINITIONS`), published values only: the
 *   estimated rows (a range in `value_low`/`value_high`, e.g. 2023 carried to 2024) are left out,
 *   because they would flatter the carried-forward rule. Series with fewer than `minPoints` values
 *   are left out (with a note); pdg and zij-instroom have no such series.
 * - the national SO&P share (ocwincijfers, 2010–2022), upper bound 1.
 *
 * @example
 * const s = defaultBacktestSeries();
 * s.inflow.map((x) => x.id); // → ['inflow.pabo', 'inflow.hbo-2e-graads', 'inflow.hbo-1e-graads', 'inflow.ulo']
 * defaultBacktestSeries(undefined, 5).inflow.length; // → 8 (the OCW 2019–2023 series too)
 */
export function defaultBacktestSeries(dataDir: string = defaultDataDir(), minPoints = 7): DefaultBacktestSeries {
  const files: { path: string; sha256: string }[] = [];
  const read = (name: string) => {
    const t = readTable(path.join(dataDir, name), DATA_SCHEMAS[name], `data/${name}`);
    files.push({ path: `data/${name}`, sha256: t.sha256 });
    return t.rows;
  };
  const inflowRows = read('inflow.csv');
  const shareRows = read('sop-share.csv');
  const notes: string[] = [];
  const inflow: BacktestSeries[] = [];
  for (const definition of BACKTEST_INFLOW_DEFINITIONS) {
    for (const route of ROUTES) {
      const points = inflowOnDefinition(inflowRows, route, definition);
      const id = backtestSeriesId(route, definition);
      if (points.length === 0) continue;
      if (points.length < minPoints) {
        notes.push(`${id}: ${points.length} observation(s), fewer than ${minPoints}: not backtested.`);
        continue;
      }
      inflow.push({ id, group: 'inflow', years: points.map((p) => p.year), values: points.map((p) => p.value) });
    }
  }
  notes.push('inflow: each definition is its own series (STAMOS all-forms 2009–2016, OCW all new enrolments 2019–2023); estimated rows (2024) are left out.');
  const share = shareRows
    .filter((r) => r.cells.definition === 'ocwincijfers')
    .map((r) => ({ year: r.cells.year as number, value: r.cells.value as number }))
    .sort((a, b) => a.year - b.year);
  return {
    inflow,
    share: [{ id: 'sop.share', group: 'sop-share', years: share.map((p) => p.year), values: share.map((p) => p.value), upper: 1 }],
    notes,
    files,
  };
}
