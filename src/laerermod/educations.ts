/**
 * LÆRERMOD's fixed vocabulary: its seven teacher groups (educations), its six employment sectors,
 * its base and end years. Codes, order and English names are those of the original
 * (Statistics Norway, `teachermod.py`, repository pknssb/Laerermod); they are part of the output.
 */
import type { Label } from '../model/domain';

/** Education codes in output order (the original's `Educations` list). */
export const LAERERMOD_EDUCATIONS = ['ba', 'gr', 'lu', 'ph', 'pe', 'yr', 'py'] as const;
export type LaerermodEducation = (typeof LAERERMOD_EDUCATIONS)[number];

/**
 * `education_name` in the output files (English, as in the reference outputs) and a Dutch label
 * for the notebooks.
 */
export const LAERERMOD_EDUCATION_NAMES: Readonly<Record<LaerermodEducation, Label>> = {
  ba: { en: 'Kindergarten teachers', nl: 'Kleuterleraren (barnehagelærer)' },
  gr: { en: 'Primary school teachers', nl: 'Leraren basis- en middenschool (grunnskolelærer)' },
  lu: { en: "Teachers with a master's degree", nl: 'Eerstegraads leraren (lektor)' },
  ph: { en: 'Practical Pedagogical Education (PPU)', nl: 'Pedagogisch-didactische opleiding (PPU)' },
  pe: { en: 'Practical and aesthetic subjects', nl: 'Praktische en esthetische vakken' },
  yr: { en: 'Vocational teachers', nl: 'Beroepsgerichte leraren (yrkesfaglærer)' },
  py: { en: 'PPU Vocational', nl: 'PPU beroepsgericht' },
};

/**
 * Employment sectors S = 1..6: kindergarten, primary school, upper secondary, higher education,
 * other in the sector (adult education, vocational colleges), outside the sector.
 */
export const LAERERMOD_SECTORS = [1, 2, 3, 4, 5, 6] as const;

/** English names of the sectors, in order. */
export const LAERERMOD_SECTOR_NAMES: readonly string[] = [
  'Kindergarten', 'Primary school', 'Upper secondary school', 'Higher education',
  'Other in the sector', 'Outside the sector',
];

/** The original's base year T0 (hard-coded there as `BaseYear`). */
export const LAERERMOD_BASE_YEAR = 2020;
/** The original's end year T1 (`EndYear`). */
export const LAERERMOD_END_YEAR = 2040;

/**
 * True when `code` is one of the seven education codes.
 *
 * @example
 * isLaerermodEducation('ba'); // → true
 * isLaerermodEducation('xx'); // → false
 */
export function isLaerermodEducation(code: string): code is LaerermodEducation {
  return (LAERERMOD_EDUCATIONS as readonly string[]).includes(code);
}
