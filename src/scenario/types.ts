import type { Distribution, ParamDef, ParamValue } from '../params/types';
import type { Label } from '../model/domain';

/** Where a resolved parameter value comes from (shown by `sop show`). */
export type ParamOrigin =
  | { kind: 'registry' }
  | { kind: 'scenario'; scenario: string; file: string; line?: number }
  | { kind: 'cli'; option: string };

/** A parameter after `extends` and command-line overrides have been applied. */
export interface ResolvedParam {
  key: string;
  def: ParamDef;
  /** The deterministic value (the median of the distribution when there is one). */
  value: ParamValue;
  /** Uncertainty for ensembles; absent means fixed. */
  distribution?: Distribution;
  origin: ParamOrigin;
}

/** A scenario file as read, before resolution (one per file in the `extends` chain). */
export interface ScenarioFileInfo {
  id: string;
  path: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
}

/** A scenario ready to run: every registry parameter has a value. */
export interface ResolvedScenario {
  /** The file stem of the scenario file (DESIGN.md §4). */
  id: string;
  /** The title; a bilingual title (`title: {nl, en}`) is `nl / en` here and per language in `titles`. */
  title: string;
  /** The description; a bilingual one is the English text here and per language in `descriptions`. */
  description?: string;
  titles?: Label;
  descriptions?: Label;
  author?: string;
  references?: string[];
  /** Last output year. */
  horizon: number;
  /** Where the horizon comes from (registry = the default horizon, DEFAULT_HORIZON). */
  horizonOrigin?: ParamOrigin;
  /** The file itself first, then its parents in `extends` order. */
  files: ScenarioFileInfo[];
  /** Every registry parameter, keyed by parameter key. */
  params: Readonly<Record<string, ResolvedParam>>;
}
