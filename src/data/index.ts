// Public exports of src/data. Each area keeps its own barrel; src/index.ts re-exports them.
export {};
export * from './paths';
