import type { ModelRunner } from '../../src/analysis/outputs';
import type { Distribution, ParamDef, ParamValue, ParamValues, YearSeries } from '../../src/params/types';
import type { ResolvedParam, ResolvedScenario } from '../../src/scenario/types';

function scalarParam(key: string, value: number, bounds: [number, number], distribution?: Distribution): ResolvedParam {
  const def: ParamDef = { kind: 'scalar', key, label: { nl: key, en: key }, unit: 'factor', description: key, source: 'assumption', default: value, bounds, distribution };
  return { key, def, value, distribution, origin: { kind: 'registry' } };
}

/**
 * A toy scenario and model with known monotonicity:
 *   y = 3a − b + s(2024) (c does not enter), z = lever − a.
 * a ~ U(0, 1), b ~ U(0, 2), c ~ U(0, 1), s = {2024: 10} scaled by U(0.8, 1.2), lever fixed 0.
 */
export function toyScenario(): ResolvedScenario {
  const seriesDist: Distribution = { type: 'uniform', min: 0.8, max: 1.2 };
  const seriesDef: ParamDef = {
    kind: 'series', key: 'toy.s', label: { nl: 's', en: 's' }, unit: 'persons', description: 's', source: 'assumption',
    default: { 2024: 10 }, bounds: [0, 100], distribution: seriesDist, seriesUncertainty: 'scale',
  };
  return {
    id: 'toy',
    title: 'Toy',
    horizon: 2025,
    files: [],
    params: {
      'toy.a': scalarParam('toy.a', 0.5, [0, 1], { type: 'uniform', min: 0, max: 1 }),
      'toy.b': scalarParam('toy.b', 1, [0, 2], { type: 'uniform', min: 0, max: 2 }),
      'toy.c': scalarParam('toy.c', 0.5, [0, 1], { type: 'uniform', min: 0, max: 1 }),
      'toy.lever': scalarParam('toy.lever', 0, [0, 10]),
      'toy.s': { key: 'toy.s', def: seriesDef, value: { 2024: 10 }, distribution: seriesDist, origin: { kind: 'registry' } },
    },
  };
}

export function toyRunner(): ModelRunner & { runs: number } {
  const runner = {
    runs: 0,
    layout: {
      years: [2024, 2025],
      series: [
        { metric: 'toy.y', sector: 'po' as const, breakdown: 'all', unit: 'fte' as const },
        { metric: 'toy.z', sector: 'po' as const, breakdown: 'all', unit: 'fte' as const },
      ],
    },
    run(values: ParamValues, out: Float64Array) {
      runner.runs++;
      const num = (k: string) => values[k] as number;
      const s = (values['toy.s'] as YearSeries)[2024];
      const y = 3 * num('toy.a') - num('toy.b') + s;
      const z = num('toy.lever') - num('toy.a');
      out[0] = y;
      out[1] = y;
      out[2] = z;
      out[3] = z;
    },
  };
  return runner;
}

export type { ParamValue };
