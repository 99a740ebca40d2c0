import type { Distribution } from './types';
import { incompleteBetaInverse as betaQuantile } from '../ensemble/beta';
import { normalCdf, normalQuantile } from '../ensemble/normal';

/**
 * Facts about a `Distribution` that the registry check, the scenario loader and the docs need:
 * its median (the deterministic value, DESIGN.md §2.4), its support (checked against bounds),
 * whether its fields are consistent, and a one-line text form.
 */

/** The fields of each distribution type, in the order they are written (YAML, docs). */
export const DISTRIBUTION_FIELDS: Readonly<Record<Distribution['type'], { required: readonly string[]; optional: readonly string[] }>> = {
  fixed: { required: ['value'], optional: [] },
  uniform: { required: ['min', 'max'], optional: [] },
  triangular: { required: ['min', 'mode', 'max'], optional: [] },
  pert: { required: ['min', 'mode', 'max'], optional: [] },
  normal: { required: ['mean', 'sd'], optional: ['min', 'max'] },
  discrete: { required: ['values', 'weights'], optional: [] },
};

/** The distribution types, in a stable order. */
export const DISTRIBUTION_TYPES = Object.keys(DISTRIBUTION_FIELDS) as Distribution['type'][];

/**
 * Problems with a distribution's own fields (independent of any parameter): min ≤ mode ≤ max,
 * sd > 0, matching discrete lists with non-negative weights, finite numbers. Empty when fine.
 *
 * @example
 * distributionShapeProblems({ type: 'uniform', min: 2, max: 1 });
 * // → ['min (2) must not exceed max (1)']
 */
export function distributionShapeProblems(d: Distribution): string[] {
  const out: string[] = [];
  const finite = (name: string, v: number | undefined): void => {
    if (v !== undefined && !Number.isFinite(v)) out.push(`${name} must be a finite number, found ${v}`);
  };
  switch (d.type) {
    case 'fixed':
      finite('value', d.value);
      break;
    case 'uniform':
      finite('min', d.min);
      finite('max', d.max);
      if (d.min > d.max) out.push(`min (${d.min}) must not exceed max (${d.max})`);
      break;
    case 'triangular':
    case 'pert':
      finite('min', d.min);
      finite('mode', d.mode);
      finite('max', d.max);
      if (!(d.min <= d.mode && d.mode <= d.max)) out.push(`expected min ≤ mode ≤ max, found ${d.min}, ${d.mode}, ${d.max}`);
      break;
    case 'normal':
      finite('mean', d.mean);
      finite('sd', d.sd);
      finite('min', d.min);
      finite('max', d.max);
      if (!(d.sd > 0)) out.push(`sd must be positive, found ${d.sd}`);
      if (d.min !== undefined && d.max !== undefined && d.min >= d.max) out.push(`min (${d.min}) must be below max (${d.max})`);
      break;
    case 'discrete': {
      if (d.values.length === 0) out.push('values must not be empty');
      if (d.values.length !== d.weights.length)
        out.push(`values and weights must have the same length, found ${d.values.length} and ${d.weights.length}`);
      d.values.forEach((v, i) => finite(`values[${i}]`, v));
      d.weights.forEach((w, i) => {
        if (!(Number.isFinite(w) && w >= 0)) out.push(`weights[${i}] must be a non-negative number, found ${w}`);
      });
      if (d.weights.reduce((a, b) => a + b, 0) <= 0) out.push('weights must not all be zero');
      break;
    }
  }
  return out;
}

/**
 * The smallest interval holding every value the distribution can produce. An untruncated
 * normal has infinite support (and so never fits finite bounds: give it `min` and `max`).
 *
 * @example
 * distributionSupport({ type: 'triangular', min: 0.8, mode: 1, max: 1.1 }); // → [0.8, 1.1]
 */
export function distributionSupport(d: Distribution): [number, number] {
  switch (d.type) {
    case 'fixed':
      return [d.value, d.value];
    case 'uniform':
    case 'triangular':
    case 'pert':
      return [d.min, d.max];
    case 'normal':
      return [d.min ?? -Infinity, d.max ?? Infinity];
    case 'discrete':
      return [Math.min(...d.values), Math.max(...d.values)];
  }
}

