import type { Label, Lang, Route, SectorOrAll, Unit } from '../model/domain';

/**
 * User-visible labels of the outputs, in Dutch and English: metrics, sectors, routes, units,
 * column headers and the fixed words of charts, the terminal summary and the report.
 *
 * Codes (the values of `summary.csv`) never change with the language; only these labels do.
 */

/** Labels of the metric codes of `summary.csv` (DESIGN.md §5). */
export const METRIC_LABELS: Readonly<Record<string, Label>> = {
  'students.inflow': { nl: 'Instroom lerarenopleidingen', en: 'Teacher-education inflow' },
  'students.enrolled': { nl: 'Ingeschreven studenten', en: 'Students enrolled' },
  'students.graduates': { nl: 'Gediplomeerden', en: 'Graduates' },
  'students.dropouts': { nl: 'Uitvallers', en: 'Dropouts' },
  'sop.share': { nl: 'Aandeel SO&P', en: 'SO&P share' },
  'sop.students': { nl: 'SO&P-studenten', en: 'SO&P students' },
  'capacity.mentors_required': { nl: 'Benodigde werkplekbegeleiders', en: 'Mentors required' },
  'capacity.mentors_available': { nl: 'Beschikbare werkplekbegeleiders', en: 'Mentors available' },
  'capacity.mentor_shortfall': { nl: 'Tekort aan werkplekbegeleiders', en: 'Mentor shortfall' },
  'capacity.mentors_to_train': { nl: 'Op te leiden werkplekbegeleiders', en: 'Mentors to train' },
  'capacity.mentor_hours': { nl: 'Begeleidingsuren', en: 'Mentor hours' },
  'capacity.mentor_fte': { nl: 'Begeleidingstijd (fte)', en: 'Mentor time (fte)' },
  'capacity.schoolopleiders_required': { nl: 'Benodigde schoolopleiders', en: 'Schoolopleiders required' },
  'capacity.budget_eur': { nl: 'Bekostiging SO&P, nominaal', en: 'SO&P funding, nominal' },
  'funding.zij_instroom_subsidy_eur': { nl: 'Subsidie zij-instroom, nominaal', en: 'Side-entry subsidy, nominal' },
  'workforce.demand_fte': { nl: 'Vraag naar leraren', en: 'Teacher demand' },
  'workforce.supply_fte': { nl: 'Aanbod van leraren', en: 'Teacher supply' },
  'workforce.entrants_fte': { nl: 'Instroom leraren', en: 'Teacher entrants' },
  'workforce.leavers_fte': { nl: 'Uitstroom leraren', en: 'Teacher leavers' },
  // a negative shortage is a surplus (DESIGN §2.3)
  'workforce.shortage_fte': { nl: 'Lerarentekort (− = overschot)', en: 'Teacher shortage (− = surplus)' },
  'workforce.shortage_share': { nl: 'Lerarentekort als aandeel (− = overschot)', en: 'Teacher shortage as share (− = surplus)' },
  'workforce.employment_fte': { nl: 'Werkgelegenheid leraren', en: 'Teacher employment' },
  'impact.shortage_fte': { nl: 'Effect SO&P op het tekort', en: 'SO&P impact on the shortage' },
  'impact.mentor_fte': { nl: 'Extra begeleidingstijd werkplekbegeleiders (fte)', en: 'Extra mentor time (fte)' },
  'impact.schoolopleider_fte': { nl: 'Extra tijd schoolopleiders (fte)', en: 'Extra schoolopleider time (fte)' },
  'impact.teaching_time_fte': { nl: 'Lestijd die begeleiding kost', en: 'Teaching time taken by guidance' },
  'impact.net_shortage_fte': { nl: 'Netto effect SO&P op het tekort', en: 'Net SO&P impact on the shortage' },
  'capacity.schoolopleider_fte': { nl: 'Tijd schoolopleiders (fte)', en: 'Schoolopleider time (fte)' },
  'sop.coverage_gap_share': { nl: 'Deel studenten zonder bestaand partnerschap', en: 'Share of students without an existing partnership' },
};

/** Labels of the impact channels (breakdown codes of impact.shortage_fte). */
export const CHANNEL_LABELS: Readonly<Record<string, Label>> = {
  dropout: { nl: 'via minder uitval tijdens de opleiding', en: 'via less dropout during training' },
  entry: { nl: 'via meer intrede in het onderwijs', en: 'via more entry into teaching' },
  early_attrition: { nl: 'via minder vroege uitval als leraar', en: 'via less early-career attrition' },
};

