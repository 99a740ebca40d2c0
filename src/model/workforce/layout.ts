/**
 * The shape of an age-structured workforce: which groups, genders, ages and years, and where a
 * (group, gender, age) cell lives in a flat `Float64Array`.
 *
 * Cell index: `(group * genders + gender) * ages + (age - minAge)`, so all ages of one
 * (group, gender) are contiguous. Year-major arrays put a whole year of cells together:
 * `yearIndex * cells + cell`.
 */

/** Dimensions of a workforce projection. Plain data; build one with {@link workforceLayout}. */
export interface WorkforceLayout {
  /** Group codes (an education, a sector, …), in output order. */
  readonly groups: readonly string[];
  /** Number of genders tracked: 1 (no gender split) or 2 (index 0 = men, 1 = women). */
  readonly genders: number;
  /** Youngest age tracked (years). */
  readonly minAge: number;
  /** Oldest age tracked (years). Persons who age past it leave the stock. */
  readonly maxAge: number;
  /** Number of ages: `maxAge - minAge + 1`. */
  readonly ages: number;
  /** Base year: the year of the initial stock. */
  readonly firstYear: number;
  /** Last projected year (inclusive). */
  readonly lastYear: number;
  /** Number of years: `lastYear - firstYear + 1`. */
  readonly years: number;
  /** Number of cells per year: `groups.length * genders * ages`. */
  readonly cells: number;
}

/** What {@link workforceLayout} needs. */
export interface WorkforceLayoutSpec {
  groups: readonly string[];
  /** 1 or 2; default 2. */
  genders?: number;
  minAge: number;
  maxAge: number;
  firstYear: number;
  lastYear: number;
}

/**
 * Builds and checks a layout.
 *
 * @example
 * const layout = workforceLayout({ groups: ['po', 'vo'], genders: 2, minAge: 20, maxAge: 70,
 *   firstYear: 2024, lastYear: 2040 });
 * layout.cells; // → 2 * 2 * 51 = 204
 * layout.years; // → 17
 */
export function workforceLayout(spec: WorkforceLayoutSpec): WorkforceLayout {
  const genders = spec.genders ?? 2;
  if (spec.groups.length === 0) throw new RangeError('workforceLayout: at least one group is needed');
  if (genders !== 1 && genders !== 2) throw new RangeError(`workforceLayout: genders must be 1 or 2, got ${genders}`);
  if (!Number.isInteger(spec.minAge) || !Number.isInteger(spec.maxAge) || spec.maxAge < spec.minAge) {
    throw new RangeError(`workforceLayout: bad age range ${spec.minAge}..${spec.maxAge}`);
  }
  if (!Number.isInteger(spec.firstYear) || !Number.isInteger(spec.lastYear) || spec.lastYear < spec.firstYear) {
    throw new RangeError(`workforceLayout: bad year range ${spec.firstYear}..${spec.lastYear}`);
  }
  const ages = spec.maxAge - spec.minAge + 1;
  return {
    groups: [...spec.groups],
    genders,
    minAge: spec.minAge,
    maxAge: spec.maxAge,
    ages,
    firstYear: spec.firstYear,
    lastYear: spec.lastYear,
    years: spec.lastYear - spec.firstYear + 1,
    cells: spec.groups.length * genders * ages,
  };
}

/**
 * Index of a (group, gender, age) cell; gender is 0-based (0 = men, 1 = women when split).
 * Returns -1 for an age outside the layout.
 *
 * @example
 * const layout = workforceLayout({ groups: ['po'], genders: 2, minAge: 20, maxAge: 69,
 *   firstYear: 2024, lastYear: 2030 });
 * cellIndex(layout, 0, 1, 20); // → 50 (women start after the 50 ages of men)
 * cellIndex(layout, 0, 0, 75); // → -1
 */
export function cellIndex(layout: WorkforceLayout, group: number, gender: number, age: number): number {
  if (age < layout.minAge || age > layout.maxAge) return -1;
  return (group * layout.genders + gender) * layout.ages + (age - layout.minAge);
}

/**
 * A zero-filled array with one value per cell (`perYear` false) or per year and cell
 * (`perYear` true, year-major).
 *
 * @example
 * const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 20, maxAge: 21,
 *   firstYear: 2024, lastYear: 2025 });
 * cellArray(layout).length;       // → 2
 * cellArray(layout, true).length; // → 4
 */
export function cellArray(layout: WorkforceLayout, perYear = false): Float64Array {
  return new Float64Array(perYear ? layout.cells * layout.years : layout.cells);
}
