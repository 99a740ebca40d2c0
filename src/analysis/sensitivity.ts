import { ParamSampler, deterministicValues } from '../ensemble/sample';
import { RandomStream } from '../ensemble/streams';
import type { Label } from '../model/domain';
import type { ParamValue } from '../params/types';
import type { ResolvedScenario } from '../scenario/types';
import { formatOutputSelector, outputIndex, outputUnit, type ModelRunner, type OutputSelector } from './outputs';
import { partialRankCorrelation } from './prcc';
import { drawnInput, uncertainKeys, valueAtQuantile } from './quantileValues';

/**
 * Sensitivity of chosen outputs to the uncertain parameters of a scenario (issue 9):
 * - one at a time: each parameter swung between its p10 and p90 with all others at their
 *   defaults (the medians) → a tornado table;
 * - global: partial rank correlation coefficients over an ensemble drawn exactly as `sop run`
 *   draws it (same seed → same draws, correlation groups included).
 */

/** One bar of a tornado: a parameter swung between two quantiles. */
export interface TornadoRow {
  output: string;
  key: string;
  label: Label;
  /** Unit of the parameter (for series: the unit of the factor, `factor` or the series unit for shifts). */
  inputUnit: string;
  outputUnit: string;
  lowQuantile: number;
  highQuantile: number;
  /** The parameter's value at the low and high quantile (for series: the scale factor or shift). */
  inputLow: number;
  inputHigh: number;
  /** Output with every parameter at its default. */
  base: number;
  /** Output with this parameter at its low / high quantile. */
  outputLow: number;
  outputHigh: number;
  /** outputHigh − outputLow: the sign says the direction of the effect. */
  effect: number;
  /** |effect|: what the tornado sorts by. */
  swing: number;
}

/** Options of {@link oneAtATime}. */
export interface OneAtATimeOptions {
  /** Quantiles of the swing (default 0.1 and 0.9). */
  lowQuantile?: number;
  highQuantile?: number;
  /** Parameters to swing (default: every uncertain parameter of the scenario). */
  keys?: readonly string[];
}

/**
 * One-at-a-time swings: for each uncertain parameter, the outputs at its p10 and p90 (marginal
 * quantiles, {@link valueAtQuantile}) with every other parameter at its default. Rows per output,
 * sorted by swing, largest first (ties by key). 2 model runs per parameter plus one.
 *
 * @example
 * const rows = oneAtATime(scenario, runner, [{ metric: 'workforce.shortage_fte', sector: 'po', year: 2030 }]);
 * rows[0].key; // the parameter that moves the 2030 po shortage most
 */
export function oneAtATime(scenario: ResolvedScenario, runner: ModelRunner, outputs: readonly OutputSelector[], options: OneAtATimeOptions = {}): TornadoRow[] {
  const lowQ = options.lowQuantile ?? 0.1;
  const highQ = options.highQuantile ?? 0.9;
  if (!(lowQ > 0 && lowQ < highQ && highQ < 1)) throw new RangeError(`quantiles must satisfy 0 < low < high < 1, got ${lowQ}, ${highQ}`);
  const indices = outputs.map((o) => outputIndex(runner.layout, o));
  const out = new Float64Array(runner.layout.series.length * runner.layout.years.length);
  const baseValues = deterministicValues(scenario);
  runner.run(baseValues, out);
  const base = indices.map((i) => out[i]);
  const rows: TornadoRow[] = [];
  for (const key of options.keys ?? uncertainKeys(scenario)) {
    const param = scenario.params[key];
    if (!param) throw new RangeError(`unknown parameter ${key}`);
    const low = valueAtQuantile(param, lowQ);
    const high = valueAtQuantile(param, highQ);
    // A swing of a parameter the scenario leaves at the registry is uncertainty about the world,
    // history included (its base year and calibration move with it, as in an ensemble draw); a
    // parameter the scenario sets is a change of the future only (calibration on history only).
    const world = param.origin.kind === 'registry';
    const at = (value: ParamValue) => {
      const values: Record<string, ParamValue> = { ...baseValues, [key]: value };
      runner.run(values, out, world ? values : undefined);
      return indices.map((i) => out[i]);
    };
    const outLow = at(low.value);
    const outHigh = at(high.value);
    outputs.forEach((o, j) => {
      // Differences at the level of floating-point noise are no effect (keeps the order stable).
      const raw = outHigh[j] - outLow[j];
      const effect = Math.abs(raw) <= 1e-9 * Math.max(1, Math.abs(base[j])) ? 0 : raw;
      rows.push({
        output: formatOutputSelector(o),
        key,
        label: param.def.label,
        inputUnit: param.def.kind === 'series' ? (param.def.seriesUncertainty === 'shift' ? param.def.unit : 'factor') : param.def.unit,
        outputUnit: outputUnit(runner.layout, o),
        lowQuantile: lowQ,
        highQuantile: highQ,
        inputLow: low.input,
        inputHigh: high.input,
        base: base[j],
        outputLow: outLow[j],
        outputHigh: outHigh[j],
        effect,
        swing: Math.abs(effect),
      });
    });
  }
  const order = new Map(outputs.map((o, j) => [formatOutputSelector(o), j]));
  return rows.sort((a, b) => order.get(a.output)! - order.get(b.output)! || b.swing - a.swing || a.key.localeCompare(b.key));
}

