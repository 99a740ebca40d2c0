import type { Route } from '../../model/domain';
import type { ParamDef } from '../types';
import { flatFrom, pertAround, scalar, series } from './define';

/**
 * Teacher-education pipeline (DESIGN §2.1): study years per route, dropout and graduation per
 * study year, inflow projection, sector split of graduates, entry into teaching.
 *
 * Calibration of the default rates: per route the dropout/graduation profile reproduces, for a
 * constant inflow, the ratio of total enrolment to inflow and of diplomas to inflow in the STAMOS
 * series (FACTS §1a, §1c, §1d: pabo ≈ 3.6 and ≈ 0.57; hbo 2e graads ≈ 3.5 and ≈ 0.48) and the
 * first-year dropout of FACTS §1e. See docs/methods.md §2.
 */

interface RouteRates {
  /** K_r, the last study year; students still enrolled after it leave (forced exit). */
  studyYears: number;
  /** Dropout rate per study year 1..K (the K-th is applied before the forced exit). */
  dropout: number[];
  graduation: number[];
  source: string;
  notes: string;
}

/** Default rates per route (fractions of the students enrolled in that study year). */
export const ROUTE_RATES: Readonly<Record<Route, RouteRates>> = {
  pabo: {
    studyYears: 6,
    dropout: [0.25, 0.08, 0.05, 0.04, 0.08, 0],
    graduation: [0, 0, 0, 0.45, 0.55, 0.7],
    source: 'FACTS S9, S12, S15, S2, S4',
    notes: 'Year-1 dropout about 1/4 after the 2015 entry tests (S9); diplomas ≈ 0.57 of inflow (S2 vs S3); enrolment ≈ 3.6 × inflow (S4).',
  },
  'hbo-2e-graads': {
    studyYears: 6,
    dropout: [0.28, 0.1, 0.06, 0.05, 0.1, 0],
    graduation: [0, 0, 0, 0.35, 0.45, 0.6],
    source: 'FACTS S15, S16, S2, S4',
    notes: 'Pabo + 2nd-degree year-1 dropout 18–21% full-time, higher part-time (S15); diplomas ≈ 0.48 of inflow (S2 vs S3).',
  },
  'hbo-1e-graads': {
    studyYears: 4,
    dropout: [0.12, 0.06, 0.05, 0],
    graduation: [0, 0.35, 0.5, 0.7],
    source: 'FACTS S2, S4 (assumption for the profile)',
    notes: 'Mostly part-time masters; diplomas are close to the published inflow (S2 vs S3), so completion is high.',
  },
  ulo: {
    studyYears: 2,
    dropout: [0.1, 0],
    graduation: [0.5, 0.8],
    source: 'FACTS S2, S4 (assumption for the profile)',
    notes: 'One-year university master, often stretched over two; enrolment ≈ 1.5 × inflow (S4).',
  },
  pdg: {
    studyYears: 2,
    dropout: [0.1, 0],
    graduation: [0.5, 0.8],
    source: 'assumption',
    notes: 'PDG is a 60 EC programme for unqualified mbo teachers (WORKFORCE W51); no counts were found.',
  },
  'zij-instroom': {
    studyYears: 2,
    dropout: [0.15, 0],
    graduation: [0.3, 0.8],
    source: 'assumption (WORKFORCE W26: reasons for dropout, no rate)',
    notes: 'Two-year work-and-study route ending in a bevoegdheid.',
  },
};

/** Inflow used only when `data/inflow.csv` has no observation for a route (persons per year). */
const FALLBACK_INFLOW: Readonly<Record<Route, { value: number; source: string }>> = {
  pabo: { value: 5900, source: 'FACTS S8' },
  'hbo-2e-graads': { value: 7000, source: 'FACTS S3' },
  'hbo-1e-graads': { value: 1800, source: 'FACTS S3' },
  ulo: { value: 1000, source: 'FACTS S11' },
  pdg: { value: 800, source: 'assumption' },
  'zij-instroom': { value: 1800, source: 'WORKFORCE W20, W26; FACTS S17 (assumption for vo and mbo)' },
};

/** Share of a route's graduates entering teaching within a year (persons). */
const ENTRY_RATE: Readonly<Record<Route, { value: number; half: number; source: string }>> = {
  pabo: { value: 0.8, half: 0.07, source: 'WORKFORCE W27; FACTS S14' },
  'hbo-2e-graads': { value: 0.7, half: 0.08, source: 'FACTS S14' },
  'hbo-1e-graads': { value: 0.7, half: 0.08, source: 'FACTS S14' },
  ulo: { value: 0.65, half: 0.08, source: 'FACTS S14' },
  pdg: { value: 0.95, half: 0.04, source: 'assumption (PDG students already teach in mbo, W51)' },
  'zij-instroom': { value: 0.9, half: 0.05, source: 'assumption (zij-instromers already teach)' },
};

/** Youngest age of a route's entrants; entrants are spread evenly over this age and the four after it. */
const ENTRY_AGE: Readonly<Record<Route, number>> = {
  pabo: 22,
  'hbo-2e-graads': 23,
  'hbo-1e-graads': 27,
  ulo: 25,
  pdg: 32,
  'zij-instroom': 36,
};

