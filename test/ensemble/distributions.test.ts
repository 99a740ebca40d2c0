import { describe, expect, it } from 'vitest';
import { incompleteBeta, incompleteBetaInverse, logGamma } from '../../src/ensemble/beta';
import { distributionMean, inverseCdf, pertCdf } from '../../src/ensemble/distributions';
import { normalCdf, normalQuantile } from '../../src/ensemble/normal';
import { RandomStream } from '../../src/ensemble/streams';
import { distributionMedian } from '../../src/params/distribution';
import type { Distribution } from '../../src/params/types';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('normal distribution', () => {
  // Reference values: scipy.stats.norm (double precision).
  const quantiles: [number, number][] = [
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.02425, -1.972961051311885],
    [0.05, -1.6448536269514729],
    [0.3, -0.5244005127080409],
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.975, 1.959963984540054],
    [0.999999, 4.753424308817087],
  ];
  it.each(quantiles)('Φ⁻¹(%s) = %s to 1e-14', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(z)));
  });
  const cdfs: [number, number][] = [
    [-8, 6.22096057427174e-16],
    [-3.5, 0.00023262907903552502],
    [-3, 0.0013498980316300933],
    [-1, 0.15865525393145707],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [2.9, 0.998134186699616],
    [3.1, 0.9990323967867817],
    [6, 0.9999999990134123],
  ];
  it.each(cdfs)('Φ(%s) = %s to 1e-13 relative', (x, p) => {
    expect(rel(normalCdf(x), p)).toBeLessThan(1e-13);
  });
  it('Φ(Φ⁻¹(p)) = p across (0, 1)', () => {
    for (let i = 1; i < 1000; i++) {
      const p = i / 1000;
      expect(rel(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
    }
  });
});

