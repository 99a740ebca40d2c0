import type { Lang } from '../model/domain';
import { distributionText } from '../params/distribution';
import { paramValueText } from '../params/docs';
import type { ParamValue, ParamValues } from '../params/types';
import type { ParamOrigin, ResolvedScenario } from './types';

/**
 * What `sop show SCENARIO` prints: every resolved parameter with its value or distribution and
 * where it comes from. `showRows` gives the same as tidy rows for CSV files and notebooks.
 */

/** One parameter of a resolved scenario, flat, for tables (column names never change with language). */
export interface ShowRow {
  key: string;
  /** First segment of the key (`sop`, `pipeline`, …). */
  group: string;
  label_nl: string;
  label_en: string;
  unit: string;
  kind: 'scalar' | 'series' | 'choice';
  /** The deterministic value as text: a number, `2024: 5800; 2030: 6000` for a series, or the option. */
  value: string;
  /** The distribution as text (`pert(min 0.7, mode 1, max 1.3)`), or '' when fixed. */
  distribution: string;
  /** For a series: how the distribution applies (`scale`/`shift`), else ''. */
  series_uncertainty: string;
  origin: ParamOrigin['kind'];
  /** Scenario id, file and line (origin `scenario`), or the option (origin `cli`); else ''. */
  origin_scenario: string;
  origin_file: string;
  origin_line: number | '';
  origin_option: string;
  source: string;
}

/**
 * The deterministic values of a resolved scenario, by key (the median of each distribution).
 *
 * @example
 * const v = resolvedValues(loadScenario('baseline'));
 * v['sop.trajectory']; // → 'logistic'
 */
export function resolvedValues(s: ResolvedScenario): ParamValues {
  const out: Record<string, ParamValue> = {};
  for (const key of Object.keys(s.params)) out[key] = s.params[key].value;
  return out;
}

/**
 * Every parameter of a resolved scenario as a flat row, in registry order.
 *
 * @example
 * showRows(loadScenario('ambitie-2030')).filter((r) => r.origin !== 'registry');
 * // → the parameters the scenario (or its parents) set, each with file and line
 */
export function showRows(s: ResolvedScenario): ShowRow[] {
  return Object.values(s.params).map((p) => {
    const o = p.origin;
    return {
      key: p.key,
      group: p.key.split('.')[0],
      label_nl: p.def.label.nl,
      label_en: p.def.label.en,
      unit: p.def.unit,
      kind: p.def.kind,
      value: paramValueText(p.value),
      distribution: p.distribution ? distributionText(p.distribution) : '',
      series_uncertainty: p.def.kind === 'series' && p.distribution ? (p.def.seriesUncertainty ?? 'scale') : '',
      origin: o.kind,
      origin_scenario: o.kind === 'scenario' ? o.scenario : '',
      origin_file: o.kind === 'scenario' ? o.file : '',
      origin_line: o.kind === 'scenario' && o.line !== undefined ? o.line : '',
      origin_option: o.kind === 'cli' ? o.option : '',
      source: p.def.source,
    };
  });
}

const TEXT = {
  nl: {
    scenario: 'Scenario',
    files: 'Bestanden',
    horizon: 'Horizon',
    registry: 'standaardwaarde register',
    commandLine: 'opdrachtregel',
    defaultHorizon: 'standaard',
    cols: ['parameter', 'omschrijving', 'eenheid', 'waarde', 'verdeling', 'herkomst'],
    fixed: 'vast',
    extends: 'erft van',
    seriesFactor: (how: string) => (how === 'shift' ? 'verschuiving' : 'factor'),
    points: (n: number) => `${n} punten`,
  },
  en: {
    scenario: 'Scenario',
    files: 'Files',
    horizon: 'Horizon',
    registry: 'registry default',
    commandLine: 'command line',
    defaultHorizon: 'default',
    cols: ['parameter', 'label', 'unit', 'value', 'distribution', 'origin'],
    fixed: 'fixed',
    extends: 'extends',
    seriesFactor: (how: string) => (how === 'shift' ? 'shift' : 'scale'),
    points: (n: number) => `${n} points`,
  },
} as const;

function originText(o: ParamOrigin, lang: Lang): string {
  const t = TEXT[lang];
  if (o.kind === 'registry') return t.registry;
  if (o.kind === 'cli') return `${t.commandLine} ${o.option}`;
  return `${o.file}${o.line !== undefined ? `:${o.line}` : ''}`;
}

/** A series shortened for the terminal: the first two and last two points when longer than six. */
function shortValue(v: ParamValue, lang: Lang): string {
  if (typeof v !== 'object') return paramValueText(v);
  const years = Object.keys(v).map(Number).sort((a, b) => a - b);
  if (years.length <= 6) return paramValueText(v);
  const pick = [...years.slice(0, 2), ...years.slice(-2)];
  return `${pick[0]}: ${v[pick[0]]}; ${pick[1]}: ${v[pick[1]]}; …; ${pick[2]}: ${v[pick[2]]}; ${pick[3]}: ${v[pick[3]]} (${TEXT[lang].points(years.length)})`;
}

/**
 * The text of `sop show SCENARIO`: title, files in the `extends` chain, horizon, then one line per
 * parameter (grouped by the first segment of its key) with label, unit, value, distribution and
 * origin (registry default, scenario file:line, or command line), in Dutch or English.
 *
 * @example
 * console.log(formatShow(loadScenario('ambitie-2030'), 'en'));
 * // Scenario ambitie-2030: 100% SO&P in 2030 …
 * // sop.trajectory  SO&P share trajectory  none  target  fixed  scenarios/ambitie-2030.yaml:12
 */
export function formatShow(s: ResolvedScenario, lang: Lang): string {
  const t = TEXT[lang];
  const lines: string[] = [];
  lines.push(`${t.scenario} ${s.id}: ${s.title}`);
  if (s.description) lines.push(...s.description.trim().split('\n').map((l) => `  ${l}`));
  lines.push(`${t.files}: ${s.files.map((f) => `${f.path} (sha256 ${f.sha256.slice(0, 12)})`).join(` ← ${t.extends} `)}`);
  const ho = s.horizonOrigin;
  lines.push(`${t.horizon}: ${s.horizon} (${ho && ho.kind !== 'registry' ? originText(ho, lang) : t.defaultHorizon})`);
  const header = [...t.cols];
  const rows = Object.values(s.params).map((p) => [
    p.key,
    p.def.label[lang],
    p.def.unit,
    shortValue(p.value, lang),
    p.distribution
      ? `${distributionText(p.distribution)}${p.def.kind === 'series' ? ` (${t.seriesFactor(p.def.seriesUncertainty ?? 'scale')})` : ''}`
      : t.fixed,
    originText(p.origin, lang),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: readonly string[]): string => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  let group = '';
  lines.push('', fmt(header), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) {
    const g = r[0].split('.')[0];
    if (g !== group && group !== '') lines.push('');
    group = g;
    lines.push(fmt(r));
  }
  return lines.join('\n') + '\n';
}
