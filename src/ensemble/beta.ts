/**
 * The beta distribution's regularized incomplete beta function and its inverse, for PERT draws.
 *
 * I_x(a, b) by the continued fraction of Numerical Recipes (3rd ed., §6.4, modified Lentz);
 * the inverse by Newton's method from NR's initial guess, kept inside a bracket that shrinks with
 * every step and falling back to bisection when a Newton step leaves it, so it converges for every
 * a, b > 0 and p in [0, 1].
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0 (Lanczos, g = 7; relative error ~1e-15).
 *
 * @example
 * logGamma(5) // → ln 24 = 3.1780538303479458
 */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0];
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z + i);
  return HALF_LN_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 *
 * @example
 * logBeta(2, 3) // → ln(1/12)
 */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Continued fraction for I_x(a, b) (NR `betacf`), modified Lentz. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 4e-16) break; // a few ulps of 1: del rarely hits 1 exactly
  }
  return h;
}

/**
 * Regularized incomplete beta function I_x(a, b): the CDF of Beta(a, b) at x.
 * `lnB` may be passed when the caller has it (ln B(a, b)), to save three log-gammas.
 *
 * @example
 * incompleteBeta(0.5, 2, 3) // → 0.6875 (= x²(6 − 8x + 3x²) at x = ½)
 */
export function incompleteBeta(x: number, a: number, b: number, lnB: number = logBeta(a, b)): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnB);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * Inverse of the regularized incomplete beta function: the x in [0, 1] with I_x(a, b) = p.
 * Converges to a relative step below 1e-14 (or the bracket collapses to adjacent doubles).
 *
 * @example
 * incompleteBetaInverse(0.6875, 2, 3) // → 0.5
 */
export function incompleteBetaInverse(p: number, a: number, b: number, lnB: number = logBeta(a, b)): number {
  if (!(p >= 0 && p <= 1) || !(a > 0) || !(b > 0)) return NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  // Solve in the lower tail, mirrored above ½ (1 − I_x(a, b) = I_{1−x}(b, a)), so the target
  // probability keeps its relative precision and Newton's steps can settle.
  if (p > 0.5) return 1 - incompleteBetaInverse(1 - p, b, a, lnB);
  let x = initialGuess(p, a, b);
  let lo = 0;
  let hi = 1;
  for (let iter = 0; iter < 200; iter++) {
    const f = incompleteBeta(x, a, b, lnB) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const logPdf = (a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB;
    const pdf = Math.exp(logPdf);
    const step = pdf > 0 && Number.isFinite(pdf) ? f / pdf : NaN;
    // Converged: test the Newton step itself, before the bracket (see integerBetaSolver in distributions.ts).
    if (Math.abs(step) <= 1e-14 * x) return x - step;
    let next = x - step;
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
    if (next === lo || next === hi) return next;
    x = next;
  }
  return x;
}

/** Numerical Recipes (3rd ed.) `invbetai` starting point. */
function initialGuess(p: number, a: number, b: number): number {
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const lna = Math.log(a / (a + b));
    const lnb = Math.log(b / (a + b));
    const t = Math.exp(a * lna) / a;
    const u = Math.exp(b * lnb) / b;
    const w = t + u;
    x = p < t / w ? Math.pow((a * w * p), 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
  }
  if (!(x > 0 && x < 1)) x = 0.5;
  return x;
}
