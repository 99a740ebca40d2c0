// Public exports of src/ensemble. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './types';
