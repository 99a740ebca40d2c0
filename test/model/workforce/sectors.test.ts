import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../src/model/domain';
import {
  ENTRY_AGE_SPAN,
  WORKFORCE_MIN_AGE,
  WORKFORCE_MAX_AGE,
  EARLY_YEARS,
  planWorkforce,
  runWorkforce,
  spreadBands,
  workforceResult,
  type WorkforceDraw,
  type WorkforcePlan,
  type EntrantSource,
} from '../../../src/model/workforce/sectors';
import { calibrateOther } from '../../../src/model/workforce/calibrate';
import { ORIGINS } from '../../../src/model/workforce/origins';
import { projectStock } from '../../../src/model/workforce';
import { tinyData } from '../helpers';
import { getParam } from '../../../src/params/registry';
import type { ModelData } from '../../../src/model/inputs';

function draw(years: number, overrides: Partial<WorkforceDraw> = {}): WorkforceDraw {
  return {
    ftePerPerson: Float64Array.of(0.7, 0.8, 0.82),
    shortageInEmployment: Float64Array.of(0.25, 0.25, 0.25),
    outflowFactor: Float64Array.of(1, 1, 1),
    earlyAttrition: Float64Array.from({ length: 15 }, (_, i) => (i % 5 === 0 ? 0.1 : 0.01)),
    otherInflowFactor: Float64Array.of(1, 1, 1),
    supplyTrendRate: Float64Array.of(0, 0, 0),
    pupilGrowthAfter: Float64Array.of(0, 0, 0),
    standardChange: new Float64Array(3 * years).fill(1),
    returnRate: Float64Array.of(0.02, 0.02, 0.02),
    reserveEntryShare: 0.5,
    reserveExitRate: 0.06,
    switchFactor: 1,
    vacancyClosure: false,
    vacancyElasticity: 2,
    anchorMean: false,
    aowAge: 67,
    outflowAfterAow: 0.5,
    otherAgeFrom: 28,
    otherAgeTo: 50,
    earlyAttritionMultiplier: 0.8,
    ...overrides,
  };
}

/** 100 regular and 50 SO&P-trained entrants per sector and route each year. */
function entrants(years: number) {
  const n = 3 * ROUTES.length * years;
  return {
    regular: new Float64Array(n).fill(100),
    sop: new Float64Array(n).fill(50),
    entryAge: Float64Array.of(22, 23, 27, 25, 32, 36),
  };
}

const NO_OTHER = new Float64Array(3);

/** Calibrates the other inflow on `history` (default: the same draw) and runs `p`. */
function calibratedRun(wp: WorkforcePlan, p: WorkforceDraw, src: EntrantSource, history: WorkforceDraw = p) {
  const other = new Float64Array(3);
  calibrateOther(wp, history, src, workforceResult(wp), other);
  const res = workforceResult(wp);
  runWorkforce(wp, p, src, other, res);
  return { res, other };
}

/** tinyData with switch rates, switcher destinations and a stille reserve. */
function flowData(): ModelData {
  const band = (v: number) => [
    { ageFrom: 20, ageTo: 39, value: v },
    { ageFrom: 40, ageTo: 99, value: v / 2 },
  ];
  return {
    ...tinyData(),
    switchByAge: { po: band(0.006), vo: band(0.01), mbo: band(0.02) },
    switchDestinations: { po: { vo: 400, mbo: 150 }, vo: { po: 150, mbo: 350 }, mbo: { po: 35, vo: 290 } },
    stilleReserve: { po: 31000, vo: 30000, mbo: 22000 },
  };
}

