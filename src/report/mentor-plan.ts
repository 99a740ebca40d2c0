import type { SummaryRow } from '../ensemble/types';
import { orderPositions, quantileFromOrderStatistics, selectPositions } from '../ensemble/quantile';
import { quantileKey } from '../ensemble/rows';
import type { Lang, Unit } from '../model/domain';
import { partnershipFunding } from '../model/funding';
import { coveringPosition, planMentorTraining } from '../model/partnership-plan';
import { formatDisplay } from './display-format';
import type { DrawExtract, SeriesSum } from '../ensemble/engine';
import type { ReportTable } from './html-report';
import { breakdownLabel } from './labels';

/** Mean and 5/50/95% quantiles over the draws, and (where asked for) the quantile at the plan's probability. */
export interface PlanBand {
  mean: number;
  p05: number;
  p50: number;
  p95: number;
  /**
   * The value at the plan's probability q: from draws, the smallest value with at least ⌈q·n⌉
   * draws at or below it (`coveringQuantile`); from summary rows, their type-7 q-quantile.
   */
  atQ?: number;
}

/** One year of a partnership's plan. */
export interface PlanYear {
  year: number;
  /** SO&P students (target, all placed when the plan is followed). */
  students: PlanBand;
  mentorsRequired: PlanBand;
  /** Mentors at the start of the year (the end of the year before; the entered count in year 1). */
  startStock: PlanBand;
  /** Mentors to train this year: the plan (the same in every draw). */
  trained: number;
  /** Mentors who stop this year: start stock × attrition. */
  left: PlanBand;
  endStock: PlanBand;
  /** max(0, required − end stock) per draw; `atQ` is its q-quantile (0 when the plan holds). */
  gap: PlanBand;
  /** Share of draws with no gap. */
  covered: number;
  schoolopleidersRequired: PlanBand;
  /** Schoolopleiders to add to those entered, at the plan's probability (whole persons, ≥ 0). */
  schoolopleidersToAdd: number;
  mentorHours: PlanBand;
  mentorFte: PlanBand;
  /** Subsidy under the year's funding rule. */
  subsidy: PlanBand;
  /** The year's funding rule: euros per SO&P student and base grant per partnership. */
  rule: { perStudentEur: number; baseEur: number };
}

/**
 * Where the students' growth path comes from: the scenario's national path (each route and study
 * year grows as the country's), or the partnership's own target (`target_year`,
 * `target_students`): its SO&P students go in a straight line from those entered to the target,
 * flat after; the mix over routes and study years, and so the mentors, hours and schoolopleiders
 * per student, follow the scenario in each draw.
 */
export type GrowthPath =
  | { kind: 'national'; scenario: string }
  | { kind: 'own'; scenario: string; from: number; enteredYear: number; targetYear: number; target: number };

/** SO&P students on an own target path in `year` (straight line from the entered count, flat after). */
export function ownPathStudents(g: Extract<GrowthPath, { kind: 'own' }>, year: number): number {
  const f = Math.min(1, Math.max(0, (year - g.enteredYear) / (g.targetYear - g.enteredYear)));
  return g.from + (g.target - g.from) * f;
}

/** Per-draw series kept for a partnership whose growth path is its own, or whose region needs per-draw sums. */
export const DRAW_SERIES = ['sop.students', 'capacity.mentor_hours', 'capacity.mentor_fte', 'capacity.schoolopleiders_required', 'capacity.budget_eur'] as const;
/** One of DRAW_SERIES. */
export type DrawSeries = (typeof DRAW_SERIES)[number];

/** A partnership's per-draw values over the plan years, draw-major (draws × plan years). */
export interface PartnershipDraws {
  required: Float64Array;
  series?: Record<DrawSeries, Float64Array>;
}

