#!/usr/bin/env node
'use strict';
/**
 * Benchmark of the LÆRERMOD reproduction (issue #8), against the reference Python version:
 *
 * 1. one projection in process, inputs already parsed (build the engine inputs + run the engine),
 *    median of many runs after a warm-up; target ≤ 4 ms (100× faster than the reference's 0.42 s
 *    of model and I/O);
 * 2. the whole `sop laerermod` command as a process (node start-up, reading, projecting, writing),
 *    median of 10 runs; target below the reference's 0.90 s whole process.
 *
 * Needs the built package (`npm run build`). Usage: `node scripts/bench-laerermod.js [--json]`.
 * `require('./bench-laerermod').benchLaerermod()` returns the figures for `npm run bench`.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
/** Reference figures (project's laerermod/README.md and issue #8). */
const REFERENCE = { inProcessMs: 420, processMs: 900 };
/** Issue #8: at least 100× faster than the reference's 0.42 s, i.e. ≤ 4 ms. */
const TARGET_IN_PROCESS_MS = 4;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function msSince(t0) {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function benchInProcess(runs = 300, warmup = 100) {
  const { readLaerermodInputs } = require(path.join(ROOT, 'dist', 'laerermod', 'read-inputs'));
  const { projectLaerermod, buildLaerermodModel, runLaerermodModel } = require(path.join(ROOT, 'dist', 'laerermod', 'model'));
  const inputs = readLaerermodInputs(path.join(ROOT, 'data', 'laerermod', 'inputdata'));
  const model = buildLaerermodModel(inputs);
  for (let i = 0; i < warmup; i++) projectLaerermod(inputs);
  const whole = [];
  const engineOnly = [];
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    projectLaerermod(inputs);
    whole.push(msSince(t0));
    t0 = process.hrtime.bigint();
    runLaerermodModel(model);
    engineOnly.push(msSince(t0));
  }
  return { projectionMs: median(whole), engineOnlyMs: median(engineOnly), runs };
}

function benchProcess(runs = 10) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-laerermod-'));
  const bin = path.join(ROOT, 'bin', 'sop.js');
  const viaBin = fs.existsSync(bin);
  // Each run writes a new folder (as a user's run does), so deleting an old one is not timed.
  const args = (out) => (viaBin
    ? [bin, 'laerermod', '--out', out, '--quiet']
    : ['-e', `require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'commands', 'laerermod'))}).runLaerermodCommand(['--out', ${JSON.stringify(out)}, '--quiet']).then((c) => { process.exitCode = c; })`]);
  const times = [];
  try {
    spawnSync(process.execPath, args(path.join(tmp, 'warm-up')), { cwd: ROOT }); // warm the file cache
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args(path.join(tmp, `run-${i}`)), { cwd: ROOT, encoding: 'utf8' });
      times.push(msSince(t0));
      if (r.status !== 0) throw new Error(`sop laerermod exited ${r.status}: ${r.stderr}`);
    }
    const nodeAlone = [];
    for (let i = 0; i < runs; i++) {
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, ['-e', '0']);
      nodeAlone.push(msSince(t0));
    }
    return { processMs: median(times), nodeStartupMs: median(nodeAlone), runs, command: viaBin ? 'node bin/sop.js laerermod' : 'node -e runLaerermodCommand' };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs both benchmarks and returns their figures with targets and verdicts. */
function benchLaerermod() {
  const inProc = benchInProcess();
  const proc = benchProcess();
  return {
    name: 'laerermod',
    inProcess: { ...inProc, targetMs: TARGET_IN_PROCESS_MS, referenceMs: REFERENCE.inProcessMs,
      speedup: REFERENCE.inProcessMs / inProc.projectionMs, ok: inProc.projectionMs <= TARGET_IN_PROCESS_MS },
    wholeProcess: { ...proc, targetMs: REFERENCE.processMs, speedup: REFERENCE.processMs / proc.processMs, ok: proc.processMs < REFERENCE.processMs },
  };
}

module.exports = { benchLaerermod };

if (require.main === module) {
  const r = benchLaerermod();
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  } else {
    const f = (x) => x.toFixed(x < 10 ? 3 : 0);
    process.stdout.write(
      `LÆRERMOD, one projection in process (inputs parsed), median of ${r.inProcess.runs}: ${f(r.inProcess.projectionMs)} ms ` +
        `(engine run only ${f(r.inProcess.engineOnlyMs)} ms); target ≤ ${r.inProcess.targetMs} ms; ` +
        `${f(r.inProcess.speedup)}× the reference's ${r.inProcess.referenceMs} ms — ${r.inProcess.ok ? 'OK' : 'TOO SLOW'}\n` +
        `LÆRERMOD, whole command as a process (${r.wholeProcess.command}), median of ${r.wholeProcess.runs}: ${f(r.wholeProcess.processMs)} ms ` +
        `(node alone ${f(r.wholeProcess.nodeStartupMs)} ms); reference ${r.wholeProcess.targetMs} ms; ` +
        `${r.wholeProcess.speedup.toFixed(1)}× faster — ${r.wholeProcess.ok ? 'OK' : 'TOO SLOW'}\n`,
    );
    if (!r.inProcess.ok || !r.wholeProcess.ok) process.exitCode = 1;
  }
}
