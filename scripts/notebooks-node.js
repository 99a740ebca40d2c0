#!/usr/bin/env node
'use strict';
/**
 * Runs notebooks end to end with tslab's own executor inside Node: no Jupyter needed.
 * This is the path `npm test` uses (test/notebooks/notebooks.test.ts).
 *
 * Each notebook runs in its own child process (tslab keeps global state: the executor, the
 * patched stdout, the display hook), with the notebook's folder as working directory, exactly as
 * the kernel does. Cells go through tslab's JupyterHandlerImpl, the same code the kernel runs for
 * an execute_request, so compile errors, thrown errors and rejected top-level awaits fail the same
 * way. A notebook fails at its first failing cell; the message names the notebook and the cell.
 *
 * Usage:
 *   node scripts/notebooks-node.js [NOTEBOOK…]          all of notebooks/*.ipynb when none given
 *   node scripts/notebooks-node.js --expect-fail NB…     exit 0 only if every notebook fails (harness self-test)
 *   options: --timeout SECONDS (per cell, default 300), --json FILE (write per-notebook results)
 *
 * Exit codes: 0 all passed (or, with --expect-fail, all failed); 1 otherwise; 2 bad usage.
 *
 * @example
 *   node scripts/notebooks-node.js notebooks/01-quickstart.ipynb
 *   // ok   notebooks/01-quickstart.ipynb: 5 code cells in 4.2 s
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const common = require('./notebooks-common');

/** Runs inside the child: executes one notebook and writes a JSON result to `resultFile`. */
async function child(fileArg, resultFile, cellTimeoutS) {
  const file = path.resolve(fileArg);
  const result = { file, ok: true, cells: [], failure: null };
  const save = () => fs.writeFileSync(resultFile, JSON.stringify(result));
  let current = null;
  const fail = (c, message) => {
    if (!result.ok) return;
    result.ok = false;
    result.failure = { cell: c ? common.describeCell(file, c) : common.displayPath(file), message };
  };
  process.on('unhandledRejection', (reason) => {
    fail(current, `unhandled promise rejection: ${reason && reason.stack ? reason.stack : reason}`);
  });
  process.on('uncaughtException', (err) => {
    fail(current, `uncaught exception: ${err && err.stack ? err.stack : err}`);
    save();
    process.exit(1);
  });

  const nb = common.readNotebook(file);
  process.chdir(path.dirname(path.resolve(file)));
  const { createConverter } = require('tslab/dist/converter');
  const { createExecutor } = require('tslab/dist/executor');
  const { JupyterHandlerImpl } = require('tslab/dist/jupyter');
  let node = null;
  const convs = {
    get node() {
      if (!node) node = createConverter({ isJS: false, isBrowser: false });
      return node;
    },
    get browser() {
      throw new Error('browser-mode cells (//%browser) are not supported by the Node notebook runner');
    },
    close() {
      if (node) node.close();
    },
  };
  const executor = createExecutor(process.cwd(), convs, { log: console.log, error: console.error });
  const handler = new JupyterHandlerImpl(executor, false);

  let count = 0;
  for (const c of common.codeCells(nb)) {
    if (c.source.trim() === '') continue;
    current = c;
    const outputs = [];
    const writeStream = (name, text) => {
      const last = outputs[outputs.length - 1];
      if (last && last.output_type === 'stream' && last.name === name) last.text += text;
      else outputs.push({ output_type: 'stream', name, text });
    };
    const writeDisplayData = (data) => {
      outputs.push({ output_type: 'display_data', data: data.data, metadata: data.metadata ?? {} });
    };
    const started = Date.now();
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ status: 'timeout' }), cellTimeoutS * 1000);
    });
    const reply = await Promise.race([
      handler.handleExecute(
        { code: c.source, silent: false, store_history: true, user_expressions: {}, allow_stdin: false },
        writeStream,
        writeDisplayData,
      ),
      timeout,
    ]);
    clearTimeout(timer);
    count += 1;
    const ms = Date.now() - started;
    result.cells.push({ index: c.index, codeNumber: c.codeNumber, status: reply.status, ms, outputs });
    if (reply.status === 'timeout') {
      fail(c, `cell did not finish within ${cellTimeoutS} s`);
    } else if (reply.status !== 'ok') {
      const stderr = outputs
        .filter((o) => o.output_type === 'stream' && o.name === 'stderr')
        .map((o) => o.text)
        .join('');
      const hint = /Cannot find module '\.\.\/dist'/.test(stderr)
        ? '\n(hint: notebooks import the built library; run `npm run build` first)'
        : '';
      fail(c, `cell failed (status ${reply.status})${stderr ? ':\n' + common.withoutRunnerFrames(stderr).trimEnd() : ''}${hint}`);
    }
    if (result.ok) {
      // Same rule as for stored notebooks: an exception or diagnostic printed to stderr is an error
      // output even when the cell itself completed (e.g. a caught error logged with console.error).
      const errorText = outputs.find((o) => o.name === 'stderr' && common.looksLikeError(o.text));
      if (errorText) fail(c, `cell wrote an error to stderr:\n${common.withoutRunnerFrames(errorText.text).trimEnd()}`);
    }
    if (!result.ok) break;
  }
  // Let late rejections of the last cell surface before we report success.
  await new Promise((resolve) => setTimeout(resolve, 50));
  result.executed = count;
  // Cells whose fresh outputs differ from the stored ones (informational: npm run notebooks refreshes them).
  const stored = new Map(common.codeCells(nb).map((c) => [c.index, c.cell.outputs ?? []]));
  const same = (a, b) => JSON.stringify(a.map(common.comparableOutput)) === JSON.stringify(b.map(common.comparableOutput));
  result.staleCells = result.cells.filter((c) => c.status === 'ok' && !same(c.outputs, stored.get(c.index) ?? [])).map((c) => c.index);
  save();
  process.exit(result.ok ? 0 : 1);
}

