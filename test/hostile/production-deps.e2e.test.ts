/**
 * Dependency surface (issue #15): the `sop` command runs on the production dependencies alone.
 * The package is laid out as npm would publish it (its `files`), installed with
 * `npm ci --omit=dev` from the lock file, and the built `sop run`, `sop mentors` and `sop validate`
 * are run there: no tslab, no danfojs-node, nothing of the dev dependencies.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers';
import { scratch } from './helpers';

const tmp = scratch('sop-prod-deps-');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('production dependencies only', () => {
  it('sop run, mentors and validate work with only the production dependencies installed', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      files: string[]; dependencies: Record<string, string>; devDependencies: Record<string, string>;
    };
    for (const notebookOnly of ['tslab', 'danfojs-node']) {
      expect(pkg.dependencies[notebookOnly], `${notebookOnly} must not be a production dependency`).toBeUndefined();
      expect(pkg.devDependencies[notebookOnly]).toBeDefined();
    }
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    for (const f of [...pkg.files, 'package.json', 'package-lock.json']) fs.cpSync(path.join(ROOT, f), path.join(app, f), { recursive: true });
    const install = spawnSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: app, encoding: 'utf8', timeout: 240_000, env: { ...process.env, npm_config_loglevel: 'error' },
    });
    expect(install.status, install.stderr).toBe(0);
    const installed = fs.readdirSync(path.join(app, 'node_modules'));
    for (const dev of ['tslab', 'danfojs-node', '@tensorflow', 'vitest', 'typescript', 'fast-check', 'playwright-core']) expect(installed).not.toContain(dev);
    for (const dep of Object.keys(pkg.dependencies)) expect(fs.existsSync(path.join(app, 'node_modules', dep)), dep).toBe(true);

    const sop = (args: string[]) => spawnSync(process.execPath, [path.join(app, 'bin', 'sop.js'), ...args], {
      cwd: app, encoding: 'utf8', timeout: 120_000, env: { ...process.env, SOP_DEBUG: '', NO_COLOR: '1', NODE_PATH: '' },
    });
    const run = sop(['run', 'baseline', 'ambitie-2030', '--draws', '20', '--out', 'out/run']);
    expect(run.status, run.stderr).toBe(0);
    for (const f of ['summary.csv', 'comparison.csv', 'results.xlsx', 'report.html', 'manifest.json']) expect(fs.existsSync(path.join(app, 'out/run', f)), f).toBe(true);
    const mentors = sop(['mentors', 'data/partnerships/template.xlsx', '--draws', '10', '--out', 'out/mentors']);
    expect(mentors.status, mentors.stderr).toBe(0);
    const validate = sop(['validate', 'scenarios/ambitie-2030.yaml', 'data/partnerships/template.csv']);
    expect(validate.status, validate.stderr).toBe(0);
    const lm = sop(['laerermod', '--out', 'out/lm', '--quiet']);
    expect(lm.status, lm.stderr).toBe(0);
  }, 400_000);
});
