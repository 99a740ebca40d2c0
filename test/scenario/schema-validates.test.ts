import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bundledScenarioDir } from '../../src/data/paths';
import { PARAM_DEFS } from '../../src/params/defs';
import { listBundledScenarios } from '../../src/scenario/load';
import { scenarioJsonSchema } from '../../src/scenario/schema';
import { TEST_DEFS } from './fixtures/registry';
import { FIXTURES } from './helpers';

// ajv 6 (draft-07) is present through danfojs-node; it is used here only to prove that the
// generated schema accepts what the loader accepts and rejects the obvious errors editors should flag.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Ajv = require('ajv') as new (o?: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] } };

const yamlOf = (file: string): unknown => parse(readFileSync(file, 'utf8'));

describe('the generated JSON Schema agrees with the loader', () => {
  it('accepts every bundled scenario (real registry)', () => {
    const validate = new Ajv({ allErrors: true }).compile(scenarioJsonSchema(PARAM_DEFS));
    for (const id of listBundledScenarios()) {
      const ok = validate(yamlOf(join(bundledScenarioDir(), `${id}.yaml`)));
      expect({ id, ok, errors: validate.errors ?? null }).toEqual({ id, ok: true, errors: null });
    }
  });

  it('accepts the valid fixtures and rejects typical mistakes (test registry)', () => {
    const validate = new Ajv({ allErrors: true }).compile(scenarioJsonSchema(TEST_DEFS));
    for (const f of ['base.yaml', 'child.yaml', 'grandchild.yaml']) expect(validate(yamlOf(join(FIXTURES, f)))).toBe(true);
    const bad: unknown[] = [
      { description: 'no title' },
      { title: 'T', horizn: 2030 },
      { title: 'T', horizon: 2041 },
      { title: 'T', parameters: { 'sop.trajectroy': 'target' } },
      { title: 'T', parameters: { 'sop.target.share.po': 1.2 } },
      { title: 'T', parameters: { 'sop.trajectory': 'taget' } },
      { title: 'T', parameters: { 'inflow.pabo': { '2025.5': 6000 } } },
      { title: 'T', parameters: { 'inflow.pabo': 6000 } },
      { title: 'T', parameters: { 'sop.trend.slope_factor': { distribution: 'pert', min: 0.5, mod: 1, max: 1.5 } } },
      { title: { nl: 'Alleen Nederlands' } },
      { title: { nl: 'T', en: 'T', de: 'T' } },
      { title: { nl: '', en: 'T' } },
      { title: 'T', description: { en: 'only English' } },
    ];
    for (const b of bad) expect({ b, ok: validate(b) }).toEqual({ b, ok: false });
    // a title and description in both languages, or a plain text
    for (const good of [{ title: { nl: 'Basis', en: 'Baseline' }, description: { nl: 'Tekst', en: 'Text' } }, { title: 'T', description: 'D' }]) {
      expect(validate(good)).toBe(true);
    }
  });
});
