/**
 * The three user notebooks as stored: thin (only the public API), with inline SVG charts, the
 * illustrative note where the example partnership is used, and a closing "how to try your own
 * scenario" section. Execution itself is tested by test/notebooks (both harnesses).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const NOTEBOOKS = ['01-quickstart.ipynb', '02-ambitie-100-procent-2030.ipynb', '03-mentorcapaciteit.ipynb'];

interface Cell { cell_type: string; source: string | string[]; outputs?: { output_type: string; name?: string; data?: Record<string, unknown>; text?: string | string[] }[] }
const read = (name: string): Cell[] => JSON.parse(readFileSync(join(ROOT, 'notebooks', name), 'utf8')).cells;
const text = (c: Cell): string => (Array.isArray(c.source) ? c.source.join('') : c.source);
/** nbformat stores multi-line output data as a list of lines. */
const joined = (v: unknown): string | undefined => (Array.isArray(v) ? v.join('') : typeof v === 'string' ? v : undefined);
const svgs = (cells: Cell[]): string[] => cells.flatMap((c) => c.outputs ?? []).map((o) => joined(o.data?.['image/svg+xml'])).filter((s): s is string => s !== undefined);

describe.each(NOTEBOOKS)('%s', (name) => {
  const cells = read(name);
  const code = cells.filter((c) => c.cell_type === 'code').map(text);
  const markdown = cells.filter((c) => c.cell_type === 'markdown').map(text);

  it('imports only the built library and tslab', () => {
    const imports = code.flatMap((src) => [...src.matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]));
    expect(imports.length).toBeGreaterThan(0);
    expect(new Set(imports)).toEqual(new Set(['../dist', 'tslab']));
  });

  it('shows its charts inline as SVG', () => {
    const charts = svgs(cells);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const svg of charts) expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });

  it('ends with how to try your own scenario', () => {
    expect(markdown[markdown.length - 1]).toMatch(/^## How to try your own/m);
  });

  it('explains the Dutch terms it uses', () => {
    const all = markdown.join('\n');
    for (const term of ['SO&P', 'werkplekbegeleider', 'schoolopleider', 'pabo', 'zij-instroom', 'po', 'vo', 'mbo']) {
      expect(all, term).toMatch(new RegExp(`\\*\\*${term.replace(/[&-]/g, (c) => `\\${c}`)}\\w*\\*\\*`));
    }
  });
});

describe('03-mentorcapaciteit.ipynb', () => {
  it('marks charts built on the example partnership as illustrative', () => {
    for (const svg of svgs(read('03-mentorcapaciteit.ipynb'))) expect(svg).toContain('illustratieve partnerschapstabel');
  });
});

describe('02-ambitie-100-procent-2030.ipynb', () => {
  it('stores the effect sensitivity: with no effect the ambition leaves the shortage unchanged', () => {
    const html = read('02-ambitie-100-procent-2030.ipynb').flatMap((c) => c.outputs ?? []).map((o) => joined(o.data?.['text/html']) ?? '').join('\n');
    expect(html).toMatch(/<td>no effect<\/td><td style="text-align:right[^"]*">0 \(/);
    expect(html).toContain('registry ranges (default)');
  });
});
