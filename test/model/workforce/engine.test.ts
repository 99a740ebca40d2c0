import { describe, expect, it } from 'vitest';
import {
  cellIndex, createStockBuffers, demographicComponent, KahanSum, pairwiseSum, projectDemand,
  projectStock, projectWorkforce, supplyFromStock, workforceLayout,
} from '../../../src/model/workforce';

const tiny = (lastYear = 2026, genders = 1) =>
  workforceLayout({ groups: ['po'], genders, minAge: 30, maxAge: 32, firstYear: 2024, lastYear });

describe('workforceLayout / cellIndex', () => {
  it('lays out cells group-major, then gender, then age', () => {
    const layout = workforceLayout({ groups: ['po', 'vo'], genders: 2, minAge: 20, maxAge: 69, firstYear: 2024, lastYear: 2040 });
    expect(layout.cells).toBe(200);
    expect(layout.years).toBe(17);
    expect(cellIndex(layout, 0, 1, 20)).toBe(50);
    expect(cellIndex(layout, 1, 0, 21)).toBe(101);
    expect(cellIndex(layout, 0, 0, 70)).toBe(-1);
  });
  it('rejects bad dimensions', () => {
    expect(() => workforceLayout({ groups: [], minAge: 0, maxAge: 1, firstYear: 1, lastYear: 2 })).toThrow(RangeError);
    expect(() => workforceLayout({ groups: ['a'], genders: 3, minAge: 0, maxAge: 1, firstYear: 1, lastYear: 2 })).toThrow(RangeError);
    expect(() => workforceLayout({ groups: ['a'], minAge: 5, maxAge: 1, firstYear: 1, lastYear: 2 })).toThrow(RangeError);
  });
});

describe('projectStock', () => {
  it('ages without outflow and adds entrants from year 1 (hand-computed)', () => {
    const r = projectStock(tiny(), {
      initialStock: Float64Array.of(100, 0, 0),
      entrants: [{ name: 'graduates', persons: Float64Array.of(10, 0, 0) }],
      participation: Float64Array.of(1, 1, 1), fteFactor: Float64Array.of(0.5, 0.5, 0.5),
    });
    expect(Array.from(r.stock)).toEqual([100, 0, 0, 10, 100, 0, 10, 10, 100]);
    expect(Array.from(r.supplyFte)).toEqual([50, 55, 60]);
    expect(Array.from(r.entrantPersons)).toEqual([0, 10, 10]);
  });

  it('applies outflow by age and drops persons past maxAge, balancing mass', () => {
    const layout = tiny(2027);
    const r = projectStock(layout, {
      initialStock: Float64Array.of(100, 50, 20),
      outflowRate: Float64Array.of(0.1, 0.2, 0.5),
      entrants: [{ name: 'side', persons: Float64Array.of(0, 7, 0) }],
      participation: Float64Array.of(1, 1, 1), fteFactor: Float64Array.of(1, 1, 1),
    });
    // year 1: age31 = 100*0.9 + 7 = 97, age32 = 50*0.8 = 40, leavers = 10 + 10 + 20 = 40
    expect(Array.from(r.stock.subarray(3, 6))).toEqual([0, 97, 40]);
    expect(r.outflowPersons[1]).toBeCloseTo(40, 12);
    for (let y = 1; y < layout.years; y++) {
      const before = r.stock.subarray((y - 1) * 3, y * 3).reduce((a, b) => a + b, 0);
      const after = r.stock.subarray(y * 3, (y + 1) * 3).reduce((a, b) => a + b, 0);
      expect(after - before).toBeCloseTo(r.entrantPersons[y] - r.outflowPersons[y], 10);
    }
  });

  it('takes per-year series and a base-year supply anchor', () => {
    const layout = tiny(2025);
    const perYear = Float64Array.of(0, 0, 0, 4, 0, 0);
    const r = projectStock(layout, {
      initialStock: Float64Array.of(1, 2, 3),
      entrants: [{ name: 'x', persons: perYear }],
      participation: Float64Array.of(1, 1, 1), fteFactor: Float64Array.of(1, 1, 1),
      baseYearSupplyFte: Float64Array.of(99),
    });
    expect(Array.from(r.supplyFte)).toEqual([99, 7]);
  });

  it('routes early-career entrants through their own attrition before the main stock', () => {
    const layout = workforceLayout({ groups: ['vo'], genders: 1, minAge: 25, maxAge: 40, firstYear: 2024, lastYear: 2028 });
    const persons = new Float64Array(layout.cells);
    persons[cellIndex(layout, 0, 0, 25)] = 100;
    const perYear = new Float64Array(layout.cells * layout.years);
    perYear.set(persons, layout.cells); // 100 entrants in 2025 only
    const r = projectStock(layout, {
      initialStock: new Float64Array(layout.cells),
      entrants: [{ name: 'graduates', persons: perYear, earlyCareerClass: 0 }],
      participation: new Float64Array(layout.cells).fill(1), fteFactor: new Float64Array(layout.cells).fill(1),
      earlyCareer: { years: 2, classes: 1, ratePerYear: Float64Array.of(0.2, 0.1) },
    });
    // 2025: 100 in exp 0; 2026: 80 in exp 1; 2027: 72 join the main stock at age 27.
    expect(r.supplyFte[1]).toBe(100);
    expect(r.supplyFte[2]).toBe(80);
    expect(r.supplyFte[3]).toBeCloseTo(72, 12);
    expect(r.mainStock[3 * layout.cells + cellIndex(layout, 0, 0, 27)]).toBeCloseTo(72, 12);
    expect(r.outflowPersons[2]).toBeCloseTo(20, 12);
  });

  it('reuses buffers and gives identical results', () => {
    const layout = tiny();
    const inputs = { initialStock: Float64Array.of(3, 2, 1), entrants: [], participation: Float64Array.of(1, 1, 1), fteFactor: Float64Array.of(1, 1, 1) };
    const buf = createStockBuffers(layout);
    const a = Array.from(projectStock(layout, inputs, buf).supplyFte);
    const b = Array.from(projectStock(layout, inputs, buf).supplyFte);
    expect(a).toEqual(b);
    expect(a).toEqual([6, 5, 3]);
  });

  it('rejects arrays that do not fit the layout', () => {
    expect(() => projectStock(tiny(), { initialStock: new Float64Array(2), entrants: [], participation: new Float64Array(3), fteFactor: new Float64Array(3) })).toThrow(RangeError);
  });
});

