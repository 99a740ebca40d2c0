/**
 * The generic age-structured workforce engine (DESIGN.md §2.3).
 *
 * A stock of persons by group × gender × single age is projected one year at a time:
 *
 * 1. ageing with outflow: `N[a+1, t] = N[a, t-1] · (1 − q[a, t])` (persons past `maxAge` leave);
 * 2. optional early career: entrants of an early-career class pass through experience years
 *    0..K−1 with their own attrition `e[k]` on top of `q`, then join the main stock;
 * 3. entrants (graduates, side entrants, returners, …) are added at their age in year t.
 *
 * Supply (fte) = Σ persons · participation(age) · fte factor(age), both base-year profiles by cell.
 * Demand (fte) = Σ over user sectors (base demand + shortage) · demographic component · standard
 * change. The same engine runs Statistics Norway's LÆRERMOD (src/laerermod) and the Dutch po/vo/mbo
 * workforce (src/model).
 *
 * Pure: no I/O, no clock, no randomness. Inputs are never mutated. Pass `out` buffers from
 * {@link createStockBuffers} / {@link projectDemand} to run many draws without allocating.
 */
import { KahanSum } from './summation';
import { ageEarly, ageMain } from './step';
import type { WorkforceLayout } from './layout';

export type { WorkforceLayout } from './layout';

/**
 * A value per cell, either constant over the years (length `cells`) or per year (length
 * `years * cells`, year-major: `values[yearIndex * cells + cell]`).
 */
export type CellSeries = Float64Array;

/** A flow of persons into the workforce. */
export interface EntrantFlow {
  /** What the flow is, e.g. `graduates`, `zij-instroom`, `returners`. */
  readonly name: string;
  /**
   * Persons added in year index y ≥ 1 at their age in that year, per cell ({@link CellSeries}).
   * Year index 0 (the base year) is never used: the base stock is given.
   */
  readonly persons: CellSeries;
  /**
   * Early-career class the entrants start in (0-based, see {@link EarlyCareer}); omitted: they
   * join the main stock at once.
   */
  readonly earlyCareerClass?: number;
}

/**
 * Early-career tracks: entrants of class c spend experience years 0..years−1 outside the main
 * stock with attrition `rate[c, group, gender, k]` per year, multiplied with the age outflow
 * (survival = (1 − q) · (1 − e)), then join the main stock. They count in supply like anyone else.
 */
export interface EarlyCareer {
  /** Number of early-career experience years K (e.g. 5 for years 0..4). */
  readonly years: number;
  /** Number of classes C (e.g. 2: regular-trained and SO&P-trained entrants). */
  readonly classes: number;
  /**
   * Attrition rate per year by class, group, gender and experience year:
   * `rate[((c * groups + g) * genders + s) * years + k]`, each in [0, 1].
   */
  readonly ratePerYear: Float64Array;
}

/** Everything {@link projectStock} needs besides the layout. */
export interface StockInputs {
  /** Persons in the base year, per cell. */
  readonly initialStock: Float64Array;
  /**
   * Outflow rate per year q (fraction of persons of age a in year t−1 who leave before year t),
   * indexed by the cell in year t−1 ({@link CellSeries}). Omitted: no outflow (LÆRERMOD).
   */
  readonly outflowRate?: CellSeries;
  /** Entrant flows, added in the order given. */
  readonly entrants: readonly EntrantFlow[];
  /**
   * Share of persons employed in the sector by cell (base-year profile), e.g. employed / count.
   * NaN marks a cell without a profile (e.g. an age the base-year table does not cover): its
   * persons contribute nothing to supply and are left out of the sum altogether.
   */
  readonly participation: Float64Array;
  /** Average fte per employed person by cell (base-year profile). */
  readonly fteFactor: Float64Array;
  /**
   * Supply (fte) in the base year per group, replacing Σ N·participation·fte there: the
   * employment anchor of a base year (LÆRERMOD Eq 26 uses the sector table's fte).
   */
  readonly baseYearSupplyFte?: Float64Array;
  /** Early-career tracks; omitted: entrants join the main stock at once. */
  readonly earlyCareer?: EarlyCareer;
}

/** Output buffers of {@link projectStock}; allocate once with {@link createStockBuffers}. */
export interface StockBuffers {
  /** Persons per year and cell, main stock plus early-career tracks (`years * cells`). */
  readonly stock: Float64Array;
  /** Persons in the main stock only (same array as `stock` without early career). */
  readonly mainStock: Float64Array;
  /**
   * Persons per early-career track: `early[((y * classes + c) * K + k) * cells + cell]`
   * (empty without early career).
   */
  readonly earlyStock: Float64Array;
  /** Supply in fte per group and year: `supplyFte[g * years + y]`. */
  readonly supplyFte: Float64Array;
  /** Persons leaving per group and year y (during the step y−1 → y; 0 in the base year). */
  readonly outflowPersons: Float64Array;
  /** Persons entering per group and year (all flows). */
  readonly entrantPersons: Float64Array;
}

