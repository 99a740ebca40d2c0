import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distributionMedian } from '../../src/params/distribution';
import { loadScenario } from '../../src/scenario/load';
import { spliceSeries } from '../../src/scenario/resolve';
import { resolvedValues } from '../../src/scenario/show';
import { TEST_DEFS } from './fixtures/registry';
import { FIXTURES } from './helpers';

const opts = { cwd: FIXTURES, defs: TEST_DEFS, scenarioDir: join(FIXTURES, 'bundled') };

describe('scenario resolution: registry ← parents ← file ← command line', () => {
  it('without extends, every parameter is the registry default with its distribution', () => {
    const s = loadScenario('extends-bundled.yaml', opts);
    expect(s.id).toBe('extends-bundled');
    expect(s.horizon).toBe(2030); // DEFAULT_HORIZON
    expect(s.horizonOrigin).toEqual({ kind: 'registry' });
    expect(Object.keys(s.params)).toEqual(TEST_DEFS.map((d) => d.key));
    expect(s.params['capacity.mentor_attrition']).toMatchObject({
      value: 0.1,
      distribution: { type: 'triangular', min: 0.05, mode: 0.1, max: 0.15 },
      origin: { kind: 'registry' },
    });
    // A bare name in extends resolves to the bundled folder.
    expect(s.params['sop.trajectory']).toMatchObject({ value: 'frozen', origin: { kind: 'scenario', scenario: 'basis' } });
    expect(s.files.map((f) => f.id)).toEqual(['extends-bundled', 'basis']);
  });

  it('applies the chain root first: the nearest file wins, and each value records its file and line', () => {
    const s = loadScenario('grandchild.yaml', opts);
    expect(s.id).toBe('grandchild');
    expect(s.title).toBe('Grandchild');
    expect(s.files.map((f) => f.path)).toEqual(['grandchild.yaml', 'child.yaml', 'base.yaml']);
    expect(s.files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    // base sets 0.9 (line 7), child overrides with 0.8 (line 4).
    expect(s.params['sop.target.share.po']).toMatchObject({
      value: 0.8,
      origin: { kind: 'scenario', scenario: 'child', file: 'child.yaml', line: 4 },
    });
    expect(s.params['sop.trajectory']).toMatchObject({ value: 'target', origin: { kind: 'scenario', scenario: 'base', file: 'base.yaml', line: 6 } });
    // The grandchild's plain value fixes a parameter that had a registry distribution.
    expect(s.params['capacity.mentor_attrition']).toMatchObject({ value: 0.2, origin: { file: 'grandchild.yaml', line: 5 } });
    expect(s.params['capacity.mentor_attrition'].distribution).toBeUndefined();
    // A distribution from a scenario: value = its median, (0.5 + 1.3) / 2.
    expect(s.params['sop.trend.slope_factor'].value).toBeCloseTo(0.9, 15);
    expect(s.params['sop.trend.slope_factor'].distribution).toEqual({ type: 'uniform', min: 0.5, max: 1.3 });
    // Horizon: grandchild 2032 overrides base 2035.
    expect(s.horizon).toBe(2032);
    expect(s.horizonOrigin).toEqual({ kind: 'scenario', scenario: 'grandchild', file: 'grandchild.yaml', line: 3 });
  });

  it('splices a scenario series into the inherited one from its first year on and fixes it', () => {
    const s = loadScenario('base.yaml', opts);
    expect(s.params['inflow.pabo'].value).toEqual({ 2009: 8852, 2016: 5578, 2024: 5900, 2026: 6000, 2030: 6500 });
    expect(s.params['inflow.pabo'].distribution).toBeUndefined();
    expect(spliceSeries({ 2020: 1, 2024: 2, 2030: 3 }, { 2026: 5 })).toEqual({ 2020: 1, 2024: 2, 2026: 5 });
    expect(spliceSeries({ 2020: 1 }, { 2010: 7 })).toEqual({ 2010: 7 });
  });

  it('command-line overrides win and record the option as origin; the file is not touched', () => {
    const s = loadScenario('grandchild.yaml', {
      ...opts,
      horizon: 2040,
      overrides: { 'sop.target.share.po': '0.75', 'sop.trajectory': 'logistic', 'inflow.pabo': '{2028: 7000}' },
    });
    expect(s.horizon).toBe(2040);
    expect(s.horizonOrigin).toEqual({ kind: 'cli', option: '--horizon' });
    expect(s.params['sop.target.share.po']).toMatchObject({ value: 0.75, origin: { kind: 'cli', option: '--set sop.target.share.po' } });
    expect(s.params['sop.trajectory']).toMatchObject({ value: 'logistic', origin: { kind: 'cli' } });
    expect(s.params['inflow.pabo'].value).toEqual({ 2009: 8852, 2016: 5578, 2024: 5900, 2026: 6000, 2028: 7000 });
    expect(loadScenario('grandchild.yaml', opts).params['sop.target.share.po'].value).toBe(0.8);
  });

  it('a series distribution keeps the inherited values and sets the factor', () => {
    const s = loadScenario('base.yaml', { ...opts, overrides: { 'inflow.pabo': { distribution: 'triangular', min: 0.8, mode: 1, max: 1.2 } } });
    expect(s.params['inflow.pabo'].value).toEqual({ 2009: 8852, 2016: 5578, 2024: 5900, 2026: 6000, 2030: 6500 });
    expect(s.params['inflow.pabo'].distribution).toEqual({ type: 'triangular', min: 0.8, mode: 1, max: 1.2 });
    const withSeries = loadScenario('base.yaml', {
      ...opts,
      overrides: { 'inflow.pabo': { distribution: 'uniform', min: 0.9, max: 1.1, series: { 2027: 1000 } } },
    });
    expect(withSeries.params['inflow.pabo'].value).toEqual({ 2009: 8852, 2016: 5578, 2024: 5900, 2026: 6000, 2027: 1000 });
  });

  it('resolvedValues gives the deterministic value of every parameter (medians of distributions)', () => {
    const s = loadScenario('child.yaml', opts);
    const v = resolvedValues(s);
    expect(Object.keys(v)).toEqual(TEST_DEFS.map((d) => d.key));
    expect(v['sop.trajectory']).toBe('target');
    expect(v['sop.target.share.po']).toBe(0.8);
    expect(v['capacity.mentor_attrition']).toBe(distributionMedian({ type: 'triangular', min: 0.05, mode: 0.1, max: 0.15 }));
  });

  it('does not mutate the registry definitions', () => {
    const before = JSON.stringify(TEST_DEFS);
    loadScenario('grandchild.yaml', { ...opts, overrides: { 'inflow.pabo': '{2028: 7000}' } });
    expect(JSON.stringify(TEST_DEFS)).toBe(before);
  });
});
