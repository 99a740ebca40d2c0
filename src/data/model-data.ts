import * as path from 'node:path';
import { InputError } from '../errors';
import { measuredBaseYear, measuredYearsText } from '../model/base-year';
import { SECTORS, type Sector } from '../model/domain';
import type { AgeBandValue, ModelData, Partnership } from '../model/inputs';
import type { YearSeries } from '../params/types';
import { spliceInflow, toYearSeries, ZIJ_INSTROOM_MEASURES_FOR_MODEL } from './inflow-splice';
import { readPartnershipFile } from './partnership-file';
import { defaultDataDir } from './paths';
import { readTable, type LoadedTable } from './read-table';
import type { DataRow } from './schema';
import { DATA_SCHEMAS } from './schemas';

/** Options of `loadModelData`. */
export interface LoadModelDataOptions {
  /** A partnership file (CSV or XLSX) to use instead of data/partnerships/illustrative.csv. */
  partnershipsFile?: string;
  /**
   * Only the data known in this year: every row whose `year` is later is left out, as if the
   * files ended there (the hindcast). The data then need not have a base year of their own.
   */
  knownAt?: number;
}

/**
 * The illustrative partnership table, relative to the data folder.
 *
 * @example
 * path.join(defaultDataDir(), ILLUSTRATIVE_PARTNERSHIPS_FILE); // → '…/data/partnerships/illustrative.csv'
 */
export const ILLUSTRATIVE_PARTNERSHIPS_FILE = 'partnerships/illustrative.csv';

/**
 * Employment definition per sector that feeds `ModelData.employmentFte` (see data/employment.md).
 *
 * @example
 * EMPLOYMENT_DEFINITION_FOR_MODEL.po; // → 'werkgelegenheid-implied'
 */
export const EMPLOYMENT_DEFINITION_FOR_MODEL: Readonly<Record<Sector, string>> = {
  po: 'werkgelegenheid-implied',
  vo: 'werkgelegenheid-implied',
  mbo: 'duo-salary-fte',
};

/**
 * Pupil series per sector that feeds `ModelData.pupils`: one Referentieraming edition each, the newest
 * (RR2024), extended to 2032 for po and vo by the growth of the DUO/OCW prognoses (derived rows; data/pupils.md).
 *
 * @example
 * PUPIL_SERIES_FOR_MODEL.vo; // → { edition: 'RR2024', definition: 'rr-sector' }
 */
export const PUPIL_SERIES_FOR_MODEL: Readonly<Record<Sector, { edition: string; definition: string }>> = {
  po: { edition: 'RR2024', definition: 'rr-sector' },
  vo: { edition: 'RR2024', definition: 'rr-sector' },
  mbo: { edition: 'RR2024', definition: 'rr-sector' },
};

/**
 * Age profile per sector that feeds `ModelData.ageProfile` (latest year of the definition; data/age-profile.md).
 *
 * @example
 * AGE_PROFILE_FOR_MODEL.mbo; // → 'duo-mbo-fte'
 */
export const AGE_PROFILE_FOR_MODEL: Readonly<Record<Sector, string>> = {
  po: 'stamos-po-fte-share',
  vo: 'eag-upper-secondary',
  mbo: 'duo-mbo-fte',
};

/**
 * Reads and validates the national data files and a partnership table, and assembles the
 * `ModelData` the engine runs on. Every file is checked against its schema first; all problems of
 * a file are thrown together as one `InputError`.
 *
 * What each field holds, and the rules that pick one series where several definitions exist, are
 * in the data cards (data/*.md) and data/README.md. Series end where the sources end; the engine
 * carries them to the base year by its own stated rules.
 *
 * @example
 * const data = loadModelData();
 * data.sopShareObserved[2022];   // → 0.5
 * data.shortageFte.po[2024];     // → 7700
 * data.partnerships.length;      // → 130 (illustrative)
 * loadModelData(undefined, { partnershipsFile: 'my-partnership.xlsx' }).partnerships[0].id; // → 'P001'
 */