/**
 * Allocates the output buffers of {@link projectStock} for a layout.
 *
 * @example
 * const layout = workforceLayout({ groups: ['po'], minAge: 20, maxAge: 70, firstYear: 2024, lastYear: 2030 });
 * const buffers = createStockBuffers(layout);
 * buffers.supplyFte.length; // → 7
 */
export function createStockBuffers(layout: WorkforceLayout, earlyCareer?: Pick<EarlyCareer, 'years' | 'classes'>): StockBuffers {
  const n = layout.years * layout.cells;
  const mainStock = new Float64Array(n);
  const early = earlyCareer ? earlyCareer.years * earlyCareer.classes : 0;
  return {
    stock: early > 0 ? new Float64Array(n) : mainStock,
    mainStock,
    earlyStock: new Float64Array(n * early),
    supplyFte: new Float64Array(layout.groups.length * layout.years),
    outflowPersons: new Float64Array(layout.groups.length * layout.years),
    entrantPersons: new Float64Array(layout.groups.length * layout.years),
  };
}

function seriesOffset(series: CellSeries, layout: WorkforceLayout, y: number, what: string): number {
  if (series.length === layout.cells) return 0;
  if (series.length === layout.cells * layout.years) return y * layout.cells;
  throw new RangeError(`${what}: expected ${layout.cells} or ${layout.cells * layout.years} values, got ${series.length}`);
}

function checkLength(a: Float64Array, n: number, what: string): void {
  if (a.length !== n) throw new RangeError(`${what}: expected ${n} values, got ${a.length}`);
}

/**
 * Projects the stock from the base year to the last year and computes supply (fte) per group.
 *
 * Supply per group and year is a Kahan-compensated sum over genders and ages of
 * `(persons · participation) · fteFactor` (the order LÆRERMOD multiplies and pandas sums in);
 * cells with NaN participation are skipped.
 *
 * @example
 * // One group, one gender, ages 30..32, no outflow, 10 entrants aged 30 each year.
 * const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 30, maxAge: 32,
 *   firstYear: 2024, lastYear: 2026 });
 * const r = projectStock(layout, {
 *   initialStock: Float64Array.of(100, 0, 0),
 *   entrants: [{ name: 'graduates', persons: Float64Array.of(10, 0, 0) }],
 *   participation: Float64Array.of(1, 1, 1), fteFactor: Float64Array.of(0.5, 0.5, 0.5),
 * });
 * Array.from(r.supplyFte); // → [50, 55, 60]   (2026: 100 aged 32, 10 aged 31, 10 aged 30)
 */
