// Public exports of src/cli. Each area keeps its own barrel; src/index.ts re-exports them.
export {};
