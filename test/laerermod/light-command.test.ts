// `sop laerermod` is timed as a whole process: its module graph must stay free of the heavy
// libraries (charting, spreadsheets, dataframes). Walks the static imports from the command.
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const SRC = path.join(__dirname, '..', '..', 'src');
const HEAVY = /^(danfojs|danfojs-node|vega|vega-lite|xlsx|@e965\/xlsx|tslab|playwright|simple-statistics|yaml)(\/|$)/;

function resolveLocal(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(f)) return f;
  return undefined;
}

function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const statement = m[0];
      if (/^\s*(import|export)\s+type\s/.test(statement.trimStart())) continue; // erased at compile time
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) {
        const f = resolveLocal(file, spec);
        if (f) todo.push(f);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('sop laerermod stays light', () => {
  it('imports no charting, spreadsheet or dataframe library, directly or indirectly', () => {
    const { files, packages } = moduleGraph(path.join(SRC, 'cli', 'commands', 'laerermod.ts'));
    expect(files.size).toBeGreaterThan(5);
    expect([...packages].filter((p) => HEAVY.test(p))).toEqual([]);
    expect([...packages].every((p) => ['fs', 'path', 'util', 'node:path', 'node:fs', 'os'].includes(p))).toBe(true);
  });
});
