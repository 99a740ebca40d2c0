import type { ParamValue, ParamValues, YearSeries } from '../params/types';
import type { ResolvedParam, ResolvedScenario } from '../scenario/types';
import { inverseCdf, type InverseCdf } from './distributions';
import { normalCdf, normalQuantile } from './normal';
import { groupStreamName, RandomStream } from './streams';
import { historyScenario } from '../scenario/resolve';

/**
 * Turns draws into parameter values (DESIGN.md §2.4).
 *
 * - A parameter with a distribution (other than `fixed`) owns the stream `${seed}:${key}`; draw i
 *   uses that stream's i-th uniform. Streams of different parameters are independent, so a
 *   scenario that adds, removes or changes one parameter's distribution changes only that
 *   parameter's draws (common random numbers).
 * - Scalars: value = F⁻¹(u), clamped to the registry bounds.
 * - Series: one factor f = F⁻¹(u) per draw for the whole series: every year's value is multiplied
 *   by f (`seriesUncertainty: 'scale'`, the default) or shifted by f (`'shift'`), then clamped to
 *   the registry bounds.
 * - Choices: always their resolved value.
 * - Correlation groups (`def.correlation = { group, rho }`): a one-factor Gaussian copula. The group
 *   has its own stream `${seed}:correlation-group:${group}` giving a common normal score F; the
 *   parameter's own uniform gives ε = Φ⁻¹(u); its score is z = s·√|ρ|·F + √(1 − |ρ|)·ε (s the sign
 *   of ρ) and its value F⁻¹(Φ(z)). Marginals are unchanged, two members with the same ρ have
 *   normal scores correlated ρ, and each value still depends only on its own stream and its
 *   group's stream, so common random numbers hold for correlated parameters too.
 */

interface ScalarEntry {
  kind: 'scalar';
  key: string;
  stream: RandomStream;
  inverse: InverseCdf;
  lo: number;
  hi: number;
  group: GroupFactor | undefined;
  loading: number;
  own: number;
}

interface SeriesEntry {
  kind: 'series';
  key: string;
  stream: RandomStream;
  inverse: InverseCdf;
  lo: number;
  hi: number;
  shift: boolean;
  years: number[];
  base: Float64Array;
  /** Reused output object, rewritten every draw. */
  out: Record<number, number>;
}

interface GroupFactor {
  stream: RandomStream;
  /** The normal score of the current draw. */
  z: number;
}

/**
 * Draw-by-draw parameter values of one scenario. `next()` returns the values of the next draw in
 * one object that is reused: read it (or run the model on it) before calling `next()` again.
 *
 * @example
 * const sampler = new ParamSampler(scenario, 42);
 * sampler.skipTo(1000);            // a worker starting at draw 1000
 * const values = sampler.next();   // draw 1000
 * runModel(plan, values, out);
 */
export class ParamSampler {
  readonly values: Record<string, ParamValue>;
  private readonly scalars: ScalarEntry[] = [];
  private readonly series: SeriesEntry[] = [];
  private readonly groups: GroupFactor[] = [];
  /** The same draws of the scenario as history saw it (see {@link historyScenario}); none when equal. */
  private readonly historySampler?: ParamSampler;
  /** Index of the draw the next call to `next()` returns. */
  position = 0;

  constructor(scenario: ResolvedScenario, seed: number, withHistory = true) {
    const history = withHistory ? historyScenario(scenario) : scenario;
    if (history !== scenario) this.historySampler = new ParamSampler(history, seed, false);
    this.values = deterministicValues(scenario);
    const groupByName = new Map<string, GroupFactor>();
    for (const key of Object.keys(scenario.params).sort()) {
      const p = scenario.params[key];
      const d = p.distribution;
      if (!d || p.def.kind === 'choice') continue;
      if (d.type === 'fixed' && p.def.kind === 'scalar') {
        this.values[key] = d.value;
        continue;
      }
      const stream = new RandomStream(seed, key);
      const inverse = inverseCdf(d);
      const [lo, hi] = p.def.bounds;
      if (p.def.kind === 'scalar') {
        let group: GroupFactor | undefined;
        let loading = 0;
        const corr = p.def.correlation;
        if (corr && corr.rho !== 0) {
          group = groupByName.get(corr.group);
          if (!group) {
            group = { stream: new RandomStream(seed, groupStreamName(corr.group)), z: 0 };
            groupByName.set(corr.group, group);
            this.groups.push(group);
          }
          loading = Math.sign(corr.rho) * Math.sqrt(Math.min(1, Math.abs(corr.rho)));
        }
        const own = Math.sqrt(1 - loading * loading);
        this.scalars.push({ kind: 'scalar', key, stream, inverse, lo, hi, group, loading, own });
      } else {
        const base = p.value as YearSeries;
        const years = Object.keys(base)
          .map(Number)
          .sort((a, b) => a - b);
        const out: Record<number, number> = {};
        for (const y of years) out[y] = base[y];
        this.values[key] = out;
        this.series.push({
          kind: 'series',
          key,
          stream,
          inverse,
          lo,
          hi,
          shift: p.def.seriesUncertainty === 'shift',
          years,
          base: Float64Array.from(years, (y) => base[y]),
          out,
        });
      }
    }
  }

