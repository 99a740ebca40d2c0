// Public exports of src/report. Each area keeps its own barrel; src/index.ts re-exports them.
export {};
