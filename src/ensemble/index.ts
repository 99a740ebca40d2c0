// Public exports of src/ensemble. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './types';
export { RandomStream, streamSeedString, groupStreamName } from './streams';
export { inverseCdf, distributionMean, pertCdf, pertShape, type InverseCdf } from './distributions';
export { ParamSampler, deterministicValues, drawParameter } from './sample';
export { quantileSorted7, quantileFromOrderStatistics } from './quantile';
export { HistogramSketch, ExactStore, SKETCH_MARGIN, type CellQuantiles, type SketchSpec } from './summary';
export { quantileKey, rowOrder } from './rows';
export { loadModelModule, modelModulePath, type ModelModule, type ModelPlanLike, type EnsemblePlanOptions } from './model-module';
export {
  runEnsemble,
  runEnsembleSync,
  DEFAULT_MEMORY_BUDGET_BYTES,
  PILOT_DRAWS,
  STANDARD_QUANTILES,
  type EnsembleOptions,
  type EnsembleResult,
} from './run';
