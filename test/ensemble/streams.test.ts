import * as fs from 'node:fs';
import * as path from 'node:path';
import xor128 from 'seedrandom/lib/xor128';
import { describe, expect, it } from 'vitest';
import { RandomStream, streamSeedString } from '../../src/ensemble/streams';

describe('RandomStream', () => {
  it('is seedrandom xor128 from the ARC4-mixed state', () => {
    const s = new RandomStream(42, 'pipeline.dropout.pabo.y1');
    const ref = xor128('', { state: s.state() });
    for (let i = 0; i < 1000; i++) expect(s.nextInt32()).toBe(ref.int32());
  });
  it('the same (seed, name) gives the same numbers; another name or seed others', () => {
    const take = (seed: number, name: string): number[] => {
      const s = new RandomStream(seed, name);
      return Array.from({ length: 5 }, () => s.nextUniform());
    };
    expect(take(1, 'a.b')).toEqual(take(1, 'a.b'));
    expect(take(1, 'a.b')).not.toEqual(take(1, 'a.c'));
    expect(take(1, 'a.b')).not.toEqual(take(2, 'a.b'));
    expect(streamSeedString(7, 'x.y')).toBe('7:x.y');
  });
  it('skip(n) lands exactly where n draws would', () => {
    const a = new RandomStream(3, 'k');
    const b = new RandomStream(3, 'k');
    for (let i = 0; i < 12345; i++) a.nextUniform();
    b.skipTo(12345);
    expect(b.position).toBe(12345);
    expect(b.nextUniform()).toBe(a.nextUniform());
    expect(() => b.skipTo(5)).toThrow();
  });
  it('uniforms are in (0, 1) and look uniform (chi-square over 20 bins, several seeds)', () => {
    for (const seed of [1, 2, 3]) {
      const s = new RandomStream(seed, 'uniformity');
      const bins = new Array(20).fill(0);
      const n = 20000;
      let outside = 0;
      for (let i = 0; i < n; i++) {
        const u = s.nextUniform();
        if (!(u > 0 && u < 1)) outside++;
        bins[Math.floor(u * 20)]++;
      }
      expect(outside).toBe(0);
      const chi2 = bins.reduce((acc, c) => acc + (c - n / 20) ** 2 / (n / 20), 0);
      expect(chi2).toBeLessThan(43.8); // χ²(19) 99.9th percentile
    }
  });
  it('streams with neighbouring names are uncorrelated (|r| < 3/√n)', () => {
    const n = 20000;
    const a = new RandomStream(42, 'pipeline.dropout.pabo.y1');
    const b = new RandomStream(42, 'pipeline.dropout.pabo.y2');
    let sxy = 0;
    for (let i = 0; i < n; i++) sxy += (a.nextUniform() - 0.5) * (b.nextUniform() - 0.5);
    const r = sxy / n / (1 / 12);
    expect(Math.abs(r)).toBeLessThan(3 / Math.sqrt(n));
  });
});

describe('no Math.random anywhere in src/', () => {
  it('greps src/ for Math.random', () => {
    const hits: string[] = [];
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|js|mjs|cjs)$/.test(e.name) && /Math\s*\.\s*random/.test(fs.readFileSync(p, 'utf8'))) hits.push(p);
      }
    };
    walk(path.join(__dirname, '..', '..', 'src'));
    expect(hits).toEqual([]);
  });
});
