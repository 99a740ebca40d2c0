import { ROUTES } from '../model/domain';
import type { ColumnSpec, TableSchema } from './schema';

/**
 * Placement sectors allowed in the `sector` column of a partnership file.
 *
 * @example
 * PARTNERSHIP_SECTORS.includes('mixed'); // → true
 */
export const PARTNERSHIP_SECTORS = ['po', 'vo', 'mbo', 'mixed'] as const;

/**
 * Columns of the long partnership table, in file order. One row per partnership × route × study
 * year; the partnership-level columns (name … schoolopleiders, note) repeat on each of its rows.
 * Every column is always present; optional cells may be blank. Documented field by field in
 * data/partnerships/template.md.
 *
 * @example
 * PARTNERSHIP_COLUMNS.map((c) => c.name).join(','); // → 'partnership,name,sector,…,note'
 */
export const PARTNERSHIP_COLUMNS: readonly ColumnSpec[] = [
  { name: 'partnership', type: 'text', required: true, pattern: /^P\d{3,}$/, patternLabel: 'an id like P001', description: 'partnership id' },
  { name: 'name', type: 'text', required: true, description: 'name of the partnership' },
  { name: 'sector', type: 'code', required: true, codes: PARTNERSHIP_SECTORS, description: 'placement sector' },
  { name: 'onderwijsregio', type: 'text', required: true, description: 'onderwijsregio code or name' },
  { name: 'route', type: 'code', required: true, codes: ROUTES, description: 'route into teaching' },
  { name: 'study_year', type: 'integer', required: true, min: 1, max: 6, description: 'study year, 1 = first' },
  { name: 'students', type: 'count', required: true, description: 'SO&P students placed now (persons)' },
  { name: 'mentors_available', type: 'count', required: true, description: 'trained mentors available now (persons)' },
  { name: 'mentors_trained_per_year', type: 'count', required: false, description: 'mentors trained per year (persons); blank = registry default rate' },
  { name: 'schoolopleiders', type: 'count', required: true, description: 'schoolopleiders (persons)' },
  { name: 'hours_per_student', type: 'count', required: false, description: 'mentor hours per student per year; blank = national norm' },
  { name: 'students_per_mentor', type: 'count', required: false, description: 'students per mentor; blank = national norm' },
  { name: 'note', type: 'text', required: false, description: 'free text' },
  { name: 'year', type: 'year', required: false, optionalColumn: true, description: 'school year the numbers describe (2025 = 2025/26); the plan starts the year after; column may be left out' },
  { name: 'target_year', type: 'year', required: false, optionalColumn: true, description: 'year of the partnership\'s own target (with target_students); column may be left out' },
  { name: 'target_students', type: 'count', required: false, optionalColumn: true, description: 'SO&P students the partnership aims for in target_year (all routes); column may be left out' },
];

/**
 * Partnership-level columns: the same value on every row of one partnership.
 *
 * @example
 * PARTNERSHIP_LEVEL_COLUMNS.includes('mentors_available'); // → true
 */
export const PARTNERSHIP_LEVEL_COLUMNS = [
  'name',
  'sector',
  'onderwijsregio',
  'mentors_available',
  'mentors_trained_per_year',
  'schoolopleiders',
  'year',
  'target_year',
  'target_students',
] as const;

/**
 * Schema of a partnership file (illustrative, template or a coordinator's own).
 *
 * @example
 * PARTNERSHIP_SCHEMA.key; // → ['partnership', 'route', 'study_year']
 */
export const PARTNERSHIP_SCHEMA: TableSchema = {
  file: 'partnerships/*.csv',
  title: 'Partnerships: SO&P students per route and study year, mentors, schoolopleiders',
  columns: PARTNERSHIP_COLUMNS,
  key: ['partnership', 'route', 'study_year'],
};