/** A partnership's plan. */
export interface PartnershipPlan {
  id: string;
  name: string;
  onderwijsregio: string;
  /** The year the entered numbers describe; the plan starts the year after. */
  enteredYear: number;
  probability: number;
  mentorsEntered: number;
  schoolopleidersEntered: number;
  growth: GrowthPath;
  years: PlanYear[];
  /** Mentors to train over all plan years: the sum of the column. */
  totalTrained: number;
  /** Per-draw end stock, draw-major (draws × plan years), for regional sums and tests. */
  stock: Float64Array;
  /** Per-draw mentors required, draw-major (draws × plan years). */
  required: Float64Array;
  /** Per-draw DRAW_SERIES when kept (own target path, or a region that has one), on the partnership's path. */
  series?: Record<DrawSeries, Float64Array>;
}

/**
 * Band of a sample: mean and type-7 quantiles (the ensemble's definition), by selection on a copy
 * (no full sort); with `q`, also the covering q-quantile (`coveringQuantile`).
 */
export function bandOf(values: ArrayLike<number>, q?: number): PlanBand {
  const n = values.length;
  const a = values instanceof Float64Array ? values.slice() : Float64Array.from(values);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const cover = q === undefined ? -1 : coveringPosition(n, q);
  const positions = [...new Set([...orderPositions(n, [0.05, 0.5, 0.95]), ...(cover >= 0 ? [cover] : [])])].sort((x, y) => x - y);
  selectPositions(a, positions);
  const at = (k: number): number => a[k];
  const out: PlanBand = {
    mean: min === max ? min : sum / n,
    p05: quantileFromOrderStatistics(n, 0.05, at),
    p50: quantileFromOrderStatistics(n, 0.5, at),
    p95: quantileFromOrderStatistics(n, 0.95, at),
  };
  if (cover >= 0) out.atQ = a[cover];
  return out;
}

/** A band with one value. */
function constantBand(v: number): PlanBand {
  return { mean: v, p05: v, p50: v, p95: v };
}

/**
 * Band of a stock in year t from the draws ordered by attrition, highest first (see
 * buildPartnershipPlans): the k-th smallest stock is that of the k-th draw in this order, so the
 * type-7 quantiles need no sort. The same values as {@link bandOf}.
 */
function stockBand(stock: Float64Array, nY: number, t: number, byAttrition: Int32Array): PlanBand {
  const n = byAttrition.length;
  let sum = 0;
  for (let d = 0; d < n; d++) sum += stock[d * nY + t];
  const at = (k: number): number => stock[byAttrition[k] * nY + t];
  const min = at(0);
  const max = at(n - 1);
  return {
    mean: min === max ? min : sum / n,
    p05: quantileFromOrderStatistics(n, 0.05, at),
    p50: quantileFromOrderStatistics(n, 0.5, at),
    p95: quantileFromOrderStatistics(n, 0.95, at),
  };
}

function bandOfRow(r: SummaryRow | undefined, q?: number): PlanBand {
  if (!r) return { mean: NaN, p05: NaN, p50: NaN, p95: NaN };
  const b: PlanBand = { mean: r.mean, p05: r.p05, p50: r.p50, p95: r.p95 };
  if (q !== undefined) b.atQ = r.quantiles?.[quantileKey(q)] ?? NaN;
  return b;
}

/** What {@link buildPartnershipPlans} needs from the ensemble and the partnership file. */
export interface PlanSource {
  /** Partnership rows of the summary (breakdown = partnership id, sector all), with the quantile q asked for. */
  summary: readonly SummaryRow[];
  draws: number;
  /** Mentor attrition rate of each draw. */
  attrition: Float64Array;
  /** Per partnership (same order), its per-draw values over the plan years (see {@link readPlanDraws}). */
  perDraw: readonly PartnershipDraws[];
  partnerships: readonly { id: string; name: string; onderwijsregio: string; mentorsAvailable: number; schoolopleiders: number }[];
  /** Growth path of each partnership (same order). */
  growth: readonly GrowthPath[];
  enteredYear: number;
  horizon: number;
  probability: number;
  /** The funding rule of each plan year (and the price index, 1 = nominal). */
  rule: (year: number) => { perStudentEur: number; baseEur: number; priceIndex?: number };
}

