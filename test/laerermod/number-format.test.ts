import { describe, expect, it } from 'vitest';
import { formatFixed, roundHalfEven } from '../../src/laerermod';

describe('roundHalfEven (numpy/pandas round)', () => {
  it('rounds ties to even, others to nearest', () => {
    expect([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999999, 2.5000001].map(roundHalfEven)).toEqual([0, 2, 2, 0, -2, -2, 2, 3]);
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true);
    expect(roundHalfEven(47133.98712)).toBe(47134);
  });
});

describe('formatFixed (Python %.Nf)', () => {
  it('matches toFixed away from ties', () => {
    for (const x of [47133.98712, 1484.0577399879, 0.1, 123456.789012345678, 1e-12]) expect(formatFixed(x, 10)).toBe(x.toFixed(10));
  });
  it('rounds exact binary ties to even (toFixed rounds them up)', () => {
    expect(formatFixed(0.5, 0)).toBe('0');
    expect(formatFixed(2.5, 0)).toBe('2');
    expect(formatFixed(3.5, 0)).toBe('4');
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.375, 2)).toBe('0.38');
    expect(formatFixed(1 / 2048, 10)).toBe('0.0004882812'); // 0.00048828125 exactly
    expect(formatFixed(-0.125, 2)).toBe('-0.12');
  });
  it('keeps the sign of -0 like Python', () => {
    expect(formatFixed(-0, 2)).toBe('-0.00');
    expect(formatFixed(0, 2)).toBe('0.00');
  });
});
