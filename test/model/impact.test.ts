import { describe, expect, it } from 'vitest';
import { planModel, runModel, scenarioValues, seriesId } from '../../src/model';
import { SECTOR_ORDER, type SectorOrAll } from '../../src/model/domain';
import { loadModelData } from '../../src/data/model-data';
import { loadScenario } from '../../src/scenario/load';
import type { ModelData } from '../../src/model/inputs';
import type { ParamValue } from '../../src/params/types';
import type { ResolvedScenario } from '../../src/scenario/types';
import { defaultScenario, tinyData } from './helpers';

function run(scenario: ResolvedScenario, data: ModelData, overrides: Record<string, ParamValue> = {}) {
  const plan = planModel(scenario, data);
  const out = runModel(plan, { ...scenarioValues(scenario), ...overrides });
  const nY = plan.layout.years.length;
  const index = new Map(plan.layout.series.map((k, i) => [seriesId(k.metric, k.sector, k.breakdown), i] as const));
  return (m: string, s: SectorOrAll, b: string, y: number): number => {
    const i = index.get(seriesId(m, s, b));
    if (i === undefined) throw new Error(`no series ${m} ${s} ${b}`);
    return out[i * nY + plan.layout.years.indexOf(y)];
  };
}

const NEUTRAL = { 'effects.dropout_multiplier': 1, 'effects.entry_uplift': 0, 'effects.early_attrition_multiplier': 1 };
const CHANNELS = ['dropout', 'entry', 'early_attrition'];

