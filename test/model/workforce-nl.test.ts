import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/model/domain';
import {
  ENTRY_AGE_SPAN,
  WORKFORCE_MIN_AGE,
  planWorkforce,
  runWorkforce,
  spreadBands,
  workforceResult,
  type WorkforceDraw,
} from '../../src/model/workforce-nl';
import { projectStock } from '../../src/model/workforce';
import { tinyData } from './helpers';
import { getParam } from '../../src/params/registry';

function draw(years: number, overrides: Partial<WorkforceDraw> = {}): WorkforceDraw {
  return {
    ftePerPerson: Float64Array.of(0.7, 0.8, 0.82),
    shortageInEmployment: Float64Array.of(0.25, 0.25, 0.25),
    outflowFactor: Float64Array.of(1, 1, 1),
    earlyAttrition: Float64Array.from({ length: 15 }, (_, i) => (i % 5 === 0 ? 0.1 : 0.01)),
    otherInflowFactor: Float64Array.of(1, 1, 1),
    supplyTrendRate: Float64Array.of(0, 0, 0),
    pupilGrowthAfter: Float64Array.of(0, 0, 0),
    standardChange: new Float64Array(3 * years).fill(1),
    aowAge: 67,
    outflowAfterAow: 0.5,
    otherAgeFrom: 28,
    otherAgeTo: 50,
    earlyAttritionMultiplier: 0.8,
    ...overrides,
  };
}

/** 100 regular and 50 SO&P-trained entrants per sector and route each year. */
function entrants(years: number) {
  const n = 3 * ROUTES.length * years;
  return {
    regular: new Float64Array(n).fill(100),
    sop: new Float64Array(n).fill(50),
    entryAge: Float64Array.of(22, 23, 27, 25, 32, 36),
  };
}

