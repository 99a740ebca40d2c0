import { describe, expect, it } from 'vitest';
import { partnershipFunding, zijInstroomSubsidy } from '../../src/model/funding';

describe('funding rules (hand-computed)', () => {
  it('partnership rule: per student × students + base, over the price index', () => {
    expect(partnershipFunding(1250, 1000, 0, 1)).toBe(1250000);
    expect(partnershipFunding(955, 100, 100000, 1)).toBe(195500);
    expect(partnershipFunding(1250, 1000, 0, 1.25)).toBe(1000000);
    expect(partnershipFunding(1250, 0, 0, 1)).toBe(0);
  });
  it('side-entry subsidy: per person × starters, over the price index', () => {
    expect(zijInstroomSubsidy(25000, 700, 1)).toBe(17500000);
    expect(zijInstroomSubsidy(20000, 700, 2)).toBe(7000000);
  });
});
