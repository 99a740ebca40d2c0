import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { formatShow, showRows } from '../../src/scenario/show';
import { TEST_DEFS } from './fixtures/registry';
import { FIXTURES } from './helpers';

const opts = { cwd: FIXTURES, defs: TEST_DEFS, scenarioDir: join(FIXTURES, 'bundled') };

describe('sop show: every resolved parameter with value, distribution and origin', () => {
  const s = loadScenario('grandchild.yaml', { ...opts, overrides: { 'sop.trajectory': 'frozen' } });

  it('showRows: one row per parameter with origin fields', () => {
    const rows = showRows(s);
    expect(rows.map((r) => r.key)).toEqual(TEST_DEFS.map((d) => d.key));
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['sop.trajectory']).toMatchObject({ value: 'frozen', origin: 'cli', origin_option: '--set sop.trajectory', origin_file: '' });
    expect(byKey['sop.target.share.po']).toMatchObject({ value: '0.8', origin: 'scenario', origin_scenario: 'child', origin_file: 'child.yaml', origin_line: 4 });
    expect(byKey['sop.trend.slope_factor']).toMatchObject({ distribution: 'uniform(min 0.5, max 1.3)', origin_line: 5 });
    expect(byKey['inflow.pabo']).toMatchObject({ value: '2009: 8852; 2016: 5578; 2024: 5900; 2026: 6000; 2030: 6500', distribution: '', origin_file: 'base.yaml' });
    expect(byKey['capacity.mentor_attrition']).toMatchObject({ value: '0.2', distribution: '', origin_file: 'grandchild.yaml', origin_line: 5 });
  });

  it('formatShow (en) names the files, horizon origin and each origin', () => {
    const text = formatShow(s, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Scenario grandchild: Grandchild');
    expect(lines[1]).toMatch(/^Files: grandchild\.yaml \(sha256 [0-9a-f]{12}\) ← extends child\.yaml .* ← extends base\.yaml/);
    expect(lines[2]).toBe('Horizon: 2032 (grandchild.yaml:3)');
    const row = (key: string): string => lines.find((l) => l.startsWith(key + ' '))!.replace(/\s+/g, ' ');
    expect(row('sop.trajectory')).toBe('sop.trajectory SO&P share trajectory none frozen fixed command line --set sop.trajectory');
    expect(row('sop.target.share.po')).toBe('sop.target.share.po Target SO&P share po share 0.8 fixed child.yaml:4');
    expect(row('inflow.pabo')).toBe('inflow.pabo Inflow pabo persons 2009: 8852; 2016: 5578; 2024: 5900; 2026: 6000; 2030: 6500 fixed base.yaml:8');
  });

  it('formatShow names a command-line horizon', () => {
    const text = formatShow(loadScenario('base.yaml', { ...opts, horizon: 2036 }), 'nl');
    expect(text.split('\n')[3]).toBe('Horizon: 2036 (opdrachtregel --horizon)');
  });

  it('formatShow (nl) uses Dutch labels and says where registry defaults come from', () => {
    const plain = loadScenario('extends-bundled.yaml', opts);
    const text = formatShow(plain, 'nl');
    expect(text).toContain('Horizon: 2030 (standaard)');
    const row = text.split('\n').find((l) => l.startsWith('capacity.mentor_attrition'))!.replace(/\s+/g, ' ');
    expect(row).toBe('capacity.mentor_attrition Uitstroom werkplekbegeleiders rate 0.1 triangular(min 0.05, mode 0.1, max 0.15) standaardwaarde register');
    const inflow = text.split('\n').find((l) => l.startsWith('inflow.pabo'))!.replace(/\s+/g, ' ');
    expect(inflow).toContain('uniform(min 0.9, max 1.1) (factor)');
  });
});