/**
 * What `sop mentors` asks the ensemble for: every partnership's mentors required per draw, the
 * attrition rate per draw, per onderwijsregio the per-draw sums of its partnerships' students,
 * mentors required, schoolopleiders, hours, fte and subsidy (summarised from the draws of the
 * sums), and for the partnerships in `detailed` (own target paths and the other partnerships of
 * their regions) the per-draw DRAW_SERIES.
 *
 * @example
 * planExtract(partnerships, new Set()).keepParams; // → ['capacity.mentor_attrition_rate']
 */
export function planExtract(partnerships: readonly { id: string; onderwijsregio: string }[], detailed: ReadonlySet<string>): DrawExtract {
  const regions = [...new Set(partnerships.map((p) => p.onderwijsregio))];
  const sums: SeriesSum[] = [];
  for (const region of regions) {
    const members = partnerships.filter((p) => p.onderwijsregio === region);
    for (const metric of REGION_ENSEMBLE_METRICS) {
      sums.push({
        key: { metric, sector: 'all', breakdown: regionSumKey(region), unit: unitOfMetric(metric) },
        terms: members.map((p) => ({ metric, sector: 'all', breakdown: p.id })),
      });
    }
  }
  return {
    sums,
    keep: [
      ...partnerships.map((p) => ({ metric: 'capacity.mentors_required', sector: 'all' as const, breakdown: p.id })),
      ...partnerships.filter((p) => detailed.has(p.id)).flatMap((p) => DRAW_SERIES.map((metric) => ({ metric, sector: 'all' as const, breakdown: p.id }))),
    ],
    keepParams: ['capacity.mentor_attrition_rate'],
  };
}

function unitOfMetric(metric: string): Unit {
  return metric === 'capacity.mentor_hours' ? 'hours' : metric === 'capacity.mentor_fte' ? 'fte' : metric === 'capacity.budget_eur' ? 'eur' : 'persons';
}

/**
 * Reads the kept draws of {@link planExtract} back: the attrition per draw and each partnership's
 * per-draw values over the plan years.
 *
 * @example
 * const { attrition, perDraw } = readPlanDraws(result.kept, result.layout.years, [2026, 2027], partnerships, detailed, 1000);
 */
export function readPlanDraws(
  kept: { width: number; values: Float64Array },
  layoutYears: readonly number[],
  planYears: readonly number[],
  partnerships: readonly { id: string }[],
  detailed: ReadonlySet<string>,
  draws: number,
): { attrition: Float64Array; perDraw: PartnershipDraws[] } {
  const { width, values } = kept;
  const ny = layoutYears.length;
  const nY = planYears.length;
  const yi = planYears.map((y) => {
    const i = layoutYears.indexOf(y);
    if (i < 0) throw new Error(`mentor plan: year ${y} is not in the run`);
    return i;
  });
  const take = (series: number): Float64Array => {
    const out = new Float64Array(draws * nY);
    for (let d = 0; d < draws; d++) for (let t = 0; t < nY; t++) out[d * nY + t] = values[d * width + series * ny + yi[t]];
    return out;
  };
  const attrition = new Float64Array(draws);
  for (let d = 0; d < draws; d++) attrition[d] = values[d * width + width - 1];
  let next = partnerships.length;
  const perDraw = partnerships.map((p, pi): PartnershipDraws => {
    if (!detailed.has(p.id)) return { required: take(pi) };
    const series = {} as Record<DrawSeries, Float64Array>;
    for (const m of DRAW_SERIES) series[m] = take(next++);
    return { required: take(pi), series };
  });
  return { attrition, perDraw };
}