  /** Keys of the parameters that are drawn (have a stream), in sorted order. */
  uncertainKeys(): string[] {
    return [...this.scalars.map((e) => e.key), ...this.series.map((e) => e.key)].sort();
  }

  /** Moves every stream to draw `index` (forward only). */
  skipTo(index: number): void {
    if (index < this.position) throw new Error(`ParamSampler cannot go back from draw ${this.position} to ${index}`);
    for (const g of this.groups) g.stream.skipTo(index);
    for (const e of this.scalars) e.stream.skipTo(index);
    for (const e of this.series) e.stream.skipTo(index);
    this.historySampler?.skipTo(index);
    this.position = index;
  }

  /** The values of the next draw (the same object every time, rewritten). */
  next(): ParamValues {
    for (const g of this.groups) g.z = normalQuantile(g.stream.nextUniform());
    for (const e of this.scalars) {
      let u = e.stream.nextUniform();
      if (e.group) u = normalCdf(e.loading * e.group.z + e.own * normalQuantile(u));
      const v = e.inverse(u);
      this.values[e.key] = v < e.lo ? e.lo : v > e.hi ? e.hi : v;
    }
    for (const e of this.series) {
      const f = e.inverse(e.stream.nextUniform());
      const { years, base, out, lo, hi } = e;
      for (let i = 0; i < years.length; i++) {
        const v = e.shift ? base[i] + f : base[i] * f;
        out[years[i]] = v < lo ? lo : v > hi ? hi : v;
      }
    }
    this.historySampler?.next();
    this.position++;
    return this.values;
  }

  /**
   * The values of the current draw as history saw them (registry values with the same uniforms
   * for every `draw`-stage parameter the scenario changed): what the model uses for the base year
   * and its calibration. The same object as `next()` returned when the scenario changes none.
   */
  history(): ParamValues {
    return this.historySampler ? this.historySampler.values : this.values;
  }
}

/**
 * The deterministic parameter values of a scenario: every parameter's resolved `value` (the
 * median of its distribution). A new object; series are shared with the scenario, not copied.
 *
 * @example
 * runModel(plan, deterministicValues(scenario), out);
 */
export function deterministicValues(scenario: ResolvedScenario): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const key of Object.keys(scenario.params)) values[key] = (scenario.params[key] as ResolvedParam).value;
  return values;
}

/**
 * Draws `count` draws of one parameter starting at draw `from` (for tests, notebooks and `sop
 * show`): the same numbers an ensemble with this seed uses for it. Series parameters give their
 * factor (scale or shift) per draw.
 *
 * @example
 * drawParameter(scenario, 'pipeline.dropout.pabo.y1', 42, 1000) // Float64Array(1000)
 */
export function drawParameter(scenario: ResolvedScenario, key: string, seed: number, count: number, from = 0): Float64Array {
  const p = scenario.params[key];
  if (!p) throw new Error(`Unknown parameter ${key}`);
  const single: ResolvedScenario = { ...scenario, params: { [key]: p } };
  const sampler = new ParamSampler(single, seed);
  sampler.skipTo(from);
  const out = new Float64Array(count);
  const isSeries = p.def.kind === 'series' && p.distribution !== undefined;
  for (let i = 0; i < count; i++) {
    const v = sampler.next()[key];
    out[i] = isSeries ? seriesFactor(p, v as YearSeries) : (v as number);
  }
  return out;
}

function seriesFactor(p: ResolvedParam, drawn: YearSeries): number {
  const base = p.value as YearSeries;
  const year = Object.keys(base)
    .map(Number)
    .find((y) => base[y] !== 0);
  if (year === undefined) return NaN;
  return p.def.kind === 'series' && p.def.seriesUncertainty === 'shift' ? drawn[year] - base[year] : drawn[year] / base[year];
}
