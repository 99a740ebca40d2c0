import seedrandom from 'seedrandom';

/** A seeded standard-normal generator (Box–Muller) on a named stream, for tests. */
export function normalStream(name: string): () => number {
  const rng = seedrandom(name);
  return () => {
    const u1 = Math.max(rng(), 1e-300);
    const u2 = rng();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}
