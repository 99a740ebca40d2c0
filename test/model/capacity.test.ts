import { describe, expect, it } from 'vitest';
import { capFactors, cellCapFactors, mentorsRequired, nextMentors } from '../../src/model/capacity';

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

  it('mentor stock: M(t+1) = M(t)(1 − attrition) + trained', () => {
    expect(nextMentors(200, 0.12, 30)).toBeCloseTo(206, 12);
  });
});
