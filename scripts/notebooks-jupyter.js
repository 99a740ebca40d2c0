#!/usr/bin/env node
'use strict';
/**
 * Executes notebooks through the real tslab kernel with `jupyter nbconvert --to notebook --execute`
 * (`npm run notebooks`, and .ci/run). Fails on any cell that fails and on any error output.
 *
 * Each notebook is executed into a temporary folder first. Only when it ran cleanly are its
 * outputs stored back in place (so a failing run never damages the stored notebook), after two
 * clean-ups that keep diffs small: execution counts 1, 2, 3, … (tslab does not send
 * `execute_input`, so nbconvert would leave them empty) and no per-cell timing metadata.
 * With CI=true (or --check) nothing in the tree is modified; the script then only warns when the
 * stored outputs differ from the fresh ones.
 *
 * Usage:
 *   node scripts/notebooks-jupyter.js [NOTEBOOK…]         all of notebooks/*.ipynb when none given
 *   node scripts/notebooks-jupyter.js --check [NOTEBOOK…] execute, do not store (default when CI=true)
 *   node scripts/notebooks-jupyter.js --write [NOTEBOOK…] store outputs even when CI=true
 *   node scripts/notebooks-jupyter.js --expect-fail NB…   harness self-test: exit 0 only if every notebook fails
 *   node scripts/notebooks-jupyter.js --register          (re)register the tslab kernel for this checkout, then exit
 *   options: --timeout SECONDS per cell (default 300)
 *
 * The kernel: if Jupyter has no `tslab` kernel (or its binary is gone), the script registers one
 * that starts this checkout's node_modules/.bin/tslab (`jupyter kernelspec install --user`, the same
 * kernel.json `npx tslab install` writes; tslab's installer needs IPython, which Debian's
 * jupyter-nbconvert does not pull in).
 *
 * Exit codes: 0 success (or, with --expect-fail, every notebook failed); 1 failure; 2 bad usage or no Jupyter.
 *
 * @example
 *   CI=true node scripts/notebooks-jupyter.js
 *   // ok   notebooks/01-quickstart.ipynb: executed by the tslab kernel in 6.1 s (not stored: check mode)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const common = require('./notebooks-common');

/** The `jupyter` command: $JUPYTER, Debian's /usr/bin/jupyter, or whatever is on PATH. */
function jupyterCommand() {
  if (process.env.JUPYTER) return process.env.JUPYTER;
  if (fs.existsSync('/usr/bin/jupyter')) return '/usr/bin/jupyter';
  return 'jupyter';
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
}

/** Fails with exit 2 and install hints when Jupyter's nbconvert is not usable. */
function requireJupyter(jupyter) {
  const r = run(jupyter, ['nbconvert', '--version']);
  if (r.error || r.status !== 0) {
    console.error(
      `notebooks-jupyter: cannot run "${jupyter} nbconvert" (${r.error ? r.error.message : (r.stderr || '').trim()}).\n` +
        '  Install Jupyter: on Debian/Ubuntu `apt-get install -y jupyter-nbconvert jupyter-client`,\n' +
        '  elsewhere `pip install nbconvert jupyter_client`; or set JUPYTER=/path/to/jupyter.\n' +
        '  (`npm test` runs the notebooks without Jupyter.)',
    );
    process.exit(2);
  }
  return r.stdout.trim();
}

/** The registered tslab kernelspec, or null. */
function findKernel(jupyter) {
  const r = run(jupyter, ['kernelspec', 'list', '--json']);
  if (r.status !== 0) return null;
  try {
    return JSON.parse(r.stdout).kernelspecs[common.KERNEL_NAME] ?? null;
  } catch {
    return null;
  }
}

/** Registers the tslab kernel that starts this checkout's tslab binary. */
function registerKernel(jupyter) {
  const binary = path.join(common.ROOT, 'node_modules', '.bin', 'tslab');
  if (!fs.existsSync(binary)) {
    console.error(`notebooks-jupyter: ${binary} not found; run npm ci first`);
    process.exit(2);
  }
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tslab-kernel-')), common.KERNEL_NAME);
  fs.mkdirSync(dir);
  const spec = {
    argv: [binary, 'kernel', '--config-path', '{connection_file}'],
    display_name: 'TypeScript',
    language: 'typescript',
  };
  fs.writeFileSync(path.join(dir, 'kernel.json'), JSON.stringify(spec, null, 1) + '\n');
  const r = run(jupyter, ['kernelspec', 'install', '--user', '--name', common.KERNEL_NAME, dir]);
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  if (r.status !== 0) {
    console.error(`notebooks-jupyter: registering the tslab kernel failed:\n${r.stderr}`);
    process.exit(2);
  }
  console.log(`registered Jupyter kernel "${common.KERNEL_NAME}" → ${binary}`);
}

