import type { Label, Lang } from '../model/domain';
import { baseConfig, type ChartSpec } from '../report/charts/chart-common';
import type { BacktestSummaryRow } from './backtest';
import type { GlobalSensitivityRow, TornadoRow } from './sensitivity';
import type { GoalSeekResult } from './solve';

/**
 * Vega-Lite specs of the analysis charts (tornado, PRCC, goal-seek probability curve, backtest
 * error and coverage). Plain JSON with inline data; rendered to SVG by src/report's `renderSvg`
 * (the one renderer) or shown in a notebook.
 */

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
const T = {
  lowHigh: { nl: 'p10 → p90 van de parameter', en: 'parameter at p10 → p90' },
  tornado: { nl: 'Wat beweegt de uitkomst het meest (één parameter tegelijk)', en: 'What moves the outcome most (one parameter at a time)' },
  prcc: { nl: 'Partiële rangcorrelatie met de uitkomst (hele ensemble)', en: 'Partial rank correlation with the outcome (whole ensemble)' },
  parameter: { nl: 'Parameter', en: 'Parameter' },
  atLow: { nl: 'bij p10', en: 'at p10' },
  atHigh: { nl: 'bij p90', en: 'at p90' },
  base: { nl: 'standaardwaarden', en: 'defaults' },
  probability: { nl: 'Kans dat het doel gehaald wordt', en: 'Probability the target is met' },
  required: { nl: 'vereiste kans', en: 'required probability' },
  mape: { nl: 'Gemiddelde absolute fout (MAPE)', en: 'Mean absolute percentage error (MAPE)' },
  coverage: { nl: 'Dekking van het 90%-interval (met 95%-betrouwbaarheidsinterval)', en: 'Coverage of the 90% interval (with 95% confidence interval)' },
  horizon: { nl: 'Jaren vooruit', en: 'Years ahead' },
  model: { nl: 'Model', en: 'Model' },
  nominal: { nl: 'nominaal', en: 'nominal' },
} as const;

/**
 * Tornado chart of one output: a bar per parameter from the output at its p10 to the output at
 * its p90 (colour: which end), around the output at the defaults; the `top` largest swings.
 *
 * @example
 * tornadoChart(rows.filter((r) => r.output === 'workforce.shortage_fte:po:2030'), { lang: 'en' });
 */
export function tornadoChart(rows: readonly TornadoRow[], o: { lang: Lang; top?: number; title?: string }): ChartSpec {
  const top = [...rows].sort((a, b) => b.swing - a.swing || a.key.localeCompare(b.key)).slice(0, o.top ?? 15);
  const order = top.map((r) => r.label[o.lang]);
  const base = top[0]?.base ?? 0;
  const values = top.flatMap((r) => [
    { parameter: r.label[o.lang], end: T.atLow[o.lang], from: r.base, to: r.outputLow },
    { parameter: r.label[o.lang], end: T.atHigh[o.lang], from: r.base, to: r.outputHigh },
  ]);
  const output = rows[0]?.output ?? '';
  const title = o.title ?? T.tornado[o.lang];
  return {
    name: `tornado-${output.replace(/[^A-Za-z0-9._-]+/g, '_')}`,
    title,
    spec: {
      $schema: SCHEMA,
      title: { text: title, subtitle: [`${output} — ${T.lowHigh[o.lang]}; ${T.base[o.lang]}: ${Math.round(base)}`] },
      width: 420,
      height: { step: 18 },
      data: { values },
      layer: [
        {
          mark: { type: 'bar', opacity: 0.85 },
          encoding: {
            y: { field: 'parameter', type: 'nominal', sort: order, title: null, axis: { labelLimit: 260 } },
            x: { field: 'from', type: 'quantitative', title: `${output} (${rows[0]?.outputUnit ?? ''})`, scale: { zero: false } },
            x2: { field: 'to' },
            color: { field: 'end', type: 'nominal', title: null, scale: { domain: [T.atLow[o.lang], T.atHigh[o.lang]], range: ['#4e79a7', '#e15759'] } },
          },
        },
        { mark: { type: 'rule', color: '#333' }, encoding: { x: { datum: base } } },
      ],
      config: baseConfig(o.lang),
    },
  };
}

/**
 * PRCC bar chart of one output: the `top` parameters by |PRCC|.
 *
 * @example
 * prccChart(globalRows.filter((r) => r.output === 'workforce.shortage_fte:po:2030'), { lang: 'nl' });
 */
export function prccChart(rows: readonly GlobalSensitivityRow[], o: { lang: Lang; top?: number }): ChartSpec {
  const top = rows.filter((r) => Number.isFinite(r.prcc)).sort((a, b) => Math.abs(b.prcc) - Math.abs(a.prcc) || a.key.localeCompare(b.key)).slice(0, o.top ?? 15);
  const output = rows[0]?.output ?? '';
  return {
    name: `prcc-${output.replace(/[^A-Za-z0-9._-]+/g, '_')}`,
    title: T.prcc[o.lang],
    spec: {
      $schema: SCHEMA,
      title: { text: T.prcc[o.lang], subtitle: [`${output}; n = ${rows[0]?.n ?? 0}`] },
      width: 420,
      height: { step: 18 },
      data: { values: top.map((r) => ({ parameter: r.label[o.lang], prcc: r.prcc })) },
      mark: 'bar',
      encoding: {
        y: { field: 'parameter', type: 'nominal', sort: top.map((r) => r.label[o.lang]), title: null, axis: { labelLimit: 260 } },
        x: { field: 'prcc', type: 'quantitative', title: 'PRCC', scale: { domain: [-1, 1] } },
        color: { condition: { test: 'datum.prcc < 0', value: '#4e79a7' }, value: '#e15759' },
      },
      config: baseConfig(o.lang),
    },
  };
}