/** Labels of the sector codes, including the national total. */
export const SECTOR_LABELS: Readonly<Record<SectorOrAll, Label>> = {
  po: { nl: 'po', en: 'primary (po)' },
  vo: { nl: 'vo', en: 'secondary (vo)' },
  mbo: { nl: 'mbo', en: 'vocational (mbo)' },
  all: { nl: 'totaal', en: 'total' },
};

/** Labels of the route codes. */
export const ROUTE_LABELS: Readonly<Record<Route, Label>> = {
  pabo: { nl: 'pabo', en: 'pabo (primary teacher education)' },
  'hbo-2e-graads': { nl: 'hbo tweedegraads', en: 'hbo second-degree' },
  'hbo-1e-graads': { nl: 'hbo eerstegraads', en: 'hbo first-degree' },
  ulo: { nl: 'universitaire lerarenopleiding', en: 'university teacher education (ulo)' },
  pdg: { nl: 'pdg (mbo)', en: 'pdg (mbo teaching certificate)' },
  'zij-instroom': { nl: 'zij-instroom', en: 'side entry (zij-instroom)' },
};

/** Labels of the units of the closed list (DESIGN.md §5). */
export const UNIT_LABELS: Readonly<Record<Unit, Label>> = {
  persons: { nl: 'personen', en: 'persons' },
  fte: { nl: 'fte', en: 'fte' },
  share: { nl: 'aandeel (0–1)', en: 'share (0–1)' },
  eur: { nl: 'euro', en: 'euro' },
  hours: { nl: 'uren', en: 'hours' },
};

/** Readable column headers for the columns of `summary.csv` and `comparison.csv`. */
export const COLUMN_LABELS: Readonly<Record<string, Label>> = {
  scenario: { nl: 'Scenario', en: 'Scenario' },
  baseline: { nl: 'Vergeleken met', en: 'Compared with' },
  year: { nl: 'Jaar', en: 'Year' },
  sector: { nl: 'Sector', en: 'Sector' },
  breakdown: { nl: 'Uitsplitsing', en: 'Breakdown' },
  metric: { nl: 'Indicator', en: 'Metric' },
  unit: { nl: 'Eenheid', en: 'Unit' },
  mean: { nl: 'Gemiddelde', en: 'Mean' },
  p05: { nl: 'P5 (ondergrens 90%)', en: 'P5 (90% lower)' },
  p50: { nl: 'Mediaan', en: 'Median' },
  p95: { nl: 'P95 (bovengrens 90%)', en: 'P95 (90% upper)' },
  description: { nl: 'Omschrijving', en: 'Description' },
};

/** Fixed words used by charts, the terminal summary and the report. */
export const REPORT_TEXT = {
  year: { nl: 'Jaar', en: 'Year' },
  scenario: { nl: 'Scenario', en: 'Scenario' },
  median: { nl: 'mediaan', en: 'median' },
  band90: { nl: '90%-interval', en: '90% interval' },
  observed: { nl: 'waargenomen', en: 'observed' },
  projected: { nl: 'projectie', en: 'projection' },
  series: { nl: 'Reeks', en: 'Series' },
  illustrativeNote: {
    nl: 'Let op: gebaseerd op de illustratieve partnerschapstabel, geen echte gegevens per partnerschap.',
    en: 'Note: based on the illustrative partnership table, not real per-partnership data.',
  },
  shortageTitle: { nl: 'Lerarentekort met en zonder de ambitie', en: 'Teacher shortage with and without the ambition' },
  sopShareTitle: { nl: 'Aandeel SO&P: waargenomen en projectie', en: 'SO&P share: observed and projected' },
  mentorsTitle: { nl: 'Werkplekbegeleiders: benodigd en beschikbaar', en: 'Mentors: required and available' },
  horizonIn: { nl: 'in', en: 'in' },
  impactVs: { nl: 'Effect ten opzichte van', en: 'Impact compared with' },
  required: { nl: 'benodigd', en: 'required' },
  available: { nl: 'beschikbaar', en: 'available' },
  outputFolder: { nl: 'Uitvoermap', en: 'Output folder' },
  draws: { nl: 'trekkingen', en: 'draws' },
  seed: { nl: 'seed', en: 'seed' },
  noEffect: { nl: 'geen effect', en: 'no effect' },
  surplus: { nl: 'overschot', en: 'surplus' },
  shortage: { nl: 'tekort', en: 'shortage' },
  percentPoint: { nl: 'procentpunt', en: 'pp' },
  impactTitle: { nl: 'Verschil in lerarentekort tussen scenario\'s', en: 'Difference in teacher shortage between scenarios' },
} as const satisfies Record<string, Label>;

