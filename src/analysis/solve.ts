import { ParamSampler } from '../ensemble/sample';
import type { Label } from '../model/domain';
import type { ParamValues } from '../params/types';
import type { ResolvedScenario } from '../scenario/types';
import { InputError } from '../errors';
import { formatOutputSelector, outputIndex, type ModelRunner, type OutputSelector } from './outputs';
import { copyValues } from './quantileValues';
import { quantileSorted7 } from '../ensemble/quantile';

/**
 * Goal seek (issue 9): the value of one lever such that a target holds with a stated probability
 * across the ensemble, e.g. "po shortage ≤ 5% of demand in 2030 with 80% probability".
 *
 * The ensemble's draws are sampled once (common random numbers: the same draws at every lever
 * value, the draws `sop run --seed` uses) and the lever overrides its parameter in every draw; the
 * probability of the target is the share of draws that meet it. For a monotone lever that share
 * is a non-decreasing (or non-increasing) step function of the lever, so bracketing the bounds
 * and bisecting finds the least demanding lever value that reaches the probability, to
 * `tolerance`. Everything runs in this process, in draw order: the answer does not depend on any
 * number of workers, and the same seed gives the same answer.
 */

/** A lever: one parameter that the analyst can set, with its search range. */
export interface Lever {
  key: string;
  label: Label;
  /** Search range of the lever (inclusive). */
  min: number;
  max: number;
  /** Unit of the lever value as searched (e.g. `factor`, `rate`, `share`). */
  unit: string;
  /** The draw's values with the lever set to x (a new object; `draw` is not changed). */
  apply(draw: ParamValues, x: number): ParamValues;
  /**
   * Optional translation of a lever value to the unit users think in (e.g. a level factor → persons
   * per year), with that unit.
   */
  display?: { unit: string; label: Label; toDisplay(x: number): number };
}

/** One condition of a target: an output compared with a threshold. */
export interface TargetCondition {
  output: OutputSelector;
  op: '<=' | '>=';
  threshold: number;
}

/**
 * A lever that sets a scalar parameter to x in every draw. The range defaults to the registry
 * bounds of the parameter.
 *
 * @example
 * scalarLever(scenario, 'capacity.mentors_trained.rate', { min: 0, max: 1 });
 */
export function scalarLever(scenario: ResolvedScenario, key: string, range: { min?: number; max?: number } = {}): Lever {
  const p = scenario.params[key];
  if (!p) throw new InputError({ field: 'lever', expected: 'a parameter key of the registry (see `sop show`)', found: key });
  if (p.def.kind !== 'scalar') throw new InputError({ field: 'lever', expected: 'a scalar parameter (a number, not a series or a choice)', found: `${key} (${p.def.kind})` });
  const [lo, hi] = p.def.bounds;
  const min = range.min ?? lo;
  const max = range.max ?? hi;
  if (!(min < max) || min < lo || max > hi) {
    throw new InputError({ field: 'lever range', expected: `min < max within the bounds of ${key}, [${lo}, ${hi}]`, found: `[${min}, ${max}]` });
  }
  return {
    key,
    label: p.def.label,
    unit: p.def.unit,
    min,
    max,
    apply: (draw, x) => ({ ...draw, [key]: x }),
  };
}

/** The probability of the target at one lever value. */
export interface ProbabilityPoint {
  x: number;
  /** Share of draws meeting every condition. */
  probability: number;
  /** Share of draws meeting each condition on its own. */
  conditionProbabilities: number[];
  /** Per condition, the output's quantile at the required probability (how close it gets). */
  outputAtProbability: number[];
}

/** The answer of a goal seek. */
export interface GoalSeekResult {
  /** `found`: value reaches the probability; `met-at-bound`: the least demanding bound already does; `unreachable`: no value in range does. */
  status: 'found' | 'met-at-bound' | 'unreachable';
  lever: { key: string; label: Label; unit: string; min: number; max: number };
  conditions: { output: string; op: string; threshold: number }[];
  probability: number;
  draws: number;
  seed: number;
  /** Direction in which the lever raises the probability. */
  direction: 'increasing' | 'decreasing';
  /** The least demanding lever value reaching the probability (undefined when unreachable). */
  value?: number;
  /** `value` in the display unit, when the lever has one. */
  displayValue?: number;
  displayUnit?: string;
  /** The evaluation at `value` (or at the best bound when unreachable). */
  atValue: ProbabilityPoint;
  /** The probability curve: grid points and bisection steps, sorted by x. */
  curve: ProbabilityPoint[];
  /** True when the curve is not monotone beyond sampling noise (the answer is then one of several). */
  nonMonotone: boolean;
  /** Search precision on the lever (the answer is within this of the exact step). */
  tolerance: number;
  /**
   * Where the probability curve crosses 5% and 95% (linear between curve points; undefined when it
   * does not within the range): with the answer at 50%, a 90% band of the lever value per draw.
   */
  band: { p05?: number; p95?: number };
  message: string;
}

