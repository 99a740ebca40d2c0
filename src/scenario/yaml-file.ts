import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { InputProblem } from '../errors';
import { MAX_SCENARIO_FILE_BYTES, MAX_YAML_ALIASES } from './keys';

/**
 * Reading a YAML file safely: size limit before parsing, syntax errors with their line, alias
 * bombs rejected, and line numbers for any node (for file:line error messages).
 */

/** A parsed YAML file with what is needed to point at lines in it. */
export interface YamlSource {
  /** Absolute path. */
  path: string;
  /** The path as shown in messages. */
  display: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/**
 * Reads and parses a YAML file. Returns the source, or the problems that stop it from being read
 * (missing file, over 1 MB, syntax errors, more than 100 aliases or an alias expansion that is
 * too large). Never throws for bad input.
 *
 * @example
 * const { source, problems } = readYamlFile('/abs/scenarios/x.yaml', 'scenarios/x.yaml');
 * if (problems.length) throw new InputError(problems);
 */
export function readYamlFile(absPath: string, display: string): { source?: YamlSource; problems: InputProblem[] } {
  let size: number;
  try {
    const st = fs.statSync(absPath);
    if (!st.isFile()) return { problems: [{ file: display, expected: 'a scenario file', found: 'a folder' }] };
    size = st.size;
  } catch {
    return { problems: [{ file: display, expected: 'an existing scenario file', found: 'no such file' }] };
  }
  if (size > MAX_SCENARIO_FILE_BYTES)
    return {
      problems: [{ file: display, expected: `a file of at most ${MAX_SCENARIO_FILE_BYTES} bytes (1 MB)`, found: `${size} bytes` }],
    };
  const bytes = fs.readFileSync(absPath);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return parseYamlText(bytes.toString('utf8'), absPath, display, sha256);
}

/**
 * Parses YAML text (the part of `readYamlFile` after reading), for tests and in-memory sources.
 *
 * @example
 * parseYamlText('title: [', 'x.yaml', 'x.yaml', '').problems[0].line; // → 1
 */
export function parseYamlText(text: string, absPath: string, display: string, sha256: string): { source?: YamlSource; problems: InputProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: display,
        line: e.linePos?.[0]?.line,
        expected: 'valid YAML',
        found: 'a syntax error',
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  let aliases = 0;
  let bombLine: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases += 1;
      if (aliases === MAX_YAML_ALIASES + 1 && node.range) bombLine = lineCounter.linePos(node.range[0]).line;
    },
  });
  if (aliases > MAX_YAML_ALIASES)
    return {
      problems: [{ file: display, line: bombLine, expected: `at most ${MAX_YAML_ALIASES} YAML aliases`, found: `${aliases} aliases (an alias bomb?)` }],
    };
  try {
    doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    return {
      problems: [{ file: display, expected: `YAML aliases that expand to at most ${MAX_YAML_ALIASES} nodes`, found: `an expansion that is too large (${(e as Error).message})` }],
    };
  }
  return { source: { path: absPath, display, sha256, doc, lineCounter }, problems: [] };
}

/**
 * The node itself, or the node an alias points to.
 *
 * @example
 * deref(source, pair.value); // `*defaults` → the node anchored `&defaults`
 */
export function deref(source: YamlSource, node: unknown): Node | undefined {
  if (isAlias(node)) return node.resolve(source.doc) as Node | undefined;
  return (node ?? undefined) as Node | undefined;
}

/**
 * The 1-based line where a node starts, when known.
 *
 * @example
 * lineOf(source, pair.key); // → 7
 */
export function lineOf(source: YamlSource, node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? source.lineCounter.linePos(range[0]).line : undefined;
}

/**
 * The plain JavaScript value of a node (aliases resolved, bounded by the alias limit).
 *
 * @example
 * toPlain(source, pair.value); // → { distribution: 'pert', min: 0.05, mode: 0.1, max: 0.15 }
 */
export function toPlain(source: YamlSource, node: unknown): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node))
    return (node as Node).toJS(source.doc, { maxAliasCount: MAX_YAML_ALIASES });
  return node;
}

/**
 * The line of the key at `path` inside a mapping node (keys compared as text), following nested
 * mappings; the line of the last mapping reached when a key is missing.
 *
 * @example
 * lineAt(source, paramNode, ['min']); // → line of "min:" inside the parameter's mapping
 */
export function lineAt(source: YamlSource, node: unknown, path: readonly string[]): number | undefined {
  let cur = deref(source, node);
  let line = lineOf(source, cur);
  for (const seg of path) {
    if (!isMap(cur)) return line;
    const pair = cur.items.find((it) => String(isScalar(it.key) ? it.key.value : it.key) === seg);
    if (!pair) return line;
    line = lineOf(source, pair.key) ?? line;
    cur = deref(source, pair.value);
  }
  return line;
}
