// Public exports of src/analysis. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './trend';
export * from './stats';
export * from './backtest';
export * from './outputs';
export * from './quantileValues';
export * from './prcc';
export * from './sensitivity';
export * from './solve';
export { ranks, pearson } from './stats/ranks';
export * from './registryBands';
export * from './backtestSeries';
export * from './defaultBacktest';
export * from './modelRunner';
export * from './charts';
export * from './routeMix';
export * from './inflowCorrelation';
export * from './hindcast';
export * from './publishedProjections';