/** Options of {@link goalSeek}. */
export interface GoalSeekOptions {
  /** Required probability that every condition holds, e.g. 0.8. */
  probability: number;
  seed: number;
  /** Ensemble draws (default 200). */
  draws?: number;
  /** Grid points for the probability curve (default 11, including both bounds). */
  gridPoints?: number;
  /** Precision of the answer on the lever scale (default (max − min) / 1000). */
  tolerance?: number;
  /**
   * Sample the draws in this many contiguous blocks, each from its own sampler started at the
   * block's first draw (as ensemble workers do). The draws, and so the answer, are the same for
   * any number of blocks; tests use it to check that.
   */
  chunks?: number;
}

/**
 * The first `n` ensemble draws of a scenario (copies), sampled in `chunks` contiguous blocks, each
 * by its own `ParamSampler` skipped to the block's first draw. Draw i is the i-th number of every
 * parameter's stream, so the result does not depend on `chunks`.
 *
 * @example
 * sampleDraws(scenario, 42, 100, 4); // the same 100 draws as sampleDraws(scenario, 42, 100, 1)
 */
export function sampleDraws(scenario: ResolvedScenario, seed: number, n: number, chunks = 1): ParamValues[] {
  return sampleDrawsWithHistory(scenario, seed, n, chunks).draws;
}

/**
 * {@link sampleDraws} with each draw's values as history saw them (ParamSampler.history): the
 * model runs the base year and its calibration on them, so a lever changes the future only.
 *
 * @example
 * const { draws, histories } = sampleDrawsWithHistory(scenario, 42, 200);
 */
export function sampleDrawsWithHistory(scenario: ResolvedScenario, seed: number, n: number, chunks = 1): { draws: ParamValues[]; histories: ParamValues[] } {
  const k = Math.max(1, Math.min(n, Math.floor(chunks)));
  const draws: ParamValues[] = [];
  const histories: ParamValues[] = [];
  for (let c = 0; c < k; c++) {
    const from = Math.floor((c * n) / k);
    const to = Math.floor(((c + 1) * n) / k);
    const sampler = new ParamSampler(scenario, seed);
    sampler.skipTo(from);
    for (let i = from; i < to; i++) {
      const values = sampler.next();
      const history = sampler.history();
      const kept = copyValues(values);
      draws.push(kept);
      histories.push(history === values ? kept : copyValues(history));
    }
  }
  return { draws, histories };
}

/**
 * Finds the least demanding value of `lever` for which all `conditions` hold together in at
 * least `options.probability` of the ensemble draws. See the file comment for the method.
 *
 * @example
 * goalSeek(scenario, runner, scalarLever(scenario, 'pipeline.inflow.pabo.level_factor', { min: 0.5, max: 3 }),
 *   [{ output: { metric: 'workforce.shortage_share', sector: 'po', year: 2030 }, op: '<=', threshold: 0.05 }],
 *   { probability: 0.8, seed: 42, draws: 200 });
 */
