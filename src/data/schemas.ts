import { ROUTES, SECTORS } from '../model/domain';
import type { ColumnSpec, DataRow, TableSchema } from './schema';

/*
 * The schema of every file in data/ (except data/laerermod/, data/partnerships/): its columns, their
 * types and allowed codes, and the columns that identify a row. One place, so that the loader, the
 * tests, `sop validate` and the data cards agree.
 */

const req = (name: string, type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type,
  required: true,
  ...extra,
});
const opt = (name: string, type: ColumnSpec['type'], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type,
  required: false,
  ...extra,
});
const code = (name: string, codes: readonly string[], required = true): ColumnSpec => ({
  name,
  type: 'code',
  required,
  codes,
});

/**
 * Source keys: one or more keys of data/sources.csv separated by `;`.
 *
 * @example
 * SOURCE_KEY_PATTERN.test('S24;S25'); // → true
 */
export const SOURCE_KEY_PATTERN = /^[A-Za-z0-9.-]+( ?; ?[A-Za-z0-9.-]+)*$/;

/** The columns every data file ends with: whether the figure is derived, its source keys, a note. */
const provenance: readonly ColumnSpec[] = [
  code('derived', ['yes', 'no']),
  req('source', 'text', {
    pattern: SOURCE_KEY_PATTERN,
    patternLabel: 'one or more source keys of data/sources.csv, separated by ";"',
    description: 'keys of data/sources.csv',
  }),
  opt('note', 'text'),
];

/** A derived figure must say how it was derived. */
function derivedHasNote(row: DataRow) {
  if (row.cells.derived === 'yes' && !row.cells.note) {
    return [{ field: 'note', expected: 'the derivation of a derived figure (derived = yes)', found: 'an empty cell' }];
  }
  return [];
}

/** A value whose unit is `share` must lie in [0, 1]. */
function shareUnitInRange(row: DataRow) {
  const v = row.cells.value;
  if (row.cells.unit === 'share' && typeof v === 'number' && (v < 0 || v > 1)) {
    return [{ field: 'value', expected: 'a share between 0 and 1 (unit is share)', found: String(v) }];
  }
  return [];
}

const checks =
  (...fs: ((row: DataRow) => { field: string; expected: string; found: string }[])[]) =>
  (row: DataRow) =>
    fs.flatMap((f) => f(row));

/**
 * Inflow definitions kept apart in data/inflow.csv (see data/inflow.md).
 *
 * @example
 * INFLOW_DEFINITIONS[0]; // → 'stamos-all-forms'
 */
export const INFLOW_DEFINITIONS = ['stamos-all-forms', 'ocw-all-enrolments', 'vh-first-years', 'vh-first-years-voltijd', 'hop-first-years'] as const;

const sectorsAnd = (...extra: string[]): readonly string[] => [...SECTORS, ...extra];

/**
 * Schemas of the national data files, by file name.
 *
 * @example
 * DATA_SCHEMAS['inflow.csv'].key; // → ['year', 'route', 'definition']
 */
