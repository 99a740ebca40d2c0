/**
 * The notebooks in notebooks/ run end to end without Jupyter (tslab's executor from Node, one child
 * process per notebook), are stored with outputs and without errors, and the harness can fail.
 *
 * The Jupyter path (scripts/notebooks-jupyter.js) is exercised by .ci/run, including its own
 * --expect-fail self-test on the failing fixtures below; here only its pure helpers are tested.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const requireCjs = createRequire(__filename);
const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/notebooks/fixtures');
const RUNNER = join(ROOT, 'scripts/notebooks-node.js');
const common = requireCjs(join(ROOT, 'scripts/notebooks-common.js'));
const jupyterScript = requireCjs(join(ROOT, 'scripts/notebooks-jupyter.js'));

interface CellResult {
  index: number;
  codeNumber: number;
  status: string;
  ms: number;
  outputs: Array<{ output_type: string; name?: string; text?: string; data?: Record<string, string> }>;
}
interface NotebookResult {
  file: string;
  ok: boolean;
  cells: CellResult[];
  failure: { cell: string; message: string } | null;
  staleCells?: number[];
}

type HarnessRun = { status: number | null; log: string; results: NotebookResult[] };

/** How many notebook runners may run at once ($NOTEBOOK_JOBS, default: up to 2, one per core). */
const JOBS = Number(process.env.NOTEBOOK_JOBS) || Math.max(1, Math.min(2, availableParallelism()));
let running = 0;
const waiting: Array<() => void> = [];
async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= JOBS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Runs the Node harness on `files`; resolves to its exit status, its log and its per-notebook results. */
function runHarness(files: string[], extra: string[] = []): Promise<HarnessRun> {
  return withSlot(
    () =>
      new Promise<HarnessRun>((resolveRun) => {
        const dir = mkdtempSync(join(tmpdir(), 'nb-test-'));
        const json = join(dir, 'results.json');
        const proc = spawn(process.execPath, [RUNNER, '--json', json, ...extra, ...files], {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let log = '';
        proc.stdout.on('data', (d) => (log += d));
        proc.stderr.on('data', (d) => (log += d));
        proc.on('close', (status) => {
          let results: NotebookResult[] = [];
          try {
            results = JSON.parse(readFileSync(json, 'utf8'));
          } catch {
            // the runner died before writing results; the status and log say why
          }
          rmSync(dir, { recursive: true, force: true });
          resolveRun({ status, log, results });
        });
      }),
  );
}

/** Each harness run starts once, on first use, and is shared by the tests that look at it. */
const runs = new Map<string, Promise<HarnessRun>>();
function harness(files: string[], extra: string[] = []): Promise<HarnessRun> {
  const key = JSON.stringify([files, extra]);
  if (!runs.has(key)) runs.set(key, runHarness(files, extra));
  return runs.get(key)!;
}

const notebooks: string[] = common.listNotebooks();

describe('notebooks/ (tslab executor from Node, no Jupyter)', () => {
  // Start every notebook now (at most JOBS at a time); each test below awaits its own run.
  beforeAll(() => {
    for (const file of notebooks) void harness([file]);
  });

  it('there is at least one notebook to run', () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });

  for (const file of notebooks) {
    const name = common.displayPath(file);
    it(`${name} runs end to end without a failing cell`, { timeout: 30 * 60_000 }, async () => {
      const { status, log, results } = await harness([file]);
      // The harness log names the notebook and cell of a failure; show it when this fails.
      expect(status, log).toBe(0);
      expect(results).toHaveLength(1);
      const [result] = results;
      expect(result.ok, log).toBe(true);
      const nonEmptyCodeCells = common
        .codeCells(common.readNotebook(file))
        .filter((c: { source: string }) => c.source.trim() !== '');
      expect(result.cells.map((c) => c.status)).toEqual(nonEmptyCodeCells.map(() => 'ok'));
      expect(result.cells.flatMap((c) => c.outputs).length).toBeGreaterThan(0);
    });

    it(`${name} is stored with outputs and without error outputs`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/"output_type":\s*"error"/);
      expect(common.storedNotebookProblems(common.readNotebook(file), file)).toEqual([]);
    });
  }
});

