// Public exports of src/model. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './domain';
export * from './result';
export * from './inputs';
export { METRICS, buildLayout, seriesId } from './layout';
export type { MetricCode, IndexedLayout } from './layout';
export { planModel, scenarioValues, INDICATOR_ROUTES } from './plan';
export type { ModelPlan, PlanOptions, AppliedRule } from './plan';
export { runModel } from './run';
export { tidyRows } from './tidy';
export type { TidyRow } from './tidy';
export { runScenario } from './run-scenario';
export { stepRoute, clamp01 } from './pipeline';
export { mentorsRequired, capFactors, cellCapFactors, nextMentors } from './capacity';
export { sopTrend, nationalLogitAt, projectSectorShare, logit, expit } from './sop-share';
export type { SopTrend, SopTrajectory } from './sop-share';
export { spreadBands, WORKFORCE_MIN_AGE, WORKFORCE_MAX_AGE } from './workforce-nl';
export * from './workforce';
export { embedOwnPartnerships, baseYearSopCells, REST_OF_COUNTRY_NAME } from './own-partnerships';
