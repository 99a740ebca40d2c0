import type { BacktestSeries } from '../../src/analysis/backtest';

/** FACTS.md §1a: new students, all forms (STAMOS 9.31.3, [S3]), 2009–2016. */
export const FACTS_INFLOW_YEARS = [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016];
export const FACTS_INFLOW: Record<string, number[]> = {
  pabo: [8852, 9119, 7913, 6984, 7445, 7568, 5046, 5578],
  'hbo-2e-graads': [7610, 7705, 7100, 6951, 7499, 7262, 7045, 7060],
  'hbo-1e-graads': [2182, 2098, 1985, 1828, 1865, 1839, 1756, 1849],
  ulo: [1100, 1193, 1303, 1299, 1351, 1222, 1116, 841],
};
/** FACTS.md §2a: share of students trained via SO&P ([S1]), 2010–2022. */
export const FACTS_SOP_YEARS = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
export const FACTS_SOP_SHARE = [0.13, 0.15, 0.17, 0.17, 0.18, 0.21, 0.23, 0.27, 0.33, 0.37, 0.36, 0.44, 0.5];

/** The FACTS series as backtest input. */
export function factsBacktestSeries(): BacktestSeries[] {
  return [
    ...Object.entries(FACTS_INFLOW).map(([route, values]) => ({ id: `inflow.${route}`, group: 'inflow', years: FACTS_INFLOW_YEARS, values })),
    { id: 'sop.share', group: 'sop-share', years: FACTS_SOP_YEARS, values: FACTS_SOP_SHARE, upper: 1 },
  ];
}
