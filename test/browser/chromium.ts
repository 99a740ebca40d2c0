/**
 * Headless Debian Chromium for the browser tests (`npm run test:browser`), driven by playwright-core.
 *
 * Never downloads a browser: it uses the system's `/usr/bin/chromium` (apt-get install chromium),
 * or $CHROMIUM_PATH. Every launch gets a fresh profile folder (removed on close) and has the
 * network switched off three ways: the context is offline, every http(s)/ws request is aborted and
 * recorded in `blockedRequests`, and host resolution fails. So a page that tries to load anything
 * from the internet (a CDN script, a web font) is caught by the test rather than silently fetched.
 *
 * @example
 *   const chromium = await launchChromium();
 *   try {
 *     const watched = await chromium.open(fileUrl('out/report.html'));
 *     expect(watched.consoleErrors).toEqual([]);
 *     expect((await screenshotStats(chromium, watched.page)).inkFraction).toBeGreaterThan(0.01);
 *   } finally {
 *     await chromium.close();
 *   }
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs Chromium; override with $CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, headless Chromium in a container running as root. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** A page plus what went wrong on it: console errors, uncaught page errors, blocked requests. */
export interface WatchedPage {
  page: Page;
  /** Text of every `console.error` message and failed resource load reported on the console. */
  consoleErrors: string[];
  /** Uncaught exceptions thrown by the page's scripts. */
  pageErrors: string[];
  /** URLs the page tried to fetch from the network (all aborted). */
  blockedRequests: string[];
}

/** A running headless Chromium with a fresh profile and no network. */
export interface HeadlessChromium {
  context: BrowserContext;
  /** Opens `url` (usually a file:// URL, see fileUrl) in a new watched page and waits for load. */
  open(url: string): Promise<WatchedPage>;
  /** A new watched page showing `html` (no URL, no files). */
  openHtml(html: string): Promise<WatchedPage>;
  /** Closes the browser and removes its profile folder. */
  close(): Promise<void>;
}

/** Options of launchChromium. */
export interface LaunchOptions {
  /** Viewport in CSS pixels; default 1280 × 800. */
  viewport?: { width: number; height: number };
}

/**
 * Launches Debian's Chromium headless, offline, with a fresh profile.
 * @example const chromium = await launchChromium({ viewport: { width: 800, height: 600 } });
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<HeadlessChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests use the system Chromium and never ` +
        'download one: on Debian/Ubuntu run `apt-get install -y chromium`, or set CHROMIUM_PATH.',
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'sop-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      chromiumSandbox: false,
      offline: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      acceptDownloads: false,
      serviceWorkers: 'block',
    });
  } catch (e) {
    rmSync(profileDir, { recursive: true, force: true });
    throw e;
  }
  const blockedByContext: string[] = [];
  await context.route(/^(https?|wss?):/, (route) => {
    blockedByContext.push(route.request().url());
    return route.abort('internetdisconnected');
  });

  const watch = (page: Page): WatchedPage => {
    const watched: WatchedPage = { page, consoleErrors: [], pageErrors: [], blockedRequests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') watched.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => watched.pageErrors.push(err.message));
    page.on('requestfailed', (req) => {
      if (/^(https?|wss?):/.test(req.url())) watched.blockedRequests.push(req.url());
    });
    return watched;
  };

  return {
    context,
    async open(url: string) {
      const watched = watch(await context.newPage());
      await watched.page.goto(url, { waitUntil: 'load' });
      return watched;
    },
    async openHtml(html: string) {
      const watched = watch(await context.newPage());
      await watched.page.setContent(html, { waitUntil: 'load' });
      return watched;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profileDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A file:// URL for a path (relative paths resolve against the working directory).
 * @example fileUrl('test/browser/fixtures/smoke.html') // 'file:///…/test/browser/fixtures/smoke.html'
 */
export function fileUrl(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** What a screenshot contains, to tell a rendered page from a blank one. */
export interface ScreenshotStats {
  width: number;
  height: number;
  /** Number of distinct RGBA colours (capped at 4096). */
  distinctColors: number;
  /** Share of pixels whose colour differs from the top-left pixel (the background), 0–1. */
  inkFraction: number;
  /** The PNG itself, for saving when a test fails. */
  png: Buffer;
}

/**
 * Screenshots `page` (full page) and measures it. The PNG is decoded by Chromium itself in a
 * scratch page (a data: URL, so no network), which avoids a PNG decoder dependency.
 * @example expect((await screenshotStats(chromium, page)).distinctColors).toBeGreaterThan(2);
 */
export async function screenshotStats(browser: HeadlessChromium, page: Page): Promise<ScreenshotStats> {
  const png = await page.screenshot({ fullPage: true, type: 'png' });
  const scratch = await browser.context.newPage();
  try {
    const stats = await scratch.evaluate(async (base64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas context');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<number>();
      const bg = [data[0], data[1], data[2], data[3]];
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (colours.size < 4096) colours.add(((data[i] << 24) | (data[i + 1] << 16) | (data[i + 2] << 8) | data[i + 3]) >>> 0);
        if (data[i] !== bg[0] || data[i + 1] !== bg[1] || data[i + 2] !== bg[2] || data[i + 3] !== bg[3]) ink += 1;
      }
      return {
        width: canvas.width,
        height: canvas.height,
        distinctColors: colours.size,
        inkFraction: ink / (canvas.width * canvas.height),
      };
    }, png.toString('base64'));
    return { ...stats, png };
  } finally {
    await scratch.close();
  }
}
