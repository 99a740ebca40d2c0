import { parentPort, workerData } from 'node:worker_threads';
import { DrawEngine, HistogramSketch, pilotRange, runChunks, type ChunkPlan, type EngineConfig } from './engine';
import { loadModelModule } from './model-module';
import type { SketchSpec, SketchState } from './summary';

/**
 * The worker thread of `runEnsemble` (always run as built JavaScript, dist/ensemble/worker.js).
 * It plans every scenario from the data it is given, says `ready`, then computes the chunks it is
 * told to and posts each chunk's sums (and in exact mode its draw vectors), then its sketch.
 */

/** Data a worker starts with. */
export interface WorkerInit extends EngineConfig {
  modelPath: string;
}

/** The message that starts a worker's share of the draws. */
export interface WorkerRun {
  type: 'run';
  plan: ChunkPlan;
  fromChunk: number;
  toChunk: number;
  spec?: SketchSpec;
}

/** The message that asks a worker for the pilot range of draws [from, to). */
export interface WorkerPilot {
  type: 'pilot';
  from: number;
  to: number;
}

/** Messages a worker posts. */
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'pilot'; min: Float64Array; max: Float64Array }
  | { type: 'chunk'; index: number; sums: Float64Array; values?: Float64Array; kept?: Float64Array }
  | { type: 'done'; sketch?: SketchState }
  | { type: 'error'; name: string; message: string; stack?: string; details?: unknown };

function serializeError(e: unknown): WorkerMessage {
  const err = e instanceof Error ? e : new Error(String(e));
  const details: Record<string, unknown> = {};
  for (const k of ['file', 'line', 'field', 'expected', 'found', 'problems'] as const) {
    const v = (err as unknown as Record<string, unknown>)[k];
    if (v !== undefined) details[k] = v;
  }
  return { type: 'error', name: err.name, message: err.message, stack: err.stack, details };
}

if (parentPort) {
  const port = parentPort;
  let engine: DrawEngine | undefined;
  try {
    const init = workerData as WorkerInit;
    engine = new DrawEngine(loadModelModule(init.modelPath), init);
    port.postMessage({ type: 'ready' } satisfies WorkerMessage);
  } catch (e) {
    port.postMessage(serializeError(e));
  }
  port.on('message', (msg: WorkerRun | WorkerPilot) => {
    if (!engine) return;
    if (msg.type === 'pilot') {
      try {
        const range = pilotRange(engine, msg.from, msg.to);
        port.postMessage({ type: 'pilot', min: range.min, max: range.max } satisfies WorkerMessage, [range.min.buffer as ArrayBuffer, range.max.buffer as ArrayBuffer]);
      } catch (e) {
        port.postMessage(serializeError(e));
      }
      return;
    }
    try {
      const sketch = msg.spec ? new HistogramSketch(msg.spec) : undefined;
      runChunks(engine, msg.plan, msg.fromChunk, msg.toChunk, sketch, (out) => {
        const transfer: ArrayBuffer[] = [out.sums.buffer as ArrayBuffer];
        if (out.values) transfer.push(out.values.buffer as ArrayBuffer);
        if (out.kept) transfer.push(out.kept.buffer as ArrayBuffer);
        port.postMessage({ type: 'chunk', index: out.index, sums: out.sums, values: out.values, kept: out.kept } satisfies WorkerMessage, transfer);
      });
      const done: WorkerMessage = sketch
        ? { type: 'done', sketch: { counts: sketch.counts, underMin: sketch.underMin, overMax: sketch.overMax } }
        : { type: 'done' };
      port.postMessage(done, sketch ? [sketch.counts.buffer as ArrayBuffer] : []);
    } catch (e) {
      port.postMessage(serializeError(e));
    }
  });
}