/**
 * A partnership's per-draw values on its own target path: per draw and year the model's values
 * times own(t) / students(t), so the students are the path's and the mentors, hours, fte and
 * schoolopleiders per student are the draw's; the funding is the year's rule (`partnershipFunding`) for the path's students.
 */
function onOwnPath(p: PartnershipDraws, g: Extract<GrowthPath, { kind: 'own' }>, years: readonly number[], draws: number, rule: PlanSource['rule']): PartnershipDraws {
  if (!p.series) throw new Error('mentor plan: an own target path needs the per-draw series');
  const nY = years.length;
  const required = new Float64Array(p.required.length);
  const series = {} as Record<DrawSeries, Float64Array>;
  for (const m of DRAW_SERIES) series[m] = new Float64Array(p.required.length);
  for (let d = 0; d < draws; d++) {
    for (let t = 0; t < nY; t++) {
      const k = d * nY + t;
      const own = ownPathStudents(g, years[t]);
      const s = p.series['sop.students'][k];
      const f = s > 0 ? own / s : 0;
      required[k] = p.required[k] * f;
      series['sop.students'][k] = own;
      series['capacity.mentor_hours'][k] = p.series['capacity.mentor_hours'][k] * f;
      series['capacity.mentor_fte'][k] = p.series['capacity.mentor_fte'][k] * f;
      series['capacity.schoolopleiders_required'][k] = p.series['capacity.schoolopleiders_required'][k] * f;
      const r = rule(years[t]);
      series['capacity.budget_eur'][k] = partnershipFunding(r.perStudentEur, own, r.baseEur, r.priceIndex ?? 1);
    }
  }
  return { required, series };
}

/**
 * The plan of every partnership: the training schedule (src/model/partnership-plan.ts) on the
 * kept draws of its mentors required, the stocks, gaps and bands, and the summary's bands of its
 * students, schoolopleiders, hours, fte and subsidy in each plan year (entered year + 1 … horizon).
 *
 * @example
 * const plans = buildPartnershipPlans({ summary, layoutYears, kept, draws: 1000, partnerships, enteredYear: 2025, horizon: 2030, probability: 0.8, growth, rule });
 * plans[0].totalTrained === plans[0].years.reduce((s, y) => s + y.trained, 0); // → true
 */