describe('supplyFromStock', () => {
  it('weights persons by participation and fte', () => {
    const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 30, maxAge: 31, firstYear: 2024, lastYear: 2024 });
    expect(Array.from(supplyFromStock(layout, Float64Array.of(10, 20), Float64Array.of(1, 0.5), Float64Array.of(0.8, 1)))).toEqual([18]);
  });
  it('skips cells without a profile (NaN participation) instead of propagating NaN', () => {
    const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 30, maxAge: 32, firstYear: 2024, lastYear: 2024 });
    expect(Array.from(supplyFromStock(layout, Float64Array.of(10, 20, 30), Float64Array.of(1, NaN, 0), Float64Array.of(1, 1, 1)))).toEqual([10]);
  });
  it('sums per group independently', () => {
    const layout = workforceLayout({ groups: ['po', 'vo'], genders: 2, minAge: 30, maxAge: 30, firstYear: 2024, lastYear: 2024 });
    const ones = new Float64Array(4).fill(1);
    expect(Array.from(supplyFromStock(layout, Float64Array.of(1, 2, 3, 4), ones, ones))).toEqual([3, 7]);
  });
});

describe('projectDemand', () => {
  it('scales each sector by its demographic component and standard change', () => {
    const layout = workforceLayout({ groups: ['a', 'b'], minAge: 20, maxAge: 70, firstYear: 2024, lastYear: 2025 });
    const d = projectDemand(layout, {
      sectors: ['s1', 's2'],
      baseDemandFte: Float64Array.of(100, 10, 0, 50),
      shortageFte: Float64Array.of(5, 0, 0, 0),
      demographicComponent: Float64Array.of(1, 2, 1, 1),
      standardChange: Float64Array.of(1, 1, 1, 1.5),
    });
    expect(Array.from(d)).toEqual([115, 105 * 2 + 15, 50, 75]);
  });
  it('projectWorkforce returns shortage = demand − supply', () => {
    const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 30, maxAge: 31, firstYear: 2024, lastYear: 2025 });
    const p = projectWorkforce(layout,
      { initialStock: Float64Array.of(10, 0), entrants: [], participation: Float64Array.of(1, 1), fteFactor: Float64Array.of(1, 1) },
      { sectors: ['school'], baseDemandFte: Float64Array.of(12), demographicComponent: Float64Array.of(1, 1) });
    expect(Array.from(p.shortageFte)).toEqual([2, 2]);
  });
});

describe('demographicComponent', () => {
  it('chains population growth per group and normalises to the base year', () => {
    expect(Array.from(demographicComponent([
      { baseUsers: 100, population: Float64Array.of(10, 20) },
      { baseUsers: 100, population: Float64Array.of(10, 10) },
    ], 2))).toEqual([1, 1.5]);
  });
  it('drops a group whose users become undefined (0/0) from the sum, as pandas skips NaN', () => {
    expect(Array.from(demographicComponent([
      { baseUsers: 100, population: Float64Array.of(10, 20) },
      { baseUsers: 100, population: Float64Array.of(0, 0) },
    ], 2))).toEqual([1, 1]);
  });
  it('counts a group without population in the base year only', () => {
    expect(Array.from(demographicComponent([
      { baseUsers: 100, population: Float64Array.of(10, 10) },
      { baseUsers: 100, population: null },
    ], 2))).toEqual([1, 0.5]);
  });
});

describe('summation', () => {
  it('Kahan sum recovers what a naive loop loses', () => {
    const k = new KahanSum();
    for (const x of [0.1, 0.2, 0.3]) k.add(x);
    expect(k.value).toBe(0.6);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
  });
  it('pairwise sum follows numpy blocks', () => {
    expect(pairwiseSum(Float64Array.of(1, 2, 3))).toBe(6);
    const xs = Array.from({ length: 300 }, (_, i) => i + 0.5);
    expect(pairwiseSum(xs)).toBe(300 * 300 / 2);
    // 10 × 0.1 with 8 accumulators: ((.2+.2)+(.2+.2)) + .1 + .1
    expect(pairwiseSum(new Float64Array(10).fill(0.1))).toBe(((0.1 + 0.1 + (0.1 + 0.1)) + (0.1 + 0.1 + (0.1 + 0.1))) + 0.1 + 0.1);
  });
});
