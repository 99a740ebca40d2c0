import { describe, expect, it } from 'vitest';
import { PARAM_DEFS } from '../../src/params/defs';
import { checkRegistry } from '../../src/params/registry';

describe('model parameter definitions', () => {
  it('pass every registry rule', () => {
    expect(checkRegistry(PARAM_DEFS)).toEqual([]);
  });
  it('give every effect a range that includes no effect', () => {
    for (const key of ['effects.dropout_multiplier', 'effects.early_attrition_multiplier']) {
      const d = PARAM_DEFS.find((p) => p.key === key);
      expect(d?.kind === 'scalar' && d.distribution?.type === 'uniform' && d.distribution.max).toBe(1);
    }
    const u = PARAM_DEFS.find((p) => p.key === 'effects.entry_uplift');
    expect(u?.kind === 'scalar' && u.distribution?.type === 'uniform' && u.distribution.min).toBe(0);
  });
});