/**
 * Routes whose inflow level factors and growth rates are drawn as one correlated group, and ρ: the
 * mean pairwise correlation of their year-on-year log changes of intake in the published series
 * (STAMOS 2009–2016 and OCW 2019–2023 pooled, 11 changes per pair: pabo–hbo 2e 0.53, pabo–hbo 1e
 * 0.77, hbo 2e–hbo 1e 0.60), `inflowChangeCorrelation` in src/analysis/inflowCorrelation.ts (a
 * test checks they agree). ulo is left out: its changes are hardly correlated with the others
 * (−0.14 to 0.29; STAMOS counts ulo's secondary enrolments too); pdg and zij-instroom have no series.
 */
export const INFLOW_CORRELATION: { readonly routes: readonly Route[]; readonly rho: number } = {
  routes: ['pabo', 'hbo-2e-graads', 'hbo-1e-graads'],
  rho: 0.64,
};

function routeDefs(route: Route): ParamDef[] {
  const correlated = INFLOW_CORRELATION.routes.includes(route);
  const r = ROUTE_RATES[route];
  const defs: ParamDef[] = [
    scalar({
      key: `pipeline.study_years.${route}`,
      label: { nl: `Maximale studieduur ${route}`, en: `Maximum study years ${route}` },
      unit: 'years',
      description: `K_r: the last study year of route ${route}; students still enrolled after it leave as dropouts.`,
      source: 'assumption',
      notes: 'Structural: read when the plan is built, not sampled.',
      default: r.studyYears,
      bounds: [1, 8],
    }),
  ];
  for (let k = 1; k <= r.studyYears; k++) {
    if (k < r.studyYears || r.dropout[k - 1] > 0) {
      const d = r.dropout[k - 1];
      defs.push(
        scalar({
          key: `pipeline.dropout.${route}.y${k}`,
          label: { nl: `Uitval ${route} studiejaar ${k}`, en: `Dropout ${route} study year ${k}` },
          unit: 'rate',
          description: `Share of the students in study year ${k} of ${route} who leave the programme without a diploma during the year.`,
          source: r.source,
          notes: r.notes,
          default: d,
          bounds: [0, 1],
          distribution: d > 0 ? pertAround(d, Math.min(d, 0.25 * d + 0.01)) : undefined,
        }),
      );
    }
    const g = r.graduation[k - 1];
    defs.push(
      scalar({
        key: `pipeline.graduation.${route}.y${k}`,
        label: { nl: `Diplomering ${route} studiejaar ${k}`, en: `Graduation ${route} study year ${k}` },
        unit: 'rate',
        description: `Share of the students in study year ${k} of ${route} who graduate at the end of the year.`,
        source: r.source,
        notes: r.notes,
        default: g,
        bounds: [0, 1],
        distribution: g > 0 ? pertAround(g, Math.min(g, 1 - g, 0.1)) : undefined,
      }),
    );
  }
  const fb = FALLBACK_INFLOW[route];
  const er = ENTRY_RATE[route];
  defs.push(
    scalar({
      key: `pipeline.inflow.${route}.level_factor`,
      label: { nl: `Instroomniveau ${route} (factor)`, en: `Inflow level ${route} (factor)` },
      unit: 'factor',
      description: `Multiplies the base-year inflow of ${route} (the observed or carried value in 2024) in every projected year.`,
      source: 'assumption',
      notes:
        'Default 1: inflow stays at the recent level. hoge-instroom / lage-instroom scenarios change it. ' +
        'Range calibrated, with the growth rate, to the horizon backtest of the carried-forward rule (docs/methods.md §12; issue 13): ' +
        'log errors RMS 0.12 one year ahead rising to 0.31 six years ahead (44 to 8 forecasts, STAMOS 2009–2016 and OCW 2019–2023, each on its own definition). ' +
        'PERT(0.65, 1, 1.35) with growth PERT(−0.12, 0, 0.12) covers 91%, 89%, 93%, 85%, 92%, 88%, 100% of the forecasts 1–7 years ahead (90% over all); ' +
        'horizon 8 cannot be tested. Was PERT(0.5, 1, 1.5) with growth ±0.02, which covered 95% one year ahead but 75% six and seven years ahead.' +
        (correlated ? ` Drawn in the correlated group inflow-level with ${INFLOW_CORRELATION.routes.join(', ')} (ρ = ${INFLOW_CORRELATION.rho}, see INFLOW_CORRELATION).` : ''),
      default: 1,
      bounds: [0, 3],
      distribution: pertAround(1, 0.35),
      correlation: correlated ? { group: 'inflow-level', rho: INFLOW_CORRELATION.rho } : undefined,
    }),
    scalar({
      key: `pipeline.inflow.${route}.growth_rate`,
      label: { nl: `Groei instroom ${route} per jaar`, en: `Inflow growth ${route} per year` },
      unit: 'rate',
      description: `Annual growth of the projected inflow of ${route} after the base year (compound).`,
      source: 'assumption',
      notes:
        'Default 0 (no drift). The range carries the spread that grows with the horizon (docs/methods.md §12): the carried-forward rule missed by ' +
        'log(actual/forecast) with RMS 0.12, 0.16, 0.19, 0.20, 0.26, 0.31, 0.28 at 1–7 years ahead, about 0.12·√h (a random walk). ' +
        'A rate drawn once grows the spread linearly, so ±0.12 a year is calibrated to 2030 (6–7 years past the last observations) ' +
        'and is wider than history can test beyond 7 years (2040: 90% of draws within about 0.28–3.2 times the level, with the level factor). ' +
        (correlated ? `Drawn in the correlated group inflow-growth (ρ = ${INFLOW_CORRELATION.rho}, as the level factors).` : ''),
      default: 0,
      bounds: [-0.2, 0.2],
      distribution: pertAround(0, 0.12),
      correlation: correlated ? { group: 'inflow-growth', rho: INFLOW_CORRELATION.rho } : undefined,
    }),
    series({
      key: `pipeline.inflow.${route}.index`,
      label: { nl: `Instroomindex ${route}`, en: `Inflow index ${route}` },
      unit: 'factor',
      description: `A year path multiplying the projected inflow of ${route} (1 = the level × growth rule alone); lets a scenario give its own series.`,
      source: 'assumption',
      default: flatFrom(2024, 1),
      bounds: [0, 5],
    }),
    scalar({
      key: `pipeline.inflow.${route}.fallback_persons`,
      label: { nl: `Instroom ${route} zonder data`, en: `Inflow ${route} without data` },
      unit: 'persons',
      description: `Inflow per year of ${route} used only when data/inflow.csv holds no observation for the route (flagged in the manifest).`,
      source: fb.source,
      default: fb.value,
      bounds: [0, 50000],
    }),
    scalar({
      key: `pipeline.entry_rate.${route}`,
      label: { nl: `Intrede in het onderwijs ${route}`, en: `Entry into teaching ${route}` },
      unit: 'share',
      description: `Share of ${route} graduates who start teaching (po, vo or mbo) the year after graduating.`,
      source: er.source,
      default: er.value,
      bounds: [0, 1],
      distribution: pertAround(er.value, er.half),
    }),
    scalar({
      key: `pipeline.entry_age.${route}`,
      label: { nl: `Startleeftijd ${route}`, en: `Entry age ${route}` },
      unit: 'years',
      description: `Youngest age of ${route} entrants; entrants are spread evenly over this age and the four after it.`,
      source: 'assumption',
      notes: 'FACTS S14: age at graduation mostly under 30 for the initial routes; side entrants older.',
      default: ENTRY_AGE[route],
      bounds: [18, 60],
    }),
  );
  return defs;
}

