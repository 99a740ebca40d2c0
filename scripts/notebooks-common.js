'use strict';
/**
 * Shared helpers for the two notebook harnesses:
 *   scripts/notebooks-node.js    – runs notebooks with tslab's executor inside Node (no Jupyter; `npm test`)
 *   scripts/notebooks-jupyter.js – runs notebooks through the real tslab kernel (`npm run notebooks`, .ci/run)
 *
 * Everything here is plain CommonJS so that it runs before (and without) the TypeScript build.
 *
 * @example
 *   const { listNotebooks, readNotebook, storedNotebookProblems } = require('./notebooks-common');
 *   for (const file of listNotebooks()) console.log(file, storedNotebookProblems(readNotebook(file)));
 */
const fs = require('fs');
const path = require('path');

/** The repository root (this file lives in <root>/scripts). */
const ROOT = path.resolve(__dirname, '..');
/** Where the project's notebooks live. */
const NOTEBOOK_DIR = path.join(ROOT, 'notebooks');
/** Per-cell timeout in seconds, unless overridden with --timeout or NOTEBOOK_CELL_TIMEOUT_S. */
const DEFAULT_CELL_TIMEOUT_S = Number(process.env.NOTEBOOK_CELL_TIMEOUT_S || 300);
/** The Jupyter kernel name tslab registers (`npx tslab install`). */
const KERNEL_NAME = 'tslab';

/**
 * The notebooks to run: `*.ipynb` directly in `dir`, sorted by name (00-…, 01-…).
 * @example listNotebooks() // ['/…/notebooks/01-quickstart.ipynb']
 */
function listNotebooks(dir = NOTEBOOK_DIR) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ipynb'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** A path as shown to people: relative to the repository root when inside it. */
function displayPath(file) {
  const rel = path.relative(ROOT, path.resolve(file));
  return rel.startsWith('..') ? path.resolve(file) : rel;
}

/**
 * Reads and parses a notebook, failing with a message that names the file.
 * @example readNotebook('notebooks/01-quickstart.ipynb').cells.length
 */
function readNotebook(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${displayPath(file)}: cannot read notebook (${e.message})`);
  }
  let nb;
  try {
    nb = JSON.parse(text);
  } catch (e) {
    throw new Error(`${displayPath(file)}: not valid JSON (${e.message})`);
  }
  if (!nb || !Array.isArray(nb.cells)) {
    throw new Error(`${displayPath(file)}: not a Jupyter notebook (no "cells" array)`);
  }
  return nb;
}

/** A cell's source as one string (nbformat stores it as a string or a list of lines). */
function cellSource(cell) {
  return Array.isArray(cell.source) ? cell.source.join('') : String(cell.source ?? '');
}

/**
 * The code cells of a notebook with their position: `index` counts all cells from 1 (what
 * JupyterLab shows when you scroll), `codeNumber` counts code cells only from 1.
 * @example codeCells(nb)[0] // { index: 2, codeNumber: 1, source: "import …", cell }
 */
function codeCells(nb) {
  const out = [];
  let codeNumber = 0;
  nb.cells.forEach((cell, i) => {
    if (cell.cell_type !== 'code') return;
    codeNumber += 1;
    out.push({ index: i + 1, codeNumber, source: cellSource(cell), cell });
  });
  return out;
}

/**
 * Names a cell for an error message: notebook, cell position and its first source line.
 * @example describeCell('notebooks/01-quickstart.ipynb', { index: 3, codeNumber: 2, source: 'x()' })
 *   // 'notebooks/01-quickstart.ipynb cell 3 (code cell 2) `x()`'
 */
function describeCell(file, c) {
  const firstLine = c.source.split('\n').find((l) => l.trim() !== '') ?? '';
  const trimmed = firstLine.trim();
  const shown = trimmed.length > 72 ? trimmed.slice(0, 69) + '...' : trimmed;
  return `${displayPath(file)} cell ${c.index} (code cell ${c.codeNumber}) \`${shown}\``;
}

/** Text of an output, for messages (stream text, error traceback, or text/plain). */
function outputText(output) {
  if (output.output_type === 'stream') return [].concat(output.text ?? '').join('');
  if (output.output_type === 'error') {
    return [`${output.ename}: ${output.evalue}`, ...[].concat(output.traceback ?? [])].join('\n');
  }
  const data = output.data ?? {};
  return [].concat(data['text/plain'] ?? '').join('');
}

