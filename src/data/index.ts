// Public exports of src/data. Each area keeps its own barrel; src/index.ts re-exports them.
export * from './paths';
export * from './csv';
export * from './schema';
export * from './schemas';
export * from './read-table';
export * from './route-study-years';
export * from './partnership-schema';
export * from './partnership-file';
export * from './inflow-splice';
export * from './model-data';
export * from './validate-data-folder';