/**
 * The label of a metric code in a language; an unknown code is returned as is.
 *
 * @example
 * metricLabel('workforce.shortage_fte', 'en') // → 'Teacher shortage'
 */
export function metricLabel(metric: string, lang: Lang): string {
  return METRIC_LABELS[metric]?.[lang] ?? metric;
}

/**
 * The label of a sector code (`po`, `vo`, `mbo`, `all`).
 *
 * @example
 * sectorLabel('all', 'nl') // → 'totaal'
 */
export function sectorLabel(sector: string, lang: Lang): string {
  return (SECTOR_LABELS as Record<string, Label>)[sector]?.[lang] ?? sector;
}

/**
 * The label of a breakdown code: `all`, a route code, or a partnership id (returned as is).
 *
 * @example
 * breakdownLabel('hbo-2e-graads', 'nl') // → 'hbo tweedegraads'
 */
export function breakdownLabel(breakdown: string, lang: Lang): string {
  if (breakdown === 'all') return lang === 'nl' ? 'alle' : 'all';
  if (CHANNEL_LABELS[breakdown]) return CHANNEL_LABELS[breakdown][lang];
  return (ROUTE_LABELS as Record<string, Label>)[breakdown]?.[lang] ?? breakdown;
}

/**
 * The label of a unit code.
 *
 * @example
 * unitLabel('eur', 'nl') // → 'euro'
 */
export function unitLabel(unit: string, lang: Lang): string {
  return (UNIT_LABELS as Record<string, Label>)[unit]?.[lang] ?? unit;
}

/** Labels of the parameter units of the registry (beyond the output units). */
const PARAM_UNIT_LABELS: Readonly<Record<string, Label>> = {
  none: { nl: '–', en: '–' },
  rate: { nl: 'per jaar (0–1)', en: 'per year (0–1)' },
  factor: { nl: 'factor', en: 'factor' },
  years: { nl: 'jaren', en: 'years' },
  count: { nl: 'aantal', en: 'count' },
  year: { nl: 'jaar', en: 'year' },
  eur_per_person: { nl: 'euro per persoon', en: 'euro per person' },
  hours_per_person: { nl: 'uren per persoon', en: 'hours per person' },
  persons_per_mentor: { nl: 'personen per begeleider', en: 'persons per mentor' },
};

/**
 * The label of a parameter unit (the registry's units, including the output units).
 *
 * @example
 * paramUnitLabel('rate', 'nl') // → 'per jaar (0–1)'
 */
export function paramUnitLabel(unit: string, lang: Lang): string {
  return PARAM_UNIT_LABELS[unit]?.[lang] ?? unitLabel(unit, lang);
}

/**
 * The readable header of a CSV column code.
 *
 * @example
 * columnLabel('p50', 'en') // → 'Median'
 */
export function columnLabel(column: string, lang: Lang): string {
  return COLUMN_LABELS[column]?.[lang] ?? column;
}

/**
 * Checks a `--lang` value.
 *
 * @example
 * isLang('nl') // → true
 */
export function isLang(value: string): value is Lang {
  return value === 'nl' || value === 'en';
}

/**
 * A scenario description in the language asked for (`description: {nl, en}`), else as written.
 *
 * @example
 * scenarioDescription({ description: 'x', descriptions: { nl: 'y', en: 'x' } }, 'nl') // → 'y'
 */
export function scenarioDescription(s: { description?: string; descriptions?: Label }, lang: Lang): string | undefined {
  return s.descriptions?.[lang] ?? s.description;
}

/**
 * A scenario title in one language: from `title: {nl, en}` when the scenario has one. Bundled scenarios write their title as `Dutch / English`;
 * such a title gives the part of the language asked for. Any other title is returned as is.
 *
 * @example
 * scenarioTitle('Trends zetten door / trends continue', 'en') // → 'trends continue'
 * scenarioTitle('Mijn scenario', 'en')                        // → 'Mijn scenario'
 */
export function scenarioTitle(title: string | { title: string; titles?: Label }, lang: Lang): string {
  if (typeof title !== 'string') return title.titles?.[lang] ?? scenarioTitle(title.title, lang);
  const parts = title.split(' / ');
  if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return title;
  return (lang === 'nl' ? parts[0] : parts[1]).trim();
}
