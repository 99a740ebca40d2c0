import { describe, expect, it } from 'vitest';
import { PARAM_DEFS } from '../../src/params/defs';
import { checkRegistry } from '../../src/params/registry';

describe('model parameter definitions', () => {
  it('pass every registry rule', () => {
    expect(checkRegistry(PARAM_DEFS)).toEqual([]);
  });
  it('give every effect a range that includes no effect, with a small harmful side (DESIGN §2.4 amendment)', () => {
    const range = (key: string): [number, number, number] => {
      const d = PARAM_DEFS.find((p) => p.key === key);
      if (d?.kind !== 'scalar' || d.distribution?.type !== 'uniform') throw new Error(`${key}: expected a uniform prior`);
      return [d.distribution.min, d.distribution.max, d.default];
    };
    for (const key of ['effects.dropout_multiplier', 'effects.early_attrition_multiplier']) {
      const [min, max, median] = range(key);
      expect(min).toBeLessThan(1);
      expect(max).toBeGreaterThan(1); // harmful side
      expect(max).toBeLessThanOrEqual(1.05); // small
      expect(median).toBeLessThan(1);
    }
    const [min, max] = range('effects.entry_uplift');
    expect(min).toBeLessThan(0);
    expect(min).toBeGreaterThanOrEqual(-0.02);
    expect(max).toBeGreaterThan(0);
  });
});
