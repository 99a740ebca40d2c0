import * as path from 'node:path';

/**
 * The package's root folder, where `data/`, `scenarios/` and `schema/` live.
 * Works both from `src/data/paths.ts` (tests) and `dist/data/paths.js` (built package).
 *
 * @example
 * packageRoot(); // → '/path/to/sop2030'
 */
export function packageRoot(): string {
  return path.resolve(__dirname, '..', '..');
}

/**
 * The bundled data folder.
 *
 * @example
 * defaultDataDir(); // → '/path/to/sop2030/data'
 */
export function defaultDataDir(): string {
  return path.join(packageRoot(), 'data');
}

/**
 * The bundled scenarios folder.
 *
 * @example
 * bundledScenarioDir(); // → '/path/to/sop2030/scenarios'
 */
export function bundledScenarioDir(): string {
  return path.join(packageRoot(), 'scenarios');
}
