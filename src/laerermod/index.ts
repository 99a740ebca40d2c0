// Public exports of src/laerermod: Statistics Norway's LÆRERMOD run through the workforce engine.
export * from './educations';
export * from './inputs';
export * from './read-inputs';
export * from './model';
export * from './number-format';
export * from './output';
export * from './uncertainty';
