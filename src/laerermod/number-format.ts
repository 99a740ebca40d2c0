/**
 * Number formatting as the LÆRERMOD reference outputs were written from Python: integers rounded
 * half to even (`DataFrame.round(0)` is numpy's `round`, which rounds ties to even), and fixed
 * decimals as Python's `'%.10f'` (correctly rounded from the exact binary value, ties to even).
 */

/**
 * Rounds to the nearest integer, ties to even (numpy/pandas `round(0)`, Python 3 `round`).
 * Returns +0 for -0 (the original casts to int).
 *
 * @example
 * roundHalfEven(2.5);   // → 2
 * roundHalfEven(3.5);   // → 4
 * roundHalfEven(-2.5);  // → -2
 * roundHalfEven(1484.0577399879); // → 1484
 */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f; // exact for doubles
  let r: number;
  if (d < 0.5) r = f;
  else if (d > 0.5) r = f + 1;
  else r = f % 2 === 0 ? f : f + 1;
  return r === 0 ? 0 : r;
}

/**
 * `x` with `digits` decimals, as Python's `'%.{digits}f' % x`: the exact binary value rounded
 * half to even (JavaScript's `toFixed` rounds exact ties up instead), and `-0` keeps its sign.
 *
 * @example
 * formatFixed(47133.98712, 10);  // → '47133.9871200000'
 * formatFixed(0.5, 0);           // → '0'   (toFixed gives '1')
 * formatFixed(-0, 2);            // → '-0.00'
 */
export function formatFixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf';
  const negative = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let s = a.toFixed(digits);
  if (a < 1e21) {
    // An exact tie needs a binary fraction that ends exactly at digit digits+1 with a 5.
    const exact = a.toFixed(Math.min(100, digits + 40));
    const tail = exact.slice(exact.length - 40);
    if (/^50*$/.test(tail)) {
      const kept = exact.slice(0, exact.length - 40);
      const lastDigit = Number(kept[kept.length - 1] === '.' ? kept[kept.length - 2] : kept[kept.length - 1]);
      if (lastDigit % 2 === 0) s = digits === 0 ? kept.replace(/\.$/, '') : kept;
    }
  }
  return negative ? `-${s}` : s;
}
