/**
 * The answer an analyst forwards (issue #16), in a real browser: the report of `sop run` in Dutch and
 * in English, and `charts/impact.svg` on its own, opened by Debian's headless Chromium offline.
 * Checks: the impact section with its no-effect case, channels and guidance time; every chart
 * drawn with no text outside its SVG; no table wider than the page; the impact chart's zero line
 * in each panel; a non-blank screenshot of each.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, launchChromium, screenshotStats, type HeadlessChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-impact-browser-'));

function sop(args: string[]): void {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sop.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sop ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

const WORDS = {
  nl: { noEffect: 'geen effect', section: 'Effect van SO&P op het lerarentekort', channel: 'via meer intrede in het onderwijs', mentor: 'Extra begeleidingstijd', net: 'Netto effect', pp: 'procentpunt', surplus: 'overschot' },
  en: { noEffect: 'no effect', section: 'Impact of SO&P on the teacher shortage', channel: 'via more entry into teaching', mentor: 'Extra mentor time', net: 'Net SO&P impact', pp: ' pp ', surplus: 'surplus' },
} as const;

describe('the impact in the report and in charts/impact.svg (headless Chromium)', () => {
  let chromium: HeadlessChromium;
  const dirs = { nl: path.join(tmp, 'nl'), en: path.join(tmp, 'en') };

  beforeAll(async () => {
    sop(['run', 'baseline', 'ambitie-2030', '--draws', '60', '--out', dirs.nl, '--lang', 'nl']);
    sop(['run', 'baseline', 'ambitie-2030', '--draws', '60', '--out', dirs.en, '--lang', 'en']);
    chromium = await launchChromium({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await chromium?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: the report shows the impact beside its no-effect case, channels, guidance time and net figure`, async () => {
      const watched = await chromium.open(fileUrl(path.join(dirs[lang], 'report.html')));
      expect(watched.consoleErrors).toEqual([]);
      expect(watched.blockedRequests).toEqual([]);
      const section = await watched.page.$eval('#impact', (h) => {
        let text = '';
        for (let e = h.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) text += `${e.textContent ?? ''}\n`;
        return { title: h.textContent ?? '', text, chart: !!h.parentElement?.querySelector('#impact ~ figure[data-chart="impact"]') };
      });
      const w = WORDS[lang];
      expect(section.title).toContain(w.section);
      expect(section.text.toLowerCase()).toContain(w.noEffect);
      expect(section.text).toContain(w.channel);
      expect(section.text).toContain(w.mentor);
      expect(section.text).toContain(w.net);
      expect(section.chart).toBe(true);
      const body = await watched.page.evaluate(() => document.body.innerText);
      expect(body).toContain(w.pp);
      expect(body).toContain(w.surplus);
      await watched.page.close();
    });

    it(`${lang}: every chart is drawn, its text stays inside it, and no table is wider than the page`, async () => {
      const watched = await chromium.open(fileUrl(path.join(dirs[lang], 'report.html')));
      const charts = await watched.page.$$eval('figure.chart', (figs) =>
        figs.map((f) => {
          const svg = f.querySelector('svg') as SVGSVGElement;
          const box = svg.getBoundingClientRect();
          const outside = [...svg.querySelectorAll('text')]
            .filter((t) => (t.textContent ?? '').trim() !== '')
            .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
            .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
            .map(({ text }) => text);
          const marks = [...svg.querySelectorAll('.mark-line path, .mark-area path, .mark-symbol path')].filter((p) => (p.getAttribute('d') ?? '').length > 20).length;
          return { name: f.getAttribute('data-chart'), outside, marks, width: box.width };
        }),
      );
      expect(charts.map((c) => c.name)).toContain('impact');
      for (const c of charts) {
        expect(c.outside, `${c.name}: text outside the chart`).toEqual([]);
        expect(c.marks, `${c.name}: nothing drawn`).toBeGreaterThan(0);
      }
      const overflow = await watched.page.evaluate(() => ({
        page: document.documentElement.scrollWidth - window.innerWidth,
        cells: [...document.querySelectorAll('td, th')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
      }));
      expect(overflow.page).toBeLessThanOrEqual(0);
      expect(overflow.cells).toEqual([]);
      const stats = await screenshotStats(chromium, watched.page);
      expect(stats.distinctColors).toBeGreaterThan(20);
      expect(stats.inkFraction).toBeGreaterThan(0.02);
      await watched.page.close();
    });

    it(`${lang}: charts/impact.svg has a zero line in every panel, inside the panel, and is not blank`, async () => {
      const svg = fs.readFileSync(path.join(dirs[lang], 'charts', 'impact.svg'), 'utf8');
      const watched = await chromium.openHtml(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
      const lines = await watched.page.$$eval('line[aria-label="zero-line"]', (ls) =>
        ls.map((l) => {
          const r = l.getBoundingClientRect();
          // the panel: the nearest group with a background rect (the plot area of the facet cell)
          const cell = l.closest('g.mark-group.role-scope, g.role-scope') ?? l.ownerSVGElement;
          const c = (cell as Element).getBoundingClientRect();
          return { width: r.width, y: r.top, top: c.top, bottom: c.bottom };
        }),
      );
      expect(lines.length).toBe(4); // po, vo, mbo, total
      for (const l of lines) {
        expect(l.width).toBeGreaterThan(200);
        expect(l.y).toBeGreaterThanOrEqual(l.top);
        expect(l.y).toBeLessThanOrEqual(l.bottom);
      }
      const text = await watched.page.evaluate(() => document.body.textContent ?? '');
      expect(text.toLowerCase()).toContain(WORDS[lang].noEffect);
      const stats = await screenshotStats(chromium, watched.page);
      expect(stats.distinctColors).toBeGreaterThan(10);
      expect(stats.inkFraction).toBeGreaterThan(0.02);
      await watched.page.close();
    });
  }
});
