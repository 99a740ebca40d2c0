// Public exports of src/model/workforce: the generic age-structured workforce engine.
export * from './layout';
export * from './engine';
export * from './demographic';
export * from './summation';
export * from './step';
