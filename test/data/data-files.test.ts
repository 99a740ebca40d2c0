import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, DATA_SCHEMAS, defaultDataDir, parseCsv, readTable, validateDataFolder } from '../../src/data';

const dir = defaultDataDir();

describe('the shipped data folder', () => {
  it('validates as a whole: schemas, source keys, cards, partnership files', () => {
    const checked = validateDataFolder();
    expect(checked.map((c) => c.name)).toEqual([...DATA_FILES, 'partnerships/illustrative.csv', 'partnerships/template.csv', 'partnerships/template.xlsx']);
  });

  it.each(DATA_FILES)('%s validates against its schema and has rows', (name) => {
    expect(readTable(path.join(dir, name), DATA_SCHEMAS[name]).rows.length).toBeGreaterThan(0);
  });

  it('has a data card X.md for every X.csv, naming the file and its sources', () => {
    const csvs = [...fs.readdirSync(dir).filter((f) => f.endsWith('.csv')), ...fs.readdirSync(path.join(dir, 'partnerships')).filter((f) => f.endsWith('.csv')).map((f) => `partnerships/${f}`)];
    expect(csvs.length).toBeGreaterThan(20);
    for (const csv of csvs) {
      const card = path.join(dir, csv.replace(/\.csv$/, '.md'));
      expect(fs.existsSync(card), `${csv} has no card`).toBe(true);
      const text = fs.readFileSync(card, 'utf8');
      expect(text, `${csv}'s card`).toMatch(/^# /);
      expect(text, `${csv}'s card names the file`).toContain(path.basename(csv));
      expect(text.toLowerCase(), `${csv}'s card has a caveats section`).toContain('caveats');
    }
  });

  it('has no CSV in data/ without a schema (outside laerermod/ and partnerships/)', () => {
    const csvs = fs.readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csvs.sort()).toEqual([...DATA_FILES].sort());
  });

  it('gives every row of every national file a source, and every derived row its derivation', () => {
    for (const name of DATA_FILES.filter((n) => n !== 'sources.csv')) {
      const t = parseCsv(fs.readFileSync(path.join(dir, name), 'utf8'), name);
      const src = t.header.indexOf('source');
      const derived = t.header.indexOf('derived');
      const note = t.header.indexOf('note');
      for (const r of t.records) {
        expect(r.cells[src].trim(), `${name}:${r.line}`).not.toBe('');
        if (r.cells[derived] === 'yes') expect(r.cells[note].trim(), `${name}:${r.line}`).not.toBe('');
      }
    }
  });

  it('lists every data file in data/README.md', () => {
    const readme = fs.readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const name of [...DATA_FILES, 'partnerships/illustrative.csv', 'partnerships/template.csv', 'partnerships/template.xlsx']) {
      expect(readme, name).toContain(name);
    }
    expect(readme).toContain('## Gaps');
  });

  it('reports an unknown source key and a missing card naming file and line', () => {
    const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'sop-folder-'));
    try {
      fs.cpSync(dir, tmp, { recursive: true });
      const f = path.join(tmp, 'sop-composition.csv');
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('2021,mbo,0.07,share,no,S24;S25', '2021,mbo,0.07,share,no,S24;S99'));
      fs.rmSync(path.join(tmp, 'dropout.md'));
      expect(() => validateDataFolder(tmp)).toThrow(
        'data/sop-composition.csv:4: source: expected a key listed in data/sources.csv, found "S99"\ndata/dropout.md: expected a data card describing dropout.csv, found no such file',
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