describe('impact detail: channels, guidance time, net figure, coverage gap (src/model/impact.ts)', () => {
  const data = tinyData();
  const scenario = defaultScenario({ 'sop.trajectory': 'target' }, 2034);

  it('splits the impact into channels that add up to it, each with the sign of its effect', () => {
    const at = run(scenario, data);
    for (let t = 2025; t <= 2034; t++) {
      for (const s of SECTOR_ORDER) {
        const sum = CHANNELS.reduce((a, c) => a + at('impact.shortage_fte', s, c, t), 0);
        expect(sum).toBeCloseTo(at('impact.shortage_fte', s, 'all', t), 9);
      }
    }
    // each channel alone: only that effect on gives the channel (the first in the order exactly)
    const onlyDropout = run(scenario, data, { ...NEUTRAL, 'effects.dropout_multiplier': 0.8 });
    const onlyEntry = run(scenario, data, { ...NEUTRAL, 'effects.entry_uplift': 0.1 });
    const onlyAttrition = run(scenario, data, { ...NEUTRAL, 'effects.early_attrition_multiplier': 0.7 });
    for (const [at1, channel] of [[onlyDropout, 'dropout'], [onlyEntry, 'entry'], [onlyAttrition, 'early_attrition']] as const) {
      const total = at1('impact.shortage_fte', 'all', 'all', 2034);
      expect(total).toBeLessThan(0);
      expect(at1('impact.shortage_fte', 'all', channel, 2034)).toBeCloseTo(total, 6);
      for (const other of CHANNELS.filter((c) => c !== channel)) expect(Math.abs(at1('impact.shortage_fte', 'all', other, 2034))).toBeLessThan(1e-6);
    }
    // a harmful effect has the opposite sign
    const harmful = run(scenario, data, { ...NEUTRAL, 'effects.early_attrition_multiplier': 1.05 });
    expect(harmful('impact.shortage_fte', 'all', 'early_attrition', 2034)).toBeGreaterThan(0);
  });

  it('no effect: the shortage impact is 0 and the net impact is the displaced teaching time alone', () => {
    for (const over of [NEUTRAL, { 'effects.scale': 0 }]) {
      const at = run(scenario, data, over);
      for (const s of SECTOR_ORDER) {
        expect(Math.abs(at('impact.shortage_fte', s, 'all', 2034))).toBeLessThan(1e-6);
        expect(at('impact.net_shortage_fte', s, 'all', 2034)).toBeCloseTo(at('impact.teaching_time_fte', s, 'all', 2034), 6);
      }
      expect(at('impact.teaching_time_fte', 'all', 'all', 2034)).toBeGreaterThan(0);
    }
  });

  it('net = shortage impact + displacement × (mentor + schoolopleider fte); shortage itself unchanged by displacement', () => {
    const lo = run(scenario, data, { 'impact.teaching_displacement_share': 0 });
    const hi = run(scenario, data, { 'impact.teaching_displacement_share': 0.4 });
    for (const s of SECTOR_ORDER) {
      const t = 2034;
      expect(lo('impact.net_shortage_fte', s, 'all', t)).toBeCloseTo(lo('impact.shortage_fte', s, 'all', t), 9);
      const guidance = hi('impact.mentor_fte', s, 'all', t) + hi('impact.schoolopleider_fte', s, 'all', t);
      expect(hi('impact.net_shortage_fte', s, 'all', t)).toBeCloseTo(hi('impact.shortage_fte', s, 'all', t) + 0.4 * guidance, 6);
      expect(hi('workforce.shortage_fte', s, 'all', t)).toBe(lo('workforce.shortage_fte', s, 'all', t));
    }
    expect(hi('impact.mentor_fte', 'all', 'all', 2034)).toBeGreaterThan(0);
    // frozen share: nothing extra placed, no guidance time, no coverage gap beyond today's
    const frozen = run(defaultScenario({ 'sop.trajectory': 'frozen' }, 2034), data);
    expect(frozen('impact.mentor_fte', 'all', 'all', 2034)).toBe(0);
    expect(frozen('impact.net_shortage_fte', 'all', 'all', 2034)).toBe(0);
    expect(frozen('sop.coverage_gap_share', 'all', 'all', 2034)).toBe(0);
  });

  it('effects.scale moves every effect linearly towards no effect (scale 1 = as drawn)', () => {
    const one = run(scenario, data, { 'effects.scale': 1 });
    const base = run(scenario, data);
    const half = run(scenario, data, { 'effects.scale': 0.5 });
    const viaValues = run(scenario, data, {
      'effects.dropout_multiplier': 1 - 0.5 * (1 - 0.9),
      'effects.entry_uplift': 0.5 * 0.05,
      'effects.early_attrition_multiplier': 1 - 0.5 * (1 - 0.85),
    });
    expect(one('impact.shortage_fte', 'all', 'all', 2034)).toBe(base('impact.shortage_fte', 'all', 'all', 2034));
    expect(half('impact.shortage_fte', 'all', 'all', 2034)).toBeCloseTo(viaValues('impact.shortage_fte', 'all', 'all', 2034), 9);
    expect(half('impact.shortage_fte', 'all', 'all', 2034)).toBeGreaterThan(base('impact.shortage_fte', 'all', 'all', 2034));
  });

  it('coverage gap = max(0, share − max(coverage, base-year share)), per sector', () => {
    const at = run(scenario, data, { 'sop.partner_coverage': 0.7 });
    for (const s of SECTOR_ORDER) {
      for (const t of [2024, 2030, 2034]) {
        const want = Math.max(0, at('sop.share', s, 'all', t) - Math.max(0.7, at('sop.share', s, 'all', 2024)));
        expect(at('sop.coverage_gap_share', s, 'all', t)).toBeCloseTo(want, 12);
      }
    }
    expect(at('sop.coverage_gap_share', 'all', 'all', 2024)).toBe(0);
  });

  it('real data, ambitie-2030: channels add up and the cost side is of the order of the benefit', () => {
    const at = run(loadScenario('ambitie-2030', { horizon: 2030 }), loadModelData());
    const total = at('impact.shortage_fte', 'all', 'all', 2030);
    expect(total).toBeLessThan(0);
    const sum = CHANNELS.reduce((a, c) => a + at('impact.shortage_fte', 'all', c, 2030), 0);
    expect(sum).toBeCloseTo(total, 6);
    const mentor = at('impact.mentor_fte', 'all', 'all', 2030);
    expect(mentor).toBeGreaterThan(-total / 3);
    expect(at('sop.coverage_gap_share', 'all', 'all', 2030)).toBeGreaterThan(0);
  });
});