export function loadModelData(dataDir: string = defaultDataDir(), options: LoadModelDataOptions = {}): ModelData {
  const files: { path: string; sha256: string }[] = [];
  const read = (name: string): readonly DataRow[] => {
    const file = path.join(dataDir, name);
    const t: LoadedTable = readTable(file, DATA_SCHEMAS[name], shownPath(dataDir, file));
    files.push({ path: shownPath(dataDir, file), sha256: t.sha256 });
    return knownAt === undefined ? t.rows : t.rows.filter((r) => !(typeof r.cells.year === 'number' && r.cells.year > knownAt));
  };
  const knownAt = options.knownAt;

  const inflow = read('inflow.csv');
  const splice = read('inflow-splice.csv');
  const zij = read('zij-instroom.csv');
  const sopShare = read('sop-share.csv');
  const composition = read('sop-composition.csv');
  const shortage = read('shortage.csv');
  const employment = read('employment.csv');
  const pupils = read('pupils.csv');
  const ages = read('age-profile.csv');
  const outflow = read('outflow-by-age.csv');
  const mobility = read('sector-mobility.csv');
  const reserve = read('stille-reserve.csv');

  const partnershipFile = options.partnershipsFile ?? path.join(dataDir, ILLUSTRATIVE_PARTNERSHIPS_FILE);
  const shownPartnerships = shownPath(dataDir, partnershipFile);
  const pf = readPartnershipFile(partnershipFile, shownPartnerships);
  files.push({ path: shownPartnerships, sha256: pf.sha256 });

  const spliced = spliceInflow(inflow, splice, zij);
  const inflowObserved = Object.fromEntries(Object.entries(spliced).map(([r, pts]) => [r, toYearSeries(pts)])) as ModelData['inflowObserved'];

  const shortageFte = measuredShortage(shortage);
  if (knownAt === undefined && measuredBaseYear(shortageFte) === undefined) throw noBaseYear(shortageFte, shownPath(dataDir, path.join(dataDir, 'shortage.csv')));

  return {
    inflowObserved,
    sopShareObserved: series(sopShare, (c) => c.definition === 'ocwincijfers'),
    sopComposition: compositionFrom(composition, shownPath(dataDir, path.join(dataDir, 'sop-composition.csv'))),
    shortageFte,
    employmentFte: perSector((s) =>
      series(employment, (c) => c.sector === s && c.staff === 'teachers' && c.unit === 'fte' && c.definition === EMPLOYMENT_DEFINITION_FOR_MODEL[s]),
    ),
    pupils: perSector((s) =>
      series(
        pupils,
        (c) => c.sector === s && c.edition === PUPIL_SERIES_FOR_MODEL[s].edition && c.definition === PUPIL_SERIES_FOR_MODEL[s].definition,
      ),
    ),
    ageProfile: perSector((s) => ageProfileFrom(ages, s)),
    outflowByAge: perSector((s) => outflowFrom(outflow, s)),
    switchByAge: perSector((s) => outflowFrom(outflow, s, 'switch-sector')),
    switchDestinations: perSector((s) => switchDestinationsFrom(mobility, s)),
    stilleReserve: stilleReserveFrom(reserve, employment),
    partnerships: pf.partnerships as readonly Partnership[],
    files,
    rulesApplied: dataRules(spliced),
  };
}

/**
 * The measured total teacher shortage per sector (the series that fixes the base year): rows of
 * data/shortage.csv with staff teachers, area NL, subsector all, component total, unit fte and
 * definition measured (estimates such as vo 2021 are a different kind and left out).
 */
function measuredShortage(rows: readonly DataRow[]): ModelData['shortageFte'] {
  return perSector((s) =>
    series(
      rows,
      (c) =>
        c.sector === s &&
        c.staff === 'teachers' &&
        c.area === 'NL' &&
        c.subsector === 'all' &&
        c.component === 'total' &&
        c.unit === 'fte' &&
        c.definition === 'measured',
    ),
  );
}

function noBaseYear(shortageFte: ModelData['shortageFte'], file: string): InputError {
  return new InputError({
    file,
    field: 'year',
    expected: 'a year with a measured total shortage in fte (staff teachers, area NL, subsector all, component total, definition measured) for each of po, vo and mbo: the base year',
    found: measuredYearsText(shortageFte),
  });
}

/**
 * The base year of the rows of a shortage file, or an InputError naming `file` when no year has a
 * measurement in all three sectors (`sop validate data/shortage.csv` uses it).
 *
 * @example
 * shortageTableBaseYear(readTable('data/shortage.csv', DATA_SCHEMAS['shortage.csv']).rows, 'data/shortage.csv'); // → 2024
 */
export function shortageTableBaseYear(rows: readonly DataRow[], file: string): number {
  const shortageFte = measuredShortage(rows);
  const b = measuredBaseYear(shortageFte);
  if (b === undefined) throw noBaseYear(shortageFte, file);
  return b;
}

const baseYearCache = new Map<string, number>();

/**
 * The base year B of a data folder: the last year with a measured shortage in all three sectors
 * (data/shortage.csv). Reads only that file (cached per folder), so scenario checks can use it
 * without loading the rest. An InputError (exit 2) when no year qualifies.
 *
 * @example
 * dataFolderBaseYear(); // → 2024 with the bundled data
 */
