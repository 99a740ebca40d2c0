import { describe, expect, it } from 'vitest';
import { embedPartnerships } from '../../src/cli/embed-partnerships';
import type { Partnership } from '../../src/model/inputs';

const p = (id: string, pabo: number[], vo: number[] = []): Partnership => ({
  id, name: id, sector: 'po', onderwijsregio: 'R', students: { pabo, ...(vo.length ? { 'hbo-2e-graads': vo } : {}) },
  mentorsAvailable: 10, schoolopleiders: 1,
});

describe('embedPartnerships', () => {
  const national = [p('P001', [60, 40]), p('P002', [40, 60], [100])];
  const own = [p('P001', [10, 0])];
  const all = embedPartnerships(own, national);

  it('keeps the user\'s partnerships first and renames the national ones', () => {
    expect(all.map((x) => x.id)).toEqual(['P001', 'NL-P001', 'NL-P002']);
    expect(all[0]).toBe(own[0]);
  });

  it('keeps every cell total at the national total, so the user\'s share is own / national', () => {
    const cell = (route: 'pabo' | 'hbo-2e-graads', k: number): number => all.reduce((s, x) => s + (x.students[route]?.[k] ?? 0), 0);
    expect(cell('pabo', 0)).toBeCloseTo(100, 12); // 10 own + 90 rest
    expect(cell('pabo', 1)).toBeCloseTo(100, 12);
    expect(cell('hbo-2e-graads', 0)).toBeCloseTo(100, 12);
    // the user's share of pabo year 1 is 10 / 100
    expect((all[0].students.pabo?.[0] ?? 0) / cell('pabo', 0)).toBeCloseTo(0.1, 12);
    // the national partnerships shrink in proportion: 60 × 0.9, 40 × 0.9
    expect(all[1].students.pabo?.[0]).toBeCloseTo(54, 12);
    expect(all[2].students.pabo?.[0]).toBeCloseTo(36, 12);
  });

  it('does not change the inputs', () => {
    expect(national[0].students.pabo).toEqual([60, 40]);
    expect(national[0].id).toBe('P001');
  });

  it('with route targets, scales the national table so that table + own = the model\'s route total', () => {
    const scaled = embedPartnerships(own, national, { pabo: 1000, 'hbo-2e-graads': 50 });
    const routeTotal = (route: 'pabo' | 'hbo-2e-graads'): number =>
      scaled.reduce((s, x) => s + (x.students[route] ?? []).reduce((a, v) => a + v, 0), 0);
    expect(routeTotal('pabo')).toBeCloseTo(1000, 9);
    expect(routeTotal('hbo-2e-graads')).toBeCloseTo(50, 9);
    // the rest keeps its own distribution over partnerships and study years: (1000 − 10) / 200
    expect(scaled[1].students.pabo?.[0]).toBeCloseTo(60 * 4.95, 9);
    expect(scaled[0].students.pabo).toEqual([10, 0]);
  });
});
