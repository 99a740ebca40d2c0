import { describe, expect, it } from 'vitest';
import { capacityYear, capFactors, cellCapFactors, mentorsRequired, nextMentors, partnershipSums } from '../../src/model/capacity';

describe('capacity equations', () => {
  // 2 partnerships × 2 cells: p0 holds 60% of cell 0; p1 holds 40% of cell 0 and all of cell 1
  const rows = { rowStart: Int32Array.of(0, 1, 3), col: Int32Array.of(0, 0, 1) };
  const weight = Float64Array.of(0.6, 0.4, 1);

  it('mentors required = Σ w / students per mentor × target students', () => {
    const spm = [2, 2, 1]; // cell 0: 2 students per mentor, cell 1: 1
    const wpm = weight.map((w, j) => w / spm[j]);
    const r = mentorsRequired(rows, wpm, Float64Array.of(100, 30), new Float64Array(2));
    expect(Array.from(r)).toEqual([30, 20 + 30]);
  });

  it('caps at available / required, only when the cap is on', () => {
    expect(Array.from(capFactors(Float64Array.of(30, 50), Float64Array.of(60, 25), true, new Float64Array(2)))).toEqual([1, 0.5]);
    expect(Array.from(capFactors(Float64Array.of(30, 50), Float64Array.of(60, 25), false, new Float64Array(2)))).toEqual([1, 1]);
    expect(Array.from(capFactors(Float64Array.of(0), Float64Array.of(0), true, new Float64Array(1)))).toEqual([1]);
  });

  it('a cell keeps the weighted average of its partnerships cap factors', () => {
    const c = cellCapFactors(rows, weight, Float64Array.of(1, 0.5), new Float64Array(2));
    expect(c[0]).toBeCloseTo(0.6 + 0.4 * 0.5, 15);
    expect(c[1]).toBeCloseTo(0.5, 15);
  });

  it('the fused partnership sums: required, target and hours by hand, and the same bits as mentorsRequired', () => {
    const spm = [2, 2, 1];
    const wpm = weight.map((w, j) => w / spm[j]);
    const hours = weight.map((w, j) => w * [10, 10, 4][j]);
    const target = Float64Array.of(100, 30);
    const R = new Float64Array(2);
    const T = new Float64Array(2);
    const H = new Float64Array(2);
    partnershipSums(rows, wpm, weight, hours, target, R, T, H);
    expect(Array.from(R)).toEqual([30, 50]);
    expect(Array.from(T)).toEqual([60, 40 + 30]);
    expect(Array.from(H)).toEqual([600, 400 + 120]);
    // awkward values: the fused pass must give exactly mentorsRequired's sums
    const n = 7;
    const rs = Int32Array.of(0, 3, 3, 9, 12, 15, 20, 21);
    const col = Int32Array.from({ length: 21 }, (_, j) => (j * 5) % 11);
    const w1 = Float64Array.from({ length: 21 }, (_, j) => 1 / (j + 3));
    const t = Float64Array.from({ length: 11 }, (_, c) => Math.PI * (c + 1) ** 1.5);
    const fused = new Float64Array(n);
    partnershipSums({ rowStart: rs, col }, w1, w1, w1, t, fused, new Float64Array(n), new Float64Array(n));
    const plain = mentorsRequired({ rowStart: rs, col }, w1, t, new Float64Array(n));
    expect(Array.from(fused)).toEqual(Array.from(plain));
    expect(fused[1]).toBe(0);
  });

  it('one capacity year in one pass gives the bits of mentorsRequired → capFactors → cellCapFactors', () => {
    const n = 9;
    const cells = 11;
    const rowStart = Int32Array.of(0, 3, 3, 9, 12, 15, 20, 21, 25, 27);
    const col = Int32Array.from({ length: 27 }, (_, j) => (j * 5) % cells);
    const w = Float64Array.from({ length: 27 }, (_, j) => 1 / (j + 3));
    const wpm = w.map((x, j) => x / (1 + (j % 4)));
    const hours = w.map((x, j) => x * (20 + j));
    const target = Float64Array.from({ length: cells }, (_, c) => Math.PI * (c + 1) ** 1.5);
    const available = Float64Array.from({ length: n }, (_, p) => [0.1, 5, 3.3, -1, 40, 0, 2.2, 100, 0.7][p]);
    const rows = { rowStart, col };
    for (const capOn of [true, false]) {
      const R1 = mentorsRequired(rows, wpm, target, new Float64Array(n));
      const cap1 = capFactors(R1, available, capOn, new Float64Array(n));
      const cell1 = cellCapFactors(rows, w, cap1, new Float64Array(cells));
      const [R2, cap2, cell2, T, H] = [n, n, cells, n, n].map((k) => new Float64Array(k));
      capacityYear(rows, w, wpm, target, available, capOn, R2, cap2, cell2, { weightHours: hours, target: T, hours: H });
      expect(Array.from(R2)).toEqual(Array.from(R1));
      expect(Array.from(cap2)).toEqual(Array.from(cap1));
      expect(Array.from(cell2)).toEqual(Array.from(cell1));
      const T1 = new Float64Array(n);
      const H1 = new Float64Array(n);
      partnershipSums(rows, wpm, w, hours, target, new Float64Array(n), T1, H1);
      expect(Array.from(T)).toEqual(Array.from(T1));
      expect(Array.from(H)).toEqual(Array.from(H1));
      const [R3, cap3, cell3] = [n, n, cells].map((k) => new Float64Array(k));
      capacityYear(rows, w, wpm, target, available, capOn, R3, cap3, cell3);
      expect(Array.from(R3)).toEqual(Array.from(R1));
      expect(Array.from(cap3)).toEqual(Array.from(cap1));
      expect(Array.from(cell3)).toEqual(Array.from(cell1));
      if (capOn) expect(cap1.some((c) => c < 1)).toBe(true);
    }
  });

  it('mentor stock: M(t+1) = M(t)(1 − attrition) + trained', () => {
    expect(nextMentors(200, 0.12, 30)).toBeCloseTo(206, 12);
  });
});
