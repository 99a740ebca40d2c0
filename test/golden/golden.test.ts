import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planModel, runModel, scenarioValues, tidyRows, type TidyRow } from '../../src/model';
import { loadModelData } from '../../src/data/model-data';
import { listBundledScenarios, loadScenario } from '../../src/scenario/load';

/**
 * Golden baselines: the deterministic run of every bundled scenario (real data, the scenario's
 * horizon, national and per-route series) is compared with test/golden/<id>.csv. Refresh them on
 * purpose only, with `npm run golden:update` (= UPDATE_GOLDEN=1 vitest run test/golden), and say
 * why in CHANGELOG.md.
 */

const DIR = __dirname;
const HEADER = 'year,sector,breakdown,metric,unit,value';
const REL_TOL = 1e-9;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function toCsv(rows: readonly TidyRow[]): string {
  return [HEADER, ...rows.map((r) => [r.year, r.sector, r.breakdown, r.metric, r.unit, String(r.value)].join(','))].join('\n') + '\n';
}

function parseCsv(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.trim().split('\n').slice(1)) {
    const cells = line.split(',');
    out.set(cells.slice(0, 5).join(','), Number(cells[5]));
  }
  return out;
}

/** A readable diff: every changed, missing or new series-year, the largest changes first. */
function diff(expected: Map<string, number>, actual: Map<string, number>): string[] {
  const lines: { size: number; text: string }[] = [];
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (got === undefined) lines.push({ size: Infinity, text: `missing  ${key} (was ${want})` });
    else {
      const rel = Math.abs(got - want) / Math.max(1e-12, Math.abs(want));
      if (rel > REL_TOL && Math.abs(got - want) > 1e-9) lines.push({ size: rel, text: `changed  ${key}: ${want} → ${got} (${(100 * (got - want) / (want || 1)).toFixed(4)}%)` });
    }
  }
  for (const key of actual.keys()) if (!expected.has(key)) lines.push({ size: Infinity, text: `new      ${key} = ${actual.get(key)}` });
  return lines.sort((a, b) => b.size - a.size).map((l) => l.text);
}

describe('golden baselines of the bundled scenarios', () => {
  const data = loadModelData();
  for (const id of listBundledScenarios()) {
    it(id, () => {
      const scenario = loadScenario(id);
      const plan = planModel(scenario, data, { partnershipDetail: false });
      const rows = tidyRows(plan.layout, runModel(plan, scenarioValues(scenario)), id);
      const file = path.join(DIR, `${id}.csv`);
      const csv = toCsv(rows);
      if (UPDATE || !fs.existsSync(file)) {
        if (!UPDATE) throw new Error(`no golden baseline ${path.relative(process.cwd(), file)}: run \`npm run golden:update\` (node scripts/update-golden.js) and review it`);
        fs.writeFileSync(file, csv);
        return;
      }
      const problems = diff(parseCsv(fs.readFileSync(file, 'utf8')), parseCsv(csv));
      const shown = problems.slice(0, 40);
      if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
      expect(
        problems.length,
        `${id}: ${problems.length} values differ from ${path.relative(process.cwd(), file)} (relative tolerance ${REL_TOL}).\n` +
          `If the change is intended, run \`npm run golden:update\` (node scripts/update-golden.js) and explain it in CHANGELOG.md.\n  ${shown.join('\n  ')}`,
      ).toBe(0);
    });
  }
});