/**
 * The probability curve of a goal seek: probability that the target holds against the lever (in
 * its display unit when it has one), the required probability and the answer.
 *
 * @example
 * probabilityCurveChart(result, { lang: 'en' });
 */
export function probabilityCurveChart(result: GoalSeekResult, o: { lang: Lang; toDisplay?: (x: number) => number; displayLabel?: Label }): ChartSpec {
  const show = o.toDisplay ?? ((x: number) => x);
  const unit = o.toDisplay && result.displayUnit ? result.displayUnit : result.lever.unit;
  const leverTitle = o.toDisplay && o.displayLabel ? o.displayLabel[o.lang] : result.lever.label[o.lang];
  const values = result.curve.map((p) => ({ lever: show(p.x), probability: p.probability }));
  const layers: Record<string, unknown>[] = [
    { mark: { type: 'line', point: true, interpolate: 'step-after' }, encoding: { x: { field: 'lever', type: 'quantitative', title: `${leverTitle} (${unit})`, scale: { zero: false } }, y: { field: 'probability', type: 'quantitative', title: T.probability[o.lang], scale: { domain: [0, 1] }, axis: { format: '.0%' } } } },
    { mark: { type: 'rule', color: '#e15759', strokeDash: [4, 3] }, encoding: { y: { datum: result.probability } } },
  ];
  if (result.value !== undefined) layers.push({ mark: { type: 'rule', color: '#59a14f' }, encoding: { x: { datum: show(result.value) } } });
  const title = `${T.probability[o.lang]}: ${result.conditions.map((c) => `${c.output} ${c.op} ${c.threshold}`).join(' & ')}`;
  return {
    name: `solve-${result.lever.key.replace(/[^A-Za-z0-9._-]+/g, '_')}`,
    title,
    spec: {
      $schema: SCHEMA,
      title: { text: title, subtitle: [`${T.required[o.lang]} ${Math.round(result.probability * 100)}%; n = ${result.draws}, seed ${result.seed}`] },
      width: 420,
      height: 220,
      data: { values },
      layer: layers,
      config: baseConfig(o.lang),
    },
  };
}

/**
 * Backtest error by model and horizon for one scope: MAPE bars, n in the tooltip.
 *
 * @example
 * backtestMapeChart(result.summary, 'pooled:inflow', { lang: 'en' });
 */
export function backtestMapeChart(summary: readonly BacktestSummaryRow[], scope: string, o: { lang: Lang }): ChartSpec {
  const rows = summary.filter((r) => r.scope === scope && r.horizon !== 'all');
  const models = [...new Set(rows.map((r) => r.model))];
  return {
    name: `backtest-mape-${scope.replace(/[^A-Za-z0-9._-]+/g, '_')}`,
    title: `${T.mape[o.lang]} — ${scope}`,
    spec: {
      $schema: SCHEMA,
      title: { text: `${T.mape[o.lang]} — ${scope}` },
      data: { values: rows.map((r) => ({ model: r.model, horizon: String(r.horizon), mape: r.mape, n: r.n })) },
      width: 420,
      height: { step: 12 },
      mark: 'bar',
      encoding: {
        y: { field: 'model', type: 'nominal', sort: models, title: null },
        yOffset: { field: 'horizon', type: 'nominal', sort: ['1', '2', '3', '4', '5'] },
        x: { field: 'mape', type: 'quantitative', title: 'MAPE', axis: { format: '.0%' } },
        color: { field: 'horizon', type: 'nominal', title: T.horizon[o.lang], scale: { scheme: 'blues' } },
        tooltip: [{ field: 'model' }, { field: 'horizon' }, { field: 'mape', format: '.1%' }, { field: 'n' }],
      },
      config: baseConfig(o.lang),
    },
  };
}

/**
 * Backtest coverage of the 90% intervals by model (all horizons) for one scope, with the 95%
 * Wilson interval of the coverage and a rule at the nominal level.
 *
 * @example
 * backtestCoverageChart(result.summary, 'sop.share', 0.9, { lang: 'nl' });
 */
export function backtestCoverageChart(summary: readonly BacktestSummaryRow[], scope: string, level: number, o: { lang: Lang }): ChartSpec {
  const rows = summary.filter((r) => r.scope === scope && r.horizon === 'all');
  return {
    name: `backtest-coverage-${scope.replace(/[^A-Za-z0-9._-]+/g, '_')}`,
    title: `${T.coverage[o.lang]} — ${scope}`,
    spec: {
      $schema: SCHEMA,
      title: { text: `${T.coverage[o.lang]} — ${scope}`, subtitle: [`n = ${rows[0]?.nTargets ?? 0} (${o.lang === 'nl' ? 'jaren × reeksen' : 'years × series'})`] },
      data: { values: rows.map((r) => ({ model: r.model, coverage: r.coverage, lo: r.coverageWilsonLo, hi: r.coverageWilsonHi, n: r.nTargets })) },
      width: 420,
      height: { step: 20 },
      layer: [
        { mark: { type: 'rule' }, encoding: { y: { field: 'model', type: 'nominal', sort: rows.map((r) => r.model), title: null }, x: { field: 'lo', type: 'quantitative', title: T.coverage[o.lang], scale: { domain: [0, 1] }, axis: { format: '.0%' } }, x2: { field: 'hi' } } },
        { mark: { type: 'point', filled: true, size: 60 }, encoding: { y: { field: 'model', type: 'nominal', sort: rows.map((r) => r.model) }, x: { field: 'coverage', type: 'quantitative' } } },
        { mark: { type: 'rule', color: '#e15759', strokeDash: [4, 3] }, encoding: { x: { datum: level } } },
      ],
      config: baseConfig(o.lang),
    },
  };
}
