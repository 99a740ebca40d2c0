/**
 * plan.html of `sop mentors` in headless Chromium: printed to PDF on A4 it has exactly one page
 * per partnership, each partnership's section fits the printable A4 area, and the printed page is
 * not blank (a screenshot in print media has ink: the table and the chart).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrl, launchChromium, screenshotStats, type HeadlessChromium } from './chromium';

const ROOT = path.resolve(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-plan-browser-'));

/** Pages of a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('plan.html printed in headless Chromium', () => {
  let chromium: HeadlessChromium;
  const out = path.join(tmp, 'plan');
  const ids = ['P001', 'P002', 'P003'];

  beforeAll(async () => {
    // three partnerships of the illustrative table, in two onderwijsregio's
    const lines = fs.readFileSync(path.join(ROOT, 'data', 'partnerships', 'illustrative.csv'), 'utf8').trim().split('\n');
    const file = path.join(tmp, 'three.csv');
    fs.writeFileSync(file, [lines[0], ...lines.slice(1).filter((l) => ids.includes(l.split(',')[0]))].join('\n') + '\n');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'sop.js'), 'mentors', file, '--draws', '60', '--out', out, '--horizon', '2034'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`sop mentors exited ${r.status}: ${r.stderr}`);
    chromium = await launchChromium({ viewport: { width: 1000, height: 1400 } });
  });
  afterAll(async () => {
    await chromium?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints one A4 page per partnership', async () => {
    const watched = await chromium.open(fileUrl(path.join(out, 'plan.html')));
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.blockedRequests).toEqual([]);
    const pdf = await watched.page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toBe(ids.length);
    // A4 portrait in PDF points (595 × 842)
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, w, h] of boxes) {
      expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1);
      expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1);
    }
    await watched.page.close();
  });

  it('each partnership fits the printable area and the printed page is not blank', async () => {
    const watched = await chromium.open(fileUrl(path.join(out, 'plan.html')));
    await watched.page.emulateMedia({ media: 'print' });
    // printable A4 with 12 mm margins: 186 × 273 mm at 96 px per inch
    const mm = 96 / 25.4;
    await watched.page.setViewportSize({ width: Math.floor(186 * mm), height: Math.floor(273 * mm) });
    const boxes = await watched.page.$$eval('section.page', (els) => els.map((e) => ({ h: e.getBoundingClientRect().height, title: e.querySelector('h1')?.textContent ?? '', rows: e.querySelectorAll('tbody tr').length, svg: e.querySelectorAll('svg .mark-line path').length })));
    expect(boxes.map((b) => b.title.slice(0, 4))).toEqual(ids);
    for (const b of boxes) {
      expect(b.h).toBeLessThanOrEqual(273 * mm);
      expect(b.rows).toBe(2034 - 2025);
      expect(b.svg).toBe(2);
    }
    const stats = await screenshotStats(chromium, watched.page);
    expect(stats.inkFraction).toBeGreaterThan(0.02);
    expect(stats.distinctColors).toBeGreaterThan(8);
  });
});
