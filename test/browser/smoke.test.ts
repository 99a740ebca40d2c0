/**
 * Smoke test of the browser harness: Debian's Chromium starts headless, loads a local page with
 * the network off, shows no console errors, renders something (not a blank screenshot), and the
 * harness does notice console errors, page errors and attempts to reach the network.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, launchChromium, screenshotStats, type HeadlessChromium } from './chromium';

const SMOKE = join(__dirname, 'fixtures', 'smoke.html');

describe('headless Chromium (test/browser/chromium.ts)', () => {
  let chromium: HeadlessChromium;
  beforeAll(async () => {
    chromium = await launchChromium({ viewport: { width: 640, height: 400 } });
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('loads a local page offline with no console errors and runs its script', async () => {
    const watched = await chromium.open(fileUrl(SMOKE));
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    expect(watched.blockedRequests).toEqual([]);
    expect(await watched.page.title()).toBe('SO&P 2030 browser smoke test');
    expect(await watched.page.textContent('#status')).toBe('script ran: po, vo, mbo');
  });

  it('renders a non-blank screenshot', async () => {
    const watched = await chromium.open(fileUrl(SMOKE));
    const stats = await screenshotStats(chromium, watched.page);
    expect(stats.width).toBe(640);
    expect(stats.height).toBeGreaterThanOrEqual(400);
    // White background, dark text, three coloured bars and anti-aliasing: many colours, some ink.
    expect(stats.distinctColors).toBeGreaterThan(8);
    expect(stats.inkFraction).toBeGreaterThan(0.03);
    expect(stats.inkFraction).toBeLessThan(0.9);
  });

  it('a blank page measures as blank (the check above can fail)', async () => {
    const watched = await chromium.openHtml('<html><body style="background:#fff"></body></html>');
    const stats = await screenshotStats(chromium, watched.page);
    expect(stats.distinctColors).toBe(1);
    expect(stats.inkFraction).toBe(0);
  });

  it('has no network: a fetch fails and is reported as a blocked request', async () => {
    const watched = await chromium.openHtml('<p>offline</p>');
    const result = await watched.page.evaluate(async () => {
      try {
        await fetch('https://example.org/');
        return 'fetched';
      } catch (e) {
        return `failed: ${(e as Error).message}`;
      }
    });
    expect(result).toMatch(/^failed/);
    expect(watched.blockedRequests).toContain('https://example.org/');
  });

  it('records console errors and uncaught page errors', async () => {
    const watched = await chromium.openHtml(
      '<script>console.error("deliberate console error");</script>' +
        '<script>setTimeout(() => { throw new Error("deliberate page error"); }, 0);</script>',
    );
    await watched.page.waitForTimeout(100);
    expect(watched.consoleErrors).toContain('deliberate console error');
    expect(watched.pageErrors).toContain('deliberate page error');
  });
});
