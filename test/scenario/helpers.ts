import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/errors';
import { validateScenarioFile } from '../../src/scenario/load';
import { TEST_DEFS } from './fixtures/registry';

/** The fixtures folder. */
export const FIXTURES = join(__dirname, 'fixtures');

/** A fresh temporary folder for scenario files written by a test. */
export function tmpScenarioDir(): string {
  return mkdtempSync(join(tmpdir(), 'sop-scenario-'));
}

/** Writes `text` to `dir/name` and returns the formatted problems of validating it (test registry). */
export function problemsOf(dir: string, name: string, text: string | Buffer): string[] {
  writeFileSync(join(dir, name), text);
  return validateScenarioFile(name, { cwd: dir, defs: TEST_DEFS, scenarioDir: join(FIXTURES, 'bundled') }).map(formatProblem);
}
