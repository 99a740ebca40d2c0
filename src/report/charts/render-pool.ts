import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { WORKER_CODE_RANGE_MB } from '../../ensemble/address-space';
import type { VegaLiteSpec } from './chart-common';
import type { RenderReply } from './render-worker';
import { renderSvg } from './render-svg';

/** Renders many charts, on worker threads when it can. */
export interface RenderPool {
  /** SVGs in the order of `specs` (the same bytes as rendering them one by one in-process). */
  render(specs: readonly VegaLiteSpec[], onDone?: (done: number, total: number) => void): Promise<string[]>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/**
 * A pool of `threads` chart-rendering worker threads (render-worker.js), started at once so that
 * they load vega while the caller does other work (the CLI starts it while the ensemble runs).
 * Each SVG depends only on its spec, so which thread renders it does not change its bytes. With
 * `threads` ≤ 1, or when running from TypeScript sources (tests), it renders in-process.
 *
 * @example
 * const pool = startRenderPool(2);
 * try { svgs = await pool.render(charts.map((c) => c.spec)); } finally { await pool.close(); }
 */
export function startRenderPool(threads: number): RenderPool {
  const script = path.join(__dirname, 'render-worker.js');
  if (threads <= 1 || __filename.endsWith('.ts') || !fs.existsSync(script)) return inProcessPool();
  const workers = Array.from({ length: threads }, () => {
    // A capped code range: each worker isolate reserves far less address space (issue #15, ulimit -v).
    const w = new Worker(script, { resourceLimits: { codeRangeSizeMb: WORKER_CODE_RANGE_MB } });
    w.unref();
    return w;
  });
  let closed = false;
  return {
    async render(specs, onDone) {
      const out = new Array<string>(specs.length);
      let next = 0;
      let done = 0;
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const give = (): void => {
                if (next >= specs.length) {
                  w.removeAllListeners('message');
                  w.removeAllListeners('error');
                  resolve();
                  return;
                }
                const index = next++;
                w.postMessage({ index, spec: specs[index] });
              };
              w.on('message', (reply: RenderReply) => {
                if (reply.error !== undefined || reply.svg === undefined) {
                  reject(new Error(`chart ${reply.index}: ${reply.error ?? 'no SVG'}`));
                  return;
                }
                out[reply.index] = reply.svg;
                onDone?.(++done, specs.length);
                give();
              });
              w.once('error', reject);
              give();
            }),
        ),
      );
      return out;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

function inProcessPool(): RenderPool {
  return {
    async render(specs, onDone) {
      const out: string[] = [];
      for (const spec of specs) {
        out.push(await renderSvg(spec));
        onDone?.(out.length, specs.length);
      }
      return out;
    },
    async close() {
      /* nothing to stop */
    },
  };
}
