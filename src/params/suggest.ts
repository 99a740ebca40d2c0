/**
 * "Did you mean" suggestions for misspelt keys, by edit distance (optimal string alignment:
 * insertions, deletions, substitutions and transpositions of neighbours each cost 1).
 */

/**
 * The edit distance between two strings (adjacent transpositions count as one edit).
 *
 * @example
 * editDistance('horizn', 'horizon'); // → 1
 * editDistance('tilte', 'title');    // → 1
 */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/** Longest key for which suggestions are looked for, in characters. */
export const MAX_SUGGEST_KEY_CHARS = 120;
/** Edit-distance cells one process may spend on suggestions (a fraction of a second). */
const SUGGEST_WORK = 5_000_000;
let suggestWorkLeft = SUGGEST_WORK;

/**
 * The candidates closest to `key` (at most `max`, alphabetical): those at the smallest edit
 * distance found, if that is within max(2, a third of the key's length), compared
 * case-insensitively. Empty when nothing is close.
 *
 * @example
 * suggest('sop.target.shar', ['sop.target.share', 'sop.target.year', 'inflow.growth']);
 * // → ['sop.target.share']
 */
export function suggest(key: string, candidates: Iterable<string>, max = 3): string[] {
  // Bounded work on hostile input (issue #15): no suggestion for a key longer than any sensible
  // name, candidates whose length alone rules them out are skipped, and the edit-distance work of
  // one process is capped (only the first 100 problems are ever shown).
  if (key.length > MAX_SUGGEST_KEY_CHARS) return [];
  const k = key.toLowerCase();
  const limit = Math.max(2, Math.floor(k.length / 3));
  const scored: { c: string; d: number }[] = [];
  for (const c of candidates) {
    if (Math.abs(c.length - k.length) > limit) continue;
    const cost = (k.length + 1) * (c.length + 1);
    if (suggestWorkLeft < cost) break;
    suggestWorkLeft -= cost;
    const d = editDistance(k, c.toLowerCase());
    if (d <= limit) scored.push({ c, d });
  }
  scored.sort((x, y) => x.d - y.d || (x.c < y.c ? -1 : x.c > y.c ? 1 : 0));
  const best = scored.length ? scored[0].d : 0;
  return scored.filter((s) => s.d === best).slice(0, max).map((s) => s.c);
}

/**
 * The hint text for an unknown key: `did you mean 'x'?` (or `'x' or 'y'`), or undefined.
 *
 * @example
 * didYouMean('tilte', ['title', 'horizon']); // → "did you mean 'title'?"
 */
export function didYouMean(key: string, candidates: Iterable<string>): string | undefined {
  const s = suggest(key, candidates);
  if (s.length === 0) return undefined;
  return `did you mean ${s.map((x) => `'${x}'`).join(' or ')}?`;
}
