/**
 * report.html in a real browser: Debian's headless Chromium opens the report of a real `sop run`
 * (and of `sop mentors`) from file:// with the network blocked; no console errors, no network
 * requests, every chart's SVG present and drawn, and a screenshot that is not blank.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, launchChromium, screenshotStats, type HeadlessChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-report-browser-'));

function sop(args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sop.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sop ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

describe('report.html in headless Chromium', () => {
  let chromium: HeadlessChromium;
  const run = path.join(tmp, 'run');
  const plan = path.join(tmp, 'plan');

  beforeAll(async () => {
    sop(['run', '--draws', '60', '--out', run]);
    sop(['mentors', 'data/partnerships/template.csv', '--draws', '40', '--out', plan, '--lang', 'en']);
    chromium = await launchChromium({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await chromium?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const [name, dir] of [['sop run', run], ['sop mentors', plan]] as const) {
    it(`${name}: loads offline with no console errors and no network requests`, async () => {
      const watched = await chromium.open(fileUrl(path.join(dir, 'report.html')));
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      expect(watched.blockedRequests).toEqual([]);
      // every request the page made was for its own file
      await watched.page.close();
    });

    it(`${name}: shows every chart as a drawn SVG`, async () => {
      const watched = await chromium.open(fileUrl(path.join(dir, 'report.html')));
      const charts = fs.readdirSync(path.join(dir, 'charts')).filter((f) => f.endsWith('.svg'));
      expect(charts.length).toBeGreaterThan(0);
      const drawn = await watched.page.$$eval('figure.chart', (figs) =>
        figs.map((f) => {
          const svg = f.querySelector('svg');
          const box = svg?.getBoundingClientRect();
          return {
            name: f.getAttribute('data-chart'),
            width: box?.width ?? 0,
            height: box?.height ?? 0,
            paths: svg ? svg.querySelectorAll('path').length : 0,
            texts: svg ? svg.querySelectorAll('text').length : 0,
            // the data marks: lines and areas with a non-empty path
            marks: svg ? [...svg.querySelectorAll('.mark-line path, .mark-area path, .mark-symbol path')].filter((p) => (p.getAttribute('d') ?? '').length > 20).length : 0,
          };
        }),
      );
      expect(drawn.map((d) => `${d.name}.svg`).sort()).toEqual([...charts].sort());
      for (const d of drawn) {
        expect(d.width, d.name ?? '').toBeGreaterThan(200);
        expect(d.height, d.name ?? '').toBeGreaterThan(100);
        expect(d.texts, d.name ?? '').toBeGreaterThan(5);
        expect(d.marks, `${d.name}: no data drawn`).toBeGreaterThan(0);
      }
      await watched.page.close();
    });

    it(`${name}: renders a screenshot that is not blank`, async () => {
      const watched = await chromium.open(fileUrl(path.join(dir, 'report.html')));
      const stats = await screenshotStats(chromium, watched.page);
      expect(stats.distinctColors).toBeGreaterThan(20);
      expect(stats.inkFraction).toBeGreaterThan(0.02);
      // the chart area itself is not blank either
      const chart = await watched.page.$('figure.chart svg');
      const png = await chart!.screenshot({ type: 'png' });
      expect(png.length).toBeGreaterThan(5000);
      await watched.page.close();
    });
  }
});
