#!/usr/bin/env node
'use strict';
// The `sop` command. All logic lives in dist/cli (built from src/cli by `npm run build`).
let main;
try {
  ({ main } = require('../dist/cli/main.js'));
} catch (e) {
  process.stderr.write(`sop: cannot load dist/cli/main.js (${e && e.message}); run \`npm run build\` first.\n`);
  process.exit(1);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`sop: internal error: ${e && e.message}\n`);
    process.exitCode = 1;
  },
);