describe('the stored notebooks prove the chain (built library → table → inline SVG chart)', () => {
  const outputs = notebooks.flatMap((file) =>
    common.codeCells(common.readNotebook(file)).flatMap((c: { cell: { outputs?: unknown[] } }) => c.cell.outputs ?? []),
  ) as Array<{ output_type: string; data?: Record<string, string | string[]> }>;
  const joined = (mime: string) =>
    outputs.map((o) => ([] as string[]).concat(o.data?.[mime] ?? []).join('')).filter((s) => s !== '');

  it('at least one notebook shows an HTML table', () => {
    expect(joined('text/html').some((h) => /<table[\s>]/.test(h))).toBe(true);
  });

  it('at least one notebook shows a chart as inline SVG, and every SVG output is a whole <svg> element', () => {
    const svgs = joined('image/svg+xml');
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) expect(svg.trim()).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });
});

describe('the harness fails when a notebook fails', () => {
  const failing = ['failing.ipynb', 'failing-type.ipynb', 'failing-async.ipynb', 'failing-stderr.ipynb'].map((f) =>
    join(FIXTURES, f),
  );
  let run: HarnessRun;
  beforeAll(async () => {
    // Start this suite's other runs too, so that they share the runner slots.
    void harness([failing[0]], ['--expect-fail']);
    void harness([join(FIXTURES, 'passing.ipynb')], ['--expect-fail']);
    void harness([join(FIXTURES, 'passing.ipynb')]);
    run = await harness(failing);
  }, 30 * 60_000);
  const byName = (name: string) => run.results.find((r) => r.file.endsWith(`/${name}`));

  it('exits non-zero', () => {
    expect(run.status).toBe(1);
    expect(run.results).toHaveLength(4);
    expect(run.results.every((r) => !r.ok)).toBe(true);
  });

  it('names the notebook and the cell of a thrown error, and stops there', () => {
    const r = byName('failing.ipynb')!;
    expect(r.failure!.cell).toBe(
      'test/notebooks/fixtures/failing.ipynb cell 3 (code cell 2) `throw new Error("deliberate failure for the harness self-test");`',
    );
    expect(r.failure!.message).toContain('deliberate failure for the harness self-test');
    expect(r.cells.map((c) => c.status)).toEqual(['ok', 'error']);
    expect(run.log).toContain('FAIL test/notebooks/fixtures/failing.ipynb cell 3 (code cell 2)');
  });

  it('fails on a TypeScript compile error', () => {
    const r = byName('failing-type.ipynb')!;
    expect(r.failure!.cell).toContain('cell 2 (code cell 1)');
    expect(r.failure!.message).toContain("Type 'string' is not assignable to type 'number'");
  });

  it('fails on a rejected top-level await', () => {
    const r = byName('failing-async.ipynb')!;
    expect(r.failure!.message).toContain('deliberate async failure');
  });

  it('fails on an exception printed to stderr by a cell that completes', () => {
    const r = byName('failing-stderr.ipynb')!;
    expect(r.cells.map((c) => c.status)).toEqual(['ok']);
    expect(r.failure!.message).toMatch(/^cell wrote an error to stderr:\nSyntaxError/);
  });

  it('--expect-fail exits 0 on failing notebooks and 1 on a passing one', { timeout: 30 * 60_000 }, async () => {
    const [onFailing, onPassing] = await Promise.all([
      harness([failing[0]], ['--expect-fail']),
      harness([join(FIXTURES, 'passing.ipynb')], ['--expect-fail']),
    ]);
    expect(onFailing.status, onFailing.log).toBe(0);
    expect(onPassing.status, onPassing.log).toBe(1);
  });

  it('passes a good notebook, capturing stdout, display data and the last expression', { timeout: 30 * 60_000 }, async () => {
    const { status, results, log } = await harness([join(FIXTURES, 'passing.ipynb')]);
    expect(status, log).toBe(0);
    const outs = results[0].cells.map((c) => c.outputs);
    expect(outs[0]).toEqual([{ output_type: 'stream', name: 'stdout', text: 'answer 42\n' }]);
    expect(outs[1]).toEqual([{ output_type: 'display_data', data: { 'text/html': '<b>42</b>' }, metadata: {} }]);
    expect(outs[2]).toEqual([{ output_type: 'stream', name: 'stdout', text: '43\n' }]);
    // passing.ipynb is stored with outputs from the real kernel (scripts/notebooks-jupyter.js --write):
    // the Node runner must produce exactly what Jupyter stored.
    expect(results[0].staleCells).toEqual([]);
  });
});