/** Sector splits of routes that serve more than one sector (graduates and placements alike). */
const SPLIT_DEFS: ParamDef[] = [
  scalar({
    key: 'pipeline.sector_split.hbo-2e-graads.mbo',
    label: { nl: 'Aandeel mbo, tweedegraads', en: 'Share mbo, 2nd-degree' },
    unit: 'share',
    description: 'Share of hbo 2e-graads students (placements) and graduates going to mbo; the rest go to vo.',
    source: 'assumption',
    notes: 'vo partnerships train about 40% of 2nd-degree students (FACTS S25); the mbo part is not published.',
    default: 0.25,
    bounds: [0, 1],
    distribution: pertAround(0.25, 0.1),
  }),
  scalar({
    key: 'pipeline.sector_split.zij-instroom.po',
    label: { nl: 'Aandeel po, zij-instroom', en: 'Share po, side entry' },
    unit: 'share',
    description: 'Share of zij-instromers in po; vo gets 1 − po − mbo.',
    source: 'data/zij-instroom.csv (2021 subsidy capacity: po 882 of 1,987)',
    notes: 'Issue #13 item 3: the all-sector series is the po series ÷ this share, so po keeps its published 699–824 a year.',
    default: 0.444,
    bounds: [0, 1],
    distribution: pertAround(0.444, 0.1),
  }),
  scalar({
    key: 'pipeline.sector_split.zij-instroom.mbo',
    label: { nl: 'Aandeel mbo, zij-instroom', en: 'Share mbo, side entry' },
    unit: 'share',
    description: 'Share of zij-instromers in mbo; vo gets 1 − po − mbo.',
    source: 'data/zij-instroom.csv (2021 subsidy capacity: mbo 912 of 1,987; no mbo count exists, an assumption)',
    notes: 'vo: 193 of 1,987 (0.097); the one vo count is 136 subsidies in 2018.',
    default: 0.459,
    bounds: [0, 1],
    distribution: pertAround(0.459, 0.1),
  }),
];

/** Every pipeline parameter. */
export const PIPELINE_DEFS: readonly ParamDef[] = [
  ...(Object.keys(ROUTE_RATES) as Route[]).flatMap(routeDefs),
  ...SPLIT_DEFS,
];
