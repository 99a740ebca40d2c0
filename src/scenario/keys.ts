import { MAX_HORIZON } from '../model/domain';

/**
 * The top-level keys of a scenario file (DESIGN.md §4), defined once: the loader validates
 * against this list and the JSON Schema is generated from it.
 */

/** The value type of a top-level scenario key. */
export type ScenarioKeyType = 'string' | 'text' | 'string-list' | 'horizon' | 'parameters';

/**
 * What users read may come in both languages: a `text` key is a plain string (shown as is in both
 * languages) or a mapping `{nl: …, en: …}` with both texts.
 */
export const TEXT_LANGUAGES = ['nl', 'en'] as const;

/** One top-level key of a scenario file. */
export interface ScenarioKeyDef {
  key: string;
  type: ScenarioKeyType;
  required: boolean;
  /** Shown by editors (JSON Schema `description`) and in the docs. */
  description: string;
}

/** Largest scenario file accepted, in bytes (1 MB = 1,048,576 bytes), checked before parsing. */
export const MAX_SCENARIO_FILE_BYTES = 1024 * 1024;

/** Most YAML aliases (`*name`) a scenario file may hold; more is treated as an alias bomb. */
export const MAX_YAML_ALIASES = 100;

/**
 * The rule for a parameter given as a plain value (number, year map or option) in a scenario:
 * the parameter becomes fixed at that value, dropping any distribution it had. To keep
 * uncertainty, give a distribution instead (its median becomes the deterministic value).
 */
export const PLAIN_VALUE_RULE =
  'A plain value (a number, a year → value map or an option) fixes the parameter at that value and drops any ' +
  'distribution it inherited; give a distribution object ({distribution: …}) to keep it uncertain (its median is ' +
  'then the deterministic value). For a series, the year map replaces the inherited series from its first year on ' +
  '(earlier years are kept); years between points are interpolated, and the last point is carried forward.';

/**
 * The top-level keys, in the order they are usually written.
 *
 * @example
 * SCENARIO_KEYS.map((k) => k.key);
 * // → ['title', 'description', 'author', 'references', 'extends', 'horizon', 'parameters']
 */
export const SCENARIO_KEYS: readonly ScenarioKeyDef[] = [
  {
    key: 'title',
    type: 'text',
    required: true,
    description: 'Short title of the scenario (required): a text, or {nl: …, en: …} with the title in Dutch and in English.',
  },
  {
    key: 'description',
    type: 'text',
    required: false,
    description: 'What the scenario represents and on what evidence: a text, or {nl: …, en: …} in Dutch and in English.',
  },
  { key: 'author', type: 'string', required: false, description: 'Who wrote the scenario.' },
  { key: 'references', type: 'string-list', required: false, description: 'Sources the scenario rests on (a list of strings).' },
  {
    key: 'extends',
    type: 'string',
    required: false,
    description:
      'Parent scenario: a bare name is a bundled scenario (scenarios/<name>.yaml); a name with a "/" or ending in ' +
      '".yaml" is a path relative to this file. Without it the parent is the registry defaults.',
  },
  {
    key: 'horizon',
    type: 'horizon',
    required: false,
    description: `Last projected year, a whole year with B < horizon ≤ ${MAX_HORIZON}, where the base year B is the last year with a measured shortage in all three sectors (data/shortage.csv). Default: the parent's, else 2030.`,
  },
  {
    key: 'parameters',
    type: 'parameters',
    required: false,
    description: `Sparse overrides of registry parameters by key. ${PLAIN_VALUE_RULE}`,
  },
];

/** The key names, for "did you mean". */
export const SCENARIO_KEY_NAMES: readonly string[] = SCENARIO_KEYS.map((k) => k.key);
