import type { Lang } from '../model/domain';
import type { Distribution, ParamValue } from '../params/types';
import type { ResolvedParam, ResolvedScenario } from '../scenario/types';

/** One line of the assumptions table of the report and of `results.xlsx`. */
export interface AssumptionRow {
  scenario: string;
  key: string;
  label: string;
  unit: string;
  /** The value used (the median when uncertain), formatted. */
  value: string;
  /** The value as a number when it is one (a scalar parameter), for spreadsheets. */
  number?: number;
  /** Uncertainty range or distribution, formatted; `vast`/`fixed` when none. */
  range: string;
  source: string;
  /** Where the value comes from: registry, scenario file (with line) or command line. */
  origin: string;
}

/**
 * Formats a parameter value for a table: numbers with up to 6 significant digits, year series as
 * `2024: 1; 2030: 2`.
 *
 * @example
 * formatParamValue({ 2024: 0.5, 2030: 1 }) // → '2024: 0.5; 2030: 1'
 */
export function formatParamValue(value: ParamValue): string {
  if (typeof value === 'number') return formatShort(value);
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([year, v]) => `${year}: ${formatShort(v)}`)
    .join('; ');
}

/**
 * Formats a distribution in a compact, language-neutral way.
 *
 * @example
 * formatDistribution({ type: 'uniform', min: 0.8, max: 1 }) // → 'uniform(0.8–1)'
 */
export function formatDistribution(d: Distribution | undefined, lang: Lang): string {
  if (!d || d.type === 'fixed') return lang === 'nl' ? 'vast' : 'fixed';
  switch (d.type) {
    case 'uniform':
      return `uniform(${formatShort(d.min)}–${formatShort(d.max)})`;
    case 'triangular':
    case 'pert':
      return `${d.type}(${formatShort(d.min)}, ${formatShort(d.mode)}, ${formatShort(d.max)})`;
    case 'normal':
      return `normal(${formatShort(d.mean)}, sd ${formatShort(d.sd)}${d.min !== undefined || d.max !== undefined ? `; ${formatShort(d.min ?? -Infinity)}–${formatShort(d.max ?? Infinity)}` : ''})`;
    case 'discrete':
      return `discrete(${d.values.map(formatShort).join(', ')})`;
  }
}

/**
 * The assumptions table of one or more scenarios: every parameter with its value, range, source
 * and origin, sorted by scenario (order given) then key.
 *
 * @example
 * assumptionRows([scenario], 'nl')[0] // → { scenario: 'baseline', key: '…', value: '…', range: '…', … }
 */
export function assumptionRows(scenarios: readonly ResolvedScenario[], lang: Lang): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const s of scenarios) {
    const keys = Object.keys(s.params).sort();
    for (const key of keys) rows.push(assumptionRow(s.id, s.params[key], lang));
  }
  return rows;
}

function assumptionRow(scenario: string, p: ResolvedParam, lang: Lang): AssumptionRow {
  const def = p.def;
  const bounds = def.kind === 'choice' ? def.options.join(' | ') : `[${formatShort(def.bounds[0])}, ${formatShort(def.bounds[1])}]`;
  const dist = def.kind === 'choice' ? (lang === 'nl' ? 'keuze' : 'choice') : formatDistribution(p.distribution, lang);
  const seriesNote = def.kind === 'series' && p.distribution && def.seriesUncertainty ? ` (${def.seriesUncertainty})` : '';
  return {
    scenario,
    key: p.key,
    label: def.label?.[lang] ?? p.key,
    unit: def.unit,
    value: formatParamValue(p.value),
    ...(typeof p.value === 'number' ? { number: p.value } : {}),
    range: `${dist}${seriesNote}; ${lang === 'nl' ? 'grenzen' : 'bounds'} ${bounds}`,
    source: def.source,
    origin: formatOrigin(p, lang),
  };
}

/** One parameter across the scenarios compared: its value per scenario and whether they differ. */
export interface AssumptionLine {
  key: string;
  /** The area of the parameter (the key's first part: pipeline, sop, capacity, …). */
  area: string;
  label: string;
  unit: string;
  source: string;
  /** The range(s), joined with " / " when the scenarios differ in it. */
  range: string;
  /** Per scenario in the order given; undefined when the scenario lacks the parameter. */
  values: (AssumptionRow | undefined)[];
  /** The value or the range differs between the scenarios. */
  differs: boolean;
}

/** The order of the areas in the assumptions table (the registry's order of definition files). */
const AREA_ORDER = ['pipeline', 'sop', 'capacity', 'funding', 'workforce', 'effects', 'impact'];

/**
 * The assumptions table across scenarios: one line per parameter, the parameters that differ
 * between the scenarios first, then the rest grouped by area (pipeline, sop, capacity, funding,
 * workforce, effects, impact), by key within each group.
 *
 * @example
 * assumptionLines(assumptionRows([base, ambition], 'en'), ['baseline', 'ambitie-2030'])[0].differs // → true
 */
export function assumptionLines(rows: readonly AssumptionRow[], scenarioIds: readonly string[]): AssumptionLine[] {
  const byKey = new Map<string, AssumptionRow[]>();
  for (const a of rows) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
  const areaRank = (area: string): number => {
    const i = AREA_ORDER.indexOf(area);
    return i < 0 ? AREA_ORDER.length : i;
  };
  const lines = [...byKey.entries()].map(([key, list]): AssumptionLine => {
    const first = list[0];
    const area = key.split('.')[0];
    return {
      key,
      area,
      label: first.label,
      unit: first.unit,
      source: first.source,
      range: [...new Set(list.map((a) => a.range))].join(' / '),
      values: scenarioIds.map((id) => list.find((a) => a.scenario === id)),
      differs: new Set(list.map((a) => `${a.value}|${a.range}`)).size > 1 || list.length < scenarioIds.length,
    };
  });
  return lines.sort(
    (a, b) => Number(b.differs) - Number(a.differs) || areaRank(a.area) - areaRank(b.area) || (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function formatOrigin(p: ResolvedParam, lang: Lang): string {
  const o = p.origin;
  if (!o) return '';
  if (o.kind === 'registry') return lang === 'nl' ? 'register' : 'registry';
  if (o.kind === 'cli') return `${lang === 'nl' ? 'opdrachtregel' : 'command line'} ${o.option}`;
  return `${o.scenario} (${o.file}${o.line !== undefined ? `:${o.line}` : ''})`;
}

function formatShort(x: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  return String(Number(x.toPrecision(6)));
}
