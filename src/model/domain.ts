/**
 * The fixed vocabulary of the model: sectors, routes, units, base year and horizon limits.
 *
 * Every other module imports these instead of repeating string literals, so that a code that
 * appears in `summary.csv` (DESIGN.md §5) is defined exactly once.
 */

/** School sectors whose teachers the model projects. po = primary, vo = secondary, mbo = vocational. */
export const SECTORS = ['po', 'vo', 'mbo'] as const;
export type Sector = (typeof SECTORS)[number];
/** A sector or the national total, as used in the `sector` column of the outputs. */
export type SectorOrAll = Sector | 'all';
/** Output sort order of the `sector` column: po, vo, mbo, all. */
export const SECTOR_ORDER: readonly SectorOrAll[] = ['po', 'vo', 'mbo', 'all'];

/**
 * Routes into teaching (DESIGN.md §2.1).
 * pabo → po; hbo-2e-graads → vo and mbo; hbo-1e-graads → vo; ulo (university master) → vo;
 * pdg (pedagogisch-didactisch getuigschrift) → mbo; zij-instroom (side entrants) → po, vo, mbo.
 */
export const ROUTES = ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo', 'pdg', 'zij-instroom'] as const;
export type Route = (typeof ROUTES)[number];

/** Units allowed in the `unit` column of the outputs (closed list, DESIGN.md §5). */
export const UNITS = ['persons', 'fte', 'share', 'eur', 'hours'] as const;
export type Unit = (typeof UNITS)[number];

/*
 * The base year B is not a constant: it is read from the data (src/model/base-year.ts,
 * `dataBaseYear`): the last year with a measured shortage in all three sectors (DESIGN.md §2.0).
 */
/** The latest horizon a scenario may ask for (DESIGN.md §4: B < horizon ≤ 2040). */
export const MAX_HORIZON = 2040;
/** The horizon of `sop run` when neither the scenario nor the command line sets one. */
export const DEFAULT_HORIZON = 2030;

/** A label in both user-facing languages. */
export interface Label {
  nl: string;
  en: string;
}
export type Lang = keyof Label;
