import { describe, expect, it } from 'vitest';
import { createProgressBar, progressLine } from '../../src/cli/progress';

function fakeStream(isTTY: boolean): { isTTY: boolean; columns: number; text: string; write(s: string): void } {
  return { isTTY, columns: 80, text: '', write(s: string) { this.text += s; } };
}

describe('progress bar (src/cli/progress.ts)', () => {
  it('formats a line', () => {
    expect(progressLine('draws', 5, 10, 2000, 80)).toBe('draws [██████████░░░░░░░░░░]  50%  5/10  eta 2s');
    expect(progressLine('draws', 10, 10, 2000, 80)).toBe('draws [████████████████████] 100%  10/10');
  });
  it('silent when the stream is not a terminal', () => {
    let t = 0;
    const s = fakeStream(false);
    const bar = createProgressBar(s, { now: () => t });
    t = 5000;
    bar.update(1, 2);
    bar.done();
    expect(s.text).toBe('');
  });
  it('silent for runs shorter than the delay; drawn after it, throttled, cleared at the end', () => {
    let t = 0;
    const s = fakeStream(true);
    const bar = createProgressBar(s, { now: () => t, delayMs: 1000, intervalMs: 100 });
    t = 500;
    bar.update(1, 10);
    expect(s.text).toBe('');
    t = 1200;
    bar.update(2, 10);
    expect(s.text).toContain('2/10');
    const before = s.text.length;
    t = 1250;
    bar.update(3, 10); // within the interval: not redrawn
    expect(s.text.length).toBe(before);
    t = 1400;
    bar.update(4, 10);
    expect(s.text).toContain('4/10');
    bar.done();
    expect(s.text.endsWith('\r\x1b[2K')).toBe(true);
  });
});
