import type { ParamDef } from '../types';
import { CAPACITY_DEFS } from './capacity';
import { EFFECT_DEFS } from './effects';
import { FUNDING_DEFS } from './funding';
import { IMPACT_DEFS } from './impact';
import { PIPELINE_DEFS } from './pipeline';
import { SOP_DEFS } from './sop';
import { WORKFORCE_DEFS } from './workforce';
import { withDirections } from './directions';

/**
 * Every parameter definition of the model, grouped by concept in the files beside this one.
 * `src/params/registry.ts` assembles and checks them; directions.ts adds each one's expected
 * effect on the shortage and its stage.
 */
export const PARAM_DEFS: readonly ParamDef[] = withDirections([
  ...PIPELINE_DEFS,
  ...SOP_DEFS,
  ...CAPACITY_DEFS,
  ...FUNDING_DEFS,
  ...WORKFORCE_DEFS,
  ...EFFECT_DEFS,
  ...IMPACT_DEFS,
]);