export function goalSeek(
  scenario: ResolvedScenario,
  runner: ModelRunner,
  lever: Lever,
  conditions: readonly TargetCondition[],
  options: GoalSeekOptions,
): GoalSeekResult {
  const nDraws = options.draws ?? 200;
  const q = options.probability;
  if (!(q > 0 && q <= 1)) throw new InputError({ field: 'probability', expected: 'a number in (0, 1]', found: String(q) });
  if (conditions.length === 0) throw new RangeError('goalSeek needs at least one condition');
  const indices = conditions.map((c) => outputIndex(runner.layout, c.output));
  const { draws, histories } = sampleDrawsWithHistory(scenario, options.seed, nDraws, options.chunks ?? 1);
  const out = new Float64Array(runner.layout.series.length * runner.layout.years.length);
  const outputs = conditions.map(() => new Float64Array(nDraws));
  const evaluate = (x: number): ProbabilityPoint => {
    let all = 0;
    const each = conditions.map(() => 0);
    for (let i = 0; i < nDraws; i++) {
      runner.run(lever.apply(draws[i], x), out, histories[i]);
      let ok = true;
      conditions.forEach((c, j) => {
        const v = out[indices[j]];
        outputs[j][i] = v;
        const holds = c.op === '<=' ? v <= c.threshold : v >= c.threshold;
        if (holds) each[j]++;
        else ok = false;
      });
      if (ok) all++;
    }
    return {
      x,
      probability: all / nDraws,
      conditionProbabilities: each.map((k) => k / nDraws),
      // For "≤ threshold with probability q" the relevant figure is the q-quantile of the output;
      // for "≥" the (1 − q)-quantile.
      outputAtProbability: conditions.map((c, j) => quantileSorted7(Float64Array.from(outputs[j]).sort(), c.op === '<=' ? q : 1 - q)),
    };
  };
  const result = bisectProbability(evaluate, lever.min, lever.max, q, {
    gridPoints: options.gridPoints ?? 11,
    tolerance: options.tolerance ?? (lever.max - lever.min) / 1000,
    sampleSize: nDraws,
  });
  if (result.status === 'unreachable') {
    // With the same probability at both ends (often 0), the direction is undecided: take the end
    // whose outputs come closest to the thresholds (at the required probability).
    const ends = [result.curve[0], result.curve[result.curve.length - 1]];
    if (ends[0].probability === ends[1].probability) {
      const shortfall = (p: ProbabilityPoint) =>
        conditions.reduce((sum, c, j) => {
          const v = p.outputAtProbability[j];
          return sum + Math.max(0, c.op === '<=' ? v - c.threshold : c.threshold - v) / Math.max(1, Math.abs(c.threshold));
        }, 0);
      const better = shortfall(ends[0]) < shortfall(ends[1]) ? 0 : 1;
      result.at = ends[better];
      result.direction = better === 0 ? 'decreasing' : 'increasing';
    }
  }
  const conditionText = conditions.map((c) => ({ output: formatOutputSelector(c.output), op: c.op, threshold: c.threshold }));
  const display = lever.display;
  const fmt = (x: number) => (display ? `${round(x)} ${lever.unit} (${round(display.toDisplay(x))} ${display.unit})` : `${round(x)} ${lever.unit}`);
  const target = conditionText.map((c) => `${c.output} ${c.op} ${c.threshold}`).join(' and ');
  let message: string;
  if (result.status === 'found') {
    message = `${lever.key} = ${fmt(result.value!)} gives P(${target}) = ${pct(result.at.probability)} ≥ ${pct(q)} (${nDraws} draws, seed ${options.seed}).`;
  } else if (result.status === 'met-at-bound') {
    message = `Already met at the least demanding bound: ${lever.key} = ${fmt(result.value!)} gives P(${target}) = ${pct(result.at.probability)} ≥ ${pct(q)}.`;
  } else {
    const closest = conditionText
      .map((c, j) => `${c.output} reaches ${round(result.at.outputAtProbability[j])} with ${pct(q)} probability (target ${c.op} ${c.threshold})`)
      .join('; ');
    message = `Not reachable within ${lever.key} ∈ [${round(lever.min)}, ${round(lever.max)}]: the bound that comes closest, ${fmt(result.at.x)}, gives P(${target}) = ${pct(result.at.probability)} < ${pct(q)}; there ${closest}.`;
  }
  if (result.nonMonotone) message += ' Warning: the probability is not monotone in the lever beyond sampling noise; the value found is one crossing of several.';
  return {
    status: result.status,
    lever: { key: lever.key, label: lever.label, unit: lever.unit, min: lever.min, max: lever.max },
    conditions: conditionText,
    probability: q,
    draws: nDraws,
    seed: options.seed,
    direction: result.direction,
    value: result.value,
    displayValue: result.value !== undefined && display ? display.toDisplay(result.value) : undefined,
    displayUnit: display?.unit,
    atValue: result.at,
    curve: result.curve,
    nonMonotone: result.nonMonotone,
    tolerance: options.tolerance ?? (lever.max - lever.min) / 1000,
    band: { p05: curveCrossing(result.curve, 0.05, result.direction), p95: curveCrossing(result.curve, 0.95, result.direction) },
    message,
  };
}

