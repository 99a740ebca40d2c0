import { SECTORS, type Sector } from '../../model/domain';
import type { ParamDef } from '../types';
import { choice, flatFrom, pertAround, scalar, series } from './define';

/**
 * Teacher workforce per sector (DESIGN §2.3): part-time factor, how the measured shortage relates
 * to employment, outflow, early-career attrition, other inflow, demand drivers.
 */

const FTE_PER_PERSON: Readonly<Record<Sector, { value: number; source: string }>> = {
  po: { value: 0.71, source: 'WORKFORCE W10' },
  vo: { value: 0.8, source: 'WORKFORCE W9, W11b' },
  mbo: { value: 0.82, source: 'WORKFORCE W5, W12' },
};

/**
 * Early-career attrition per experience year 0..4 in EXCESS of the outflow by age (the workforce
 * engine applies survival (1 − q[age]) · (1 − e[k]) in these years).
 */
const EARLY_ATTRITION: Readonly<Record<Sector, { rates: number[]; half: number[]; source: string; notes: string }>> = {
  po: {
    rates: [0.08, 0.01, 0.01, 0.01, 0.01],
    half: [0.05, 0.01, 0.01, 0.01, 0.01],
    source: 'FACTS S12, S51; WORKFORCE W16',
    notes: 'po starters: 8–25% left after 1 year, 15% after 3 (S12); ~12–20% year-1 attrition (S51); the age outflow under 30 is 6.7% (W16), so the excess in year 0 is about 8 points.',
  },
  vo: {
    rates: [0.12, 0.005, 0.005, 0.005, 0.005],
    half: [0.05, 0.005, 0.005, 0.005, 0.005],
    source: 'FACTS S13; WORKFORCE W16',
    notes: 'vo starters under 30: 20% gone after 1 year, 29% after 5 (S13); the age outflow under 30 is 7.5% (W16): excess ≈ 12 points in year 0 and almost none after.',
  },
  mbo: {
    rates: [0.1, 0.01, 0.01, 0.01, 0.01],
    half: [0.05, 0.01, 0.01, 0.01, 0.01],
    source: 'assumption (between po and vo; WORKFORCE W16 gives mbo outflow under 30 of 9.3%)',
    notes: 'No mbo starter series was found.',
  },
};