/** Global sensitivity of one output to one parameter over the ensemble. */
export interface GlobalSensitivityRow {
  output: string;
  key: string;
  label: Label;
  prcc: number;
  spearman: number;
  pValue: number;
  /** Standardised rank regression coefficient (importance: SRRC² ≈ share of rank variance explained). */
  srrc: number;
  /** Draws used. */
  n: number;
}

/** Key of the dummy input of {@link globalSensitivity}: uniform draws that enter no output. */
export const DUMMY_PARAMETER = '(dummy)';
const DUMMY_LABEL: Label = { nl: '(dummy: ruisniveau)', en: '(dummy: noise floor)' };

/** Options of {@link globalSensitivity}. */
export interface GlobalSensitivityOptions {
  seed: number;
  /** Ensemble draws (default 500). PRCC needs more draws than uncertain parameters + 2. */
  draws?: number;
}

/**
 * Partial rank correlation of each uncertain parameter (its drawn value, or its series factor)
 * with each output over an ensemble drawn with the ensemble's own sampler, so the draws are those
 * of `sop run --seed`. One more row, {@link DUMMY_PARAMETER}, is a uniform input from its own stream
 * that enters nothing: parameters whose |PRCC| or |SRRC| is not clearly above the dummy's are at
 * the noise floor. Rows per output, sorted by |PRCC|, largest first.
 *
 * @example
 * globalSensitivity(scenario, runner, [{ metric: 'workforce.shortage_fte', sector: 'po', year: 2030 }], { seed: 42, draws: 500 });
 */
export function globalSensitivity(
  scenario: ResolvedScenario,
  runner: ModelRunner,
  outputs: readonly OutputSelector[],
  options: GlobalSensitivityOptions,
): GlobalSensitivityRow[] {
  const draws = options.draws ?? 500;
  const keys = uncertainKeys(scenario);
  const indices = outputs.map((o) => outputIndex(runner.layout, o));
  const inputs = keys.map(() => new Float64Array(draws));
  const results = outputs.map(() => new Float64Array(draws));
  const out = new Float64Array(runner.layout.series.length * runner.layout.years.length);
  const sampler = new ParamSampler(scenario, options.seed);
  // A dummy input that enters nothing (Marino et al. 2008): its coefficients show the noise floor.
  const dummy = new Float64Array(draws);
  const dummyStream = new RandomStream(options.seed, DUMMY_PARAMETER);
  for (let i = 0; i < draws; i++) dummy[i] = dummyStream.nextUniform();
  for (let i = 0; i < draws; i++) {
    const values = sampler.next();
    keys.forEach((k, j) => (inputs[j][i] = drawnInput(scenario.params[k], values[k])));
    runner.run(values, out, sampler.history());
    indices.forEach((idx, j) => (results[j][i] = out[idx]));
  }
  const rows: GlobalSensitivityRow[] = [];
  outputs.forEach((o, j) => {
    const prcc = partialRankCorrelation([...inputs, dummy], results[j]);
    const block = [...keys, DUMMY_PARAMETER].map((key, k) => ({
      output: formatOutputSelector(o),
      key,
      label: key === DUMMY_PARAMETER ? DUMMY_LABEL : scenario.params[key].def.label,
      prcc: prcc[k].prcc,
      spearman: prcc[k].spearman,
      pValue: prcc[k].pValue,
      srrc: prcc[k].srrc,
      n: draws,
    }));
    block.sort((a, b) => (Number.isNaN(b.prcc) ? -1 : Math.abs(b.prcc)) - (Number.isNaN(a.prcc) ? -1 : Math.abs(a.prcc)) || a.key.localeCompare(b.key));
    rows.push(...block);
  });
  return rows;
}