export function dataFolderBaseYear(dataDir: string = defaultDataDir()): number {
  const key = path.resolve(dataDir);
  const cached = baseYearCache.get(key);
  if (cached !== undefined) return cached;
  const file = path.join(dataDir, 'shortage.csv');
  const b = shortageTableBaseYear(readTable(file, DATA_SCHEMAS['shortage.csv'], shownPath(dataDir, file)).rows, shownPath(dataDir, file));
  baseYearCache.set(key, b);
  return b;
}

/** The loader's own rules, in words, for the manifest (see the data cards). */
function dataRules(spliced: ReturnType<typeof spliceInflow>): { series: string; rule: string; nl: string }[] {
  const rules: { series: string; rule: string; nl: string }[] = [];
  for (const [route, pts] of Object.entries(spliced)) {
    const derived = pts.filter((p) => p.derived);
    if (route === 'zij-instroom') {
      if (pts.length > 0) {
        rules.push({
          series: 'inflow.zij-instroom',
          rule: `all sectors = po ÷ po share of the 2021 subsidy capacity (× ${pts[0].factor.toFixed(4)}); per year the first published po measure of ${ZIJ_INSTROOM_MEASURES_FOR_MODEL.join(', ')}: ${pts.map((p) => `${p.year} ${p.from}`).join('; ')} (data/zij-instroom.md)`,
          nl: `alle sectoren = po ÷ aandeel van po in de subsidieplafonds van 2021 (× ${pts[0].factor.toFixed(4)}); per jaar de eerste gepubliceerde po-maat van ${ZIJ_INSTROOM_MEASURES_FOR_MODEL.join(', ')}: ${pts.map((p) => `${p.year} ${p.from}`).join('; ')} (data/zij-instroom.md)`,
        });
      }
    } else if (pts.length === 0) {
      rules.push({ series: `inflow.${route}`, rule: 'no published counts: empty series (data/README.md, Gaps)', nl: 'geen gepubliceerde aantallen: lege reeks (data/README.md, Gaps)' });
    } else {
      const scaled = derived.filter((p) => p.factor !== 1);
      const own = derived.filter((p) => p.factor === 1);
      rules.push({
        series: `inflow.${route}`,
        rule:
          `${pts[0].from}, ${pts[0].year}–${pts[pts.length - 1].year} (data/inflow.md)` +
          (own.length > 0 ? `; derived (estimated, see the row notes): ${own.map((p) => p.year).join(', ')}` : '') +
          (scaled.length > 0 ? `; ${scaled[0].from} counts of ${scaled.map((p) => p.year).join(', ')} × factor ${scaled[0].factor} (data/inflow-splice.csv)` : ''),
        nl:
          `${pts[0].from}, ${pts[0].year}–${pts[pts.length - 1].year} (data/inflow.md)` +
          (own.length > 0 ? `; afgeleid (geschat, zie de toelichting per rij): ${own.map((p) => p.year).join(', ')}` : '') +
          (scaled.length > 0 ? `; ${scaled[0].from}-aantallen van ${scaled.map((p) => p.year).join(', ')} × factor ${scaled[0].factor} (data/inflow-splice.csv)` : ''),
      });
    }
  }
  for (const s of SECTORS) {
    rules.push({ series: `employmentFte.${s}`, rule: `definition ${EMPLOYMENT_DEFINITION_FOR_MODEL[s]} (data/employment.md)`, nl: `definitie ${EMPLOYMENT_DEFINITION_FOR_MODEL[s]} (data/employment.md)` });
    rules.push({ series: `pupils.${s}`, rule: `${PUPIL_SERIES_FOR_MODEL[s].edition} ${PUPIL_SERIES_FOR_MODEL[s].definition} (data/pupils.md)`, nl: `${PUPIL_SERIES_FOR_MODEL[s].edition} ${PUPIL_SERIES_FOR_MODEL[s].definition} (data/pupils.md)` });
    rules.push({ series: `ageProfile.${s}`, rule: `${AGE_PROFILE_FOR_MODEL[s]}, latest year, shares of fte used as shares of persons (data/age-profile.md)`, nl: `${AGE_PROFILE_FOR_MODEL[s]}, laatste jaar, aandelen in fte gebruikt als aandelen in personen (data/age-profile.md)` });
  }
  return rules;
}

