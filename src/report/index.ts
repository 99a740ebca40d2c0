// Public exports of src/report: output tables, charts, the HTML report and the output folder.
// Heavy libraries (vega, vega-lite, xlsx) are required lazily inside the functions that use them.
export * from './labels';
export * from './sort-rows';
export * from './csv';
export * from './display-format';
export * from './headline';
export * from './impact-section';
export * from './assumptions';
export * from './xlsx-writer';
export * from './html-report';
export * from './manifest';
export * from './output-folder';
export * from './write-outputs';
export * from './charts';
export * from './mentor-plan';
export * from './plan-outputs';
export { planPartnerships, growthPaths, type PlanPartnershipsOptions, type PartnershipPlansResult, type PlanEnsembleOutput } from './partnership-plans-run';
