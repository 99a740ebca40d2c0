import { describe, expect, it } from 'vitest';
import { compareWithPublished, loadPublishedProjections, measuredLookup, PROJECTION_METRIC, runLookup, type PublishedProjection } from '../../src/analysis/publishedProjections';
import { loadModelData } from '../../src/data/model-data';

describe('published projections beside the model', () => {
  it('reads every row of data/workforce-projection.csv with its figures', () => {
    const rows = loadPublishedProjections();
    expect(rows).toHaveLength(23);
    const vo2028 = rows.filter((r) => r.sector === 'vo' && r.year === 2028);
    expect(vo2028.map((r) => [r.measure, r.value, r.derived])).toEqual([
      ['onvervulde-vraag', 2914, false],
      ['werkgelegenheid', 58280, true],
    ]);
    for (const r of rows) expect(PROJECTION_METRIC[r.measure]).toMatch(/^workforce\./);
  });

  it('sets each projection beside the model and the measurement of its metric', () => {
    const rows: PublishedProjection[] = [
      { edition: 2022, sector: 'vo', year: 2027, measure: 'werkgelegenheid', value: 58442, derived: false, source: 'S35' },
      { edition: 2022, sector: 'po', year: 2027, measure: 'onvervulde-vraag', value: 3167, derived: false, source: 'S31' },
      { edition: 2017, sector: 'po', year: 2022, measure: 'onvervulde-vraag', value: 4100, derived: false, source: 'S31b' },
    ];
    const seen: string[] = [];
    const out = compareWithPublished(rows, (m, s, y) => {
      seen.push(`${m}|${s}|${y}`);
      return y >= 2024 ? 1000 * y : undefined;
    }, (m, s, y) => (m === 'workforce.shortage_fte' && s === 'po' && y === 2022 ? 9700 : undefined));
    expect(out.map((r) => [r.sector, r.year, r.metric, r.model, r.observed])).toEqual([
      ['po', 2022, 'workforce.shortage_fte', undefined, 9700],
      ['po', 2027, 'workforce.shortage_fte', 2027000, undefined],
      ['vo', 2027, 'workforce.employment_fte', 2027000, undefined],
    ]);
    expect(seen).toContain('workforce.employment_fte|vo|2027');
  });

  it('looks values up in a run by position and in the measured data', () => {
    const layout = {
      years: [2024, 2025],
      series: [
        { metric: 'workforce.shortage_fte', sector: 'po', breakdown: 'all', unit: 'fte' },
        { metric: 'workforce.shortage_fte', sector: 'vo', breakdown: 'all', unit: 'fte' },
      ],
    } as never;
    const at = runLookup(layout, [1, 2, 3, 4]);
    expect(at('workforce.shortage_fte', 'vo', 2025)).toBe(4);
    expect(at('workforce.shortage_fte', 'po', 2024)).toBe(1);
    expect(at('workforce.shortage_fte', 'po', 2023)).toBeUndefined();
    expect(at('workforce.demand_fte', 'po', 2024)).toBeUndefined();
    const measured = measuredLookup(loadModelData());
    expect(measured('workforce.shortage_fte', 'po', 2022)).toBe(9700);
    expect(measured('workforce.shortage_fte', 'po', 2019)).toBeUndefined();
    expect(measured('workforce.demand_fte', 'po', 2022)).toBeUndefined();
  });
});
