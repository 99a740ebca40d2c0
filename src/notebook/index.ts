// Public exports of src/notebook: small conveniences for the notebooks (tables, data frames,
// scenario variants, a partnership's own plan). Each area keeps its own barrel; src/index.ts re-exports them.
export { htmlTable } from './html-table';
export { bandTable, type BandTableOptions } from './band-table';
export { toDataFrame, type DataFrameOptions } from './data-frame';
export { scenarioVariant, type VariantOptions } from './scenario-variant';
export { NO_EFFECT_OVERRIDES } from './effects';
export { parsePartnershipCsv, ownPartnershipData } from './own-partnership';
