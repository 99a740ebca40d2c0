// Public exports of src/scenario. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './types';
