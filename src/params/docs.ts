import { distributionText } from './distribution';
import { isAssumption } from './registry';
import type { ParamDef, ParamValue } from './types';

/**
 * `docs/parameters.md`, generated from the registry (never edited by hand): one table per
 * group (the first segment of the key) with key, labels, unit, default, distribution, bounds,
 * source and notes. `npm run gen-docs` writes it; a test fails when the committed file is stale.
 */

/** Headings of the known key groups; other groups are shown by their key. */
export const PARAM_GROUP_TITLES: Readonly<Record<string, string>> = {
  pipeline: 'Teacher-education pipeline (lerarenopleidingen)',
  sop: 'SO&P share trajectory',
  capacity: 'Partnership capacity (werkplekbegeleiders, schoolopleiders)',
  funding: 'Funding (subsidie)',
  workforce: 'Teacher workforce (po, vo, mbo)',
  effects: 'Effects of training in a partnership (SO&P)',
};

/**
 * A parameter value as text: numbers in shortest round-trip form, series as `year: value` pairs.
 *
 * @example
 * paramValueText({ 2024: 5800, 2030: 6000 }); // → '2024: 5800; 2030: 6000'
 * paramValueText(0.25);                       // → '0.25'
 */
export function paramValueText(v: ParamValue): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return Object.keys(v)
    .map(Number)
    .sort((a, b) => a - b)
    .map((y) => `${y}: ${v[y]}`)
    .join('; ');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const boundText = (b: readonly [number, number]): string => `[${b[0]}, ${b[1]}]`;

/** The distribution column of a definition. */
function distributionCell(def: ParamDef): string {
  if (def.kind === 'choice') return `one of: ${def.options.join(', ')}`;
  if (!def.distribution) return 'fixed';
  const base = distributionText(def.distribution);
  if (def.kind === 'series') {
    const how = def.seriesUncertainty === 'shift' ? 'shift added to' : 'factor on';
    return `${base}, ${how} the whole series${def.uncertaintyBounds ? ` (within ${boundText(def.uncertaintyBounds)})` : ''}`;
  }
  if (def.correlation) return `${base}; correlated group ${def.correlation.group} (ρ = ${def.correlation.rho})`;
  return base;
}

/**
 * The Markdown text of `docs/parameters.md` for a list of definitions (in their order, grouped
 * by the first segment of the key, groups in order of first appearance). `overrideRule` is the
 * text explaining how scenario files override parameters (src/scenario/keys.ts owns it).
 *
 * @example
 * parametersMarkdown(PARAM_DEFS, PLAIN_VALUE_RULE).startsWith('# Parameters'); // → true
 */
export function parametersMarkdown(defs: readonly ParamDef[], overrideRule: string): string {
  const groups = new Map<string, ParamDef[]>();
  for (const d of defs) {
    const g = d.key.split('.')[0];
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(d);
  }
  const assumptions = defs.filter(isAssumption).length;
  const out: string[] = [
    '# Parameters',
    '',
    '<!-- Generated from the registry (src/params/defs) by `npm run gen-docs`. Do not edit by hand. -->',
    '',
    `Every parameter of the model: ${defs.length} in ${groups.size} groups, ${assumptions} of them assumptions ` +
      '(no published figure; their range is the distribution or the bounds). Scenario files override them by key ' +
      '(`schema/scenario.schema.json` describes the format).',
    '',
    'Columns: **default** is the deterministic value and the median of the distribution; **distribution** is what the ' +
      'ensembles sample (by inverse CDF from the parameter\'s own random stream); for a year series it is a factor on ' +
      '(or a shift of) the whole series; **bounds** is the valid range: values and distribution supports outside it are ' +
      'rejected. **source** is a data card (`data/…`), a research source key (FACTS/WORKFORCE) or `assumption`.',
    '',
    '**effect** is the expected effect of raising the parameter on the shortage (`up`, `down`, `none`, `depends`) with ' +
      'its reason, declared for every pipeline, workforce and SO&P-effect parameter and checked by ' +
      '`test/model/levers.test.ts` (each parameter moved across its range, deterministic and as a paired ensemble). ' +
      '**stage** says when a parameter acts: `draw` (the default) acts on the future only: the base year and every ' +
      'calibrated constant use the registry value (calibration on history only, docs/methods.md §4.5); `base` describes ' +
      'the base year itself (a scenario may move calibrated constants, never the measured anchors: employment, shortage, ' +
      'SO&P share in B); `plan` shapes the model and is never drawn.',
    '',
    '## Parameters of stage base and plan',
    '',
    ...defs.filter((d) => d.stage === 'base' || d.stage === 'plan').map((d) => `- \`${d.key}\` (${d.stage}): ${d.description}`),
    '',
    '## Parameters whose effect depends',
    '',
    ...defs.filter((d) => d.direction?.effect === 'depends').map((d) => `- \`${d.key}\`: ${d.direction?.reason}`),
    '',
    '## How a scenario overrides a parameter',
    '',
    overrideRule,
    '',
  ];
  for (const [g, list] of groups) {
    out.push(`## ${PARAM_GROUP_TITLES[g] ?? g} (\`${g}.*\`)`, '');
    out.push('| key | label (nl) | label (en) | unit | default | distribution | bounds | source | effect | stage | description and notes |');
    out.push('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const d of list) {
      const bounds = d.kind === 'choice' ? '' : boundText(d.bounds);
      const text = [d.description, d.notes].filter(Boolean).join(' ');
      out.push(
        `| \`${d.key}\` | ${cell(d.label.nl)} | ${cell(d.label.en)} | ${d.unit} | ${cell(paramValueText(d.default))} | ` +
          `${cell(distributionCell(d))} | ${bounds} | ${cell(d.source)} | ${cell(d.direction ? `${d.direction.effect}: ${d.direction.reason}` : '')} | ` +
          `${d.stage ?? 'draw'} | ${cell(text)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
