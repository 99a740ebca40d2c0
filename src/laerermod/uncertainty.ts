/**
 * What the original LÆRERMOD cannot do: the same projection as an ensemble, with uncertainty bands.
 *
 * Each draw redraws, per education, the completion rate and the number of new students from PERT
 * distributions around their input values (mode = the input), using the toolkit's named random
 * streams (src/ensemble): one stream per (seed, `laerermod.<input>.<education>`), so draw i is the
 * same whatever the number of draws. Bands are type-7 quantiles (p05, p50, p95) and the mean.
 *
 * The spreads are assumptions for illustration, not estimates: LÆRERMOD publishes no uncertainty.
 * Defaults ±10% (completion, capped at 1) and ±5% (new students).
 */
import { inverseCdf } from '../ensemble/distributions';
import { quantileSorted7 } from '../ensemble/quantile';
import { RandomStream } from '../ensemble/streams';
import { LAERERMOD_EDUCATIONS } from './educations';
import type { LaerermodInputs } from './inputs';
import { projectDemand, projectStock, createStockBuffers } from '../model/workforce';
import { buildLaerermodModel, graduatePersonsByCell, laerermodGraduates } from './model';

/** Options of {@link laerermodEnsemble}. */
export interface LaerermodEnsembleOptions {
  /** Number of draws (default 500). */
  draws?: number;
  /** Seed of the named streams (default 20300101, the toolkit's default seed). */
  seed?: number;
  /**
   * Relative half-width of the completion-rate distribution: PERT on
   * [c·(1 − s), min(1, c·(1 + s))] with mode c. Assumption; default 0.10, sensible range 0–0.25.
   */
  completionSpread?: number;
  /** Relative half-width of the new-students distribution (PERT, mode = input). Assumption; default 0.05, range 0–0.2. */
  newStudentsSpread?: number;
}

/** Mean and type-7 quantiles of one metric per education and year: `[e * years + y]`. */
export interface LaerermodBand {
  mean: Float64Array;
  p05: Float64Array;
  p50: Float64Array;
  p95: Float64Array;
}

/** Result of {@link laerermodEnsemble}. */
export interface LaerermodEnsemble {
  years: readonly number[];
  educations: readonly string[];
  draws: number;
  seed: number;
  supply: LaerermodBand;
  demand: LaerermodBand;
  difference: LaerermodBand;
  /** The drawn inputs, per education: `[e * draws + i]`. */
  completion: Float64Array;
  newStudents: Float64Array;
}

/**
 * The stream name of an education's drawn input.
 *
 * @example
 * laerermodStreamName('completion', 'ba'); // → 'laerermod.completion.ba'
 */
export function laerermodStreamName(input: 'completion' | 'new_students', education: string): string {
  return `laerermod.${input}.${education}`;
}

function band(all: Float64Array, draws: number, cells: number): LaerermodBand {
  const out: LaerermodBand = { mean: new Float64Array(cells), p05: new Float64Array(cells), p50: new Float64Array(cells), p95: new Float64Array(cells) };
  const column = new Float64Array(draws);
  for (let c = 0; c < cells; c++) {
    let sum = 0;
    for (let i = 0; i < draws; i++) {
      column[i] = all[i * cells + c];
      sum += column[i];
    }
    column.sort();
    out.mean[c] = sum / draws;
    out.p05[c] = quantileSorted7(column, 0.05);
    out.p50[c] = quantileSorted7(column, 0.5);
    out.p95[c] = quantileSorted7(column, 0.95);
  }
  return out;
}

/**
 * Runs LÆRERMOD `draws` times with drawn completion rates and intakes and summarises supply,
 * demand and difference. Pure: inputs are not mutated; the same seed gives the same bands.
 *
 * @example
 * const ens = laerermodEnsemble(readLaerermodInputs(), { draws: 200, seed: 7 });
 * ens.difference.p05[0 * 21 + 10]; // ba, 2030: the 5th percentile of supply − demand (fte)
 */
export function laerermodEnsemble(inputs: LaerermodInputs, opts: LaerermodEnsembleOptions = {}): LaerermodEnsemble {
  const draws = opts.draws ?? 500;
  const seed = opts.seed ?? 20300101;
  const cs = opts.completionSpread ?? 0.1;
  const ns = opts.newStudentsSpread ?? 0.05;
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be a whole number ≥ 1, got ${draws}`);
  if (!(cs >= 0 && cs < 1) || !(ns >= 0 && ns < 1)) throw new RangeError('spreads must be in [0, 1)');
  const nE = LAERERMOD_EDUCATIONS.length;
  const completion = new Float64Array(nE * draws);
  const newStudents = new Float64Array(nE * draws);
  LAERERMOD_EDUCATIONS.forEach((e, k) => {
    const c = inputs.candidates.find((r) => r.education === e)!;
    const pert = (mode: number, lo: number, hi: number) =>
      hi > lo ? inverseCdf({ type: 'pert', min: lo, mode, max: hi }) : () => mode;
    const qc = pert(c.completionPercentage, c.completionPercentage * (1 - cs), Math.min(1, c.completionPercentage * (1 + cs)));
    const qn = pert(c.numberOfNewStudents, c.numberOfNewStudents * (1 - ns), c.numberOfNewStudents * (1 + ns));
    const sc = new RandomStream(seed, laerermodStreamName('completion', e));
    const sn = new RandomStream(seed, laerermodStreamName('new_students', e));
    for (let i = 0; i < draws; i++) {
      completion[k * draws + i] = qc(sc.nextUniform());
      newStudents[k * draws + i] = qn(sn.nextUniform());
    }
  });
  // Only graduates change between draws: build the model once, redo the entrant flow per draw.
  const model = buildLaerermodModel(inputs);
  const { layout } = model;
  const years: number[] = [];
  for (let y = layout.firstYear; y <= layout.lastYear; y++) years.push(y);
  const cells = layout.groups.length * layout.years;
  const demandFte = projectDemand(layout, model.demand);
  const supply = new Float64Array(draws * cells);
  const demand = new Float64Array(draws * cells);
  const difference = new Float64Array(draws * cells);
  const persons = new Float64Array(layout.cells);
  const buffers = createStockBuffers(layout);
  const stockInputs = { ...model.stock, entrants: [{ name: 'graduates', persons }] };
  for (let i = 0; i < draws; i++) {
    const candidates = inputs.candidates.map((c) => {
      const k = LAERERMOD_EDUCATIONS.indexOf(c.education);
      return { ...c, completionPercentage: completion[k * draws + i], numberOfNewStudents: newStudents[k * draws + i] };
    });
    graduatePersonsByCell(layout, laerermodGraduates({ students: inputs.students, candidates }), persons);
    const supplyFte = projectStock(layout, stockInputs, buffers).supplyFte;
    supply.set(supplyFte, i * cells);
    demand.set(demandFte, i * cells);
    for (let c = 0; c < cells; c++) difference[i * cells + c] = supplyFte[c] - demandFte[c];
  }
  return {
    years, educations: LAERERMOD_EDUCATIONS, draws, seed,
    supply: band(supply, draws, cells), demand: band(demand, draws, cells), difference: band(difference, draws, cells),
    completion, newStudents,
  };
}