export const DATA_SCHEMAS: Readonly<Record<string, TableSchema>> = Object.fromEntries(
  (
    [
      {
        file: 'sources.csv',
        title: 'Sources cited by the data files: key, title, URL',
        key: ['key'],
        columns: [
          req('key', 'text', { pattern: /^[A-Za-z0-9.-]+$/, patternLabel: 'a key of letters, digits, dots and dashes' }),
          req('title', 'text'),
          opt('url', 'text'),
          opt('note', 'text'),
        ],
      },
      {
        file: 'inflow.csv',
        title: 'Inflow into teacher education by route, per definition (persons)',
        key: ['year', 'route', 'definition'],
        columns: [
          req('year', 'year'),
          code('route', ROUTES),
          code('definition', INFLOW_DEFINITIONS),
          req('value', 'count'),
          opt('value_low', 'count', { description: 'low end of the range of a derived value (blank: none given)' }),
          opt('value_high', 'count', { description: 'high end of the range of a derived value (blank: none given)' }),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: (row) => {
          const out = derivedHasNote(row);
          const { value, value_low: lo, value_high: hi } = row.cells as Record<string, number | null>;
          if ((lo === null) !== (hi === null)) {
            out.push({ field: lo === null ? 'value_low' : 'value_high', expected: 'value_low and value_high both given or both blank', found: 'only one of them' });
          } else if (lo !== null && hi !== null && !(lo <= (value as number) && (value as number) <= hi)) {
            out.push({ field: 'value', expected: `a value between value_low ${lo} and value_high ${hi}`, found: String(value) });
          }
          return out;
        },
      },
      {
        file: 'inflow-splice.csv',
        title: 'Ratios between inflow definitions (first-year counts to the all-enrolments definition the model uses)',
        key: ['route'],
        columns: [
          code('route', ROUTES),
          code('target_definition', INFLOW_DEFINITIONS),
          code('from_definition', INFLOW_DEFINITIONS),
          req('factor', 'count'),
          req('factor_low', 'count'),
          req('factor_high', 'count'),
          code('method', ['overlap', 'continuity-assumption', 'ratio-only']),
          opt('years_used', 'text'),
          ...provenance,
        ],
        rowCheck: (row) => {
          const { factor, factor_low: lo, factor_high: hi } = row.cells as Record<string, number>;
          const out = derivedHasNote(row);
          if (!(lo <= factor && factor <= hi)) {
            out.push({ field: 'factor', expected: `a factor between factor_low ${lo} and factor_high ${hi}`, found: String(factor) });
          }
          return out;
        },
      },
      {
        file: 'zij-instroom.csv',
        title: 'Side entrants (zij-instroom): persons, subsidies and declarations by sector',
        key: ['year', 'sector', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('all')),
          code('measure', [
            'zij-instromers',
            'subsidies-granted',
            'subsidy-applications',
            'subsidy-applications-to-september',
            'subsidies-granted-2014-2017',
            'bevoegdheidsverklaringen',
            'subsidy-ceiling-capacity',
          ]),
          req('value', 'count'),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'enrolment.csv',
        title: 'Students enrolled in teacher education by route (persons)',
        key: ['year', 'route', 'definition'],
        columns: [
          req('year', 'year'),
          code('route', ROUTES),
          code('definition', ['stamos-enrolment']),
          req('value', 'count'),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'diplomas.csv',
        title: 'Diplomas of teacher education by route (persons)',
        key: ['year', 'route', 'definition'],
        columns: [
          req('year', 'year'),
          code('route', ROUTES),
          code('definition', ['ocw-rounded', 'ocw-rounded-pwpo', 'stamos-diplomas', 'apf-deeltijd']),
          req('value', 'count'),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'teacher-education-projection.csv',
        title: 'Referentieraming projections of teacher-education intake, enrolment and diplomas',
        key: ['edition', 'year', 'route', 'measure'],
        columns: [
          code('edition', ['RR2016']),
          req('year', 'year'),
          code('route', ROUTES),
          code('measure', ['intake', 'enrolment', 'diplomas']),
          req('value', 'count'),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'dropout.csv',
        title: 'Dropout from teacher education (shares of a cohort)',
        key: ['cohort', 'programme', 'variant', 'measure'],
        columns: [
          req('cohort', 'year'),
          code('programme', ['pabo', 'pabo-and-hbo-2e-graads', 'hbo-all', 'hbo-sector-onderwijs', 'wo-master-sector-onderwijs']),
          code('variant', ['all', 'voltijd', 'deeltijd']),
          code('measure', ['dropout-year1', 'dropout-within-3-years']),
          req('value', 'share'),
          code('unit', ['share']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'completion.csv',
        title: 'Completion of teacher education and indirect entry (shares)',
        key: ['cohort', 'programme', 'measure'],
        columns: [
          req('cohort', 'year'),
          code('programme', ['pabo', 'hbo-all', 'hbo-sector-onderwijs', 'ho-all']),
          code('measure', [
            'diploma-within-5-years-of-re-enrolled',
            'diploma-within-5-years-of-entrants',
            'diploma-within-8-years-of-entrants',
            'indirect-entrant-share',
          ]),
          req('value', 'share'),
          code('unit', ['share']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'entry-into-teaching.csv',
        title: 'Graduates of teacher education who work in education after graduating (shares)',
        key: ['cohort', 'programme', 'measure', 'years_after', 'group'],
        columns: [
          req('cohort', 'year'),
          code('programme', ['pabo', 'vo-lerarenopleidingen', 'ulo']),
          code('measure', ['teaching-job-0.8-fte', 'in-education', 'only-education', 'education-and-other-work', 'teaching-in-bao']),
          opt('years_after', 'integer', { min: 0, max: 10 }),
          code('group', ['all', 'under-30', '30-plus', 'male', 'female']),
          req('value', 'share'),
          code('unit', ['share']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'starter-attrition.csv',
        title: 'Starting teachers who left the sector within n years (shares)',
        key: ['sector', 'cohort_from', 'cohort_to', 'years_after', 'group', 'source'],
        columns: [
          code('sector', SECTORS),
          opt('cohort_from', 'year'),
          opt('cohort_to', 'year'),
          req('years_after', 'integer', { min: 1, max: 10 }),
          code('group', ['under-30', 'qualified', 'all']),
          req('value', 'share'),
          code('unit', ['share']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'sop-share.csv',
        title: 'Share of teacher-education students trained in an SO&P partnership',
        key: ['year', 'definition'],
        columns: [
          req('year', 'year'),
          code('definition', ['ocwincijfers', 'ecbo-2021', 'ecbo-vo-2e-graads']),
          req('value', 'share'),
          code('unit', ['share']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'sop-composition.csv',
        title: 'SO&P students by placement sector (shares summing to 1)',
        key: ['year', 'sector'],
        columns: [req('year', 'year'), code('sector', sectorsAnd('mixed')), req('value', 'share'), code('unit', ['share']), ...provenance],
        rowCheck: derivedHasNote,
      },
      {
        file: 'sop-partnerships.csv',
        title: 'Counts of (aspirant) SO&P partnerships',
        key: ['year', 'sector', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('all')),
          code('measure', ['aspirant-approved', 'aspirant-applications']),
          req('value', 'count'),
          code('unit', ['partnerships']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'shortage.csv',
        title: 'Measured teacher shortage (totale tekort), fte and share of employment',
        key: ['year', 'sector', 'staff', 'area', 'subsector', 'component', 'unit', 'definition'],
        columns: [
          req('year', 'year'),
          code('sector', SECTORS),
          code('staff', ['teachers', 'school-leaders']),
          code('area', ['NL', 'G5', 'rest-of-NL']),
          code('subsector', ['all', 'vmbo-havo-vwo', 'pro', 'isk', 'tweedegraads']),
          code('component', ['total', 'regular', 'regular-open', 'regular-hidden', 'regular-open-and-hidden', 'replacement', 'replacement-open', 'replacement-hidden']),
          req('value', 'count'),
          code('unit', ['fte', 'share']),
          code('definition', ['measured', 'estimate']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'shortage-regions.csv',
        title: 'Measured teacher shortage by region (share of employment)',
        key: ['year', 'sector', 'region', 'subsector', 'component'],
        columns: [
          req('year', 'year'),
          code('sector', SECTORS),
          req('region', 'text'),
          code('subsector', ['all', 'sbo']),
          code('component', ['total', 'open', 'hidden']),
          req('value', 'share'),
          code('unit', ['share']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'employment.csv',
        title: 'Teacher and staff employment by sector (fte, persons)',
        key: ['year', 'sector', 'staff', 'definition', 'unit'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('po-vo-mbo')),
          code('staff', ['teachers', 'all-staff']),
          code('definition', [
            'duo-formatie',
            'duo-leraren-share',
            'duo-leraren-derived',
            'werkgelegenheid-implied',
            'mirror-werkgelegenheid',
            'duo-salary-fte',
            'mboraad-docenten',
            'mbo-benchmark',
            'kamerbrief-2019-01',
            'kamerbrief-2019-12',
            'cbs-bao',
            'nrc-po',
            'stamos-all-staff',
          ]),
          req('value', 'count'),
          code('unit', ['fte', 'persons', 'share']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'part-time.csv',
        title: 'Part-time work of teachers: appointment size distribution and fte per person',
        key: ['year', 'sector', 'group', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', SECTORS),
          code('group', ['all', 'bao', '(v)so', 'male', 'female']),
          code('measure', ['share-up-to-0.5-fte', 'share-0.5-to-0.8-fte', 'share-over-0.8-fte', 'share-full-time', 'mean-appointment-fte', 'fte-per-person']),
          req('value', 'count'),
          code('unit', ['share', 'fte-per-person']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'pupils.csv',
        title: 'Pupils and students: observed counts and Referentieraming projections (persons)',
        key: ['year', 'sector', 'kind', 'edition', 'definition'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('hbo', 'all')),
          code('kind', ['observed', 'projected']),
          code('edition', ['NCOJ', 'OCW', 'CBS', 'DUO', 'RR2023', 'RR2024', 'OCW2019']),
          code('definition', ['po-so', 'vo-vso', 'po-total', 'bao', 'sbao', 'so', 'vso', 'vo-excl-vso', 'rr-sector', 'rr-bao', 'mbo-total', 'bbl', 'bol-voltijd']),
          req('value', 'count'),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'pupil-teacher-ratio.csv',
        title: 'Pupils per teacher fte (leerling-leraarratio) and group size',
        key: ['year', 'sector', 'definition'],
        columns: [
          req('year', 'year'),
          code('sector', SECTORS),
          code('definition', ['bao-llr', 'vo-llr', 'mbo-students-per-docent', 'mbo-benchmark', 'bao-group-size']),
          req('value', 'count'),
          code('unit', ['pupils-per-fte', 'pupils-per-group']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'age-profile.csv',
        title: 'Teachers by age band per sector (fte or share)',
        key: ['year', 'sector', 'definition', 'age_from'],
        columns: [
          req('year', 'year'),
          code('sector', SECTORS),
          code('definition', ['stamos-po-fte-share', 'duo-mbo-fte', 'eag-upper-secondary', 'blikopnieuws-vo']),
          req('age_from', 'integer', { min: 15, max: 75 }),
          req('age_to', 'integer', { min: 15, max: 75 }),
          req('value', 'count'),
          code('unit', ['fte', 'share']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange, (row) => {
          const { age_from: a, age_to: b } = row.cells as Record<string, number>;
          return a <= b ? [] : [{ field: 'age_to', expected: `an age of at least age_from (${a})`, found: String(b) }];
        }),
      },
      {
        file: 'age-summary.csv',
        title: 'Summary age and gender figures of teachers and leavers',
        key: ['year', 'sector', 'population', 'group', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('bao', 'po-vo-mbo')),
          code('population', ['teachers', 'leavers', 'entrants', 'all-staff']),
          code('group', ['all', 'male', 'female']),
          code('measure', [
            'mean-age',
            'share-under-25',
            'share-under-35',
            'share-under-40',
            'share-50-plus',
            'share-55-plus',
            'share-60-plus',
            'share-female',
            'share-male-of-fte',
          ]),
          req('value', 'count'),
          code('unit', ['years', 'share']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'outflow-by-age.csv',
        title: 'Annual rates of teachers leaving po+vo+mbo or switching sector, by age band',
        key: ['period_from', 'period_to', 'sector', 'age_from', 'measure'],
        columns: [
          req('period_from', 'year'),
          req('period_to', 'year'),
          code('sector', SECTORS),
          opt('age_from', 'integer', { min: 15, max: 75 }),
          opt('age_to', 'integer', { min: 15, max: 75 }),
          code('measure', ['leave-po-vo-mbo', 'switch-sector']),
          req('value', 'share'),
          code('unit', ['rate-per-year']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'sector-mobility.csv',
        title: 'Teachers switching between po, vo and mbo (persons per year)',
        key: ['year', 'from_sector', 'to_sector', 'definition'],
        columns: [
          req('year', 'year'),
          code('from_sector', SECTORS),
          code('to_sector', SECTORS),
          code('definition', ['duo-mobility', 'mbo-today-approx']),
          req('value', 'count'),
          code('unit', ['persons']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'retirement.csv',
        title: 'Retirement: ages, working past the pension date, early-exit intentions',
        key: ['year', 'sector', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('bao', 'education-all', 'po-vo')),
          code('measure', [
            'mean-retirement-age',
            'working-past-pension-date',
            'expect-retire-before-aow',
            'retirements-fte-low',
            'retirements-fte-high',
            'retirement-rate-low',
            'retirement-rate-high',
            'aow-age',
            'retirements-jan-sep',
          ]),
          req('value', 'count'),
          code('unit', ['years', 'persons', 'share', 'fte', 'rate-per-year']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'stille-reserve.csv',
        title: 'Stille reserve: qualified people not teaching, and related indicators',
        key: ['year', 'sector', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('vo-mbo', 'all')),
          code('measure', [
            'diploma-holders',
            'working-outside-education',
            'not-working',
            'reserve-minimum',
            'ww-with-experience',
            'qualified-teaching-share',
            'qualified-teaching',
            'qualified-minimum',
            'would-return-share',
          ]),
          req('value', 'count'),
          code('unit', ['persons', 'share']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'funding.csv',
        title: 'Funding rules of SO&P partnerships, onderwijsregio\'s and zij-instroom over time (eur)',
        key: ['year_from', 'scheme', 'item', 'sector', 'students_min'],
        columns: [
          req('year_from', 'year'),
          opt('year_to', 'year'),
          code('scheme', ['sop-tiered-grant', 'sop-regulation-2019', 'onderwijsregio', 'zij-instroom-subsidy']),
          code('item', [
            'grant-per-partnership',
            'base-per-partnership',
            'per-student',
            'per-student-initial-payment',
            'per-student-or-zij-instromer',
            'per-zij-instromer',
            'budget-ceiling',
            'total-budget',
            'grant-per-pilot-region',
          ]),
          code('sector', sectorsAnd('all', 'mbo-beta-techniek')),
          opt('students_min', 'integer', { min: 0 }),
          opt('students_max', 'integer', { min: 0 }),
          req('value', 'count'),
          code('unit', ['eur']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'mentoring-norms.csv',
        title: 'Minimum werkplekbegeleider hours per student and students per mentor, by placement type (HAN 2016)',
        key: ['placement'],
        columns: [
          req('placement', 'text', { pattern: /^[a-z0-9-]+$/, patternLabel: 'a lower-case code' }),
          req('programme', 'text'),
          code('phase', ['year-1', 'year-2', 'final', 'minor', 'master', 'other']),
          opt('weeks', 'count'),
          opt('days_per_week', 'count'),
          req('hours_per_student', 'count'),
          opt('hours_per_student_max', 'count'),
          opt('students_per_mentor', 'count'),
          opt('students_per_mentor_max', 'count'),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
      {
        file: 'onderwijsregios.csv',
        title: 'Onderwijsregio\'s: rollout, coverage, thresholds and budgets',
        key: ['year', 'sector', 'measure'],
        columns: [
          req('year', 'year'),
          code('sector', sectorsAnd('all')),
          code('measure', [
            'pilot-applications',
            'pilot-regions',
            'regions',
            'coverage-of-school-locations',
            'min-pupils-per-region',
            'min-trainees-per-region',
            'rap-regions',
          ]),
          req('value', 'count'),
          code('unit', ['regions', 'share', 'persons']),
          ...provenance,
        ],
        rowCheck: checks(derivedHasNote, shareUnitInRange),
      },
      {
        file: 'workforce-projection.csv',
        title: 'Published labour-market projections (MIRROR and others): unmet demand, employment, required fte',
        key: ['edition', 'sector', 'year', 'measure'],
        columns: [
          req('edition', 'year'),
          code('sector', SECTORS),
          req('year', 'year'),
          code('measure', ['onvervulde-vraag', 'werkgelegenheid', 'required-fte', 'demand-fte']),
          req('value', 'count'),
          code('unit', ['fte']),
          ...provenance,
        ],
        rowCheck: derivedHasNote,
      },
    ] satisfies TableSchema[]
  ).map((s) => [s.file, s]),
);

/**
 * The national data files in load order (every file of DATA_SCHEMAS).
 *
 * @example
 * DATA_FILES.includes('shortage.csv'); // → true
 */
export const DATA_FILES: readonly string[] = Object.keys(DATA_SCHEMAS);
