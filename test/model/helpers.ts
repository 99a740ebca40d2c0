import { REGISTRY } from '../../src/params/registry';
import { registryDefaults } from '../../src/scenario/resolve';
import type { ParamValue } from '../../src/params/types';
import type { ResolvedScenario } from '../../src/scenario/types';
import type { ModelData } from '../../src/model/inputs';

/** A scenario with every registry default, optionally overridden (values only). */
export function defaultScenario(overrides: Record<string, ParamValue> = {}, horizon = 2030, id = 'test'): ResolvedScenario {
  const params = registryDefaults(REGISTRY);
  for (const [k, v] of Object.entries(overrides)) {
    if (!params[k]) throw new Error(`unknown key ${k}`);
    params[k] = { ...params[k], value: v };
  }
  return { id, title: id, horizon, files: [], params };
}

/** A small hand-built data set with the FACTS orders of magnitude. */
export function tinyData(partnerships = true): ModelData {
  const flat = (v: number, from = 2012, to = 2024) => {
    const s: Record<number, number> = {};
    for (let y = from; y <= to; y++) s[y] = v;
    return s;
  };
  const inflow = { pabo: flat(6000), 'hbo-2e-graads': flat(7000), 'hbo-1e-graads': flat(1800), ulo: flat(1000), pdg: {}, 'zij-instroom': flat(1800, 2018) };
  const bands = (vals: number[]) =>
    [
      [20, 29],
      [30, 39],
      [40, 49],
      [50, 59],
      [60, 99],
    ].map(([ageFrom, ageTo], i) => ({ ageFrom, ageTo, value: vals[i] }));
  return {
    inflowObserved: inflow,
    sopShareObserved: { 2010: 0.13, 2011: 0.15, 2012: 0.17, 2013: 0.17, 2014: 0.18, 2015: 0.21, 2016: 0.23, 2017: 0.27, 2018: 0.33, 2019: 0.37, 2020: 0.36, 2021: 0.44, 2022: 0.5 },
    sopComposition: { year: 2021, po: 0.48, vo: 0.44, mbo: 0.07, mixed: 0.01 },
    shortageFte: { po: { 2024: 7700 }, vo: { 2024: 3800 }, mbo: { 2024: 1650 } },
    employmentFte: { po: { 2024: 101000 }, vo: { 2024: 65500 }, mbo: { 2024: 27000 } },
    pupils: { po: { 2024: 1450000, 2030: 1430000 }, vo: { 2024: 940000, 2029: 900000 }, mbo: { 2024: 469000, 2030: 455000 } },
    ageProfile: { po: bands([0.2, 0.25, 0.2, 0.2, 0.15]), vo: bands([0.12, 0.22, 0.22, 0.24, 0.2]), mbo: bands([0.1, 0.2, 0.22, 0.26, 0.22]) },
    outflowByAge: { po: bands([0.067, 0.033, 0.036, 0.05, 0.242]), vo: bands([0.075, 0.038, 0.037, 0.035, 0.194]), mbo: bands([0.093, 0.059, 0.054, 0.04, 0.19]) },
    partnerships: partnerships
      ? [
          { id: 'P001', name: 'A', sector: 'po', onderwijsregio: 'R1', students: { pabo: [300, 250, 200, 200] }, mentorsAvailable: 500, schoolopleiders: 10 },
          { id: 'P002', name: 'B', sector: 'vo', onderwijsregio: 'R1', students: { 'hbo-2e-graads': [200, 150, 150, 100], ulo: [50, 10] }, mentorsAvailable: 300, schoolopleiders: 8 },
          { id: 'P003', name: 'C', sector: 'mbo', onderwijsregio: 'R2', students: { 'hbo-2e-graads': [50, 40, 40, 30], pdg: [30] }, mentorsAvailable: 80, schoolopleiders: 3 },
        ]
      : [],
    files: [],
  } as ModelData;
}