/** Removes ANSI colour codes (tracebacks from kernels carry them). */
function stripAnsi(s) {
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * What is wrong with a notebook as stored in the repository. Stored notebooks must read well on a
 * code host that does not run them, so: tslab kernel, every non-empty code cell executed in one
 * run from top to bottom (execution counts 1, 2, 3, …), at least one output in the notebook, and
 * no error output anywhere (an `error` output, or a tslab error, which tslab writes to stderr).
 * Returns a list of messages; empty means fine.
 * @example storedNotebookProblems(readNotebook('notebooks/01-quickstart.ipynb')) // []
 */
function storedNotebookProblems(nb, file = '(notebook)') {
  const problems = [];
  const kernel = nb.metadata?.kernelspec?.name;
  if (kernel !== KERNEL_NAME) {
    problems.push(`${displayPath(file)}: kernelspec is ${JSON.stringify(kernel)}, expected "${KERNEL_NAME}"`);
  }
  let expectedCount = 1;
  let outputs = 0;
  const executable = codeCells(nb).filter((c) => c.source.trim() !== '');
  const neverRun = executable.length > 0 && executable.every((c) => c.cell.execution_count == null);
  if (neverRun) {
    problems.push(`${displayPath(file)}: not executed (no execution counts); run npm run notebooks to store its outputs`);
  }
  for (const c of codeCells(nb)) {
    const where = describeCell(file, c);
    if (c.source.trim() === '') continue;
    if (!neverRun && c.cell.execution_count !== expectedCount) {
      problems.push(
        `${where}: execution_count is ${c.cell.execution_count}, expected ${expectedCount} ` +
          '(stored notebooks must be executed top to bottom in one run: npm run notebooks)',
      );
    }
    expectedCount += 1;
    for (const o of c.cell.outputs ?? []) {
      outputs += 1;
      if (o.output_type === 'error') {
        problems.push(`${where}: error output: ${stripAnsi(outputText(o)).split('\n')[0]}`);
      } else if (o.output_type === 'stream' && o.name === 'stderr' && looksLikeError(outputText(o))) {
        problems.push(`${where}: stderr output looks like an error: ${outputText(o).split('\n')[0]}`);
      }
    }
  }
  if (outputs === 0 && executable.length > 0 && !neverRun) {
    problems.push(`${displayPath(file)}: no outputs stored (run npm run notebooks to store them)`);
  }
  return problems;
}

/**
 * An output reduced to what a reader sees (type, stream name, text, data), with nbformat's
 * line lists joined, so outputs from the Node runner and from Jupyter compare equal.
 * @example comparableOutput({ output_type: 'stream', name: 'stdout', text: ['a\n', 'b'] })
 *   // { output_type: 'stream', name: 'stdout', text: 'a\nb' }
 */
function comparableOutput(o) {
  const out = { output_type: o.output_type };
  if (o.name !== undefined) out.name = o.name;
  if (o.text !== undefined) out.text = [].concat(o.text).join('');
  if (o.data !== undefined) {
    out.data = Object.fromEntries(
      Object.keys(o.data)
        .sort()
        .map((k) => [k, typeof o.data[k] === 'string' || Array.isArray(o.data[k]) ? [].concat(o.data[k]).join('') : o.data[k]]),
    );
  }
  return out;
}

/** Whether stderr text looks like an exception or a TypeScript diagnostic rather than a warning. */
function looksLikeError(text) {
  return /(^|\n)\s*(\w*Error\b|Uncaught|UnhandledPromiseRejection|\d+:\d+ - )/.test(stripAnsi(text));
}

/**
 * Drops stack frames that belong to tslab, Node's vm or our runners, so a failure shows the
 * notebook's own frames (`evalmachine.<anonymous>:LINE:COL` = line and column in the cell).
 * @example withoutRunnerFrames('Error: x\n    at evalmachine.<anonymous>:2:7\n    at Script.runInThisContext (node:vm:137:12)')
 *   // 'Error: x\n    at evalmachine.<anonymous>:2:7'
 */
function withoutRunnerFrames(text) {
  return text
    .split('\n')
    .filter((l) => !/^\s+at .*(node_modules[\\/]tslab|node:vm|node:internal|sigintHandlersWrap|notebooks-node\.js)/.test(l))
    .join('\n');
}

/** Seconds with one decimal, for timing lines. */
function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Parses `--flag`, `--key value` and positional arguments. */
function parseArgs(argv, { flags = [], options = [] } = {}) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (flags.includes(a)) out[a.slice(2)] = true;
    else if (options.includes(a)) {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      out[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else out._.push(a);
  }
  return out;
}

module.exports = {
  ROOT,
  NOTEBOOK_DIR,
  DEFAULT_CELL_TIMEOUT_S,
  KERNEL_NAME,
  listNotebooks,
  displayPath,
  readNotebook,
  cellSource,
  codeCells,
  describeCell,
  outputText,
  stripAnsi,
  storedNotebookProblems,
  looksLikeError,
  comparableOutput,
  withoutRunnerFrames,
  seconds,
  parseArgs,
};
