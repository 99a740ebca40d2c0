/**
 * Worker thread of the chart render pool (render-pool.ts): renders Vega-Lite specs to SVG on
 * request, one message per chart. Loads vega and vega-lite once, at start.
 */
import { parentPort } from 'node:worker_threads';
import { renderSvg } from './render-svg';

/** A render request: the chart's index in the batch and its spec. */
export interface RenderRequest {
  index: number;
  spec: Record<string, unknown>;
}

/** A render reply: the SVG, or the error message. */
export interface RenderReply {
  index: number;
  svg?: string;
  error?: string;
}

if (parentPort) {
  const port = parentPort;
  // Load the libraries now, while the main thread is busy elsewhere.
  require('vega');
  require('vega-lite');
  port.on('message', (req: RenderRequest) => {
    renderSvg(req.spec).then(
      (svg) => port.postMessage({ index: req.index, svg } satisfies RenderReply),
      (e: unknown) => port.postMessage({ index: req.index, error: e instanceof Error ? e.message : String(e) } satisfies RenderReply),
    );
  });
}