/** Whether a command exists: an existing path, or a bare name found on PATH (as `npx tslab install` writes "tslab"). */
function onPathOrExists(command) {
  if (path.isAbsolute(command) || command.includes(path.sep)) return fs.existsSync(command);
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, command)));
}

/** Makes sure a usable tslab kernel is registered; registers one when it is missing or broken. */
function ensureKernel(jupyter) {
  const spec = findKernel(jupyter);
  const binary = spec?.spec?.argv?.[0];
  if (binary && onPathOrExists(binary)) return binary;
  console.log(
    spec
      ? `the registered tslab kernel starts "${binary}", which is not found; re-registering with this checkout's tslab`
      : 'no tslab kernel registered; registering one',
  );
  registerKernel(jupyter);
  return findKernel(jupyter)?.spec?.argv?.[0];
}

function nbconvertArgs(file, outDir, cellTimeoutS, extra = []) {
  return [
    'nbconvert',
    '--to',
    'notebook',
    '--execute',
    `--ExecutePreprocessor.timeout=${cellTimeoutS}`,
    '--ExecutePreprocessor.startup_timeout=180',
    `--ExecutePreprocessor.kernel_name=${common.KERNEL_NAME}`,
    '--output-dir',
    outDir,
    ...extra,
    file,
  ];
}

/**
 * Explains a failed nbconvert run: which cell (matched by its source in nbclient's message), and
 * what the kernel printed for it (from a diagnostic re-run with --allow-errors, because tslab
 * reports errors on stderr and nbclient's exception does not carry them).
 */
function explainFailure(jupyter, file, stderr, cellTimeoutS) {
  const nb = common.readNotebook(file);
  const cells = common.codeCells(nb);
  const text = common.stripAnsi(stderr);
  const m = /An error occurred while executing the following cell:\n-+\n([\s\S]*?)\n-+\n/.exec(text);
  const timedOut = /CellTimeoutError|Cell execution timed out/.test(text);
  const died = /DeadKernelError|Kernel died/.test(text);
  let cell = m ? cells.find((c) => c.source.trim() === m[1].trim()) : undefined;
  if (timedOut && !cell) {
    // nbclient previews a timed-out cell (its first and last lines) between dashed lines.
    const preview = /Here is a preview of the cell contents:\n-+\n([\s\S]*?)\n-+/.exec(text);
    const first = preview ? preview[1].split('\n')[0].trim() : '';
    const matches = first ? cells.filter((c) => c.source.trim().startsWith(first)) : [];
    if (matches.length === 1) cell = matches[0];
  }
  const where = cell ? common.describeCell(file, cell) : common.displayPath(file);
  if (timedOut) return { where, message: `the cell did not finish within ${cellTimeoutS} s` };
  if (died) return { where, message: 'the tslab kernel died (out of memory? a crash in a native module?)' };
  if (!cell) {
    const tail = text.trim().split('\n').slice(-15).join('\n');
    return { where, message: `jupyter nbconvert failed:\n${tail}` };
  }
  let detail = '';
  const diagDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-diag-'));
  try {
    const r = run(jupyter, nbconvertArgs(file, diagDir, cellTimeoutS, ['--allow-errors']), { cwd: common.ROOT });
    const out = path.join(diagDir, path.basename(file));
    if (r.status === 0 && fs.existsSync(out)) {
      const executed = common.codeCells(common.readNotebook(out)).find((c) => c.index === cell.index);
      detail = (executed?.cell.outputs ?? [])
        .filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))
        .map((o) => common.withoutRunnerFrames(common.stripAnsi(common.outputText(o))))
        .join('')
        .trimEnd();
    }
  } finally {
    fs.rmSync(diagDir, { recursive: true, force: true });
  }
  const hint = /Cannot find module '\.\.\/dist'/.test(detail)
    ? '\n(hint: notebooks import the built library; run `npm run build` first)'
    : '';
  return { where, message: `cell failed in the tslab kernel${detail ? ':\n' + detail : ''}${hint}` };
}

/**
 * Cleans an executed notebook for storage: sequential execution counts, no timing metadata, and
 * beside every SVG chart an HTML image of it ({@link addSvgImageFallback}).
 */
function normalizeExecuted(nb) {
  let count = 0;
  for (const c of common.codeCells(nb)) {
    if (c.cell.metadata) delete c.cell.metadata.execution;
    c.cell.execution_count = c.source.trim() === '' ? null : ++count;
    for (const o of c.cell.outputs ?? []) {
      if (o.output_type === 'execute_result') o.execution_count = count;
      addSvgImageFallback(o);
    }
  }
  return nb;
}

/**
 * Adds `text/html` — an <img> holding the SVG as a data: URL — to an output that has an SVG chart
 * and no HTML. Why: the nbconvert in Debian stable (6.5) strips the elements of inline SVG outputs
 * in HTML exports (fixed in 7.x), so the charts vanished; every exporter and front end ranks
 * text/html above image/svg+xml, and an <img> is not taken apart. The SVG stays in the output for
 * front ends that use it. The SVG numbers are already rounded (src/report/charts/render-svg.ts),
 * so the stored bytes are the same on every machine.
 */
