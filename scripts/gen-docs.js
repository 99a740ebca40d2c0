#!/usr/bin/env node
// Writes the files generated from the parameter registry and the scenario keys:
// schema/scenario.schema.json and docs/parameters.md. Run after `npm run build` (it reads dist/).
// `node scripts/gen-docs.js --check` writes nothing and exits 1 when a committed file is stale.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { generatedFiles } = require('../dist/scenario/generated-files');

const root = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const f of generatedFiles()) {
  const target = path.join(root, f.path);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (current === f.text) {
    console.log(`up to date  ${f.path}`);
    continue;
  }
  if (check) {
    console.error(`stale       ${f.path} (run npm run gen-docs)`);
    stale += 1;
    continue;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, f.text);
  console.log(`written     ${f.path}`);
}
process.exitCode = stale ? 1 : 0;