describe('stored-notebook checks', () => {
  const base = () => ({
    metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } },
    cells: [
      { cell_type: 'markdown', source: '# t' },
      { cell_type: 'code', execution_count: 1, source: 'console.log(1)', outputs: [{ output_type: 'stream', name: 'stdout', text: '1\n' }] },
      { cell_type: 'code', execution_count: 2, source: ['let a = 1;\n', 'a'], outputs: [] },
    ],
  });

  it('accepts a cleanly executed notebook', () => {
    expect(common.storedNotebookProblems(base(), 'x.ipynb')).toEqual([]);
  });

  it('rejects an error output and names the cell', () => {
    const nb = base();
    nb.cells[2].outputs = [{ output_type: 'error', ename: 'Error', evalue: 'boom', traceback: [] } as never];
    expect(common.storedNotebookProblems(nb, 'x.ipynb')).toEqual(['x.ipynb cell 3 (code cell 2) `let a = 1;`: error output: Error: boom']);
  });

  it('rejects a tslab error written to stderr, but not a plain warning', () => {
    const nb = base();
    nb.cells[2].outputs = [{ output_type: 'stream', name: 'stderr', text: '1:7 - Cannot find name x.\n' } as never];
    expect(common.storedNotebookProblems(nb, 'x.ipynb')).toHaveLength(1);
    nb.cells[2].outputs = [{ output_type: 'stream', name: 'stderr', text: 'note: slow path taken\n' } as never];
    expect(common.storedNotebookProblems(nb, 'x.ipynb')).toEqual([]);
  });

  it('rejects unexecuted or out-of-order cells, a missing kernel and a notebook without outputs', () => {
    const partly = base();
    partly.cells[2].execution_count = null as never;
    expect(common.storedNotebookProblems(partly, 'x.ipynb')[0]).toContain('execution_count is null, expected 2');
    const never = base();
    never.cells[1].execution_count = null as never;
    never.cells[2].execution_count = null as never;
    never.cells[1].outputs = [];
    expect(common.storedNotebookProblems(never, 'x.ipynb')).toEqual([
      'x.ipynb: not executed (no execution counts); run npm run notebooks to store its outputs',
    ]);
    const python = base();
    python.metadata.kernelspec.name = 'python3';
    expect(common.storedNotebookProblems(python, 'x.ipynb')[0]).toContain('kernelspec is "python3"');
    const empty = base();
    empty.cells[1].outputs = [];
    expect(common.storedNotebookProblems(empty, 'x.ipynb')).toEqual(['x.ipynb: no outputs stored (run npm run notebooks to store them)']);
  });

  it('the Jupyter path re-registers a kernel whose command is gone (bare names are looked up on PATH)', () => {
    expect(jupyterScript.onPathOrExists(process.execPath)).toBe(true);
    expect(jupyterScript.onPathOrExists('/nonexistent/node_modules/.bin/tslab')).toBe(false);
    expect(jupyterScript.onPathOrExists('sh')).toBe(true);
    expect(jupyterScript.onPathOrExists('no-such-command-sop2030')).toBe(false);
  });

  it('the Jupyter path numbers executed cells 1..n, drops timing metadata and writes sorted keys', () => {
    const nb = {
      cells: [
        { cell_type: 'code', execution_count: null, metadata: { execution: { 'iopub.status.busy': 't' } }, source: 'a', outputs: [] },
        { cell_type: 'code', execution_count: null, metadata: {}, source: '  ', outputs: [] },
        { cell_type: 'code', execution_count: null, metadata: {}, source: 'b', outputs: [{ output_type: 'execute_result', execution_count: null }] },
      ],
      metadata: {},
    };
    const out = jupyterScript.normalizeExecuted(nb);
    expect(out.cells.map((c: { execution_count: number | null }) => c.execution_count)).toEqual([1, null, 2]);
    expect(out.cells[0].metadata).toEqual({});
    expect(out.cells[2].outputs[0].execution_count).toBe(2);
    expect(jupyterScript.serialize({ b: 1, a: { d: [], c: 'é' } })).toBe('{\n "a": {\n  "c": "é",\n  "d": []\n },\n "b": 1\n}\n');
  });
});