export function projectStock(layout: WorkforceLayout, inputs: StockInputs, out?: StockBuffers): StockBuffers {
  const { cells, years, ages, genders } = layout;
  const nGroups = layout.groups.length;
  checkLength(inputs.initialStock, cells, 'initialStock');
  checkLength(inputs.participation, cells, 'participation');
  checkLength(inputs.fteFactor, cells, 'fteFactor');
  if (inputs.baseYearSupplyFte) checkLength(inputs.baseYearSupplyFte, nGroups, 'baseYearSupplyFte');
  const ec = inputs.earlyCareer;
  const K = ec ? ec.years : 0;
  const C = ec ? ec.classes : 0;
  if (ec) checkLength(ec.ratePerYear, C * nGroups * genders * K, 'earlyCareer.ratePerYear');
  for (const flow of inputs.entrants) {
    seriesOffset(flow.persons, layout, 0, `entrants ${flow.name}`);
    const c = flow.earlyCareerClass;
    if (c !== undefined && !(ec && Number.isInteger(c) && c >= 0 && c < C)) {
      throw new RangeError(`entrants ${flow.name}: early-career class ${c} does not exist`);
    }
  }
  if (inputs.outflowRate) seriesOffset(inputs.outflowRate, layout, 0, 'outflowRate');

  const buf = out ?? createStockBuffers(layout, ec);
  if (buf.mainStock.length !== years * cells || buf.earlyStock.length !== years * cells * K * C) {
    throw new RangeError('projectStock: buffers do not fit the layout');
  }
  const { mainStock, earlyStock, outflowPersons, entrantPersons } = buf;
  mainStock.set(inputs.initialStock, 0);
  mainStock.fill(0, cells);
  earlyStock.fill(0);
  outflowPersons.fill(0);
  entrantPersons.fill(0);
  const q = inputs.outflowRate;
  const earlyYearSize = C * K * cells;
  const leftAcc = new Float64Array(2);

  for (let y = 1; y < years; y++) {
    const prev = (y - 1) * cells;
    const cur = y * cells;
    const qOff = q ? seriesOffset(q, layout, y, 'outflowRate') : 0;
    // 1. Ageing with outflow, main stock (the kernel, step.ts).
    for (let g = 0; g < nGroups; g++) {
      leftAcc[0] = 0;
      leftAcc[1] = 0;
      for (let s = 0; s < genders; s++) {
        const block = (g * genders + s) * ages;
        ageMain(mainStock, prev + block, mainStock, cur + block, ages, q ?? null, qOff + block, leftAcc, 0, ages);
      }
      outflowPersons[g * years + y] = leftAcc[0] + leftAcc[1];
    }
    // 2. Early-career tracks: age, advance one experience year, graduate into the main stock.
    if (ec) {
      const ePrev = (y - 1) * earlyYearSize;
      const eCur = y * earlyYearSize;
      for (let c = 0; c < C; c++) {
        for (let k = 0; k < K; k++) {
          const from = ePrev + (c * K + k) * cells;
          const toEarly = k + 1 < K ? eCur + (c * K + k + 1) * cells : -1;
          for (let g = 0; g < nGroups; g++) {
            let left = 0;
            for (let s = 0; s < genders; s++) {
              const e = ec.ratePerYear[((c * nGroups + g) * genders + s) * K + k];
              const block = (g * genders + s) * ages;
              left += ageEarly(earlyStock, from + block, toEarly >= 0 ? earlyStock : null, toEarly + block, mainStock, cur + block, ages, 0, ages - 1, q ?? null, qOff + block, e, false);
            }
            outflowPersons[g * years + y] += left;
          }
        }
      }
    }
    // 3. Entrants at their age in year y.
    for (const flow of inputs.entrants) {
      const off = seriesOffset(flow.persons, layout, y, flow.name);
      const c = flow.earlyCareerClass;
      const target = c === undefined ? mainStock : earlyStock;
      const base = c === undefined ? cur : y * earlyYearSize + c * K * cells;
      for (let g = 0; g < nGroups; g++) {
        let added = 0;
        const start = g * genders * ages;
        const end = start + genders * ages;
        for (let j = start; j < end; j++) {
          const n = flow.persons[off + j];
          if (n === 0) continue;
          target[base + j] = target[base + j] + n;
          added += n;
        }
        entrantPersons[g * years + y] += added;
      }
    }
  }

  // Total persons per cell (main + early career).
  if (buf.stock !== mainStock) {
    buf.stock.set(mainStock);
    for (let y = 0; y < years; y++) {
      for (let t = 0; t < C * K; t++) {
        const from = y * earlyYearSize + t * cells;
        for (let j = 0; j < cells; j++) buf.stock[y * cells + j] += earlyStock[from + j];
      }
    }
  }
  supplyFromStock(layout, buf.stock, inputs.participation, inputs.fteFactor, buf.supplyFte);
  if (inputs.baseYearSupplyFte) {
    for (let g = 0; g < nGroups; g++) buf.supplyFte[g * years] = inputs.baseYearSupplyFte[g];
  }
  return buf;
}

/**
 * Supply in fte per group and year from a year-major stock:
 * `Σ_{gender, age} (persons · participation) · fteFactor`, Kahan-summed.
 *
 * @example
 * const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 30, maxAge: 31,
 *   firstYear: 2024, lastYear: 2024 });
 * supplyFromStock(layout, Float64Array.of(10, 20), Float64Array.of(1, 0.5), Float64Array.of(0.8, 1));
 * // → Float64Array [18]
 */
export function supplyFromStock(
  layout: WorkforceLayout,
  stock: Float64Array,
  participation: Float64Array,
  fteFactor: Float64Array,
  out: Float64Array = new Float64Array(layout.groups.length * layout.years),
): Float64Array {
  const { cells, years, ages, genders } = layout;
  const acc = new KahanSum();
  const perGroup = genders * ages;
  for (let g = 0; g < layout.groups.length; g++) {
    for (let y = 0; y < years; y++) {
      acc.reset();
      const base = y * cells + g * perGroup;
      for (let j = 0; j < perGroup; j++) {
        const w = participation[g * perGroup + j];
        if (Number.isNaN(w)) continue; // no profile for this cell: contributes nothing
        acc.add(stock[base + j] * w * fteFactor[g * perGroup + j]);
      }
      out[g * years + y] = acc.value;
    }
  }
  return out;
}

