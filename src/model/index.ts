// Public exports of src/model. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './domain';
export * from './result';
export * from './inputs';
