#!/usr/bin/env node
// Refreshes the golden baselines in test/golden/ (one CSV per bundled scenario) on purpose:
// runs the golden test with UPDATE_GOLDEN=1, which rewrites the files instead of comparing.
// Review the diff (git diff test/golden) and say why results changed in CHANGELOG.md.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'test/golden'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, UPDATE_GOLDEN: '1' },
});
process.exit(result.status ?? 1);
