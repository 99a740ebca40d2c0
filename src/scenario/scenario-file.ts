import * as path from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { InputProblem } from '../errors';
import { MAX_HORIZON, type Label } from '../model/domain';
import { dataFolderBaseYear } from '../data/model-data';
import { didYouMean } from '../params/suggest';
import type { ParamDef } from '../params/types';
import { SCENARIO_KEY_NAMES, SCENARIO_KEYS } from './keys';
import { describeFound, validateOverride, type ParamOverride } from './param-override';
import { deref, lineAt, lineOf, toPlain, type YamlSource } from './yaml-file';

/**
 * One scenario file as written (one layer of an `extends` chain), validated on its own: top-level
 * keys and their types, horizon range, and every parameter override against the registry.
 */

/** A parameter override with the line it was written on. */
export interface LayerParam {
  override: ParamOverride;
  line?: number;
}

/** A scenario file after validation. Fields are absent when the file does not set them. */
export interface ScenarioLayer {
  /** The file stem (DESIGN.md §4). */
  id: string;
  path: string;
  display: string;
  sha256: string;
  /** A bilingual title or description is kept as `nl / en` here and per language below. */
  title?: string;
  description?: string;
  titles?: Label;
  descriptions?: Label;
  author?: string;
  references?: string[];
  extends?: { ref: string; line?: number };
  horizon?: { value: number; line?: number };
  params: Map<string, LayerParam>;
}

/**
 * The scenario id of a file: its stem.
 *
 * @example
 * scenarioIdOf('/x/scenarios/ambitie-2030.yaml'); // → 'ambitie-2030'
 */
export function scenarioIdOf(file: string): string {
  return path.basename(file).replace(/\.ya?ml$/i, '');
}

/**
 * Validates a parsed scenario file. Returns the layer (even when there are problems, with the
 * valid parts) and every problem found.
 *
 * @example
 * const { layer, problems } = parseScenarioLayer(source, REGISTRY);
 */
export function parseScenarioLayer(source: YamlSource, registry: ReadonlyMap<string, ParamDef>): { layer: ScenarioLayer; problems: InputProblem[] } {
  const file = source.display;
  const layer: ScenarioLayer = { id: scenarioIdOf(source.path), path: source.path, display: file, sha256: source.sha256, params: new Map() };
  const problems: InputProblem[] = [];
  const contents = deref(source, source.doc.contents);
  if (contents === undefined || contents === null || (isScalar(contents) && contents.value === null)) {
    problems.push({ file, line: 1, field: 'title', expected: 'a scenario with a title (title: …)', found: 'an empty file' });
    return { layer, problems };
  }
  if (!isMap(contents)) {
    problems.push({ file, line: lineOf(source, contents), expected: 'a mapping of scenario keys (title, extends, parameters, …)', found: describeFound(toPlain(source, contents)) });
    return { layer, problems };
  }
  let titleSeen = false;
  for (const pair of contents.items) {
    const keyNode = deref(source, pair.key);
    const key = String(isScalar(keyNode) ? keyNode.value : toPlain(source, keyNode));
    const line = lineOf(source, pair.key);
    const def = SCENARIO_KEYS.find((k) => k.key === key);
    if (!def) {
      problems.push({ file, line, field: key, expected: `a scenario key (${SCENARIO_KEY_NAMES.join(', ')})`, found: `'${key}'`, message: didYouMean(key, SCENARIO_KEY_NAMES) });
      continue;
    }
    const valueNode = deref(source, pair.value);
    const raw = toPlain(source, valueNode);
    const bad = (expected: string): void => {
      problems.push({ file, line, field: key, expected, found: describeFound(raw) });
    };
    switch (def.type) {
      case 'string':
        if (typeof raw !== 'string' || raw.trim() === '') {
          bad('a non-empty text');
          break;
        }
        if (key === 'title') {
          layer.title = raw;
          titleSeen = true;
        } else if (key === 'description') layer.description = raw;
        else if (key === 'author') layer.author = raw;
        else if (key === 'extends') layer.extends = { ref: raw, line };
        break;
      case 'text': {
        const text = readText(raw);
        if (!text) {
          bad('a non-empty text, or {nl: …, en: …} with a non-empty text in each language');
          break;
        }
        if (key === 'title') {
          layer.title = text.plain;
          if (text.byLang) layer.titles = text.byLang;
          titleSeen = true;
        } else {
          layer.description = text.byLang ? text.byLang.en : text.plain;
          if (text.byLang) layer.descriptions = text.byLang;
        }
        break;
      }
      case 'string-list':
        if (!Array.isArray(raw) || raw.some((x) => typeof x !== 'string')) bad('a list of texts');
        else layer.references = raw as string[];
        break;
      case 'horizon':
        if (typeof raw !== 'number' || !Number.isInteger(raw) || raw <= dataFolderBaseYear() || raw > MAX_HORIZON)
          bad(`a whole year from ${dataFolderBaseYear() + 1} to ${MAX_HORIZON}`);
        else layer.horizon = { value: raw, line };
        break;
      case 'parameters':
        if (raw === null) break; // `parameters:` with nothing under it
        if (!isMap(valueNode)) {
          bad('a mapping of parameter keys to values');
          break;
        }
        parseParameters(source, valueNode, registry, layer, problems);
        break;
    }
  }
  if (!titleSeen && !problems.some((p) => p.field === 'title'))
    problems.push({ file, line: 1, field: 'title', expected: 'a title (title: …)', found: 'no title' });
  return { layer, problems };
}

