// Public exports of src/params. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './types';
