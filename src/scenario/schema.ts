import { MAX_HORIZON } from '../model/domain';
import { DISTRIBUTION_FIELDS, DISTRIBUTION_TYPES, distributionText } from '../params/distribution';
import { paramValueText } from '../params/docs';
import { MIN_SERIES_YEAR } from '../params/registry';
import type { ParamDef } from '../params/types';
import { PLAIN_VALUE_RULE, SCENARIO_KEYS, TEXT_LANGUAGES, type ScenarioKeyDef } from './keys';
import { dataFolderBaseYear } from '../data/model-data';
import { DISTRIBUTION_KEY, SERIES_KEY } from './param-override';

/**
 * The JSON Schema (draft-07, which editors such as the YAML language server support) of scenario
 * files, generated from the scenario keys (src/scenario/keys.ts) and the registry, so it cannot
 * drift from what the loader accepts. The loader stays the authority: it also checks what a
 * schema cannot say (distribution supports within bounds, medians, `extends` chains).
 */

type JsonSchema = Record<string, unknown>;

const numberIn = (b: readonly [number, number]): JsonSchema => {
  const s: JsonSchema = { type: 'number' };
  if (Number.isFinite(b[0])) s.minimum = b[0];
  if (Number.isFinite(b[1])) s.maximum = b[1];
  return s;
};

/** `^(2000|2001|…|2040)$`: the year keys a series accepts. */
function yearPattern(): string {
  const years: number[] = [];
  for (let y = MIN_SERIES_YEAR; y <= MAX_HORIZON; y++) years.push(y);
  return `^(${years.join('|')})$`;
}

function yearMap(bounds: readonly [number, number]): JsonSchema {
  return {
    type: 'object',
    description: `Year → value (whole years ${MIN_SERIES_YEAR}–${MAX_HORIZON}).`,
    minProperties: 1,
    propertyNames: { $ref: '#/definitions/year' },
    additionalProperties: numberIn(bounds),
  };
}

/** One `{distribution: type, …}` variant per type; `withSeries` adds the optional `series` map. */
function distributionVariants(withSeries: boolean): JsonSchema[] {
  return DISTRIBUTION_TYPES.map((type) => {
    const f = DISTRIBUTION_FIELDS[type];
    const properties: Record<string, JsonSchema> = { [DISTRIBUTION_KEY]: { const: type } };
    for (const k of [...f.required, ...f.optional])
      properties[k] = k === 'values' || k === 'weights' ? { type: 'array', items: { type: 'number' }, minItems: 1 } : { type: 'number' };
    if (withSeries) properties[SERIES_KEY] = { $ref: '#/definitions/yearMap' };
    return {
      type: 'object',
      title: type,
      required: [DISTRIBUTION_KEY, ...f.required],
      additionalProperties: false,
      properties,
    };
  });
}

function paramDescription(def: ParamDef): string {
  const parts = [`${def.label.en} (${def.label.nl}). Unit: ${def.unit}.`, def.description];
  parts.push(`Default: ${paramValueText(def.default)}.`);
  if (def.kind !== 'choice') {
    parts.push(`Bounds: [${def.bounds[0]}, ${def.bounds[1]}].`);
    if (def.distribution)
      parts.push(`Registry distribution: ${distributionText(def.distribution)}${def.kind === 'series' ? ` (${def.seriesUncertainty ?? 'scale'} of the whole series)` : ''}.`);
  }
  parts.push(`Source: ${def.source}.`);
  return parts.join(' ');
}

function paramSchema(def: ParamDef): JsonSchema {
  const description = paramDescription(def);
  switch (def.kind) {
    case 'choice':
      return { description, type: 'string', enum: [...def.options] };
    case 'scalar':
      return { description, anyOf: [numberIn(def.bounds), { $ref: '#/definitions/distribution' }] };
    case 'series':
      return {
        description,
        anyOf: [
          { ...yearMap(def.bounds), description: undefined },
          { $ref: '#/definitions/seriesDistribution' },
        ].map((s) => JSON.parse(JSON.stringify(s)) as JsonSchema),
      };
  }
}

function keySchema(k: ScenarioKeyDef, defs: readonly ParamDef[]): JsonSchema {
  switch (k.type) {
    case 'string':
      return { description: k.description, type: 'string', minLength: 1 };
    case 'text':
      return {
        description: k.description,
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: [...TEXT_LANGUAGES],
            properties: Object.fromEntries(TEXT_LANGUAGES.map((l) => [l, { type: 'string', minLength: 1 }])),
          },
        ],
      };
    case 'string-list':
      return { description: k.description, type: 'array', items: { type: 'string' } };
    case 'horizon':
      return { description: k.description, type: 'integer', minimum: dataFolderBaseYear() + 1, maximum: MAX_HORIZON };
    case 'parameters': {
      const properties: Record<string, JsonSchema> = {};
      for (const d of defs) properties[d.key] = paramSchema(d);
      return { description: k.description, type: ['object', 'null'], additionalProperties: false, properties };
    }
  }
}

/**
 * The JSON Schema of scenario files for a list of parameter definitions.
 *
 * @example
 * const schema = scenarioJsonSchema(PARAM_DEFS);
 * schema.required; // → ['title']
 */
export function scenarioJsonSchema(defs: readonly ParamDef[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const k of SCENARIO_KEYS) properties[k.key] = keySchema(k, defs);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://sop2030.local/schema/scenario.schema.json',
    title: 'SO&P 2030 scenario file',
    description:
      'One scenario per file; its id is the file stem. Generated from src/scenario/keys.ts and the parameter registry ' +
      `by \`npm run gen-docs\`: do not edit by hand. ${PLAIN_VALUE_RULE}`,
    type: 'object',
    required: SCENARIO_KEYS.filter((k) => k.required).map((k) => k.key),
    additionalProperties: false,
    properties,
    definitions: {
      year: { description: `A whole year from ${MIN_SERIES_YEAR} to ${MAX_HORIZON}.`, type: 'string', pattern: yearPattern() },
      yearMap: { type: 'object', minProperties: 1, propertyNames: { $ref: '#/definitions/year' }, additionalProperties: { type: 'number' } },
      distribution: {
        description: 'An uncertainty distribution: the parameter is sampled from it in ensembles; its median is the deterministic value.',
        oneOf: distributionVariants(false),
      },
      seriesDistribution: {
        description:
          'A distribution of the factor (scale) or shift applied to the whole series, with median 1 (scale) or 0 (shift); ' +
          `optionally with the series itself under "${SERIES_KEY}".`,
        oneOf: distributionVariants(true),
      },
    },
  };
}
