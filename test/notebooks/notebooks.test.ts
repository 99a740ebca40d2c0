/**
 * The notebooks in notebooks/ run end to end without Jupyter (tslab's executor from Node, one child
 * process per notebook), are stored with outputs and without errors, and the harness can fail.
 *
 * The Jupyter path (scripts/notebooks-jupyter.js) is exercised by .ci/run, including its own
 * --expect-fail self-test on the failing fixtures below; here only its pure helpers are tested.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
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

/** Runs the Node harness on `files`; returns its exit status, its log and its per-notebook results. */
function runHarness(files: string[], extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'nb-test-'));
  const json = join(dir, 'results.json');
  try {
    const r = spawnSync(process.execPath, [RUNNER, '--json', json, ...extra, ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20 * 60_000,
    });
    let results: NotebookResult[] = [];
    try {
      results = JSON.parse(readFileSync(json, 'utf8'));
    } catch {
      // the runner died before writing results; the status and log say why
    }
    return { status: r.status, log: `${r.stdout}\n${r.stderr}`, results };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const notebooks: string[] = common.listNotebooks();

describe('notebooks/ (tslab executor from Node, no Jupyter)', () => {
  it('there is at least one notebook to run', () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });

  for (const file of notebooks) {
    const name = common.displayPath(file);
    it(`${name} runs end to end without a failing cell`, { timeout: 20 * 60_000 }, () => {
      const { status, log, results } = runHarness([file]);
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

describe('01-quickstart.ipynb', () => {
  const hello = join(ROOT, 'notebooks/01-quickstart.ipynb');
  it('shows a table and an inline SVG chart in its stored outputs', () => {
    const nb = common.readNotebook(hello);
    const outputs = nb.cells.flatMap((c: { outputs?: unknown[] }) => c.outputs ?? []);
    const text = JSON.stringify(outputs);
    expect(text).toContain('shortage_fte');
    const svg = outputs.find((o: { data?: Record<string, unknown> }) => o.data?.['image/svg+xml']);
    expect(svg).toBeDefined();
    expect(String(svg.data['image/svg+xml'])).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });
});

describe('the harness fails when a notebook fails', () => {
  const failing = ['failing.ipynb', 'failing-type.ipynb', 'failing-async.ipynb', 'failing-stderr.ipynb'].map((f) =>
    join(FIXTURES, f),
  );
  let run: ReturnType<typeof runHarness>;
  beforeAll(() => {
    run = runHarness(failing);
  }, 10 * 60_000);
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

  it('--expect-fail exits 0 on failing notebooks and 1 on a passing one', () => {
    expect(runHarness([failing[0]], ['--expect-fail']).status).toBe(0);
    expect(runHarness([join(FIXTURES, 'passing.ipynb')], ['--expect-fail']).status).toBe(1);
  });

  it('passes a good notebook, capturing stdout, display data and the last expression', () => {
    const { status, results, log } = runHarness([join(FIXTURES, 'passing.ipynb')]);
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