export function buildPartnershipPlans(src: PlanSource): PartnershipPlan[] {
  const planYears: number[] = [];
  for (let y = src.enteredYear + 1; y <= src.horizon; y++) planYears.push(y);
  const nY = planYears.length;
  const n = src.draws;
  const attrition = src.attrition;
  const q = src.probability;
  // Draws by attrition, highest first: every stock is a decreasing function of the draw's attrition
  // (M = M0·k^t + Σ T_s·k^(t−s), k = 1 − a, M0 and T ≥ 0), so this is every stock's order, once.
  const byAttrition = Int32Array.from({ length: n }, (_, d) => d).sort((x, y) => attrition[y] - attrition[x] || x - y);
  const rows = new Map<string, SummaryRow>();
  for (const r of src.summary) if (r.sector === 'all') rows.set(`${r.breakdown}|${r.metric}|${r.year}`, r);
  return src.partnerships.map((p, pi) => {
    const growth = src.growth[pi];
    const draws = growth.kind === 'own' ? onOwnPath(src.perDraw[pi], growth, planYears, n, src.rule) : src.perDraw[pi];
    const required = draws.required;
    const { trained, stock } = planMentorTraining({ draws: n, years: nY, required, attrition, startStock: p.mentorsAvailable, probability: q });
    const col = new Float64Array(n);
    const take = (f: (d: number) => number): Float64Array => {
      for (let d = 0; d < n; d++) col[d] = f(d);
      return col;
    };
    const years = planYears.map((year, t): PlanYear => {
      const start = (d: number): number => (t === 0 ? p.mentorsAvailable : stock[d * nY + t - 1]);
      // a metric's band: from the draws when kept (own path), else from the summary row
      const band = (metric: DrawSeries, withQ?: boolean): PlanBand => {
        const s = draws.series?.[metric];
        return s ? bandOf(take((d) => s[d * nY + t]), withQ ? q : undefined) : bandOfRow(rows.get(`${p.id}|${metric}|${year}`), withQ ? q : undefined);
      };
      const gapDraws = take((d) => Math.max(0, required[d * nY + t] - stock[d * nY + t]));
      let covered = 0;
      for (let d = 0; d < n; d++) if (gapDraws[d] <= 0) covered++;
      const gap = bandOf(gapDraws, q);
      const sol = band('capacity.schoolopleiders_required', true);
      return {
        year,
        students: band('sop.students'),
        mentorsRequired: bandOf(take((d) => required[d * nY + t]), q),
        startStock: t === 0 ? constantBand(p.mentorsAvailable) : stockBand(stock, nY, t - 1, byAttrition),
        trained: trained[t],
        left: bandOf(take((d) => start(d) * attrition[d])),
        endStock: stockBand(stock, nY, t, byAttrition),
        gap,
        covered: covered / n,
        schoolopleidersRequired: sol,
        schoolopleidersToAdd: Math.max(0, Math.ceil((sol.atQ ?? sol.p50) - p.schoolopleiders - 1e-9)),
        mentorHours: band('capacity.mentor_hours'),
        mentorFte: band('capacity.mentor_fte'),
        subsidy: band('capacity.budget_eur'),
        rule: src.rule(year),
      };
    });
    return {
      id: p.id,
      name: p.name,
      onderwijsregio: p.onderwijsregio,
      enteredYear: src.enteredYear,
      probability: q,
      mentorsEntered: p.mentorsAvailable,
      schoolopleidersEntered: p.schoolopleiders,
      growth,
      years,
      totalTrained: trained.reduce((s, x) => s + x, 0),
      stock,
      required,
      ...(draws.series ? { series: draws.series } : {}),
    };
  });
}

/** Header of `regions.csv` (issue #17). */
export const REGION_COLUMNS = ['onderwijsregio', 'year', 'metric', 'unit', 'mean', 'p05', 'p50', 'p95'] as const;

/** The metrics of `regions.csv`, in row order, with their units. */
export const REGION_METRICS: readonly { metric: string; unit: Unit }[] = [
  { metric: 'sop.students', unit: 'persons' },
  { metric: 'capacity.mentors_required', unit: 'persons' },
  { metric: 'capacity.mentors_available', unit: 'persons' },
  { metric: 'capacity.mentors_to_train', unit: 'persons' },
  { metric: 'capacity.schoolopleiders_required', unit: 'persons' },
  { metric: 'capacity.mentor_hours', unit: 'hours' },
  { metric: 'capacity.mentor_fte', unit: 'fte' },
  { metric: 'capacity.budget_eur', unit: 'eur' },
];

/** Metrics of `regions.csv` summed by the ensemble per draw (the others come from the plans). */
export const REGION_ENSEMBLE_METRICS = [
  'sop.students',
  'capacity.mentors_required',
  'capacity.schoolopleiders_required',
  'capacity.mentor_hours',
  'capacity.mentor_fte',
  'capacity.budget_eur',
] as const;

/** The breakdown name of a region's sum in the ensemble's sums (kept apart from partnership ids). */
export function regionSumKey(region: string): string {
  return `region:${region}`;
}

/** One row of `regions.csv`: a summary row's year, metric, unit and band, keyed by onderwijsregio. */
export type RegionRow = { onderwijsregio: string } & Pick<SummaryRow, 'year' | 'metric' | 'unit' | 'mean' | 'p05' | 'p50' | 'p95'>;

