import seedrandom from 'seedrandom';

/**
 * Named random streams (DESIGN.md §2.4): one stream per (seed, name), consumed in draw order, so
 * draw i of a parameter is the i-th number of its stream whatever the number of draws or workers.
 *
 * A stream is seeded once from the string `${seed}:${name}`: seedrandom's ARC4 generator hashes
 * that string (≈ 18 µs) into the 128-bit state of a xor128 generator (Marsaglia 2003, the same
 * recurrence as seedrandom's `xor128`), which then yields one 32-bit number per draw (a few
 * nanoseconds). ARC4 is used only to mix the seed string, because xor128's own string seeding is
 * linear and would leave streams with similar names related. Skipping ahead to draw `a` (a worker
 * handling draws [a, b)) is `a` steps of the recurrence: about 1 ms per million draws.
 */

/**
 * The seed string of a named stream. Stable: changing it changes every published result.
 *
 * @example
 * streamSeedString(42, 'pipeline.dropout.pabo.y1') // → '42:pipeline.dropout.pabo.y1'
 */
export function streamSeedString(seed: number, name: string): string {
  return `${seed}:${name}`;
}

const TWO_POW_32 = 4294967296;

/**
 * A xor128 random stream yielding uniforms in the open interval (0, 1), one 32-bit step per draw.
 *
 * @example
 * const s = new RandomStream(42, 'pipeline.dropout.pabo.y1');
 * const u0 = s.nextUniform(); // draw 0
 * s.skip(999);                // draws 1..999
 * const u1000 = s.nextUniform();
 */
export class RandomStream {
  private x = 0;
  private y = 0;
  private z = 0;
  private w = 0;
  /** Index of the draw the next call to `nextUniform` returns. */
  position = 0;

  constructor(seed: number, name: string) {
    const arc4 = seedrandom(streamSeedString(seed, name));
    this.x = arc4.int32();
    this.y = arc4.int32();
    this.z = arc4.int32();
    this.w = arc4.int32();
    // xor128 must not start from the all-zero state (it would stay there).
    if ((this.x | this.y | this.z | this.w) === 0) this.w = 1;
  }

  /** The raw state, for tests that compare with seedrandom's own xor128. */
  state(): { x: number; y: number; z: number; w: number } {
    return { x: this.x, y: this.y, z: this.z, w: this.w };
  }

  /** The next raw 32-bit output (signed), as seedrandom's `xor128().int32()`. */
  nextInt32(): number {
    const t = this.x ^ (this.x << 11);
    this.x = this.y;
    this.y = this.z;
    this.z = this.w;
    this.w ^= (this.w >>> 19) ^ t ^ (t >>> 8);
    this.position++;
    return this.w;
  }

  /**
   * The next uniform, `(k + 0.5) / 2^32` for the 32-bit output k: never exactly 0 or 1, so inverse
   * CDFs with infinite tails stay finite (|z| ≤ 6.3 for the normal).
   */
  nextUniform(): number {
    return ((this.nextInt32() >>> 0) + 0.5) / TWO_POW_32;
  }

  /** Advances the stream by `count` draws without returning them. */
  skip(count: number): void {
    let x = this.x;
    let y = this.y;
    let z = this.z;
    let w = this.w;
    for (let i = 0; i < count; i++) {
      const t = x ^ (x << 11);
      x = y;
      y = z;
      z = w;
      w ^= (w >>> 19) ^ t ^ (t >>> 8);
    }
    this.x = x;
    this.y = y;
    this.z = z;
    this.w = w;
    this.position += count;
  }

  /** Moves forward to draw `index` (which must not be behind the current position). */
  skipTo(index: number): void {
    if (index < this.position) throw new Error(`RandomStream cannot go back from draw ${this.position} to ${index}`);
    this.skip(index - this.position);
  }
}

/**
 * The stream name of a correlation group's common factor (DESIGN.md §2.4 and docs/methods.md,
 * "Uncertainty"). Distinct from every parameter key, which never contains a colon.
 *
 * @example
 * groupStreamName('inflow') // → 'correlation-group:inflow'
 */
export function groupStreamName(group: string): string {
  return `correlation-group:${group}`;
}