/**
 * The lever value where a probability curve first reaches `q` in its direction (from the least to
 * the most demanding end), linear between the two curve points around it; undefined when the curve
 * never reaches q, and the least demanding end when it starts there.
 *
 * @example
 * curveCrossing([{ x: 0, probability: 0 }, { x: 1, probability: 0.5 }, { x: 2, probability: 1 }], 0.75, 'increasing') // → 1.5
 */
export function curveCrossing(curve: readonly { x: number; probability: number }[], q: number, direction: 'increasing' | 'decreasing'): number | undefined {
  const sorted = [...curve].sort((a, b) => a.x - b.x);
  const ordered = direction === 'increasing' ? sorted : sorted.reverse();
  if (ordered.length === 0) return undefined;
  if (ordered[0].probability >= q) return ordered[0].x;
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1];
    const b = ordered[i];
    if (b.probability >= q) return a.x + ((q - a.probability) / (b.probability - a.probability)) * (b.x - a.x);
  }
  return undefined;
}

/** Result of {@link bisectProbability}. */
export interface BisectionResult<P extends { x: number; probability: number }> {
  status: 'found' | 'met-at-bound' | 'unreachable';
  direction: 'increasing' | 'decreasing';
  value?: number;
  /** Evaluation at `value`, or at the better bound when unreachable. */
  at: P;
  curve: P[];
  nonMonotone: boolean;
}

/**
 * Bracketing and bisection for a monotone probability curve p(x) on [min, max]: the least
 * demanding x with p(x) ≥ q (the smallest x when p rises with x, the largest when it falls).
 * The direction is read from a grid of `gridPoints` values (p at max vs p at min). The answer is
 * the bracket end on the reaching side, so p(value) ≥ q always holds for what is returned.
 * `sampleSize` (draws behind each p) sets what counts as a non-monotone dip: more than two
 * binomial standard errors.
 *
 * @example
 * // p(x) = x on [0, 1], q = 0.8 → value ≈ 0.8
 * bisectProbability((x) => ({ x, probability: x }), 0, 1, 0.8, { gridPoints: 5, tolerance: 1e-6, sampleSize: 1e6 }).value;
 */
export function bisectProbability<P extends { x: number; probability: number }>(
  evaluate: (x: number) => P,
  min: number,
  max: number,
  q: number,
  options: { gridPoints: number; tolerance: number; sampleSize: number },
): BisectionResult<P> {
  const n = Math.max(2, options.gridPoints);
  const curve: P[] = [];
  for (let i = 0; i < n; i++) curve.push(evaluate(i === n - 1 ? max : min + ((max - min) * i) / (n - 1)));
  const pMin = curve[0].probability;
  const pMax = curve[n - 1].probability;
  const direction: 'increasing' | 'decreasing' = pMax >= pMin ? 'increasing' : 'decreasing';
  const ordered = direction === 'increasing' ? curve : [...curve].reverse(); // from least to most demanding
  const se = (p: number) => Math.sqrt(Math.max(p * (1 - p), 0.25 / options.sampleSize) / options.sampleSize);
  let nonMonotone = false;
  for (let i = 1; i < ordered.length; i++) {
    const drop = ordered[i - 1].probability - ordered[i].probability;
    if (drop > 2 * Math.hypot(se(ordered[i - 1].probability), se(ordered[i].probability))) nonMonotone = true;
  }
  const sorted = () => [...curve].sort((a, b) => a.x - b.x);
  if (ordered[0].probability >= q) return { status: 'met-at-bound', direction, value: ordered[0].x, at: ordered[0], curve: sorted(), nonMonotone };
  const best = ordered[ordered.length - 1];
  const firstReaching = ordered.findIndex((p) => p.probability >= q);
  if (firstReaching < 0) return { status: 'unreachable', direction, at: best, curve: sorted(), nonMonotone };
  // Bracket: `fail` does not reach q, `reach` does; bisect between them.
  let fail = ordered[firstReaching - 1];
  let reach = ordered[firstReaching];
  while (Math.abs(reach.x - fail.x) > options.tolerance) {
    const mid = evaluate((reach.x + fail.x) / 2);
    curve.push(mid);
    if (mid.probability >= q) reach = mid;
    else fail = mid;
  }
  return { status: 'found', direction, value: reach.x, at: reach, curve: sorted(), nonMonotone };
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function round(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return String(a >= 100 ? Math.round(x) : a >= 1 ? Number(x.toFixed(2)) : Number(x.toPrecision(3)));
}