/** Everything {@link projectDemand} needs besides the layout (years and groups). */
export interface DemandInputs {
  /** User sectors S (where the group's members work: kindergarten, school, …). */
  readonly sectors: readonly string[];
  /** Base-year demand (fte) per group and sector: `baseDemandFte[g * S + s]`. */
  readonly baseDemandFte: Float64Array;
  /** Base-year shortage (fte) per group and sector, added to base demand; omitted: 0. */
  readonly shortageFte?: Float64Array;
  /**
   * Demographic component per sector and year, 1 in the base year: `dc[s * years + y]`
   * (see {@link demographicComponent}).
   */
  readonly demographicComponent: Float64Array;
  /** Standard change (e.g. teacher density) per sector and year, `[s * years + y]`; omitted: 1. */
  readonly standardChange?: Float64Array;
}

/**
 * Demand (fte) per group and year: `Σ_S (D[g,S] + Sh[g,S]) · DC[S,t] · Std[S,t]`, summed over S
 * in order from 0 (LÆRERMOD Eq 24–25).
 *
 * @example
 * const layout = workforceLayout({ groups: ['po'], minAge: 20, maxAge: 70, firstYear: 2024, lastYear: 2025 });
 * projectDemand(layout, { sectors: ['school'], baseDemandFte: Float64Array.of(100),
 *   demographicComponent: Float64Array.of(1, 1.1), standardChange: Float64Array.of(1, 2) });
 * // → Float64Array [100, 220.00000000000003]
 */
export function projectDemand(
  layout: WorkforceLayout,
  inputs: DemandInputs,
  out: Float64Array = new Float64Array(layout.groups.length * layout.years),
): Float64Array {
  const nS = inputs.sectors.length;
  const nG = layout.groups.length;
  const { years } = layout;
  checkLength(inputs.baseDemandFte, nG * nS, 'baseDemandFte');
  if (inputs.shortageFte) checkLength(inputs.shortageFte, nG * nS, 'shortageFte');
  checkLength(inputs.demographicComponent, nS * years, 'demographicComponent');
  if (inputs.standardChange) checkLength(inputs.standardChange, nS * years, 'standardChange');
  checkLength(out, nG * years, 'projectDemand out');
  const dc = inputs.demographicComponent;
  const std = inputs.standardChange;
  const sh = inputs.shortageFte;
  for (let g = 0; g < nG; g++) {
    for (let y = 0; y < years; y++) {
      let demand = 0;
      for (let s = 0; s < nS; s++) {
        const base = inputs.baseDemandFte[g * nS + s] + (sh ? sh[g * nS + s] : 0);
        const term = base * dc[s * years + y];
        demand = demand + (std ? term * std[s * years + y] : term);
      }
      out[g * years + y] = demand;
    }
  }
  return out;
}

/** Result of {@link projectWorkforce}: per group and year, `[g * years + y]`. */
export interface WorkforceProjection {
  readonly layout: WorkforceLayout;
  /** Stock buffers (persons, supply, flows). */
  readonly stock: StockBuffers;
  /** Supply (fte). Same array as `stock.supplyFte`. */
  readonly supplyFte: Float64Array;
  /** Demand (fte). */
  readonly demandFte: Float64Array;
  /** Shortage (fte) = demand − supply, this project's sign; negative is a surplus. */
  readonly shortageFte: Float64Array;
}

/**
 * Supply, demand and shortage in one call.
 *
 * @example
 * const layout = workforceLayout({ groups: ['po'], genders: 1, minAge: 30, maxAge: 31,
 *   firstYear: 2024, lastYear: 2025 });
 * const p = projectWorkforce(layout,
 *   { initialStock: Float64Array.of(10, 0), entrants: [],
 *     participation: Float64Array.of(1, 1), fteFactor: Float64Array.of(1, 1) },
 *   { sectors: ['school'], baseDemandFte: Float64Array.of(12), demographicComponent: Float64Array.of(1, 1) });
 * Array.from(p.shortageFte); // → [2, 2]
 */
export function projectWorkforce(layout: WorkforceLayout, stock: StockInputs, demand: DemandInputs): WorkforceProjection {
  const buffers = projectStock(layout, stock);
  const demandFte = projectDemand(layout, demand);
  const shortageFte = new Float64Array(demandFte.length);
  for (let i = 0; i < shortageFte.length; i++) shortageFte[i] = demandFte[i] - buffers.supplyFte[i];
  return { layout, stock: buffers, supplyFte: buffers.supplyFte, demandFte, shortageFte };
}
