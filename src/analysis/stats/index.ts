export { regularizedIncompleteBeta, inverseRegularizedIncompleteBeta } from './incompleteBeta';
export { studentTCdf, studentTQuantile } from './studentT';
export { wilsonInterval, clopperPearsonInterval, signTestPValue } from './binomialInterval';
export { normalQuantile } from './normalQuantile';
