import { describe, expect, it } from 'vitest';
import { drawParameter, ParamSampler } from '../../src/ensemble/sample';
import { normalQuantile } from '../../src/ensemble/normal';
import { scalar, series, toyScenario } from './fixtures/scenarios';

describe('ParamSampler', () => {
  it('draws each uncertain parameter from its own stream; fixed and choice params keep their value', () => {
    const s = toyScenario('x');
    const sampler = new ParamSampler(s, 42);
    expect(sampler.uncertainKeys()).toEqual(['toy.a', 'toy.b', 'toy.c']);
    const v = sampler.next();
    expect(v['toy.fixed']).toBe(7);
    expect(v['toy.choice']).toBe('x');
    expect(v['toy.a']).toBe(drawParameter(s, 'toy.a', 42, 1)[0]);
  });

  it('common random numbers: two scenarios with one seed share the draws of every parameter they both have', () => {
    const base = toyScenario('base');
    // other: toy.b has a different distribution, toy.c is removed, toy.extra is added
    const other = toyScenario('other', {
      'toy.b': scalar('toy.b', 50, { type: 'uniform', min: 40, max: 60 }),
      'toy.c': series('toy.c', { 2024: 1 }),
      'toy.extra': scalar('toy.extra', 0, { type: 'uniform', min: -1, max: 1 }),
    });
    const n = 500;
    const a = drawParameter(base, 'toy.a', 9, n);
    expect(drawParameter(other, 'toy.a', 9, n)).toEqual(a);
    // through the sampler too: the unchanged parameter is identical draw by draw
    const sa = new ParamSampler(base, 9);
    const sb = new ParamSampler(other, 9);
    for (let i = 0; i < n; i++) {
      const va = sa.next();
      const vb = sb.next();
      expect(vb['toy.a']).toBe(va['toy.a']);
      // the changed distribution still maps the same uniform: uniform(4, 6) → uniform(40, 60)
      expect((vb['toy.b'] as number) / 10).toBeCloseTo(va['toy.b'] as number, 12);
    }
  });

  it('changing one parameter’s distribution changes only that parameter’s draws', () => {
    const base = toyScenario('base');
    const changed = toyScenario('changed', { 'toy.a': scalar('toy.a', 3, { type: 'triangular', min: 2, mode: 3, max: 4 }) });
    expect(drawParameter(changed, 'toy.b', 1, 300)).toEqual(drawParameter(base, 'toy.b', 1, 300));
    expect(drawParameter(changed, 'toy.c', 1, 300)).toEqual(drawParameter(base, 'toy.c', 1, 300));
    expect(drawParameter(changed, 'toy.a', 1, 300)).not.toEqual(drawParameter(base, 'toy.a', 1, 300));
  });

  it('prefix property: 2N draws leave the first N unchanged; skipping reaches the same draw', () => {
    const s = toyScenario('x');
    const n = 400;
    const long = drawParameter(s, 'toy.a', 5, 2 * n);
    expect(long.subarray(0, n)).toEqual(drawParameter(s, 'toy.a', 5, n));
    expect(drawParameter(s, 'toy.a', 5, n, n)).toEqual(long.subarray(n));
  });

  it('series: one factor per draw for the whole series (scale and shift)', () => {
    const scaled = toyScenario('x');
    const sampler = new ParamSampler(scaled, 3);
    for (let i = 0; i < 20; i++) {
      const c = sampler.next()['toy.c'] as Record<number, number>;
      const f = c[2024] / 10;
      expect(f).toBeGreaterThanOrEqual(0.9);
      expect(f).toBeLessThanOrEqual(1.1);
      for (let y = 2025; y <= 2040; y++) expect(c[y]).toBeCloseTo((10 + y - 2024) * f, 10);
    }
    const shifted = toyScenario('y', { 'toy.c': series('toy.c', { 2024: 10, 2030: 16 }, { type: 'uniform', min: -1, max: 1 }, 'shift') });
    const s2 = new ParamSampler(shifted, 3);
    for (let i = 0; i < 20; i++) {
      const c = s2.next()['toy.c'] as Record<number, number>;
      expect(c[2030] - c[2024]).toBeCloseTo(6, 12);
    }
  });

  it('values are clamped to the registry bounds', () => {
    const s = toyScenario('x', { 'toy.a': scalar('toy.a', 0, { type: 'normal', mean: 0, sd: 1 }, [-0.5, 0.5]) });
    const a = drawParameter(s, 'toy.a', 1, 2000);
    expect(Math.min(...a)).toBe(-0.5);
    expect(Math.max(...a)).toBe(0.5);
  });

  it('correlation groups: Gaussian copula with the registry rho, marginals unchanged', () => {
    const rho = 0.6;
    const s = toyScenario('x', {
      'toy.p': scalar('toy.p', 0.5, { type: 'uniform', min: 0, max: 1 }, [0, 1], { group: 'g', rho }),
      'toy.q': scalar('toy.q', 0.5, { type: 'uniform', min: 0, max: 1 }, [0, 1], { group: 'g', rho }),
    });
    const n = 20000;
    const p = drawParameter(s, 'toy.p', 11, n);
    const q = drawParameter(s, 'toy.q', 11, n);
    // normal scores correlated rho: |r − rho| < 3 · (1 − rho²)/√n
    const zp = Array.from(p, normalQuantile);
    const zq = Array.from(q, normalQuantile);
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const mp = mean(zp);
    const mq = mean(zq);
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
      sxy += (zp[i] - mp) * (zq[i] - mq);
      sxx += (zp[i] - mp) ** 2;
      syy += (zq[i] - mq) ** 2;
    }
    const r = sxy / Math.sqrt(sxx * syy);
    expect(Math.abs(r - rho)).toBeLessThan((3 * (1 - rho * rho)) / Math.sqrt(n));
    // marginal of p still uniform: share below 0.1 ≈ 0.1
    const below = Array.from(p).filter((x) => x < 0.1).length;
    expect(Math.abs(below - 0.1 * n) / Math.sqrt(n * 0.09)).toBeLessThan(3);
    // CRN with correlation: toy.p's draws do not depend on whether toy.q is drawn
    const alone = toyScenario('y', { 'toy.p': s.params['toy.p'] });
    expect(drawParameter(alone, 'toy.p', 11, 500)).toEqual(p.subarray(0, 500));
  });
});