/**
 * The rows of `regions.csv`: per onderwijsregio (as entered) and plan year, the sum of its
 * partnerships. Students, mentors required, schoolopleiders, hours, fte and subsidy come from the
 * ensemble's per-draw sums (`sums`, breakdown `region:<name>`), or, in a region with an own target
 * path, from the per-draw sums of its members' kept series; mentors available are the per-draw
 * sums of the plans' stocks, mentors to train the sum of the plans (the same in every draw). Every
 * band is taken from the draws of the sum, never by adding quantiles.
 *
 * @example
 * regionRows(plans, result.sums, 1000)[0]; // → { onderwijsregio: 'OR01', year: 2026, metric: 'sop.students', … }
 */
export function regionRows(plans: readonly PartnershipPlan[], sums: readonly SummaryRow[], draws: number): RegionRow[] {
  const regions = [...new Set(plans.map((p) => p.onderwijsregio))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byKey = new Map(sums.filter((r) => r.sector === 'all').map((r) => [`${r.breakdown}|${r.metric}|${r.year}`, r] as const));
  const out: RegionRow[] = [];
  for (const region of regions) {
    const members = plans.filter((p) => p.onderwijsregio === region);
    const years = members[0].years.map((y) => y.year);
    const nY = years.length;
    years.forEach((year, t) => {
      for (const { metric, unit } of REGION_METRICS) {
        let band: PlanBand;
        if (metric === 'capacity.mentors_available') {
          const v = new Float64Array(draws);
          for (const p of members) for (let d = 0; d < draws; d++) v[d] += p.stock[d * nY + t];
          band = bandOf(v);
        } else if (metric === 'capacity.mentors_to_train') {
          const total = members.reduce((s, p) => s + p.years[t].trained, 0);
          band = { mean: total, p05: total, p50: total, p95: total };
        } else if (members.every((p) => p.series)) {
          // a region with an own target path: the per-draw sums of its members' kept series
          const v = new Float64Array(draws);
          for (const p of members) {
            const s = metric === 'capacity.mentors_required' ? p.required : (p.series as Record<string, Float64Array>)[metric];
            for (let d = 0; d < draws; d++) v[d] += s[d * nY + t];
          }
          band = bandOf(v);
        } else {
          const r = byKey.get(`${regionSumKey(region)}|${metric}|${year}`);
          if (!r) throw new Error(`regions: no ensemble sum for ${region} ${metric} ${year}`);
          band = { mean: r.mean, p05: r.p05, p50: r.p50, p95: r.p95 };
        }
        out.push({ onderwijsregio: region, year, metric, unit, mean: band.mean, p05: band.p05, p50: band.p50, p95: band.p95 });
      }
    });
  }
  return out;
}

/** The columns of the plan table, as (code, Dutch, English) — one row per year, median and band apart. */
export const PLAN_COLUMNS = [
  ['year', 'Jaar', 'Year'],
  ['students_p50', 'SO&P-studenten (mediaan)', 'SO&P students (median)'],
  ['required_p50', 'Benodigde begeleiders (mediaan)', 'Mentors required (median)'],
  ['required_q', 'Benodigd bij gekozen kans', 'Required at chosen probability'],
  ['required_p05', 'Benodigd p05', 'Required p05'],
  ['required_p95', 'Benodigd p95', 'Required p95'],
  ['start_p50', 'Beginvoorraad (mediaan)', 'Start stock (median)'],
  ['trained', 'Op te leiden (plan)', 'To train (plan)'],
  ['left_p50', 'Uitgevallen (mediaan)', 'Left (median)'],
  ['end_p50', 'Eindvoorraad (mediaan)', 'End stock (median)'],
  ['end_p05', 'Eindvoorraad p05', 'End stock p05'],
  ['end_p95', 'Eindvoorraad p95', 'End stock p95'],
  ['gap_q', 'Tekort bij gekozen kans', 'Gap at chosen probability'],
  ['covered', 'Kans zonder tekort', 'Probability of no gap'],
  ['schoolopleiders_q', 'Benodigde schoolopleiders (gekozen kans)', 'Schoolopleiders required (chosen probability)'],
  ['schoolopleiders_entered', 'Schoolopleiders ingevuld', 'Schoolopleiders entered'],
  ['schoolopleiders_to_add', 'Schoolopleiders erbij', 'Schoolopleiders to add'],
  ['hours_p50', 'Begeleidingsuren (mediaan)', 'Mentor hours (median)'],
  ['fte_p50', 'Begeleiding fte (mediaan)', 'Mentor fte (median)'],
  ['fte_p05', 'fte p05', 'fte p05'],
  ['fte_p95', 'fte p95', 'fte p95'],
  ['subsidy_p50', 'Bekostiging € (mediaan, nominaal)', 'Funding € (median, nominal)'],
  ['subsidy_p05', 'Bekostiging p05', 'Funding p05'],
  ['subsidy_p95', 'Bekostiging p95', 'Funding p95'],
  ['rule', 'Bekostigingsregel', 'Funding rule'],
] as const;

/** The plan's rows as numbers (and the rule as text), in PLAN_COLUMNS order. */
export function planRows(plan: PartnershipPlan, lang: Lang): (number | string)[][] {
  return plan.years.map((y) => [
    y.year, y.students.p50, y.mentorsRequired.p50, y.mentorsRequired.atQ ?? NaN, y.mentorsRequired.p05, y.mentorsRequired.p95,
    y.startStock.p50, y.trained, y.left.p50, y.endStock.p50, y.endStock.p05, y.endStock.p95,
    y.gap.atQ ?? NaN, y.covered,
    y.schoolopleidersRequired.atQ ?? NaN, plan.schoolopleidersEntered, y.schoolopleidersToAdd,
    y.mentorHours.p50, y.mentorFte.p50, y.mentorFte.p05, y.mentorFte.p95,
    y.subsidy.p50, y.subsidy.p05, y.subsidy.p95,
    ruleText(y.rule, lang),
  ]);
}

/** The funding rule as text. */
export function ruleText(rule: { perStudentEur: number; baseEur: number }, lang: Lang): string {
  const per = formatDisplay(rule.perStudentEur, 'eur', lang);
  const base = formatDisplay(rule.baseEur, 'eur', lang);
  return lang === 'nl'
    ? `${per} per student${rule.baseEur > 0 ? ` + ${base} vaste voet` : ', geen vaste voet'}`
    : `${per} per student${rule.baseEur > 0 ? ` + ${base} base grant` : ', no base grant'}`;
}

/** How the growth path is described. */
export function growthText(g: GrowthPath, lang: Lang): string {
  if (g.kind === 'own') {
    return lang === 'nl'
      ? `groeipad van de studenten: het eigen doel van het partnerschap, ${formatDisplay(g.target, 'persons', lang)} SO&P-studenten in ${g.targetYear} (rechte lijn vanaf ${formatDisplay(g.from, 'persons', lang)} in ${g.enteredYear}); de verdeling over routes en studiejaren volgt scenario ${g.scenario}`
      : `students' growth path: the partnership's own target, ${formatDisplay(g.target, 'persons', lang)} SO&P students in ${g.targetYear} (a straight line from ${formatDisplay(g.from, 'persons', lang)} in ${g.enteredYear}); the mix over routes and study years follows scenario ${g.scenario}`;
  }
  return lang === 'nl'
    ? `groeipad van de studenten: het landelijke pad van scenario ${g.scenario} (geen eigen doelpad ingevuld)`
    : `students' growth path: the national path of scenario ${g.scenario} (no own target path entered)`;
}

/**
 * The report table of one partnership's plan (medians; the band in its own columns).
 *
 * @example
 * planTable(plan, 'nl').header[0]; // → 'Jaar'
 */
export function planTable(plan: PartnershipPlan, lang: Lang): ReportTable {
  const cols = [0, 1, 2, 3, 6, 7, 8, 9, 12, 14, 16, 18, 21];
  const unitOf = (i: number): string => (i === 13 ? 'share' : i >= 21 && i <= 23 ? 'eur' : i >= 18 && i <= 20 ? 'fte' : i === 17 ? 'hours' : 'persons');
  const rows = planRows(plan, lang);
  const pct = Math.round(plan.probability * 100);
  return {
    title: `${plan.id} — ${plan.name} (${plan.onderwijsregio})`,
    header: cols.map((i) => PLAN_COLUMNS[i][lang === 'nl' ? 1 : 2]),
    rows: rows.map((r) => cols.map((i) => (i === 0 ? String(r[0]) : typeof r[i] === 'number' ? formatDisplay(r[i] as number, unitOf(i), lang) : String(r[i])))),
    note: lang === 'nl'
      ? `Cijfers ingevuld voor ${plan.enteredYear}: ${plan.mentorsEntered} begeleiders, ${plan.schoolopleidersEntered} schoolopleiders; het plan begint in ${plan.enteredYear + 1}. Gekozen kans ${pct}%: wie elk jaar het aantal "op te leiden" opleidt, heeft in elk jaar met minstens ${pct}% kans genoeg begeleiders. Totaal op te leiden: ${plan.totalTrained} (de som van de kolom). ${growthText(plan.growth, lang)}.`
      : `Numbers entered for ${plan.enteredYear}: ${plan.mentorsEntered} mentors, ${plan.schoolopleidersEntered} schoolopleiders; the plan starts in ${plan.enteredYear + 1}. Chosen probability ${pct}%: training the "to train" number each year gives enough mentors in every year with at least ${pct}% probability. Total to train: ${plan.totalTrained} (the sum of the column). ${growthText(plan.growth, lang)}.`,
  };
}

/**
 * SO&P students by route of one partnership, indicative: its entered students per route times
 * the national growth of that route's SO&P students in the scenario (medians), from the year
 * after the numbers entered.
 *
 * @example
 * studentsByRouteTable(result.summary, partnership, 'ambitie-2030', 'en', 2025)?.header[0] // → 'Route'
 */
export function studentsByRouteTable(
  rows: readonly SummaryRow[],
  partnership: { id: string; name?: string; students: Readonly<Partial<Record<string, readonly number[]>>> },
  scenario: string,
  lang: Lang,
  enteredYear: number,
): ReportTable | undefined {
  const national = rows.filter((r) => r.scenario === scenario && r.metric === 'sop.students' && r.sector === 'all' && r.breakdown !== 'all');
  const years = [...new Set(national.map((r) => r.year))].filter((y) => y >= enteredYear).sort((a, b) => a - b);
  if (years.length < 2) return undefined;
  const lines: string[][] = [];
  for (const [route, list] of Object.entries(partnership.students)) {
    const own = (list ?? []).reduce((s, v) => s + (v > 0 ? v : 0), 0);
    if (own <= 0) continue;
    const series = years.map((y) => national.find((r) => r.breakdown === route && r.year === y)?.p50);
    const base = series[0];
    lines.push([breakdownLabel(route, lang), ...series.slice(1).map((v) => (base && v !== undefined ? formatDisplay(own * (v / base), 'persons', lang) : '–'))]);
  }
  if (lines.length === 0) return undefined;
  return {
    title: `${partnership.id}${partnership.name ? ` — ${partnership.name}` : ''}: ${lang === 'nl' ? 'SO&P-studenten per route (indicatief)' : 'SO&P students by route (indicative)'}`,
    header: ['Route', ...years.slice(1).map(String)],
    rows: lines,
    note: lang === 'nl'
      ? `Indicatief: de ingevulde studenten per route (${enteredYear}) maal de landelijke groei van die route in het scenario (medianen).`
      : `Indicative: the partnership's entered students per route (${enteredYear}) times the national growth of that route in the scenario (medians).`,
  };
}
