// Public exports of src/params. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './types';
export { PARAM_DEFS } from './defs';
export {
  REGISTRY,
  PARAM_UNITS,
  PARAM_KEY_PATTERN,
  MIN_SERIES_YEAR,
  buildRegistry,
  getParam,
  checkRegistry,
  isAssumption,
  seriesRangeUnderFactor,
} from './registry';
export {
  DISTRIBUTION_FIELDS,
  DISTRIBUTION_TYPES,
  distributionMedian,
  distributionSupport,
  distributionShapeProblems,
  distributionText,
  nearlyEqual,
} from './distribution';
export { suggest, didYouMean, editDistance } from './suggest';
export { parametersMarkdown, paramValueText, PARAM_GROUP_TITLES } from './docs';