function addSvgImageFallback(output) {
  const data = output && output.data;
  if (!data || data['image/svg+xml'] === undefined || data['text/html'] !== undefined) return output;
  const svg = Array.isArray(data['image/svg+xml']) ? data['image/svg+xml'].join('') : String(data['image/svg+xml']);
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const dims = size ? ` width="${size[1]}" height="${size[2]}"` : '';
  data['text/html'] = `<img alt="chart"${dims} style="max-width:100%;height:auto" src="data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}"/>`;
  return output;
}

/** nbformat's own layout (json.dumps(indent=1, sort_keys, ensure_ascii=False) + newline). */
function serialize(nb) {
  return JSON.stringify(sortKeys(nb), null, 1) + '\n';
}
function sortKeys(v) {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]);
    return out;
  }
  return v;
}

function outputsOf(nb) {
  return JSON.stringify(common.codeCells(nb).map((c) => c.cell.outputs ?? []));
}

function executeOne(jupyter, file, { cellTimeoutS, store }) {
  const started = Date.now();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-jupyter-'));
  try {
    const r = run(jupyter, nbconvertArgs(file, outDir, cellTimeoutS), {
      cwd: common.ROOT,
      env: { ...process.env, NOTEBOOK_RUNNER: 'jupyter' },
    });
    if (r.error) return { ok: false, where: common.displayPath(file), message: r.error.message };
    if (r.status !== 0) return { ok: false, ...explainFailure(jupyter, file, r.stderr ?? '', cellTimeoutS) };
    const executed = normalizeExecuted(common.readNotebook(path.join(outDir, path.basename(file))));
    const problems = common.storedNotebookProblems(executed, file);
    if (problems.length) return { ok: false, where: common.displayPath(file), message: problems.join('\n') };
    const stale = outputsOf(executed) !== outputsOf(common.readNotebook(file));
    let note;
    if (store) {
      const text = serialize(executed);
      if (text !== fs.readFileSync(file, 'utf8')) {
        fs.writeFileSync(file, text);
        note = 'outputs stored';
      } else note = 'stored copy already up to date';
    } else {
      note = stale
        ? 'not stored: check mode; WARNING the stored outputs differ from this run (npm run notebooks refreshes them)'
        : 'not stored: check mode; stored outputs match';
    }
    return { ok: true, ms: Date.now() - started, note };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

function main() {
  let args;
  try {
    args = common.parseArgs(process.argv.slice(2), {
      flags: ['--expect-fail', '--check', '--write', '--register'],
      options: ['--timeout'],
    });
  } catch (e) {
    console.error(`notebooks-jupyter: ${e.message}`);
    process.exit(2);
  }
  const jupyter = jupyterCommand();
  const version = requireJupyter(jupyter);
  if (args.register) {
    registerKernel(jupyter);
    process.exit(0);
  }
  const kernelBinary = ensureKernel(jupyter);
  const ci = /^(1|true|yes)$/i.test(process.env.CI ?? '');
  const store = !args['expect-fail'] && (args.write || (!args.check && !ci));
  const cellTimeoutS = args.timeout ? Number(args.timeout) : common.DEFAULT_CELL_TIMEOUT_S;
  const files = args._.length ? args._ : common.listNotebooks();
  console.log(
    `nbconvert ${version}, kernel tslab (${kernelBinary}), ${files.length} notebook(s), ` +
      `${store ? 'storing outputs in place' : 'check mode (tree not modified)'}, cell timeout ${cellTimeoutS} s`,
  );
  if (files.length === 0) process.exit(args['expect-fail'] ? 1 : 0);
  let failed = 0;
  for (const file of files) {
    const r = executeOne(jupyter, file, { cellTimeoutS, store });
    if (r.ok) console.log(`ok   ${common.displayPath(file)}: executed by the tslab kernel in ${common.seconds(r.ms)} (${r.note})`);
    else {
      failed += 1;
      const lines = r.message.split('\n').slice(0, 40).map((l) => '     ' + l);
      console.log(`FAIL ${r.where}\n${lines.join('\n')}`);
    }
  }
  if (args['expect-fail']) {
    if (failed === files.length) {
      console.log(`expected failure: all ${failed} notebook(s) failed in Jupyter, so the harness can fail`);
      process.exit(0);
    }
    console.error(`harness self-test FAILED: ${files.length - failed} notebook(s) passed in Jupyter but were expected to fail`);
    process.exit(1);
  }
  console.log(`${files.length - failed}/${files.length} notebooks passed through Jupyter`);
  process.exit(failed ? 1 : 0);
}

module.exports = { normalizeExecuted, addSvgImageFallback, serialize, explainFailure, nbconvertArgs, onPathOrExists };

if (require.main === module) main();