function sectorDefs(s: Sector): ParamDef[] {
  const f = FTE_PER_PERSON[s];
  const ea = EARLY_ATTRITION[s];
  return [
    scalar({
      key: `workforce.fte_per_person.${s}`,
      label: { nl: `Gemiddelde betrekkingsomvang ${s}`, en: `Average fte per teacher ${s}` },
      unit: 'factor',
      description: `fte per person employed as a teacher in ${s} (stock in persons → fte at output).`,
      source: f.source,
      default: f.value,
      bounds: [0.3, 1],
      distribution: pertAround(f.value, 0.05),
    }),
    scalar({
      key: `workforce.shortage_in_employment.${s}`,
      label: { nl: `Deel tekort binnen werkgelegenheid ${s}`, en: `Share of shortage inside employment ${s}` },
      unit: 'share',
      description: `Share φ of the measured ${s} shortage (hidden vacancies) filled by stopgap staff who are on the teacher payroll and so inside the employment figure (unqualified teachers). Demand(B) = employment + (1 − φ)·shortage; regular supply(B) = employment − φ·shortage.`,
      source: 'assumption',
      notes: 'WORKFORCE §7: unqualified staff are counted as hidden vacancies; merged classes, school leaders and agency staff are not teacher payroll.',
      default: 0.25,
      bounds: [0, 1],
      distribution: pertAround(0.25, 0.25),
    }),
    scalar({
      key: `workforce.outflow_factor.${s}`,
      label: { nl: `Uitstroom naar leeftijd ${s} (factor)`, en: `Outflow by age ${s} (factor)` },
      unit: 'factor',
      description: `Multiplies the annual outflow rates by age of ${s} teachers (data/outflow-by-age.csv, 2013–2017 pooled).`,
      source: 'WORKFORCE W16, W17',
      notes: 'Outflow 2013→2016 rose (W17); the rates are a decade old.',
      default: 1,
      bounds: [0, 3],
      distribution: pertAround(1, 0.15),
    }),
    ...ea.rates.map((rate, e) =>
      scalar({
        key: `workforce.early_attrition.${s}.e${e}`,
        label: { nl: `Vroege uitval ${s} ervaringsjaar ${e}`, en: `Early-career attrition ${s} experience year ${e}` },
        unit: 'rate',
        description: `Extra attrition of ${s} entrants in experience year ${e}, on top of the outflow by age (survival (1 − q)·(1 − e)); SO&P-trained entrants have e × the early-attrition multiplier.`,
        source: ea.source,
        notes: ea.notes,
        default: rate,
        bounds: [0, 1],
        distribution: pertAround(rate, ea.half[e]),
      }),
    ),
    scalar({
      key: `workforce.other_inflow.factor.${s}`,
      label: { nl: `Overige instroom ${s} (factor)`, en: `Other inflow ${s} (factor)` },
      unit: 'factor',
      description: `Multiplies the other inflow of ${s} from B+2 on (B+1 is the calibration year): the entrants the named origins (graduates, side entrants, switchers, returners) leave unexplained in the base year (late graduates, unqualified hires who qualify, entrants from outside education), calibrated once on the base year in persons per year (docs/methods.md §4.4).`,
      source: 'assumption',
      notes: 'No yearly count of entrants by origin is published for 2016–2024 (FLOWS §1); the range says how far the future level may differ from the base year.',
      default: 1,
      bounds: [0, 3],
      distribution: pertAround(1, 0.2),
    }),
    scalar({
      key: `workforce.supply_trend_rate.${s}`,
      label: { nl: `Trend aanbod basisjaar ${s}`, en: `Base-year supply trend ${s}` },
      unit: 'rate',
      description: `Relative change of ${s} supply from the base year to the next that the other inflow is calibrated to (0 = flows in balance). Describes the base year (stage base).`,
      source: 'assumption',
      default: 0,
      bounds: [-0.1, 0.1],
      distribution: pertAround(0, 0.01),
    }),
    scalar({
      key: `workforce.pupils.growth_after_projection.${s}`,
      label: { nl: `Groei leerlingen na prognose ${s}`, en: `Pupil growth after projection ${s}` },
      unit: 'rate',
      description: `Annual change of ${s} pupils after the last year of the projection in data/pupils.csv (po, vo 2032; mbo 2030).`,
      source: 'assumption',
      notes:
        'Drawn once per draw and compounded, so the range widens with every year past the projection (±1% a year ≈ ±8% after 8 years at the extremes). ' +
        'The projections end falling or rising by about this much: po +0.5%, vo −0.5%, mbo −1.1% a year (data/pupils.md).',
      default: 0,
      bounds: [-0.1, 0.1],
      distribution: pertAround(0, 0.01),
    }),
    scalar({
      key: `workforce.returners.rate.${s}`,
      label: { nl: `Herintreders uit stille reserve ${s} (per jaar)`, en: `Returners from the stille reserve ${s} (per year)` },
      unit: 'rate',
      description: `Share of the ${s} stille-reserve pool (qualified, not teaching) that returns to teaching each year (the returner origin).`,
      source: 'assumption',
      notes: 'No yearly count of returners is published (FLOWS §1); the pool is ≥31,000 in po (W23), and 37% of a self-selected sample would return (W25). 2% of 31,000 ≈ 620 po returners a year.',
      default: 0.02,
      bounds: [0, 0.5],
      distribution: pertAround(0.02, 0.015),
    }),
    series({
      key: `workforce.standard_change.${s}`,
      label: { nl: `Normwijziging ${s}`, en: `Standard change ${s}` },
      unit: 'factor',
      description: `Multiplies ${s} demand per pupil (e.g. smaller classes); 1 = the base-year pupil–teacher ratio.`,
      source: 'assumption',
      default: flatFrom(2024, 1),
      bounds: [0.5, 2],
    }),
  ];
}

