import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors';
import { PARAM_DEFS } from '../../src/params/defs';
import { distributionMedian } from '../../src/params/distribution';
import { buildRegistry, checkRegistry, getParam, REGISTRY } from '../../src/params/registry';
import type { ParamDef } from '../../src/params/types';
import { TEST_DEFS } from '../scenario/fixtures/registry';

const scalar = TEST_DEFS.find((d) => d.key === 'capacity.mentor_attrition') as Extract<ParamDef, { kind: 'scalar' }>;
const series = TEST_DEFS.find((d) => d.key === 'inflow.pabo') as Extract<ParamDef, { kind: 'series' }>;
const choice = TEST_DEFS.find((d) => d.key === 'sop.trajectory') as Extract<ParamDef, { kind: 'choice' }>;
const check = (defs: ParamDef[]): string[] => checkRegistry(defs).map(formatProblem);

describe('checkRegistry on the real definitions (PARAM_DEFS)', () => {
  it('finds no problems: every parameter has labels, unit, source, default = median, supports within bounds', () => {
    expect(check([...PARAM_DEFS])).toEqual([]);
  });
  it('REGISTRY holds every definition once, in order', () => {
    expect([...REGISTRY.keys()]).toEqual(PARAM_DEFS.map((d) => d.key));
  });
});

describe('checkRegistry rules (one broken definition each)', () => {
  it('accepts the test registry', () => {
    expect(check([...TEST_DEFS])).toEqual([]);
  });
  it('unique keys', () => {
    expect(check([scalar, { ...scalar }])).toEqual(['src/params/defs: capacity.mentor_attrition: expected a unique key, found a second definition with this key']);
  });
  it('dotted key syntax', () => {
    expect(check([{ ...choice, key: 'Trajectory' }])).toEqual([
      "src/params/defs: Trajectory: expected a dotted key such as group.name (lower-case segments), found 'Trajectory'",
    ]);
    expect(check([{ ...choice, key: 'sop..trajectory' }])).toHaveLength(1);
  });
  it('labels in both languages, unit, description, source', () => {
    expect(check([{ ...choice, label: { nl: ' ', en: '' }, unit: 'furlongs' as never, description: '', source: '' }])).toEqual([
      'src/params/defs: sop.trajectory: expected a Dutch label (label.nl), found an empty label',
      'src/params/defs: sop.trajectory: expected an English label (label.en), found an empty label',
      "src/params/defs: sop.trajectory: expected a unit among persons, fte, share, eur, hours, rate, factor, years, count, year, eur_per_person, hours_per_person, persons_per_mentor, none, found 'furlongs'",
      'src/params/defs: sop.trajectory: expected a description, found an empty description',
      'src/params/defs: sop.trajectory: expected a source (data card, research key or assumption), found an empty source',
    ]);
  });
  it('an assumption needs a range', () => {
    expect(check([{ ...scalar, distribution: undefined, bounds: [0.1, 0.1] }])).toEqual([
      'src/params/defs: capacity.mentor_attrition: expected an assumption with a range (a distribution or bounds low < high), found neither',
    ]);
  });
  it('default within bounds', () => {
    expect(check([{ ...scalar, distribution: undefined, default: 1.5 }])).toEqual([
      'src/params/defs: capacity.mentor_attrition: expected a default within bounds [0, 1], found 1.5',
    ]);
  });
  it('distribution support within bounds', () => {
    expect(check([{ ...scalar, default: 0.5, distribution: { type: 'uniform', min: 0, max: 1.0001 } }])).toContain(
      'src/params/defs: capacity.mentor_attrition: expected a distribution whose support lies within bounds [0, 1], found uniform(min 0, max 1.0001) with support [0, 1.0001]',
    );
  });
  it('default equals the median (1e-9 relative), with the median to copy', () => {
    const d = { type: 'triangular', min: 0, mode: 0.1, max: 0.3 } as const;
    const m = distributionMedian(d);
    expect(check([{ ...scalar, default: 0.1, distribution: d }])).toEqual([
      `src/params/defs: capacity.mentor_attrition: expected a default equal to the median of its distribution (${m}), found 0.1. set default to ${m} or change the distribution`,
    ]);
    expect(check([{ ...scalar, default: m * (1 + 5e-10), distribution: d }])).toEqual([]);
    expect(check([{ ...scalar, default: m * (1 + 5e-9), distribution: d }])).toHaveLength(1);
  });
  it('series: a scale factor with median 1, within uncertaintyBounds, values stay within bounds', () => {
    expect(check([{ ...series, distribution: { type: 'uniform', min: 0.9, max: 1.2 } }])).toEqual([
      'src/params/defs: inflow.pabo: expected a scale factor whose median is 1, found uniform(min 0.9, max 1.2) with median 1.05',
    ]);
    expect(check([{ ...series, seriesUncertainty: 'shift', distribution: { type: 'uniform', min: -100, max: 100 }, uncertaintyBounds: undefined }])).toEqual([]);
    expect(check([{ ...series, seriesUncertainty: undefined }])).toEqual([
      "src/params/defs: inflow.pabo: expected seriesUncertainty 'scale' or 'shift' (the series has a distribution), found undefined",
    ]);
    expect(check([{ ...series, bounds: [0, 9000] }])).toEqual([
      'src/params/defs: inflow.pabo: expected series values within bounds [0, 9000] under every factor of uniform(min 0.9, max 1.1), found a range [5020.2, 9737.2]',
    ]);
    expect(check([{ ...series, default: { 2024: 5900, 1999: 1 } }])).toEqual([
      "src/params/defs: inflow.pabo: expected default series years as whole years from 2000, found '1999'",
    ]);
  });
  it('choice default among options', () => {
    expect(check([{ ...choice, default: 'linear' }])).toEqual([
      "src/params/defs: sop.trajectory: expected a default among the options (logistic, target, frozen), found 'linear'",
    ]);
  });
});

describe('getParam', () => {
  const reg = buildRegistry(TEST_DEFS);
  it('returns the definition', () => {
    expect(getParam('sop.trajectory', reg)).toBe(choice);
  });
  it('throws an InputError with "did you mean" for an unknown key', () => {
    expect(() => getParam('sop.trajectroy', reg)).toThrow(
      "key: expected a parameter key of the registry, found 'sop.trajectroy'. did you mean 'sop.trajectory'?",
    );
  });
});