describe('incomplete beta', () => {
  it('ln Γ matches factorials', () => {
    expect(rel(logGamma(5), Math.log(24))).toBeLessThan(1e-14);
    expect(rel(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
  });
  it('I_x(2, 3) equals its closed form x²(6 − 8x + 3x²)', () => {
    for (let x = 0.01; x < 1; x += 0.07) expect(incompleteBeta(x, 2, 3)).toBeCloseTo(x * x * (6 - 8 * x + 3 * x * x), 14);
  });
  it('I_x(1.8, 4.2) and I_x(0.5, 0.5) match scipy', () => {
    expect(rel(incompleteBeta(0.3, 1.8, 4.2), 0.5482303042619047)).toBeLessThan(1e-13);
    expect(rel(incompleteBeta(0.1, 0.5, 0.5), 0.20483276469913345)).toBeLessThan(1e-13);
  });
  // scipy.special.betaincinv(a, b, p) for p = 0.001, 0.05, 0.5, 0.95, 0.999
  const table: [number, number, number[]][] = [
    [2, 3, [0.013022947370814273, 0.09761146288641434, 0.3857275681323895, 0.7513953742698181, 0.9359618608971666]],
    [3, 3, [0.04755189817545767, 0.1892553774377708, 0.5, 0.8107446225622291, 0.9524481018245423]],
    [1, 5, [0.00020008004803362555, 0.010206218313011496, 0.12944943670387585, 0.450719728346941, 0.748811356849042]],
    [1.8, 4.2, [0.006313974167847011, 0.058977387611817235, 0.2766722593925189, 0.6212767240161903, 0.8575515687386785]],
    [0.5, 0.5, [2.4673990709169446e-6, 0.0061558297024311365, 0.4999999999999999, 0.9938441702975689, 0.999997532600929]],
    [4.6, 1.4, [0.19052234775882693, 0.45792590261468374, 0.7973351496385338, 0.9700018176764109, 0.9982417834520649]],
    [30, 2, [0.7386724011816721, 0.8559096086816552, 0.9464479478829972, 0.9884146841385564, 0.9985123138630576]],
  ];
  const ps = [0.001, 0.05, 0.5, 0.95, 0.999];
  it.each(table)('I⁻¹(p; %s, %s) matches scipy to 1e-12', (a, b, xs) => {
    ps.forEach((p, i) => expect(rel(incompleteBetaInverse(p, a, b), xs[i])).toBeLessThan(1e-12));
  });
  it('I(I⁻¹(p)) = p on a dense grid, both tails (general and integer shapes)', () => {
    for (const [a, b] of [[1.8, 4.2], [3, 3], [2.5, 7], [1, 5]]) {
      for (let i = 1; i < 1000; i++) {
        const p = i / 1000;
        const x = incompleteBetaInverse(p, a, b);
        expect(Math.abs(incompleteBeta(x, a, b) - p)).toBeLessThan(1e-13);
      }
    }
  });
  it('inverts I at the ends and at the extremes of p', () => {
    expect(incompleteBetaInverse(0, 2, 3)).toBe(0);
    expect(incompleteBetaInverse(1, 2, 3)).toBe(1);
    const x = incompleteBetaInverse(1e-12, 3, 3);
    expect(rel(incompleteBeta(x, 3, 3), 1e-12)).toBeLessThan(1e-9);
  });
});

describe('inverse CDFs', () => {
  it('uniform and triangular in closed form', () => {
    expect(inverseCdf({ type: 'uniform', min: 2, max: 4 })(0.25)).toBe(2.5);
    const tri = inverseCdf({ type: 'triangular', min: 0, mode: 1, max: 4 });
    // F(x) = x²/4 on [0, 1]: F⁻¹(0.0625) = 0.5; F(x) = 1 − (4 − x)²/12 on [1, 4]: F⁻¹(2/3) = 2
    expect(tri(0.0625)).toBeCloseTo(0.5, 15);
    expect(tri(2 / 3)).toBeCloseTo(2, 14);
  });
  it('PERT: integer-shape fast path agrees with the general inverse and with the CDF', () => {
    const d = { type: 'pert' as const, min: 10, mode: 12, max: 14 }; // α = β = 3
    const q = inverseCdf(d);
    for (let i = 1; i < 200; i++) {
      const u = i / 200;
      const x = q(u);
      expect(Math.abs(x - (10 + 4 * incompleteBetaInverse(u, 3, 3)))).toBeLessThan(1e-12);
      expect(Math.abs(pertCdf(x, d) - u)).toBeLessThan(1e-13);
    }
    // a symmetric PERT written in decimals (α = 3.0000000000000004) takes the integer path
    const decimals = inverseCdf({ type: 'pert', min: 0.1775, mode: 0.25, max: 0.3225 });
    for (let i = 1; i < 1000; i++) {
      const u = i / 1000;
      expect(Math.abs(decimals(u) - (0.1775 + 0.145 * incompleteBetaInverse(u, 3, 3)))).toBeLessThan(1e-12);
    }
    const skew = inverseCdf({ type: 'pert', min: 0, mode: 0, max: 1 }); // α = 1, β = 5: F⁻¹(u) = 1 − (1 − u)^(1/5)
    expect(Math.abs(skew(0.3) - (1 - Math.pow(0.7, 0.2)))).toBeLessThan(1e-14);
  });
  it('truncated normals match scipy truncnorm', () => {
    expect(rel(inverseCdf({ type: 'normal', mean: 0, sd: 1, min: 1, max: 2 })(0.3), 1.1856325685206257)).toBeLessThan(1e-12);
    expect(rel(inverseCdf({ type: 'normal', mean: 0, sd: 1, min: -1, max: 0.5 })(0.7), 0.07934350689726105)).toBeLessThan(1e-12);
    expect(rel(inverseCdf({ type: 'normal', mean: 0, sd: 1, min: 4, max: 5 })(0.5), 4.159046434569283)).toBeLessThan(1e-12);
    expect(rel(inverseCdf({ type: 'normal', mean: 10, sd: 2 })(0.975), 10 + 2 * 1.959963984540054)).toBeLessThan(1e-15);
  });
  it('discrete: first value whose cumulative weight exceeds u', () => {
    const q = inverseCdf({ type: 'discrete', values: [1, 2, 3], weights: [1, 2, 1] });
    expect([0.1, 0.25, 0.26, 0.74, 0.75, 0.99].map(q)).toEqual([1, 2, 2, 2, 3, 3]);
  });
  it('the inverse CDF at ½ is the median the registry uses as default', () => {
    const ds: Distribution[] = [
      { type: 'uniform', min: 0.9, max: 1.1 },
      { type: 'triangular', min: 0, mode: 0, max: 1 },
      { type: 'pert', min: 0.8, mode: 1, max: 1.3 },
      { type: 'pert', min: 0, mode: 0.1, max: 0.2 },
      { type: 'normal', mean: 1, sd: 0.2, min: 0.7, max: 2 },
      { type: 'discrete', values: [3, 1, 2], weights: [0.2, 0.5, 0.3] },
    ];
    for (const d of ds) expect(Math.abs(inverseCdf(d)(0.5) - distributionMedian(d))).toBeLessThan(1e-12);
  });
});

describe('sample quantiles land where theory says (|z| < 3 across seeds)', () => {
  const ds: Distribution[] = [
    { type: 'uniform', min: 2, max: 5 },
    { type: 'triangular', min: 0, mode: 0.2, max: 1 },
    { type: 'pert', min: 0, mode: 1, max: 8 },
    { type: 'pert', min: 0.05, mode: 0.1, max: 0.15 },
    { type: 'normal', mean: 3, sd: 1, min: 2, max: 6 },
  ];
  const n = 4000;
  for (const d of ds) {
    it(`${d.type} ${JSON.stringify(d)}`, () => {
      const q = inverseCdf(d);
      for (const seed of [1, 2, 3, 4, 5]) {
        const stream = new RandomStream(seed, 'stat.check');
        const xs = Float64Array.from({ length: n }, () => q(stream.nextUniform())).sort();
        // For each p, the share of draws below the theoretical quantile is ~ Binomial(n, p)/n.
        for (const p of [0.05, 0.25, 0.5, 0.75, 0.95]) {
          const theoretical = q(p);
          let below = 0;
          for (const x of xs) if (x <= theoretical) below++;
          const z = (below - n * p) / Math.sqrt(n * p * (1 - p));
          expect(Math.abs(z)).toBeLessThan(3);
        }
        // and the sample mean near the theoretical mean
        const mean = xs.reduce((s, x) => s + x, 0) / n;
        const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
        expect(Math.abs(mean - distributionMean(d)) / (sd / Math.sqrt(n))).toBeLessThan(3.5);
      }
    });
  }
});
