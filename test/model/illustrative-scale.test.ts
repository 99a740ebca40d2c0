import { describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/model-data';
import { runScenario } from '../../src/model';
import { loadScenario } from '../../src/scenario/load';

/**
 * The illustrative partnership table is scaled to the engine's own SO&P students in the base year
 * (issue 3). When a model or data change moves that number, regenerate the table:
 * set DEFAULTS.total in scripts/generate-partnerships.js, update data/partnerships/illustrative.md,
 * and run `npm run data:partnerships`.
 */
describe('illustrative partnership table vs the engine', () => {
  it('adds up to the baseline\'s SO&P students in the base year (to the student)', () => {
    const data = loadModelData();
    const rows = runScenario(loadScenario('baseline'), data, {});
    const engine = rows.find((r) => r.metric === 'sop.students' && r.year === 2024 && r.sector === 'all' && r.breakdown === 'all');
    expect(engine).toBeDefined();
    let table = 0;
    for (const p of data.partnerships) for (const ys of Object.values(p.students)) for (const n of ys ?? []) table += n;
    expect(table).toBe(Math.round(engine!.value));
  });
});