/** Runs one notebook in a child process; resolves to its result (never rejects). */
function runInChild(fileArg, cellTimeoutS) {
  const file = path.resolve(fileArg);
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nb-node-')), 'result.json');
  const nCells = common.codeCells(common.readNotebook(file)).length;
  const budgetMs = (cellTimeoutS * Math.max(nCells, 1) + 60) * 1000;
  const started = Date.now();
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [__filename, '--child', file, resultFile, String(cellTimeoutS)], {
      cwd: common.ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NOTEBOOK_RUNNER: 'node' },
    });
    let log = '';
    proc.stdout.on('data', (d) => (log += d));
    proc.stderr.on('data', (d) => (log += d));
    const killer = setTimeout(() => proc.kill('SIGKILL'), budgetMs);
    proc.on('close', (code, signal) => {
      clearTimeout(killer);
      let result;
      try {
        result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
      } catch {
        result = {
          file,
          ok: false,
          cells: [],
          failure: {
            cell: common.displayPath(file),
            message: signal
              ? `runner killed by ${signal} after ${common.seconds(Date.now() - started)}` +
                (signal === 'SIGKILL' ? ` (notebook budget ${budgetMs / 1000} s exceeded)` : '')
              : `runner exited with code ${code} before reporting` + (log ? ':\n' + log.trimEnd() : ''),
          },
        };
      }
      fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
      result.ms = Date.now() - started;
      if (result.ok && code !== 0) {
        result.ok = false;
        result.failure = { cell: common.displayPath(file), message: `runner exited with code ${code}` };
      }
      resolve(result);
    });
  });
}

async function main() {
  let args;
  try {
    args = common.parseArgs(process.argv.slice(2), { flags: ['--expect-fail'], options: ['--timeout', '--json'] });
  } catch (e) {
    console.error(`notebooks-node: ${e.message}`);
    process.exit(2);
  }
  const cellTimeoutS = args.timeout ? Number(args.timeout) : common.DEFAULT_CELL_TIMEOUT_S;
  const files = args._.length ? args._ : common.listNotebooks();
  if (files.length === 0) {
    console.error('notebooks-node: no notebooks found');
    process.exit(args['expect-fail'] ? 1 : 0);
  }
  const results = [];
  for (const file of files) {
    let r;
    try {
      r = await runInChild(file, cellTimeoutS);
    } catch (e) {
      r = { file, ok: false, cells: [], failure: { cell: common.displayPath(file), message: e.message } };
    }
    results.push(r);
    const n = r.cells.length;
    if (r.ok) {
      console.log(`ok   ${common.displayPath(file)}: ${n} code cells in ${common.seconds(r.ms ?? 0)}`);
      if (r.staleCells && r.staleCells.length) {
        console.log(
          `     note: the stored outputs of cell(s) ${r.staleCells.join(', ')} differ from this run ` +
            '(expected if the notebook prints timings; otherwise run `npm run notebooks` to refresh them)',
        );
      }
    } else {
      console.log(`FAIL ${r.failure.cell}\n${indent(r.failure.message)}`);
    }
  }
  if (args.json) fs.writeFileSync(args.json, JSON.stringify(results, null, 1));
  const failed = results.filter((r) => !r.ok).length;
  if (args['expect-fail']) {
    if (failed === results.length) {
      console.log(`expected failure: all ${failed} notebook(s) failed, so the harness can fail`);
      process.exit(0);
    }
    console.error(`harness self-test FAILED: ${results.length - failed} notebook(s) passed but were expected to fail`);
    process.exit(1);
  }
  console.log(`${results.length - failed}/${results.length} notebooks passed`);
  process.exit(failed ? 1 : 0);
}

function indent(text) {
  return text
    .split('\n')
    .slice(0, 40)
    .map((l) => '     ' + l)
    .join('\n');
}

if (process.argv[2] === '--child') {
  child(process.argv[3], process.argv[4], Number(process.argv[5])).catch((e) => {
    fs.writeFileSync(
      process.argv[4],
      JSON.stringify({ file: process.argv[3], ok: false, cells: [], failure: { cell: process.argv[3], message: String(e && e.stack ? e.stack : e) } }),
    );
    process.exit(1);
  });
} else {
  main();
}
