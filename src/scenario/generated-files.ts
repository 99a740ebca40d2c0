import { parametersMarkdown } from '../params/docs';
import { PARAM_DEFS } from '../params/defs';
import type { ParamDef } from '../params/types';
import { PLAIN_VALUE_RULE } from './keys';
import { scenarioJsonSchema } from './schema';

/** A file generated from code, with its path relative to the package root. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/**
 * The files generated from the registry and the scenario keys: `schema/scenario.schema.json`
 * and `docs/parameters.md`. `scripts/gen-docs.js` writes them; a test fails when the committed
 * copies differ.
 *
 * @example
 * generatedFiles().map((f) => f.path); // → ['schema/scenario.schema.json', 'docs/parameters.md']
 */
export function generatedFiles(defs: readonly ParamDef[] = PARAM_DEFS): GeneratedFile[] {
  return [
    { path: 'schema/scenario.schema.json', text: JSON.stringify(scenarioJsonSchema(defs), null, 2) + '\n' },
    { path: 'docs/parameters.md', text: parametersMarkdown(defs, PLAIN_VALUE_RULE) },
  ];
}
