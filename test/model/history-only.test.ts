import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/model-data';
import { SECTORS, type SectorOrAll } from '../../src/model/domain';
import type { ModelData } from '../../src/model/inputs';
import { seriesId } from '../../src/model/layout';
import { planModel, runModel, scenarioValues, type ModelPlan } from '../../src/model/run';
import { ParamSampler } from '../../src/ensemble/sample';
import { REGISTRY } from '../../src/params/registry';
import type { ParamDef, ParamValue } from '../../src/params/types';
import { loadScenario } from '../../src/scenario/load';

/**
 * Calibration on history only (issue #12 item 3, docs/methods.md §4.5): a scenario that changes
 * any registry parameter leaves every base-year output and every calibrated constant identical,
 * deterministic and draw by draw; parameters of stage `base` (and `plan`) describe the base year
 * itself and may move calibrated constants, but never the measured anchors (employment, shortage,
 * SO&P share in B). The shortage anchor choice is the one parameter that picks the shortage itself.
 */

const HORIZON = 2030;
/**
 * Year t is school year t/t+1 (DESIGN §2): the workforce flows of year t are those of the step
 * t → t+1, so their base-year row is the first projected flow, not a base-year figure.
 */
const FLOWS_AFTER_T = ['workforce.entrants_fte|', 'workforce.leavers_fte|'];
const isFlow = (id: string) => FLOWS_AFTER_T.some((f) => id.startsWith(f));

/** A value different from the parameter's default, inside its bounds (every other option of a choice). */
function alternatives(def: ParamDef): ParamValue[] {
  if (def.kind === 'choice') return def.options.filter((o) => o !== def.default);
  const [lo, hi] = def.bounds;
  const move = (v: number) => (v < hi ? (v + Math.min(hi, v + Math.max(1, Math.abs(v)))) / 2 : (v + lo) / 2);
  if (def.kind === 'series') return [Object.fromEntries(Object.entries(def.default).map(([y, v]) => [y, move(v)]))];
  const d = def.distribution;
  if (d && d.type !== 'fixed' && d.type !== 'discrete' && 'max' in d && d.max !== undefined && d.max !== def.default) return [d.max];
  const v = move(def.default);
  return [def.key.startsWith('pipeline.study_years.') || def.unit === 'count' ? Math.round(v) : v];
}

describe('calibration on history only', () => {
  let data: ModelData;
  let base: Float64Array;
  let basePlan: ModelPlan;
  let baseOther: number[];
  beforeAll(() => {
    data = loadModelData();
    const sc = loadScenario('baseline', { horizon: HORIZON });
    basePlan = planModel(sc, data);
    base = runModel(basePlan, scenarioValues(sc)).slice();
    baseOther = Array.from(basePlan.scratch.otherPersons);
  });

  const column = (plan: ModelPlan, out: Float64Array) => {
    const nY = plan.layout.years.length;
    const m = new Map<string, number>();
    plan.layout.series.forEach((k, i) => m.set(seriesId(k.metric, k.sector, k.breakdown), out[i * nY]));
    return m;
  };

  // Plan-stage parameters (study years) reshape the pipeline and are not scenario levers: a value
  // other than the default needs per-year rates the registry does not define (see the closing note).
  const cases = [...REGISTRY.values()].filter((d) => d.stage !== 'plan').flatMap((def) => alternatives(def).map((v) => [def.key, v] as [string, ParamValue]));

  it.each(cases)('%s = %j leaves the base year (or its measured anchors) unchanged', (key, value) => {
    const def = REGISTRY.get(key) as ParamDef;
    const sc = loadScenario('baseline', { horizon: HORIZON, overrides: { [key]: value } });
    const plan = planModel(sc, data);
    const out = runModel(plan, scenarioValues(sc));
    const got = column(plan, out);
    const want = column(basePlan, base);
    const stage = def.stage ?? 'draw';
    if (stage === 'draw') {
      for (const [id, v] of want) if (!isFlow(id)) expect(got.get(id), `${id} in the base year`).toBe(v);
      expect(Array.from(plan.scratch.otherPersons)).toEqual(baseOther);
    } else {
      const anchors: string[] = [];
      for (const s of [...SECTORS, 'all'] as SectorOrAll[]) {
        anchors.push(seriesId('workforce.employment_fte', s, 'all'), seriesId('sop.share', s, 'all'));
        if (key !== 'workforce.shortage_anchor') anchors.push(seriesId('workforce.shortage_fte', s, 'all'));
      }
      for (const id of anchors) expect(got.get(id), `${id} in the base year`).toBeCloseTo(want.get(id) as number, 6);
    }
  });

  it.each([...REGISTRY.values()].filter((d) => (d.stage ?? 'draw') === 'draw' && d.kind !== 'choice').map((d) => [d.key]))(
    '%s: the paired ensemble keeps every base-year output and calibrated constant, draw by draw',
    (key) => {
      const def = REGISTRY.get(key) as ParamDef;
      const sc = loadScenario('baseline', { horizon: HORIZON });
      const alt = loadScenario('baseline', { horizon: HORIZON, overrides: { [key]: alternatives(def)[0] } });
      const samplers = [new ParamSampler(sc, 7), new ParamSampler(alt, 7)];
      const nY = basePlan.layout.years.length;
      const outs = [new Float64Array(base.length), new Float64Array(base.length)];
      for (let i = 0; i < 3; i++) {
        const other: number[][] = [];
        for (let k = 0; k < 2; k++) {
          const v = samplers[k].next();
          runModel(basePlan, v, outs[k], samplers[k].history());
          other.push(Array.from(basePlan.scratch.otherPersons));
        }
        expect(other[1]).toEqual(other[0]);
        basePlan.layout.series.forEach((k, sIdx) => {
          const id = seriesId(k.metric, k.sector, k.breakdown);
          if (!isFlow(id)) expect(outs[1][sIdx * nY], id).toBe(outs[0][sIdx * nY]);
        });
      }
    },
  );
});