describe('spreadBands', () => {
  it('divides shares evenly within a band and copies rates', () => {
    const bands = [
      { ageFrom: 20, ageTo: 21, value: 0.5 },
      { ageFrom: 22, ageTo: 22, value: 0.5 },
    ];
    expect(Array.from(spreadBands(bands, 20, 23, 'share'))).toEqual([0.25, 0.25, 0.5, 0]);
    expect(Array.from(spreadBands(bands, 20, 23, 'rate'))).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
  it('spreads an open upper band over five years', () => {
    const s = spreadBands([{ ageFrom: 65, ageTo: 99, value: 1 }], 60, 75, 'share');
    expect(s[5]).toBeCloseTo(0.2, 15);
    expect(s[10]).toBe(0);
  });
});

describe('Dutch workforce on the engine', () => {
  const data = tinyData();
  const wp = planWorkforce(data, 2024, 2030, [], getParam('workforce.aow_age').default as number);
  const years = wp.layout.years;

  it('reproduces the measured shortage and employment in the base year', () => {
    const res = workforceResult(wp);
    const p = draw(years);
    runWorkforce(wp, p, entrants(years), NO_OTHER, res);
    const W = [101000, 65500, 27000];
    const Sh = [7700, 3800, 1650];
    for (let g = 0; g < 3; g++) {
      const supply = res.supplyFte[g * years];
      const demand = res.demandFte[g * years];
      expect(demand - supply).toBeCloseTo(Sh[g], 8);
      expect(supply + 0.25 * Sh[g]).toBeCloseTo(W[g], 8);
    }
  });

  it('keeps supply(B+1) = supply(B)·(1 + trend) through the calibrated other inflow', () => {
    const { res } = calibratedRun(wp, draw(years, { supplyTrendRate: Float64Array.of(0, 0.01, -0.01) }), entrants(years));
    expect(res.supplyFte[1] / res.supplyFte[0]).toBeCloseTo(1, 10);
    expect(res.supplyFte[years + 1] / res.supplyFte[years]).toBeCloseTo(1.01, 10);
    expect(res.supplyFte[2 * years + 1] / res.supplyFte[2 * years]).toBeCloseTo(0.99, 10);
  });

  it('supply(t+1) = supply(t) − leavers(t) + entrants(t)', () => {
    const { res } = calibratedRun(wp, draw(years), entrants(years));
    for (let g = 0; g < 3; g++) {
      for (let y = 0; y + 1 < years; y++) {
        const j = g * years + y;
        expect(res.supplyFte[j + 1]).toBeCloseTo(res.supplyFte[j] - res.leaversFte[j] + res.entrantsFte[j], 6);
      }
    }
  });

  it('steps exactly like the engine projectStock (no other inflow, switchers or returners)', () => {
    const p = draw(years, { switchFactor: 0, returnRate: Float64Array.of(0, 0, 0) });
    const src = entrants(years);
    const res = workforceResult(wp);
    runWorkforce(wp, p, src, NO_OTHER, res);
    const { cells, ages } = wp.layout;
    const initialStock = new Float64Array(cells);
    const fte = new Float64Array(cells);
    const W = [101000, 65500, 27000];
    const Sh = [7700, 3800, 1650];
    const reg = new Float64Array(years * cells);
    const sop = new Float64Array(years * cells);
    for (let g = 0; g < 3; g++) {
      const f = p.ftePerPerson[g];
      for (let i = 0; i < ages; i++) {
        initialStock[g * ages + i] = ((W[g] - 0.25 * Sh[g]) / f) * wp.ageShare[g * ages + i];
        fte[g * ages + i] = f;
      }
      for (let y = 1; y < years; y++) {
        ROUTES.forEach((_, r) => {
          for (let j = 0; j < ENTRY_AGE_SPAN; j++) {
            const i = src.entryAge[r] + j - WORKFORCE_MIN_AGE;
            reg[y * cells + g * ages + i] += src.regular[(g * ROUTES.length + r) * years + y] / ENTRY_AGE_SPAN;
            sop[y * cells + g * ages + i] += src.sop[(g * ROUTES.length + r) * years + y] / ENTRY_AGE_SPAN;
          }
        });
      }
    }
    const engine = projectStock(wp.layout, {
      initialStock,
      outflowRate: wp.scratch.outflowRate,
      entrants: [
        { name: 'regular', persons: reg, earlyCareerClass: 0 },
        { name: 'sop', persons: sop, earlyCareerClass: 1 },
      ],
      participation: new Float64Array(cells).fill(1),
      fteFactor: fte,
      earlyCareer: { years: 5, classes: 2, ratePerYear: wp.scratch.earlyRate },
    });
    for (let g = 0; g < 3; g++) {
      for (let y = 0; y < years; y++) {
        const j = g * years + y;
        expect(res.supplyFte[j] / engine.supplyFte[j]).toBeCloseTo(1, 9);
        if (y >= 1) {
          expect(res.leaversFte[j - 1] / p.ftePerPerson[g] / engine.outflowPersons[j]).toBeCloseTo(1, 9);
          expect(res.entrantsFte[j - 1] / p.ftePerPerson[g] / engine.entrantPersons[j]).toBeCloseTo(1, 9);
        }
      }
    }
  });

  it('SO&P-trained entrants leave less when m_a < 1 (and as much when m_a = 1)', () => {
    const a = workforceResult(wp);
    const b = workforceResult(wp);
    runWorkforce(wp, draw(years, { earlyAttritionMultiplier: 1 }), entrants(years), NO_OTHER, a);
    runWorkforce(wp, draw(years, { earlyAttritionMultiplier: 0.5 }), entrants(years), NO_OTHER, b);
    for (let y = 2; y < years; y++) expect(b.supplyFte[y]).toBeGreaterThan(a.supplyFte[y]);
  });

  it('demand follows pupils × standard change', () => {
    const res = workforceResult(wp);
    const std = new Float64Array(3 * years).fill(1);
    std[3] = 1.1; // po, 2027
    runWorkforce(wp, draw(years, { standardChange: std }), entrants(years), NO_OTHER, res);
    const ratio = (y: number) => (1450000 + ((1430000 - 1450000) * y) / 6) / 1450000;
    expect(res.demandFte[3] / res.demandFte[0]).toBeCloseTo(ratio(3) * 1.1, 12);
    expect(res.demandFte[6] / res.demandFte[0]).toBeCloseTo(ratio(6), 12);
  });
});

/**
 * A plain reference of the whole Dutch workforce step, every flow and the vacancy closure on:
 * new arrays every year, the stock summed for supply (the model carries persons by flows).
 */
function referenceRun(wp: WorkforcePlan, p: WorkforceDraw, src: EntrantSource, other: Float64Array) {
  const { ages, years } = wp.layout;
  const K = EARLY_YEARS;
  const nR = ROUTES.length;
  const aowIndex = Math.round(p.aowAge) - WORKFORCE_MIN_AGE;
  const supply = [0, 1, 2].map(() => new Array<number>(years).fill(NaN));
  const demand = [0, 1, 2].map(() => new Array<number>(years).fill(NaN));
  const origins = [0, 1, 2].map(() => ORIGINS.map(() => new Array<number>(years).fill(NaN)));
  let main = [0, 1, 2].map(() => new Array<number>(ages).fill(0));
  let early = [0, 1, 2].map(() => [0, 1].map(() => Array.from({ length: K }, () => new Array<number>(ages).fill(0))));
  const pool = [0, 1, 2].map((g) => wp.reservePersons[g]);
  const q = (g: number, i: number) => {
    const age = WORKFORCE_MIN_AGE + i;
    const v = age >= WORKFORCE_MAX_AGE ? 1 : age >= p.aowAge ? p.outflowAfterAow : wp.outflowByAge[g * ages + i] * p.outflowFactor[g];
    return Math.min(1, Math.max(0, v));
  };
  const from = Math.round(p.otherAgeFrom) - WORKFORCE_MIN_AGE;
  const to = Math.round(p.otherAgeTo) - WORKFORCE_MIN_AGE;
  for (let g = 0; g < 3; g++) {
    const Sh = p.anchorMean ? wp.shortageMeanFte[g] : wp.shortageFte[g];
    const supplyB = wp.employmentFte[g] - p.shortageInEmployment[g] * Sh;
    for (let i = 0; i < ages; i++) main[g][i] = (supplyB / p.ftePerPerson[g]) * wp.ageShare[g * ages + i];
    supply[g][0] = supplyB;
    for (let y = 0; y < years; y++) {
      const last = wp.lastPupilIndex[g];
      const dc = y <= last ? wp.pupilRatio[g * years + y] : wp.pupilRatio[g * years + last] * (1 + p.pupilGrowthAfter[g]) ** (y - last);
      demand[g][y] = (supplyB + Sh) * dc * (p.standardChange[g * years + y] / p.standardChange[g * years]);
    }
  }
  for (let y = 1; y < years; y++) {
    const below = [0, 0, 0];
    const nextMain = [0, 1, 2].map(() => new Array<number>(ages).fill(0));
    const nextEarly = [0, 1, 2].map(() => [0, 1].map(() => Array.from({ length: K }, () => new Array<number>(ages).fill(0))));
    for (let g = 0; g < 3; g++) {
      for (let i = 0; i < ages; i++) {
        const v = main[g][i];
        if (i + 1 < ages) nextMain[g][i + 1] += v * (1 - q(g, i));
        if (i < aowIndex) below[g] += i + 1 < ages ? v * q(g, i) : v;
        for (let c = 0; c < 2; c++) {
          for (let k = 0; k < K; k++) {
            const n = early[g][c][k][i];
            if (n === 0) continue;
            const e = Math.min(1, Math.max(0, p.earlyAttrition[g * K + k] * (c === 1 ? p.earlyAttritionMultiplier : 1)));
            const surv = n * (1 - q(g, i)) * (1 - e);
            below[g] += i + 1 < ages ? n - surv : n;
            if (i + 1 >= ages) continue;
            if (k + 1 < K) nextEarly[g][c][k + 1][i + 1] += surv;
            else nextMain[g][i + 1] += surv;
          }
        }
      }
    }
    main = nextMain;
    early = nextEarly;
    const switchIn = [0, 0, 0];
    const moved = [0, 1, 2].map((g) => main[g].map((v, i) => v * Math.min(1, wp.switchRate[g * ages + i] * p.switchFactor)));
    for (let g = 0; g < 3; g++) {
      for (let h = 0; h < 3; h++) {
        if (h === g) continue;
        for (let i = 0; i < ages; i++) {
          main[h][i] += moved[g][i] * wp.switchShare[g * 3 + h];
          switchIn[h] += moved[g][i] * wp.switchShare[g * 3 + h];
        }
      }
      for (let i = 0; i < ages; i++) main[g][i] -= moved[g][i];
    }
    for (let g = 0; g < 3; g++) {
      const f = p.ftePerPerson[g];
      let grads = 0;
      let side = 0;
      for (let r = 0; r < nR; r++) {
        const reg = src.regular[(g * nR + r) * years + y];
        const sop = src.sop[(g * nR + r) * years + y];
        if (ROUTES[r] === 'zij-instroom') side += reg + sop;
        else grads += reg + sop;
        for (let j = 0; j < ENTRY_AGE_SPAN; j++) {
          const i = Math.round(src.entryAge[r]) - WORKFORCE_MIN_AGE + j;
          early[g][0][0][i] += reg / ENTRY_AGE_SPAN;
          early[g][1][0][i] += sop / ENTRY_AGE_SPAN;
        }
      }
      let response = 1;
      if (p.vacancyClosure) {
        const share = (t: number) => (demand[g][t] - supply[g][t]) / demand[g][t];
        response = Math.max(0, 1 + p.vacancyElasticity * (share(y - 1) - share(0)));
      }
      const returners = pool[g] * Math.min(1, p.returnRate[g] * response);
      pool[g] = Math.max(0, pool[g] - returners - pool[g] * p.reserveExitRate + p.reserveEntryShare * below[g]);
      const otherNow = other[g] > 0 ? other[g] * (y >= 2 ? p.otherInflowFactor[g] : 1) * response : other[g];
      for (let i = from; i <= to; i++) main[g][i] += (returners + otherNow) / (to - from + 1);
      let persons = main[g].reduce((a, b) => a + b, 0);
      for (const c of early[g]) for (const k of c) persons += k.reduce((a, b) => a + b, 0);
      supply[g][y] = persons * f;
      const flows = [grads, side, switchIn[g], returners, otherNow];
      flows.forEach((v, o) => (origins[g][o][y - 1] = v * f));
    }
  }
  return { supply, demand, origins };
}

describe('entrants by origin', () => {
  const data = flowData();
  const wp = planWorkforce(data, 2024, 2030, [], 67);
  const years = wp.layout.years;

  it('matches a plain reference step with every flow and the vacancy closure on (1e-9)', () => {
    const p = draw(years, { vacancyClosure: true, vacancyElasticity: 3, supplyTrendRate: Float64Array.of(0.01, 0, -0.005) });
    const src = entrants(years);
    const { res, other } = calibratedRun(wp, p, src);
    const ref = referenceRun(wp, p, src, other);
    for (let g = 0; g < 3; g++) {
      for (let y = 0; y < years; y++) {
        expect(res.supplyFte[g * years + y] / ref.supply[g][y]).toBeCloseTo(1, 9);
        expect(res.demandFte[g * years + y] / ref.demand[g][y]).toBeCloseTo(1, 9);
        if (y + 1 < years) {
          for (let o = 0; o < ORIGINS.length; o++) {
            const got = res.entrantsByOriginFte[(o * 3 + g) * years + y];
            const want = ref.origins[g][o][y];
            if (want === 0) expect(got).toBe(0);
            else expect(got / want).toBeCloseTo(1, 9);
          }
        }
      }
    }
    // every flow is present
    for (let o = 0; o < ORIGINS.length; o++) expect(res.entrantsByOriginFte[(o * 3 + 1) * years + 2]).toBeGreaterThan(0);
  });

  it('the five origins add up to all entrants exactly, in every sector and year', () => {
    const { res } = calibratedRun(wp, draw(years), entrants(years));
    for (let g = 0; g < 3; g++) {
      for (let y = 0; y + 1 < years; y++) {
        let sum = 0;
        for (let o = 0; o < ORIGINS.length; o++) sum += res.entrantsByOriginFte[(o * 3 + g) * years + y];
        expect(sum).toBe(res.entrantsFte[g * years + y]);
      }
    }
  });

  it('switchers conserve persons: what one sector gains another loses', () => {
    const quiet = { returnRate: Float64Array.of(0, 0, 0) };
    const on = workforceResult(wp);
    const off = workforceResult(wp);
    runWorkforce(wp, draw(years, { ...quiet, switchFactor: 1 }), entrants(years), NO_OTHER, on);
    runWorkforce(wp, draw(years, { ...quiet, switchFactor: 0 }), entrants(years), NO_OTHER, off);
    const f = [0.7, 0.8, 0.82];
    const persons = (r: typeof on, y: number) => [0, 1, 2].reduce((a, g) => a + r.supplyFte[g * years + y] / f[g], 0);
    // in the first step (switching after ageing) the total is the same to rounding
    expect(persons(on, 1) / persons(off, 1)).toBeCloseTo(1, 12);
    const gain = (g: number) => on.supplyFte[g * years + 1] / f[g] - off.supplyFte[g * years + 1] / f[g];
    expect(gain(0)).toBeLessThan(0); // po sends more than it receives
    expect(gain(1)).toBeGreaterThan(0);
    expect(gain(0) + gain(1) + gain(2)).toBeCloseTo(0, 6);
    // switchers in (sum over sectors) = persons the sources lost to switching
    let into = 0;
    for (let g = 0; g < 3; g++) into += on.entrantsByOriginFte[(2 * 3 + g) * years] / f[g];
    const lost = [0, 1, 2].reduce((a, g) => a + (on.leaversFte[g * years] - off.leaversFte[g * years]) / f[g], 0);
    expect(into / lost).toBeCloseTo(1, 12);
  });

  it('calibrates other inflow on history only: a scenario draw leaves it and the base year unchanged', () => {
    const history = draw(years);
    const src = entrants(years);
    const base = calibratedRun(wp, history, src, history);
    const scenario = calibratedRun(wp, draw(years, { outflowFactor: Float64Array.of(1.2, 1.2, 1.2), returnRate: Float64Array.of(0.04, 0.04, 0.04) }), src, history);
    expect(Array.from(scenario.other)).toEqual(Array.from(base.other));
    for (let g = 0; g < 3; g++) expect(scenario.res.supplyFte[g * years]).toBe(base.res.supplyFte[g * years]);
    // the baseline meets the calibration target; the scenario moves the future
    expect(base.res.supplyFte[1] / base.res.supplyFte[0]).toBeCloseTo(1, 10);
    expect(scenario.res.supplyFte[1]).toBeLessThan(base.res.supplyFte[1]);
  });

  it('vacancy closure: identical to fixed through B+1 and with ε = 0; responds to the shortage after', () => {
    const src = entrants(years);
    const fixed = calibratedRun(wp, draw(years), src);
    const zero = calibratedRun(wp, draw(years, { vacancyClosure: true, vacancyElasticity: 0 }), src);
    const vac = calibratedRun(wp, draw(years, { vacancyClosure: true, vacancyElasticity: 5 }), src);
    expect(Array.from(zero.res.supplyFte)).toEqual(Array.from(fixed.res.supplyFte));
    for (let g = 0; g < 3; g++) {
      expect(vac.res.supplyFte[g * years]).toBe(fixed.res.supplyFte[g * years]);
      expect(vac.res.supplyFte[g * years + 1]).toBe(fixed.res.supplyFte[g * years + 1]);
      // where the shortage share rose after B, more returners and others come
      const share = (r: typeof fixed.res, y: number) => (r.demandFte[g * years + y] - r.supplyFte[g * years + y]) / r.demandFte[g * years + y];
      if (share(fixed.res, 1) > share(fixed.res, 0)) expect(vac.res.supplyFte[g * years + 2]).toBeGreaterThan(fixed.res.supplyFte[g * years + 2]);
      if (share(fixed.res, 1) < share(fixed.res, 0)) expect(vac.res.supplyFte[g * years + 2]).toBeLessThan(fixed.res.supplyFte[g * years + 2]);
    }
  });

  it('the mean-3y anchor uses the mean measured shortage of B−2..B and keeps employment', () => {
    const res = workforceResult(wp);
    runWorkforce(wp, draw(years, { anchorMean: true }), entrants(years), NO_OTHER, res);
    for (let g = 0; g < 3; g++) {
      const Sh = wp.shortageMeanFte[g];
      expect(res.demandFte[g * years] - res.supplyFte[g * years]).toBeCloseTo(Sh, 8);
      expect(res.supplyFte[g * years] + 0.25 * Sh).toBeCloseTo(wp.employmentFte[g], 8);
    }
  });
});
