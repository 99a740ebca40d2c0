import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAM_DEFS } from '../../src/params/defs';
import { generatedFiles } from '../../src/scenario/generated-files';
import { SCENARIO_KEYS } from '../../src/scenario/keys';
import { scenarioJsonSchema } from '../../src/scenario/schema';
import { TEST_DEFS } from './fixtures/registry';

const ROOT = join(__dirname, '..', '..');

describe('generated files (one source of truth)', () => {
  for (const f of generatedFiles()) {
    it(`${f.path} is up to date with the code`, () => {
      let committed = '';
      try {
        committed = readFileSync(join(ROOT, f.path), 'utf8');
      } catch {
        committed = '(missing)';
      }
      // A plain equality assertion would print 100 kB; say what to do instead.
      expect(committed === f.text, `stale: run npm run gen-docs (${f.path} differs from what the code generates)`).toBe(true);
    });
  }
});

describe('scenario JSON Schema', () => {
  const schema = scenarioJsonSchema(TEST_DEFS) as {
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { properties?: Record<string, Record<string, unknown>>; additionalProperties?: boolean; minimum?: number; maximum?: number }>;
  };
  it('has exactly the scenario keys, title required, nothing else allowed', () => {
    expect(Object.keys(schema.properties)).toEqual(SCENARIO_KEYS.map((k) => k.key));
    expect(schema.required).toEqual(['title']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.horizon).toMatchObject({ type: 'integer', minimum: 2025, maximum: 2040 });
  });
  it('lists every registry parameter with its own shape and bounds', () => {
    const params = schema.properties.parameters;
    expect(params.additionalProperties).toBe(false);
    expect(Object.keys(params.properties!)).toEqual(TEST_DEFS.map((d) => d.key));
    expect(params.properties!['sop.trajectory']).toMatchObject({ type: 'string', enum: ['logistic', 'target', 'frozen'] });
    expect(params.properties!['sop.target.share.po'].anyOf).toEqual([
      { type: 'number', minimum: 0, maximum: 1 },
      { $ref: '#/definitions/distribution' },
    ]);
    expect((params.properties!['inflow.pabo'].anyOf as unknown[])[1]).toEqual({ $ref: '#/definitions/seriesDistribution' });
  });
  it('the real registry gives one property per parameter', () => {
    const real = scenarioJsonSchema(PARAM_DEFS) as typeof schema;
    expect(Object.keys(real.properties.parameters.properties!)).toHaveLength(PARAM_DEFS.length);
  });
});