function shownPath(dataDir: string, file: string): string {
  const base = path.dirname(path.resolve(dataDir));
  const rel = path.relative(base, path.resolve(file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

function perSector<T>(f: (s: Sector) => T): Record<Sector, T> {
  return Object.fromEntries(SECTORS.map((s) => [s, f(s)])) as Record<Sector, T>;
}

function series(rows: readonly DataRow[], keep: (cells: DataRow['cells']) => boolean): YearSeries {
  const out: Record<number, number> = {};
  for (const { cells } of rows) if (keep(cells)) out[cells.year as number] = cells.value as number;
  return out;
}

function compositionFrom(rows: readonly DataRow[], file: string): ModelData['sopComposition'] {
  if (rows.length === 0) throw new InputError({ file, field: 'year', expected: 'at least one year of SO&P composition (known in the year asked for)', found: 'no rows' });
  const year = Math.max(...rows.map((r) => r.cells.year as number));
  const at = rows.filter((r) => r.cells.year === year);
  const get = (s: string) => (at.find((r) => r.cells.sector === s)?.cells.value as number | undefined) ?? 0;
  const c = { year, po: get('po'), vo: get('vo'), mbo: get('mbo'), mixed: get('mixed') };
  const sum = c.po + c.vo + c.mbo + c.mixed;
  if (Math.abs(sum - 1) > 0.005) {
    throw new InputError({ file, line: at[0]?.line, field: 'value', expected: `shares of ${year} that sum to 1`, found: `a sum of ${sum}` });
  }
  return c;
}

/** The latest year of the sector's chosen profile, as shares of the total (normalised to sum to 1). */
function ageProfileFrom(rows: readonly DataRow[], s: Sector): AgeBandValue[] {
  const mine = rows.filter((r) => r.cells.sector === s && r.cells.definition === AGE_PROFILE_FOR_MODEL[s]);
  if (mine.length === 0) return [];
  const year = Math.max(...mine.map((r) => r.cells.year as number));
  const bands = mine.filter((r) => r.cells.year === year).sort((a, b) => (a.cells.age_from as number) - (b.cells.age_from as number));
  const total = bands.reduce((t, r) => t + (r.cells.value as number), 0);
  return bands.map((r) => ({ ageFrom: r.cells.age_from as number, ageTo: r.cells.age_to as number, value: (r.cells.value as number) / total }));
}

/** Leave (or switch) rates by age band from the pooled 2013–2017 table (rows with an age band). */
function outflowFrom(rows: readonly DataRow[], s: Sector, measure: 'leave-po-vo-mbo' | 'switch-sector' = 'leave-po-vo-mbo'): AgeBandValue[] {
  return rows
    .filter((r) => r.cells.sector === s && r.cells.measure === measure && r.cells.age_from !== null && r.cells.period_from === 2013 && r.cells.period_to === 2017)
    .map((r) => ({ ageFrom: r.cells.age_from as number, ageTo: r.cells.age_to as number, value: r.cells.value as number }))
    .sort((a, b) => a.ageFrom - b.ageFrom);
}

/** Switchers from sector s to each other sector: mean persons per year over the DUO years (data/sector-mobility.md). */
function switchDestinationsFrom(rows: readonly DataRow[], s: Sector): Partial<Record<Sector, number>> {
  const out: Partial<Record<Sector, number>> = {};
  for (const to of SECTORS) {
    if (to === s) continue;
    const v = rows.filter((r) => r.cells.definition === 'duo-mobility' && r.cells.from_sector === s && r.cells.to_sector === to).map((r) => r.cells.value as number);
    if (v.length > 0) out[to] = v.reduce((a, b) => a + b, 0) / v.length;
  }
  return out;
}

/**
 * The stille reserve per sector (data/stille-reserve.md): po = the po minimum; vo and mbo share
 * the rest of the all-sector minimum in proportion to their latest teacher employment (fte).
 */
function stilleReserveFrom(rows: readonly DataRow[], employment: readonly DataRow[]): Partial<Record<Sector, number>> {
  const get = (sector: string) => rows.find((r) => r.cells.sector === sector && r.cells.measure === 'reserve-minimum')?.cells.value as number | undefined;
  const po = get('po');
  const all = get('all');
  if (po === undefined || all === undefined) return {};
  const latest = (s: Sector): number => {
    const pts = employment.filter((r) => r.cells.sector === s && r.cells.staff === 'teachers' && r.cells.unit === 'fte' && r.cells.definition === EMPLOYMENT_DEFINITION_FOR_MODEL[s]);
    const last = pts.reduce<DataRow | undefined>((a, r) => (!a || (r.cells.year as number) > (a.cells.year as number) ? r : a), undefined);
    return last ? (last.cells.value as number) : 0;
  };
  const vo = latest('vo');
  const mbo = latest('mbo');
  const rest = Math.max(0, all - po);
  return vo + mbo > 0 ? { po, vo: (rest * vo) / (vo + mbo), mbo: (rest * mbo) / (vo + mbo) } : { po };
}
