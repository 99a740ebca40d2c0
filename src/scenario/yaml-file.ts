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
    if (!st.isFile()) return { problems: [{ file: display, expected: 'a scenario file', found: st.isDirectory() ? 'a folder' : 'a device or pipe, not a file' }] };
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
  if (bytes.includes(0)) {
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return { problems: [{ file: display, expected: 'a YAML text file (UTF-8)', found: utf16 ? 'UTF-16 text (save it as UTF-8)' : 'binary data' }] };
  }
  return parseYamlText(bytes.toString('utf8'), absPath, display, sha256);
}

/**
 * Parses YAML text (the part of `readYamlFile` after reading), for tests and in-memory sources.
 *
 * @example
 * parseYamlText('title: [', 'x.yaml', 'x.yaml', '').problems[0].line; // → 1
 */
export function parseYamlText(text: string, absPath: string, display: string, sha256: string): { source?: YamlSource; problems: InputProblem[] } {
  try {
    return parseYamlTextUnguarded(text, absPath, display, sha256);
  } catch (e) {
    // A nesting bomb (`[[[[…` a hundred thousand deep) overflows the parser's stack.
    if (e instanceof RangeError) {
      return { problems: [{ file: display, expected: 'YAML nested to a reasonable depth', found: 'nesting too deep to read (a nesting bomb?)' }] };
    }
    throw e;
  }
}

/** Longest run of unclosed flow brackets (`[`, `{`) accepted, checked before parsing. */
export const MAX_YAML_FLOW_DEPTH = 100;

function flowDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let line = 1;
  let quote = '';
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = '';
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) comment = true;
    else if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(text[i - 1]))) quote = c;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_YAML_FLOW_DEPTH) return { depth, line };
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return { depth, line };
}

function parseYamlTextUnguarded(text: string, absPath: string, display: string, sha256: string): { source?: YamlSource; problems: InputProblem[] } {
  const deep = flowDepth(text);
  if (deep.depth > MAX_YAML_FLOW_DEPTH) {
    return { problems: [{ file: display, line: deep.line, expected: `YAML nested at most ${MAX_YAML_FLOW_DEPTH} levels deep`, found: 'deeper nesting (a nesting bomb?)' }] };
  }
  const lineCounter = new LineCounter();
  // logLevel 'error': warnings (an unknown tag such as `!foo`) are reported as problems below, never printed raw.
  // uniqueKeys is checked below in linear time: the library's own check is quadratic in the keys
  // of a mapping (minutes for 45,000 keys).
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false, logLevel: 'error' });
  if (doc.errors.length === 0) {
    let dupLine: number | undefined;
    visit(doc, {
      Map(_key, node) {
        const seen = new Set<string>();
        for (const it of node.items) {
          const k = isScalar(it.key) ? `s:${String(it.key.value)}` : `n:${String(it.key)}`;
          if (seen.has(k)) {
            dupLine = it.key && (it.key as Node).range ? lineCounter.linePos((it.key as Node).range![0]).line : undefined;
            return visit.BREAK;
          }
          seen.add(k);
        }
        return undefined;
      },
    });
    if (dupLine !== undefined) return { problems: [{ file: display, line: dupLine, expected: 'valid YAML', found: 'a syntax error', message: 'Map keys must be unique' }] };
  }
  if (doc.errors.length === 0 && doc.warnings.length > 0) {
    return {
      problems: doc.warnings.slice(0, 100).map((w) => ({
        file: display,
        line: w.linePos?.[0]?.line,
        expected: 'plain YAML (no custom tags)',
        found: w.code === 'TAG_RESOLVE_FAILED' ? 'an unknown tag' : 'a YAML warning',
        message: w.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.slice(0, 100).map((e) => ({
        file: display,
        line: e.linePos?.[0]?.line,
        ...(/Maximum call stack/.test(e.message)
          ? { expected: 'YAML nested to a reasonable depth', found: 'nesting too deep to read (a nesting bomb?)' }
          : { expected: 'valid YAML', found: 'a syntax error', message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') }),
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