/** Every workforce parameter. */
export const WORKFORCE_DEFS: readonly ParamDef[] = [
  ...SECTORS.flatMap(sectorDefs),
  scalar({
    key: 'workforce.aow_age',
    label: { nl: 'AOW-leeftijd', en: 'State pension age' },
    unit: 'years',
    description: 'From this age on the outflow rate after AOW age applies.',
    source: 'WORKFORCE W50',
    notes: '67 by law to 2027, 67 years 3 months from 2028, linked to life expectancy after that: ±1 year over the horizon.',
    default: 67,
    bounds: [65, 70],
    distribution: pertAround(67, 1),
  }),
  scalar({
    key: 'workforce.outflow_rate_after_aow',
    label: { nl: 'Uitstroom na AOW-leeftijd', en: 'Outflow after state pension age' },
    unit: 'rate',
    description: 'Annual outflow of teachers at or above AOW age (everyone has left at the maximum age of the stock, 75).',
    source: 'assumption',
    notes: 'Working past the pension date grew to ~1,200 persons in bao and in vo (WORKFORCE W18).',
    default: 0.5,
    bounds: [0, 1],
    distribution: pertAround(0.5, 0.2),
  }),
  scalar({
    key: 'workforce.returners.reserve_entry_share',
    label: { nl: 'Vertrekkers naar stille reserve (aandeel)', en: 'Leavers joining the stille reserve (share)' },
    unit: 'share',
    description: 'Share of the teachers who leave po/vo/mbo below the state pension age (outflow and early-career attrition) who join the stille-reserve pool.',
    source: 'assumption',
    notes: 'In 2015, 17,000 of the po reserve worked outside education and 14,000 did not work (W23); leavers under the pension age are the pool’s only feed in the model.',
    default: 0.5,
    bounds: [0, 1],
    distribution: pertAround(0.5, 0.25),
  }),
  scalar({
    key: 'workforce.returners.reserve_exit_rate',
    label: { nl: 'Uitstroom uit stille reserve (per jaar)', en: 'Exit from the stille reserve (per year)' },
    unit: 'rate',
    description: 'Share of the stille-reserve pool that stops being available each year (settled in other work, retired, aged out).',
    source: 'assumption',
    default: 0.06,
    bounds: [0, 0.5],
    distribution: pertAround(0.06, 0.04),
  }),
  scalar({
    key: 'workforce.switchers.factor',
    label: { nl: 'Sectorwisselaars (factor)', en: 'Sector switchers (factor)' },
    unit: 'factor',
    description: 'Multiplies the rates by age at which teachers switch to another of po, vo and mbo (data/outflow-by-age.csv, 2013–2017); destinations follow the DUO switcher counts per pair of sectors 2013–2016 (data/sector-mobility.csv).',
    source: 'WORKFORCE W16, W17; FLOWS §1',
    notes: 'Switching rose 2013→2016 (FLOWS §1); the rates are a decade old.',
    default: 1,
    bounds: [0, 3],
    distribution: pertAround(1, 0.3),
  }),
  choice({
    key: 'workforce.closure',
    label: { nl: 'Sluiting arbeidsmarkt', en: 'Labour-market closure' },
    unit: 'none',
    description: 'How the labour market closes: `fixed` (every origin as calibrated on the base year) or `vacancy` (returners and other entrants respond to last year’s shortage share with the elasticity workforce.vacancy_elasticity).',
    source: 'assumption',
    default: 'fixed',
    options: ['fixed', 'vacancy'],
  }),
  scalar({
    key: 'workforce.vacancy_elasticity',
    label: { nl: 'Reactie werving op tekort', en: 'Hiring response to the shortage' },
    unit: 'factor',
    description: 'Under workforce.closure vacancy: returners and other entrants × (1 + ε·(shortage share last year − shortage share in B)), never below 0. Ignored under fixed.',
    source: 'assumption',
    notes: 'No Dutch estimate; the range includes 0 (no response).',
    default: 2,
    bounds: [0, 20],
    distribution: pertAround(2, 2),
  }),
  choice({
    key: 'workforce.shortage_anchor',
    label: { nl: 'Ijkpunt tekort basisjaar', en: 'Base-year shortage anchor' },
    unit: 'none',
    description: 'The shortage the base year is anchored to: `measured` (the measured shortage in B) or `mean-3y` (the mean of the measured shortage in B−2..B; in po 2024 is a dip year: 7,700 fte against 9,100–9,800 in 2021–2023).',
    source: 'data/shortage.csv',
    default: 'measured',
    options: ['measured', 'mean-3y'],
  }),
  scalar({
    key: 'workforce.other_inflow.age_from',
    label: { nl: 'Overige instroom: leeftijd vanaf', en: 'Other inflow: age from' },
    unit: 'years',
    description: 'Youngest age of returners and other entrants; spread evenly up to the age-to parameter.',
    source: 'assumption',
    notes: 'vo: more than half of entrants are under 35 (WORKFORCE W21).',
    default: 28,
    bounds: [20, 60],
  }),
  scalar({
    key: 'workforce.other_inflow.age_to',
    label: { nl: 'Overige instroom: leeftijd tot', en: 'Other inflow: age to' },
    unit: 'years',
    description: 'Oldest age of other entrants (inclusive).',
    source: 'assumption',
    default: 50,
    bounds: [20, 66],
  }),
];
