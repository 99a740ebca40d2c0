/**
 * Notebooks on every Jupyter (issue #16): the nbconvert in Debian stable (6.5) strips the elements of
 * inline SVG outputs when exporting to HTML, so stored charts vanished. The stored notebooks carry,
 * beside each SVG chart, an <img> of it (scripts/notebooks-jupyter.js). This test exports notebook 02
 * with the system's `jupyter nbconvert --to html`, opens the page in headless Chromium offline and
 * checks that every chart is there as a drawn image, and that the chart SVGs store rounded numbers.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, launchChromium, screenshotStats, type HeadlessChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..');
const NOTEBOOK = path.join(ROOT, 'notebooks', '02-ambitie-100-procent-2030.ipynb');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-nb-export-'));
const jupyter = process.env.JUPYTER ?? 'jupyter';

interface Output { data?: Record<string, string | string[]> }
const outputs = (): Output[] => JSON.parse(fs.readFileSync(NOTEBOOK, 'utf8')).cells.flatMap((c: { outputs?: Output[] }) => c.outputs ?? []);
const joined = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join('') : v ?? '');

describe('notebook 02 exported to HTML by the system nbconvert', () => {
  let chromium: HeadlessChromium;
  let html = '';

  beforeAll(async () => {
    const r = spawnSync(jupyter, ['nbconvert', '--to', 'html', NOTEBOOK, '--output-dir', tmp], { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`jupyter nbconvert failed (${r.error?.message ?? r.stderr}); the notebook tests need Jupyter (apt-get install jupyter-nbconvert)`);
    html = path.join(tmp, '02-ambitie-100-procent-2030.html');
    chromium = await launchChromium({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await chromium?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('stores an image beside every SVG chart, and the SVGs with rounded numbers', () => {
    const charts = outputs().filter((o) => o.data?.['image/svg+xml'] !== undefined);
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const o of charts) {
      const svg = joined(o.data?.['image/svg+xml']);
      expect(joined(o.data?.['text/html'])).toContain(`src="data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}"`);
      expect(svg).not.toMatch(/\d\.\d{4,}/); // coordinates rounded (stable across machines)
    }
  });

  it('shows every chart as a drawn image in the exported page', async () => {
    const nCharts = outputs().filter((o) => o.data?.['image/svg+xml'] !== undefined).length;
    const watched = await chromium.open(fileUrl(html));
    expect(watched.blockedRequests.filter((u) => !/cdnjs|unpkg|jsdelivr|mathjax|require/i.test(u))).toEqual([]);
    const images = await watched.page.$$eval('img[src^="data:image/svg+xml"]', (imgs) =>
      Promise.all((imgs as HTMLImageElement[]).map(async (img) => {
        await img.decode().catch(() => undefined);
        return { w: img.naturalWidth, h: img.naturalHeight, shown: img.getBoundingClientRect().width };
      })),
    );
    expect(images.length).toBe(nCharts);
    for (const i of images) {
      expect(i.w).toBeGreaterThan(200);
      expect(i.h).toBeGreaterThan(100);
      expect(i.shown).toBeGreaterThan(200);
    }
    const first = await watched.page.$('img[src^="data:image/svg+xml"]');
    await first!.scrollIntoViewIfNeeded();
    const stats = await screenshotStats(chromium, watched.page);
    expect(stats.inkFraction).toBeGreaterThan(0.02);
    const png = await first!.screenshot({ type: 'png' });
    expect(png.length).toBeGreaterThan(5000);
    await watched.page.close();
  });
});
