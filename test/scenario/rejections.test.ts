import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError, isInputError } from '../../src/errors';
import { loadScenario, validateScenarioFile } from '../../src/scenario/load';
import { TEST_DEFS } from './fixtures/registry';
import { FIXTURES, problemsOf, tmpScenarioDir } from './helpers';

// One test per rejection rule of DESIGN.md §4, each asserting the whole message:
// file, line, field, expected and found.

describe('scenario files: rejection rules', () => {
  const dir = tmpScenarioDir();

  it('rejects an unknown top-level key with "did you mean"', () => {
    expect(problemsOf(dir, 'k.yaml', 'title: T\nhorizn: 2030\n')).toEqual([
      "k.yaml:2: horizn: expected a scenario key (title, description, author, references, extends, horizon, parameters), found 'horizn'. did you mean 'horizon'?",
    ]);
  });

  it('rejects an unknown parameter key with "did you mean"', () => {
    expect(problemsOf(dir, 'p.yaml', 'title: T\nparameters:\n  sop.trajectroy: target\n')).toEqual([
      "p.yaml:3: parameters.sop.trajectroy: expected a parameter key of the registry, found 'sop.trajectroy'. did you mean 'sop.trajectory'?",
    ]);
  });

  it('explains that parameter keys are written in full when a group is nested', () => {
    expect(problemsOf(dir, 'n.yaml', 'title: T\nparameters:\n  inflow:\n    pabo: 3\n')).toEqual([
      "n.yaml:3: parameters.inflow: expected a parameter key of the registry, found 'inflow'. parameter keys are written in full, e.g. 'inflow.pabo'",
    ]);
  });

  it('rejects wrong types: text for a number, a number for a series, a number for a choice, a list for references', () => {
    expect(
      problemsOf(dir, 't.yaml', [
        'title: T',
        'references: just one',
        'parameters:',
        '  sop.target.share.po: "0.5"',
        '  inflow.pabo: 6000',
        '  sop.trajectory: 3',
        '',
      ].join('\n')),
    ).toEqual([
      "t.yaml:2: references: expected a list of texts, found 'just one' (text)",
      "t.yaml:4: parameters.sop.target.share.po: expected a number from 0 to 1 (share) or a distribution {distribution: …}, found '0.5' (text)",
      't.yaml:5: parameters.inflow.pabo: expected a year → value map such as {2025: …, 2030: …} or a distribution {distribution: …}, found 6000',
      't.yaml:6: parameters.sop.trajectory: expected one of the options logistic, target, frozen, found 3',
    ]);
  });

  it('rejects a misspelt choice option with "did you mean"', () => {
    expect(problemsOf(dir, 'c.yaml', 'title: T\nparameters:\n  sop.trajectory: taget\n')).toEqual([
      "c.yaml:3: parameters.sop.trajectory: expected one of the options logistic, target, frozen, found 'taget'. did you mean 'target'?",
    ]);
  });

  it('rejects values out of bounds (scalar and series years)', () => {
    expect(
      problemsOf(dir, 'b.yaml', 'title: T\nparameters:\n  sop.target.share.po: 1.2\n  inflow.pabo:\n    2026: 6000\n    2030: -5\n'),
    ).toEqual([
      'b.yaml:3: parameters.sop.target.share.po: expected a number from 0 to 1 (share), found 1.2',
      'b.yaml:6: parameters.inflow.pabo.2030: expected a number from 0 to 50000, found -5',
    ]);
  });

  it('rejects a distribution whose support leaves the bounds', () => {
    expect(
      problemsOf(dir, 'd.yaml', 'title: T\nparameters:\n  capacity.mentor_attrition:\n    distribution: uniform\n    min: 0.5\n    max: 1.5\n'),
    ).toEqual([
      'd.yaml:3: parameters.capacity.mentor_attrition: expected a distribution whose support lies from 0 to 1 (rate), found uniform(min 0.5, max 1.5) with support [0.5, 1.5]',
    ]);
  });

  it('rejects an untruncated normal (infinite support) and a series factor outside its bounds', () => {
    expect(
      problemsOf(dir, 'dn.yaml', [
        'title: T',
        'parameters:',
        '  sop.trend.slope_factor: {distribution: normal, mean: 1, sd: 0.1}',
        '  inflow.pabo: {distribution: uniform, min: 0.2, max: 1.8}',
        '',
      ].join('\n')),
    ).toEqual([
      'dn.yaml:3: parameters.sop.trend.slope_factor: expected a distribution whose support lies from 0 to 3 (factor), found normal(mean 1, sd 0.1) with support [-Infinity, Infinity]',
      'dn.yaml:4: parameters.inflow.pabo: expected a scale factor distribution with support from 0.5 to 1.5, found uniform(min 0.2, max 1.8) with support [0.2, 1.8]',
    ]);
  });

  it('rejects bad distribution objects: unknown type, unknown field, missing field, min > mode', () => {
    expect(
      problemsOf(dir, 'dd.yaml', [
        'title: T',
        'parameters:',
        '  sop.trend.slope_factor:',
        '    distribution: trianglar',
        '    min: 0.5',
        '  capacity.mentor_attrition:',
        '    distribution: pert',
        '    min: 0.1',
        '    mod: 0.2',
        '    max: 0.3',
        '  sop.target.share.po: {distribution: triangular, min: 0.9, mode: 0.5, max: 1}',
        '',
      ].join('\n')),
    ).toEqual([
      "dd.yaml:4: parameters.sop.trend.slope_factor.distribution: expected one of fixed, uniform, triangular, pert, normal, discrete, found 'trianglar' (text). did you mean 'triangular'?",
      'dd.yaml:6: parameters.capacity.mentor_attrition: expected a pert distribution with min, mode, max, found no mode',
      "dd.yaml:9: parameters.capacity.mentor_attrition.mod: expected a field of a pert distribution (distribution, min, mode, max), found 'mod'. did you mean 'mode'?",
      'dd.yaml:11: parameters.sop.target.share.po: expected a consistent triangular distribution, found triangular(min 0.9, mode 0.5, max 1). expected min ≤ mode ≤ max, found 0.9, 0.5, 1',
    ]);
  });

  it('rejects a series distribution whose median is not the neutral factor', () => {
    expect(problemsOf(dir, 'sm.yaml', 'title: T\nparameters:\n  inflow.pabo: {distribution: uniform, min: 0.9, max: 1.3}\n')).toEqual([
      'sm.yaml:3: parameters.inflow.pabo: expected a scale factor distribution for this series with median 1, found uniform(min 0.9, max 1.3) with median 1.1',
    ]);
  });

  it('rejects bad year keys in a series', () => {
    expect(
      problemsOf(dir, 'y.yaml', 'title: T\nparameters:\n  inflow.pabo:\n    2025: 6000\n    2025.5: 6100\n    next: 6200\n    2045: 6300\n'),
    ).toEqual([
      "y.yaml:5: parameters.inflow.pabo.2025.5: expected a whole year from 2000 to 2040 as key, found '2025.5'",
      "y.yaml:6: parameters.inflow.pabo.next: expected a whole year from 2000 to 2040 as key, found 'next'",
      "y.yaml:7: parameters.inflow.pabo.2045: expected a whole year from 2000 to 2040 as key, found '2045'",
    ]);
  });

  it('rejects a horizon out of range or not a whole year', () => {
    expect(problemsOf(dir, 'h1.yaml', 'title: T\nhorizon: 2024\n')).toEqual(['h1.yaml:2: horizon: expected a whole year from 2025 to 2040, found 2024']);
    expect(problemsOf(dir, 'h2.yaml', 'title: T\nhorizon: 2041\n')).toEqual(['h2.yaml:2: horizon: expected a whole year from 2025 to 2040, found 2041']);
    expect(problemsOf(dir, 'h3.yaml', 'title: T\nhorizon: 2030.5\n')).toEqual(['h3.yaml:2: horizon: expected a whole year from 2025 to 2040, found 2030.5']);
  });

  it('reads a title and description in both languages, keeps a plain title valid, and rejects half a pair', () => {
    expect(problemsOf(dir, 'bi.yaml', 'title:\n  nl: Basis\n  en: Baseline\ndescription:\n  nl: Tekst\n  en: Text\n')).toEqual([]);
    const s = loadScenario(join(dir, 'bi.yaml'), { defs: TEST_DEFS, scenarioDir: join(FIXTURES, 'bundled') });
    expect([s.title, s.titles, s.description, s.descriptions]).toEqual(['Basis / Baseline', { nl: 'Basis', en: 'Baseline' }, 'Text', { nl: 'Tekst', en: 'Text' }]);
    expect(problemsOf(dir, 'half.yaml', 'title:\n  nl: Basis\n')).toEqual([
      "half.yaml:1: title: expected a non-empty text, or {nl: …, en: …} with a non-empty text in each language, found a mapping",
    ]);
  });

  it('rejects an empty file and a file without a title', () => {
    expect(problemsOf(dir, 'empty.yaml', '')).toEqual(['empty.yaml:1: title: expected a scenario with a title (title: …), found an empty file']);
    expect(problemsOf(dir, 'comments.yaml', '# only a comment\n')).toEqual([
      'comments.yaml:1: title: expected a scenario with a title (title: …), found an empty file',
    ]);
    expect(problemsOf(dir, 'notitle.yaml', 'description: no title here\n')).toEqual(['notitle.yaml:1: title: expected a title (title: …), found no title']);
    expect(problemsOf(dir, 'blank-title.yaml', 'title: ""\n')).toEqual(["blank-title.yaml:1: title: expected a non-empty text, or {nl: …, en: …} with a non-empty text in each language, found '' (text)"]);
    expect(problemsOf(dir, 'list.yaml', '- a\n- b\n')).toEqual(['list.yaml:1: expected a mapping of scenario keys (title, extends, parameters, …), found a list']);
  });

  it('rejects YAML syntax errors with their line', () => {
    expect(problemsOf(dir, 'syntax.yaml', 'title: T\nparameters:\n  sop.trajectory: [target\n')).toEqual([
      'syntax.yaml:4: expected valid YAML, found a syntax error. Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(problemsOf(dir, 'tabs.yaml', 'title: T\nparameters:\n\tsop.trajectory: target\n')).toContain(
      'tabs.yaml:3: expected valid YAML, found a syntax error. Tabs are not allowed as indentation',
    );
    const dup = problemsOf(dir, 'dup.yaml', 'title: T\ntitle: U\n');
    expect(dup).toEqual(['dup.yaml:2: expected valid YAML, found a syntax error. Map keys must be unique']);
  });

  it('rejects an alias bomb (more than 100 aliases)', () => {
    const lines = ['title: T', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 101; i++) lines.push(`b${i}: *a`);
    expect(problemsOf(dir, 'bomb.yaml', lines.join('\n') + '\n')).toEqual([
      'bomb.yaml:103: expected at most 100 YAML aliases, found 101 aliases (an alias bomb?)',
    ]);
  });

  it('rejects a nested alias expansion that is too large even with few aliases', () => {
    const text = [
      'title: T',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n');
    const ps = problemsOf(dir, 'nested-bomb.yaml', text);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatch(/^nested-bomb\.yaml: expected YAML aliases that expand to at most 100 nodes, found an expansion that is too large/);
  });

  it('rejects a file over 1 MB before parsing it', () => {
    const big = 'title: T\n' + '#'.repeat(1024 * 1024) + '\n';
    expect(problemsOf(dir, 'big.yaml', big)).toEqual([`big.yaml: expected a file of at most 1048576 bytes (1 MB), found ${big.length} bytes`]);
  });

  it('rejects an extends cycle and lists it', () => {
    expect(validateScenarioFile('cycle-a.yaml', { cwd: FIXTURES, defs: TEST_DEFS }).map(formatProblem)).toEqual([
      'cycle-b.yaml:2: extends: expected a chain of parents without cycles, found a cycle: cycle-a.yaml → cycle-b.yaml → cycle-a.yaml',
    ]);
    const self = tmpScenarioDir();
    expect(problemsOf(self, 'self.yaml', 'title: T\nextends: ./self.yaml\n')).toEqual([
      'self.yaml:2: extends: expected a chain of parents without cycles, found a cycle: self.yaml → self.yaml',
    ]);
  });

  it('rejects a missing parent (path and bundled name, with did you mean)', () => {
    expect(validateScenarioFile('missing-parent.yaml', { cwd: FIXTURES, defs: TEST_DEFS }).map(formatProblem)).toEqual([
      "missing-parent.yaml:2: extends: expected a path to an existing scenario file, found './does-not-exist.yaml' (no file does-not-exist.yaml)",
    ]);
    const ps = problemsOf(dir, 'bare.yaml', 'title: T\nextends: basiss\n');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatch(/^bare\.yaml:2: extends: expected the name of a bundled scenario or a path to a scenario file, found 'basiss' \(no file .*basiss\.yaml\)\. did you mean 'basis'\?$/);
  });

  it('collects every problem of a file, and of its parents, in one error', () => {
    const d = tmpScenarioDir();
    problemsOf(d, 'parent.yaml', 'title: P\nhorizon: 1999\n');
    const ps = problemsOf(d, 'kid.yaml', 'title: K\nextends: parent.yaml\nparameters:\n  sop.target.share.po: 2\n');
    expect(ps).toEqual([
      'kid.yaml:4: parameters.sop.target.share.po: expected a number from 0 to 1 (share), found 2',
      'parent.yaml:2: horizon: expected a whole year from 2025 to 2040, found 1999',
    ]);
    let err: unknown;
    try {
      loadScenario(join(d, 'kid.yaml'), { cwd: d, defs: TEST_DEFS });
    } catch (e) {
      err = e;
    }
    expect(isInputError(err)).toBe(true);
    expect((err as InputError).problems).toHaveLength(2);
    expect((err as InputError).line).toBe(4);
  });

  it('rejects an unknown bundled scenario name with did you mean', () => {
    expect(() => loadScenario('basic', { defs: TEST_DEFS, scenarioDir: join(FIXTURES, 'bundled') })).toThrow(
      "scenario: expected a bundled scenario (basis) or a path to a .yaml file, found 'basic'. did you mean 'basis'?",
    );
  });

  it('rejects bad command-line values with the option name', () => {
    const opts = { cwd: FIXTURES, defs: TEST_DEFS };
    expect(() => loadScenario('base.yaml', { ...opts, horizon: 2050 })).toThrow('--horizon: expected a whole year from 2025 to 2040, found 2050');
    expect(() => loadScenario('base.yaml', { ...opts, overrides: { 'sop.target.share.po': '1.5' } })).toThrow(
      '--set sop.target.share.po: expected a number from 0 to 1 (share), found 1.5',
    );
    expect(() => loadScenario('base.yaml', { ...opts, overrides: { 'sop.traject': 'target' } })).toThrow(
      "--set sop.traject: expected a parameter key of the registry, found 'sop.traject'. did you mean 'sop.trajectory'?",
    );
  });
});
