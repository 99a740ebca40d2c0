import type { ParamDef } from '../types';

/**
 * Every parameter definition of the model, grouped by concept in the files beside this one.
 * `src/params/registry.ts` assembles and checks them.
 */
export const PARAM_DEFS: readonly ParamDef[] = [];
