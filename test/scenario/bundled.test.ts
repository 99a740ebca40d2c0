import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarioDir } from '../../src/data/paths';
import { formatProblem } from '../../src/errors';
import { loadScenario, listBundledScenarios, validateScenarioFile } from '../../src/scenario/load';

const BUNDLED = ['ambitie-2030', 'ambitie-2030-capaciteit', 'baseline', 'hoge-instroom', 'lage-instroom', 'sector-tempo'];

describe('bundled scenarios', () => {
  it('are the six of the issue', () => {
    expect(listBundledScenarios()).toEqual(BUNDLED);
  });

  for (const id of BUNDLED) {
    const file = join(bundledScenarioDir(), `${id}.yaml`);
    it(`${id}: validates against the real registry and loads`, () => {
      expect(validateScenarioFile(file).map(formatProblem)).toEqual([]);
      expect(validateScenarioFile(id)).toEqual([]);
      const s = loadScenario(id);
      expect(s.id).toBe(id);
      expect(s.horizon).toBe(2030);
      expect(s.title.length).toBeGreaterThan(0);
    });
    it(`${id}: starts with the schema comment and says what it represents and on what evidence`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/scenario.schema.json');
      expect(text).toMatch(/# What it represents:/);
      expect(text).toMatch(/# Evidence:/);
    });
  }

  it('baseline follows the fitted trend with capacity capping; ambitie-2030 targets 100% in 2030 uncapped', () => {
    const base = loadScenario('baseline');
    expect(base.params['sop.trajectory'].value).toBe('logistic');
    expect(base.params['capacity.cap'].value).toBe('on');
    const amb = loadScenario('ambitie-2030');
    expect(amb.files.map((f) => f.id)).toEqual(['ambitie-2030', 'baseline']);
    expect(amb.params['sop.trajectory'].value).toBe('target');
    expect(amb.params['capacity.cap'].value).toBe('off');
    for (const s of ['po', 'vo', 'mbo']) {
      expect(amb.params[`sop.target.share.${s}`].value).toBe(1);
      expect(amb.params[`sop.target.year.${s}`].value).toBe(2030);
    }
  });

  it('ambitie-2030-capaciteit caps again and keeps mentor growth uncertain; sector-tempo staggers the years', () => {
    const cap = loadScenario('ambitie-2030-capaciteit');
    expect(cap.params['capacity.cap']).toMatchObject({ value: 'on', origin: { scenario: 'ambitie-2030-capaciteit' } });
    expect(cap.params['sop.trajectory']).toMatchObject({ value: 'target', origin: { scenario: 'ambitie-2030' } });
    expect(cap.params['capacity.mentors_trained.growth_rate'].value).toBe(0.1);
    expect(cap.params['capacity.mentors_trained.growth_rate'].distribution).toEqual({ type: 'pert', min: 0.05, mode: 0.1, max: 0.15 });
    const tempo = loadScenario('sector-tempo');
    expect([2028, 2030, 2032]).toEqual(['po', 'vo', 'mbo'].map((s) => tempo.params[`sop.target.year.${s}`].value));
    expect(tempo.params['capacity.cap'].value).toBe('on');
  });

  it('lage-instroom and hoge-instroom move the initial routes down and up, leaving pdg and zij-instroom', () => {
    const low = loadScenario('lage-instroom');
    const high = loadScenario('hoge-instroom');
    const base = loadScenario('baseline');
    for (const r of ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo']) {
      expect(low.params[`pipeline.inflow.${r}.level_factor`].value).toBeCloseTo(0.85, 12);
      expect(high.params[`pipeline.inflow.${r}.level_factor`].value).toBeCloseTo(1.15, 12);
      expect(low.params[`pipeline.inflow.${r}.growth_rate`].value).toBeCloseTo(-0.01, 12);
      expect(high.params[`pipeline.inflow.${r}.growth_rate`].value).toBeCloseTo(0.01, 12);
    }
    // Ranges no narrower than the baseline's, which the horizon backtest calibrated (issue 13).
    const width = (d: unknown) => {
      const p = d as { min: number; max: number };
      return p.max - p.min;
    };
    for (const r of ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo']) {
      for (const k of [`pipeline.inflow.${r}.level_factor`, `pipeline.inflow.${r}.growth_rate`]) {
        for (const sc of [low, high]) expect(width(sc.params[k].distribution)).toBeGreaterThanOrEqual(width(base.params[k].distribution) - 1e-12);
      }
    }
    for (const r of ['pdg', 'zij-instroom']) {
      expect(low.params[`pipeline.inflow.${r}.level_factor`]).toEqual(base.params[`pipeline.inflow.${r}.level_factor`]);
      expect(high.params[`pipeline.inflow.${r}.level_factor`].origin).toEqual({ kind: 'registry' });
    }
  });
});

describe('docs/scenarios.md', () => {
  it('its example file is a valid scenario', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const md = readFileSync(join(__dirname, '..', '..', 'docs', 'scenarios.md'), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(md)![1];
    const dir = mkdtempSync(join(tmpdir(), 'sop-doc-'));
    writeFileSync(join(dir, 'voorbeeld.yaml'), example);
    expect(validateScenarioFile('voorbeeld.yaml', { cwd: dir }).map(formatProblem)).toEqual([]);
    const s = loadScenario('./voorbeeld.yaml', { cwd: dir });
    expect(s.horizon).toBe(2035);
    expect(s.params['pipeline.inflow.pabo.index'].value).toEqual({ 2024: 1, 2026: 1.05, 2030: 1.1 });
  });
});
