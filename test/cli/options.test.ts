import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { choiceOption, horizonOption, intOption, parseCommandArgs, setOptions } from '../../src/cli/options';
import { commandLine, runOptionValues } from '../../src/cli/commands/shared-options';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../../src/cli/command-table';

const spec = { draws: { type: 'string' as const, help: '' }, force: { type: 'boolean' as const, help: '' }, set: { type: 'string' as const, multiple: true, help: '' } };

describe('parseCommandArgs', () => {
  it('parses options and positionals', () => {
    expect(parseCommandArgs(['a', '--draws', '10', 'b', '--force'], spec)).toEqual({ values: { draws: '10', force: true }, positionals: ['a', 'b'] });
  });

  it('turns an unknown option into an InputError with a did-you-mean', () => {
    let err: unknown;
    try {
      parseCommandArgs(['--drawz', '5'], spec);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe("option: expected one of --help, --debug, --draws, --force, --set, found '--drawz'. did you mean '--draws'?");
  });

  it('reports a missing value', () => {
    expect(() => parseCommandArgs(['--draws'], spec)).toThrow(/--draws: expected a value/);
  });
});

describe('option values', () => {
  it('reads whole numbers within bounds and rejects the rest', () => {
    expect(intOption({ draws: '1_000' }, 'draws', 1, 10_000)).toBe(1000);
    expect(intOption({}, 'draws', 1, 10)).toBeUndefined();
    for (const bad of ['0', '11', '2.5', 'x', '1e3', '']) {
      expect(() => intOption({ draws: bad }, 'draws', 1, 10), bad).toThrow(`--draws: expected a whole number from 1 to 10, found '${bad}'`);
    }
  });

  it('bounds the horizon to B < year ≤ 2040', () => {
    expect(horizonOption({ horizon: '2025' })).toBe(2025);
    expect(horizonOption({ horizon: '2040' })).toBe(2040);
    expect(() => horizonOption({ horizon: '2024' })).toThrow(/2025 to 2040/);
  });

  it('reads a choice with a did-you-mean', () => {
    expect(choiceOption({}, 'lang', ['nl', 'en'], 'nl')).toBe('nl');
    expect(() => choiceOption({ lang: 'ne' }, 'lang', ['nl', 'en'], 'nl')).toThrow(/found 'ne'/);
  });

  it('reads --set key=value pairs', () => {
    expect(setOptions({ set: ['a.b=1', 'c = {2030: 5}'] })).toEqual({ 'a.b': '1', c: '{2030: 5}' });
    expect(() => setOptions({ set: ['novalue'] })).toThrow(/--set: expected key=value/);
  });

  it('applies the defaults of sop run', () => {
    const v = runOptionValues({ values: {}, positionals: [] });
    expect(v).toEqual({ draws: DEFAULT_DRAWS, seed: DEFAULT_SEED, horizon: undefined, workers: undefined, lang: 'nl', out: undefined, force: false, sets: undefined });
    expect(DEFAULT_DRAWS).toBe(1000);
  });

  it('records the command line with shell quoting', () => {
    expect(commandLine(['run', 'my file.yaml', '--draws', '10'])).toBe("sop run 'my file.yaml' --draws 10");
  });
});