function parseParameters(
  source: YamlSource,
  mapNode: import('yaml').YAMLMap,
  registry: ReadonlyMap<string, ParamDef>,
  layer: ScenarioLayer,
  problems: InputProblem[],
): void {
  const file = source.display;
  for (const pair of mapNode.items) {
    const keyNode = deref(source, pair.key);
    const key = String(isScalar(keyNode) ? keyNode.value : toPlain(source, keyNode));
    const line = lineOf(source, pair.key);
    const field = `parameters.${key}`;
    const def = registry.get(key);
    if (!def) {
      // Hints only for the problems that are shown (the first 100, issue #15): bounded work on 45,000 bad keys.
      let hint = problems.length < 200 ? didYouMean(key, registry.keys()) : undefined;
      if (!hint && problems.length < 200) {
        const under = [...registry.keys()].filter((k) => k.startsWith(key + '.'));
        if (under.length) hint = `parameter keys are written in full, e.g. '${under[0]}'`;
      }
      problems.push({ file, line, field, expected: 'a parameter key of the registry', found: `'${key}'`, message: hint });
      continue;
    }
    const valueNode = deref(source, pair.value);
    const raw = toPlain(source, valueNode);
    if (isSeq(valueNode) && def.kind !== 'choice') {
      // A list is never a parameter value; say so before anything else.
      problems.push({ file, line, field, expected: def.kind === 'series' ? 'a year → value map' : 'a number', found: 'a list' });
      continue;
    }
    const { override, problems: ps } = validateOverride(def, raw, {
      file,
      field,
      lineAt: (sub) => (sub.length === 0 ? line : lineAt(source, valueNode, sub)),
    });
    problems.push(...ps);
    if (override) layer.params.set(key, { override, line });
  }
}

/**
 * A `text` value (title, description): a non-empty string, or a mapping with exactly the keys nl
 * and en, each a non-empty string. A bilingual text also gives a plain form, `nl / en` for a title
 * (the convention scenarioTitle understands) and the English text for a description.
 */
function readText(raw: unknown): { plain: string; byLang?: Label } | undefined {
  if (typeof raw === 'string') return raw.trim() === '' ? undefined : { plain: raw };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  const keys = Object.keys(o).sort();
  if (keys.join(',') !== 'en,nl') return undefined;
  const nl = o.nl;
  const en = o.en;
  if (typeof nl !== 'string' || typeof en !== 'string' || nl.trim() === '' || en.trim() === '') return undefined;
  return { plain: `${nl.trim()} / ${en.trim()}`, byLang: { nl: nl.trim(), en: en.trim() } };
}
