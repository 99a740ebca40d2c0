import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFolderBaseYear, loadModelData } from '../../src/data/model-data';
import { defaultDataDir } from '../../src/data/paths';
import { validateDataFolder } from '../../src/data/validate-data-folder';
import { InputError } from '../../src/errors';
import { dataBaseYear, measuredBaseYear } from '../../src/model/base-year';
import { planModel } from '../../src/model/plan';
import { runScenario } from '../../src/model/run-scenario';
import { loadScenario } from '../../src/scenario/load';
import { sop } from '../cli/helpers';
import { defaultScenario, tinyData } from './helpers';

/** A copy of the bundled data folder whose shortage.csv is changed by `edit`. */
function dataCopy(edit: (shortageCsv: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-base-year-'));
  fs.cpSync(defaultDataDir(), dir, { recursive: true });
  const file = path.join(dir, 'shortage.csv');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  made.push(dir);
  return dir;
}
const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Made-up 2025 measurements of the same kind as 2024 (for this test only). */
const MADE_UP_2025 = [
  '2025,po,teachers,NL,all,total,7000,fte,measured,no,S33,made up for a test',
  '2025,vo,teachers,NL,all,total,3500,fte,measured,no,S33,made up for a test',
  '2025,mbo,teachers,NL,all,total,1500,fte,measured,no,S33,made up for a test',
].join('\n');

describe('the base year is read from the data', () => {
  it('is the last year with a measured shortage in all three sectors', () => {
    expect(measuredBaseYear({ po: { 2021: 1, 2024: 1 }, vo: { 2023: 1, 2024: 1 }, mbo: { 2024: 1 } })).toBe(2024);
    expect(measuredBaseYear({ po: { 2021: 1, 2023: 1, 2025: 1 }, vo: { 2023: 1, 2025: 1 }, mbo: { 2023: 1 } })).toBe(2023);
    expect(measuredBaseYear({ po: { 2021: 1 }, vo: {}, mbo: {} })).toBeUndefined();
    expect(() => dataBaseYear({ shortageFte: { po: { 2021: 1 }, vo: {}, mbo: {} } })).toThrow(/po 2021; vo none; mbo none/);
  });

  it('is 2024 in the bundled data, and the plan starts there', () => {
    expect(dataFolderBaseYear()).toBe(2024);
    const data = loadModelData();
    expect(dataBaseYear(data)).toBe(2024);
    expect(planModel(loadScenario('baseline'), data).layout.years[0]).toBe(2024);
  });

  it('moves to 2025 when a newer year is measured in all three sectors, without code changes', () => {
    const dir = dataCopy((csv) => `${csv.trimEnd()}\n${MADE_UP_2025}\n`);
    expect(dataFolderBaseYear(dir)).toBe(2025);
    const data = loadModelData(dir);
    const scenario = loadScenario('baseline');
    const plan = planModel(scenario, data);
    expect(plan.baseYear).toBe(2025);
    expect(plan.layout.years[0]).toBe(2025);
    // the measured anchors are the new year's
    const rows = runScenario(scenario, data);
    const at = (s: string, y: number) => rows.find((r) => r.metric === 'workforce.shortage_fte' && r.sector === s && r.breakdown === 'all' && r.year === y)?.value;
    expect(at('po', 2025)).toBeCloseTo(7000, 6);
    expect(at('vo', 2025)).toBeCloseTo(3500, 6);
    expect(at('mbo', 2025)).toBeCloseTo(1500, 6);
    expect(at('po', 2024)).toBeUndefined();
  });

  it('does not move when the newer year is measured in two sectors only', () => {
    const dir = dataCopy((csv) => `${csv.trimEnd()}\n${MADE_UP_2025.split('\n').slice(0, 2).join('\n')}\n`);
    expect(dataFolderBaseYear(dir)).toBe(2024);
  });

  it('a plan may start from an earlier base year given explicitly', () => {
    const plan = planModel(defaultScenario({}, 2026), tinyData(), { baseYear: 2022 });
    expect(plan.layout.years).toEqual([2022, 2023, 2024, 2025, 2026]);
  });

  it('a data folder with no complete year is an input error naming the file and what was found', () => {
    const dir = dataCopy((csv) => csv.split('\n').filter((l) => !l.startsWith('2024,mbo,')).join('\n'));
    expect(() => loadModelData(dir)).toThrow(InputError);
    expect(() => loadModelData(dir)).toThrow(/shortage\.csv: year: expected a year with a measured total shortage .* for each of po, vo and mbo.*found po 2021, 2022, 2023, 2024; vo 2023, 2024; mbo none/);
    expect(() => dataFolderBaseYear(dir)).toThrow(InputError);
    expect(() => validateDataFolder(dir)).toThrow(/data\/shortage\.csv: year: expected a year with a measured total shortage/);
    expect(validateDataFolder().length).toBeGreaterThan(0); // the bundled folder has one
    const r = sop(['validate', path.join(dir, 'shortage.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/for each of po, vo and mbo.*found po 2021, 2022, 2023, 2024; vo 2023, 2024; mbo none/);
    expect(r.stdout + r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});