describe('spreadBands', () => {
  it('divides shares evenly within a band and copies rates', () => {
    const bands = [
      { ageFrom: 20, ageTo: 21, value: 0.5 },
      { ageFrom: 22, ageTo: 22, value: 0.5 },
    ];
    expect(Array.from(spreadBands(bands, 20, 23, 'share'))).toEqual([0.25, 0.25, 0.5, 0]);
    expect(Array.from(spreadBands(bands, 20, 23, 'rate'))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
  it('spreads an open upper band over five years', () => {
    const s = spreadBands([{ ageFrom: 65, ageTo: 99, value: 1 }], 60, 75, 'share');
    expect(s[5]).toBeCloseTo(0.2, 15);
    expect(s[10]).toBe(0);
  });
});

describe('Dutch workforce on the engine', () => {
  const data = tinyData();
  const wp = planWorkforce(data, 2024, 2030, [], getParam('workforce.aow_age').default as number);
  const years = wp.layout.years;

  it('reproduces the measured shortage and employment in the base year', () => {
    const res = workforceResult(wp);
    const p = draw(years);
    runWorkforce(wp, p, entrants(years), res);
    const W = [101000, 65500, 27000];
    const Sh = [7700, 3800, 1650];
    for (let g = 0; g < 3; g++) {
      const supply = res.supplyFte[g * years];
      const demand = res.demandFte[g * years];
      expect(demand - supply).toBeCloseTo(Sh[g], 8);
      expect(supply + 0.25 * Sh[g]).toBeCloseTo(W[g], 8);
    }
  });

  it('keeps supply(B+1) = supply(B)·(1 + trend) through the calibrated other inflow', () => {
    const res = workforceResult(wp);
    runWorkforce(wp, draw(years, { supplyTrendRate: Float64Array.of(0, 0.01, -0.01) }), entrants(years), res);
    expect(res.supplyFte[1] / res.supplyFte[0]).toBeCloseTo(1, 10);
    expect(res.supplyFte[years + 1] / res.supplyFte[years]).toBeCloseTo(1.01, 10);
    expect(res.supplyFte[2 * years + 1] / res.supplyFte[2 * years]).toBeCloseTo(0.99, 10);
  });

  it('supply(t+1) = supply(t) − leavers(t) + entrants(t)', () => {
    const res = workforceResult(wp);
    runWorkforce(wp, draw(years), entrants(years), res);
    for (let g = 0; g < 3; g++) {
      for (let y = 0; y + 1 < years; y++) {
        const j = g * years + y;
        expect(res.supplyFte[j + 1]).toBeCloseTo(res.supplyFte[j] - res.leaversFte[j] + res.entrantsFte[j], 6);
      }
    }
  });

  it('steps exactly like the engine projectStock (no other inflow)', () => {
    const p = draw(years, { otherInflowFactor: Float64Array.of(0, 0, 0) });
    const src = entrants(years);
    const res = workforceResult(wp);
    runWorkforce(wp, p, src, res);
    const { cells, ages } = wp.layout;
    const initialStock = new Float64Array(cells);
    const fte = new Float64Array(cells);
    const W = [101000, 65500, 27000];
    const Sh = [7700, 3800, 1650];
    const reg = new Float64Array(years * cells);
    const sop = new Float64Array(years * cells);
    for (let g = 0; g < 3; g++) {
      const f = p.ftePerPerson[g];
      for (let i = 0; i < ages; i++) {
        initialStock[g * ages + i] = ((W[g] - 0.25 * Sh[g]) / f) * wp.ageShare[g * ages + i];
        fte[g * ages + i] = f;
      }
      for (let y = 1; y < years; y++) {
        ROUTES.forEach((_, r) => {
          for (let j = 0; j < ENTRY_AGE_SPAN; j++) {
            const i = src.entryAge[r] + j - WORKFORCE_MIN_AGE;
            reg[y * cells + g * ages + i] += src.regular[(g * ROUTES.length + r) * years + y] / ENTRY_AGE_SPAN;
            sop[y * cells + g * ages + i] += src.sop[(g * ROUTES.length + r) * years + y] / ENTRY_AGE_SPAN;
          }
        });
      }
    }
    const engine = projectStock(wp.layout, {
      initialStock,
      outflowRate: wp.scratch.outflowRate,
      entrants: [
        { name: 'regular', persons: reg, earlyCareerClass: 0 },
        { name: 'sop', persons: sop, earlyCareerClass: 1 },
      ],
      participation: new Float64Array(cells).fill(1),
      fteFactor: fte,
      earlyCareer: { years: 5, classes: 2, ratePerYear: wp.scratch.earlyRate },
    });
    for (let g = 0; g < 3; g++) {
      for (let y = 0; y < years; y++) {
        const j = g * years + y;
        expect(res.supplyFte[j] / engine.supplyFte[j]).toBeCloseTo(1, 9);
        if (y >= 1) {
          expect(res.leaversFte[j - 1] / p.ftePerPerson[g] / engine.outflowPersons[j]).toBeCloseTo(1, 9);
          expect(res.entrantsFte[j - 1] / p.ftePerPerson[g] / engine.entrantPersons[j]).toBeCloseTo(1, 9);
        }
      }
    }
  });

  it('SO&P-trained entrants leave less when m_a < 1 (and as much when m_a = 1)', () => {
    const a = workforceResult(wp);
    const b = workforceResult(wp);
    runWorkforce(wp, draw(years, { earlyAttritionMultiplier: 1, otherInflowFactor: Float64Array.of(0, 0, 0) }), entrants(years), a);
    runWorkforce(wp, draw(years, { earlyAttritionMultiplier: 0.5, otherInflowFactor: Float64Array.of(0, 0, 0) }), entrants(years), b);
    for (let y = 2; y < years; y++) expect(b.supplyFte[y]).toBeGreaterThan(a.supplyFte[y]);
  });

  it('demand follows pupils × standard change', () => {
    const res = workforceResult(wp);
    const std = new Float64Array(3 * years).fill(1);
    std[3] = 1.1; // po, 2027
    runWorkforce(wp, draw(years, { standardChange: std }), entrants(years), res);
    const ratio = (y: number) => (1450000 + ((1430000 - 1450000) * y) / 6) / 1450000;
    expect(res.demandFte[3] / res.demandFte[0]).toBeCloseTo(ratio(3) * 1.1, 12);
    expect(res.demandFte[6] / res.demandFte[0]).toBeCloseTo(ratio(6), 12);
  });
});
