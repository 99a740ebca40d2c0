// Public exports of src/analysis. Each area keeps its own barrel; src/index.ts re-exports them.
export {};
