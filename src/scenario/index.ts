// Public exports of src/scenario. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './types';
export { loadScenario, validateScenarioFile, listBundledScenarios, isPathRef, type LoadScenarioOptions } from './load';
export { resolvedValues, showRows, formatShow, type ShowRow } from './show';
export { scenarioJsonSchema } from './schema';
export { generatedFiles, type GeneratedFile } from './generated-files';
export { spliceSeries, registryDefaults, cliOptionFor, type CliOverrides } from './resolve';
export { validateOverride, type ParamOverride, type OverrideLocation } from './param-override';
export {
  SCENARIO_KEYS,
  SCENARIO_KEY_NAMES,
  PLAIN_VALUE_RULE,
  MAX_SCENARIO_FILE_BYTES,
  MAX_YAML_ALIASES,
  type ScenarioKeyDef,
  type ScenarioKeyType,
} from './keys';
export { scenarioIdOf } from './scenario-file';
