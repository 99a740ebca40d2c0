import * as path from 'node:path';

/**
 * The package's root folder, where `data/`, `scenarios/` and `schema/` live.
 * Works both from `src/data/paths.ts` (tests) and `dist/data/paths.js` (built package).
 */
export function packageRoot(): string {
  return path.resolve(__dirname, '..', '..');
}

/** The bundled data folder. */
export function defaultDataDir(): string {
  return path.join(packageRoot(), 'data');
}

/** The bundled scenarios folder. */
export function bundledScenarioDir(): string {
  return path.join(packageRoot(), 'scenarios');
}