/**
 * The median of a distribution (its inverse CDF at 0.5): the value a deterministic run uses.
 * Triangular in closed form; PERT as the Beta(1 + 4(mode−min)/(max−min), 1 + 4(max−mode)/(max−min))
 * median; a truncated normal as μ + σ·Φ⁻¹((Φ(a) + Φ(b))/2); discrete as the first value, in the
 * order given, whose cumulative normalised weight exceeds one half (the ensemble's inverse CDF at 0.5).
 *
 * @example
 * distributionMedian({ type: 'triangular', min: 0, mode: 0, max: 1 }); // → 1 − √0.5 ≈ 0.2929
 * distributionMedian({ type: 'uniform', min: 0.9, max: 1.1 });        // → 1
 */
export function distributionMedian(d: Distribution): number {
  switch (d.type) {
    case 'fixed':
      return d.value;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'triangular': {
      const w = d.max - d.min;
      if (w === 0) return d.min;
      if (Math.abs(2 * d.mode - d.min - d.max) <= 1e-12 * w) return (d.min + d.max) / 2; // symmetric: exact midpoint
      if (d.mode - d.min >= w / 2) return d.min + Math.sqrt((w * (d.mode - d.min)) / 2);
      return d.max - Math.sqrt((w * (d.max - d.mode)) / 2);
    }
    case 'pert': {
      const w = d.max - d.min;
      if (w === 0) return d.min;
      const a = 1 + (4 * (d.mode - d.min)) / w;
      const b = 1 + (4 * (d.max - d.mode)) / w;
      if (Math.abs(a - b) <= 1e-12 * a) return (d.min + d.max) / 2; // symmetric: exact midpoint
      return d.min + w * betaQuantile(0.5, a, b);
    }
    case 'normal': {
      if (d.min === undefined && d.max === undefined) return d.mean;
      const pa = d.min === undefined ? 0 : normalCdf((d.min - d.mean) / d.sd);
      const pb = d.max === undefined ? 1 : normalCdf((d.max - d.mean) / d.sd);
      if (d.min !== undefined && d.max !== undefined && Math.abs(d.min + d.max - 2 * d.mean) <= 1e-15 * Math.abs(d.mean))
        return d.mean; // symmetric truncation: exact
      return d.mean + d.sd * normalQuantile((pa + pb) / 2);
    }
    case 'discrete': {
      // Same rule as the ensemble's inverse CDF at u = 0.5 (src/ensemble/distributions.ts):
      // the first value, in the order given, whose cumulative normalised weight exceeds 0.5.
      const total = d.weights.reduce((a, b) => a + b, 0);
      let cum = 0;
      for (let i = 0; i < d.values.length - 1; i++) {
        cum += d.weights[i];
        if (0.5 < cum / total) return d.values[i];
      }
      return d.values[d.values.length - 1];
    }
  }
}

/**
 * A short text form of a distribution for tables and `sop show`.
 *
 * @example
 * distributionText({ type: 'pert', min: 0.8, mode: 1, max: 1.3 }); // → 'pert(min 0.8, mode 1, max 1.3)'
 */
export function distributionText(d: Distribution): string {
  switch (d.type) {
    case 'fixed':
      return `fixed(${d.value})`;
    case 'uniform':
      return `uniform(min ${d.min}, max ${d.max})`;
    case 'triangular':
    case 'pert':
      return `${d.type}(min ${d.min}, mode ${d.mode}, max ${d.max})`;
    case 'normal': {
      const trunc = [d.min !== undefined ? `min ${d.min}` : '', d.max !== undefined ? `max ${d.max}` : ''].filter(Boolean);
      return `normal(mean ${d.mean}, sd ${d.sd}${trunc.length ? ', ' + trunc.join(', ') : ''})`;
    }
    case 'discrete':
      return `discrete(${d.values.map((v, i) => `${v}: ${d.weights[i]}`).join(', ')})`;
  }
}

/**
 * True when a and b agree within 1e-9 relative (the registry's "default = median" tolerance).
 *
 * @example
 * nearlyEqual(1, 1 + 1e-12); // → true
 */
export function nearlyEqual(a: number, b: number, rel = 1e-9): boolean {
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= rel * Math.max(Math.abs(a), Math.abs(b)) || diff <= 1e-15;
}
