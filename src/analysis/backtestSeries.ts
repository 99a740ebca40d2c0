import * as path from 'node:path';
import { defaultDataDir } from '../data/paths';
import { readTable } from '../data/read-table';
import { DATA_SCHEMAS } from '../data/schemas';
import { spliceInflow, spliceRulesFrom } from '../data/inflow-splice';
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
 * The series of the default backtest, read from the data folder the model uses:
 * - inflow per route, spliced as the model splices it (data/inflow.md). For routes spliced by a
 *   continuity assumption (hbo-2e-graads, hbo-1e-graads, ulo) the spliced years are left out: the
 *   splice factor is chosen so that the first spliced year equals the last observed one, so those
 *   points carry no information about forecast error (they would flatter `last-value`). Routes
 *   spliced on an overlap year (pabo) keep every point. Routes with fewer than `minPoints`
 *   observations (pdg, zij-instroom) are left out.
 * - the national SO&P share (ocwincijfers, 2010–2022), upper bound 1.
 *
 * @example
 * const s = defaultBacktestSeries();
 * s.inflow.map((x) => x.id); // → ['inflow.pabo', 'inflow.hbo-2e-graads', 'inflow.hbo-1e-graads', 'inflow.ulo']
 */
export function defaultBacktestSeries(dataDir: string = defaultDataDir(), minPoints = 7): DefaultBacktestSeries {
  const files: { path: string; sha256: string }[] = [];
  const read = (name: string) => {
    const t = readTable(path.join(dataDir, name), DATA_SCHEMAS[name], `data/${name}`);
    files.push({ path: `data/${name}`, sha256: t.sha256 });
    return t.rows;
  };
  const inflowRows = read('inflow.csv');
  const spliceRows = read('inflow-splice.csv');
  const zijRows = read('zij-instroom.csv');
  const shareRows = read('sop-share.csv');
  const spliced = spliceInflow(inflowRows, spliceRows, zijRows);
  const rules = spliceRulesFrom(spliceRows);
  const notes: string[] = [];
  const inflow: BacktestSeries[] = [];
  for (const route of ROUTES) {
    let points = spliced[route];
    const rule = rules[route];
    if (rule?.method === 'continuity-assumption') {
      const dropped = points.filter((p) => p.from !== rule.targetDefinition);
      points = points.filter((p) => p.from === rule.targetDefinition);
      if (dropped.length > 0) {
        notes.push(`inflow.${route}: spliced years ${dropped.map((p) => p.year).join(', ')} left out (continuity-assumption splice: the first spliced year equals the last observed by construction).`);
      }
    } else if (rule?.method === 'overlap' && points.some((p) => p.derived)) {
      notes.push(`inflow.${route}: years from ${rule.fromDefinition} scaled by the splice factor ${rule.factor} (one overlap year); their errors include the splice error.`);
    }
    if (points.length < minPoints) {
      notes.push(`inflow.${route}: ${points.length} observation(s), fewer than ${minPoints}: not backtested.`);
      continue;
    }
    inflow.push({ id: `inflow.${route}`, group: 'inflow', years: points.map((p) => p.year), values: points.map((p) => p.value) });
  }
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
