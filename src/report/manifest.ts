import type { ResolvedScenario } from '../scenario/types';

/** Everything `manifest.json` records (DESIGN.md §5). */
export interface ManifestInput {
  toolVersion: string;
  /** The command as typed, e.g. `sop run baseline --draws 1000`. */
  command: string;
  createdAt: string;
  seed: number;
  draws: number;
  horizon: number;
  workers?: number;
  lang: string;
  scenarios: readonly ResolvedScenario[];
  dataFiles: readonly { path: string; sha256: string }[];
  /** Partnership table used: the bundled illustrative one or a user's file. */
  partnerships: { source: string; illustrative: boolean; count: number };
  /** Rules applied to series that end before the base year (from the model plan). */
  rulesApplied: readonly unknown[];
  timings: Readonly<Record<string, number>>;
  /** How the ensemble summarised: exact quantiles or a sketch (with its rank error bound). */
  ensemble?: { method: string; sketch?: unknown };
  /** Output files with their SHA-256 (filled in by the writer). */
  outputs?: readonly { path: string; sha256: string }[];
}

/**
 * The JSON text of `manifest.json`: tool version, command, seed, draws, the scenario files with
 * their hashes and every resolved parameter (value, distribution, origin), the data files with
 * their hashes, the rules applied to series that end early, and timings.
 *
 * @example
 * JSON.parse(formatManifest(input)).seed // → 20300101
 */
export function formatManifest(m: ManifestInput): string {
  const scenarios = m.scenarios.map((s) => ({
    id: s.id,
    title: s.title,
    horizon: s.horizon,
    files: s.files,
    parameters: Object.fromEntries(
      Object.keys(s.params)
        .sort()
        .map((key) => {
          const p = s.params[key];
          return [key, { value: p.value, ...(p.distribution ? { distribution: p.distribution } : {}), origin: p.origin }];
        }),
    ),
  }));
  const doc = {
    tool: { name: 'sop2030', version: m.toolVersion },
    command: m.command,
    createdAt: m.createdAt,
    seed: m.seed,
    draws: m.draws,
    horizon: m.horizon,
    ...(m.workers !== undefined ? { workers: m.workers } : {}),
    lang: m.lang,
    scenarios,
    data: { files: m.dataFiles, partnerships: m.partnerships },
    rulesApplied: m.rulesApplied,
    ...(m.ensemble ? { ensemble: m.ensemble } : {}),
    outputs: m.outputs ?? [],
    timingsMs: m.timings,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
