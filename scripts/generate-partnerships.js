#!/usr/bin/env node
/*
 * Generates the ILLUSTRATIVE partnership table data/partnerships/illustrative.csv (130 made-up
 * partnerships consistent with the national totals), and the spreadsheet version of the template.
 *
 *   node scripts/generate-partnerships.js [--total N] [--seed S] [--out FILE]
 *   node scripts/generate-partnerships.js --template      # data/partnerships/template.csv → template.xlsx
 *
 * --total is the number of SO&P students in the base year the table must add up to. Regenerate
 * with the engine's own base-year number of SO&P students when it changes. Every assumption the
 * generator makes is listed in data/partnerships/illustrative.md. Random numbers come from one
 * seeded stream (seedrandom, ARC4), so the output is byte-identical for the same arguments.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const seedrandom = require('seedrandom');

const ROOT = path.resolve(__dirname, '..');
const DEFAULTS = {
  // The engine's own SO&P students in the base year 2024 (baseline, deterministic: sop.students,
  // sector all), so that the table and the national model agree (illustrative.md). A test in
  // test/model/illustrative-scale.test.ts fails when the engine's number moves away from it.
  total: 35838,
  seed: 'sop2030-illustrative-v1',
  out: path.join(ROOT, 'data', 'partnerships', 'illustrative.csv'),
};

/** Number of partnerships per placement sector (130 in all). */
const PARTNERSHIPS = { po: 62, vo: 56, mbo: 10, mixed: 2 };
/** 2021 composition of SO&P students by placement sector (data/sop-composition.csv). */
const COMPOSITION = { po: 0.48, vo: 0.44, mbo: 0.07, mixed: 0.01 };
/** Smallest partnership: the lowest 2018 funding tier starts at 60 students (data/funding.csv). */
const MIN_STUDENTS = 60;
/** Spread of partnership sizes (log-normal sigma); an assumption giving sizes across the 2018 tiers. */
const SIZE_SIGMA = 0.5;
/** Route mix of students by partnership sector (assumption; vo mix follows 2016 enrolment shares). */
const ROUTE_MIX = {
  po: { pabo: 0.95, 'zij-instroom': 0.05 },
  vo: { 'hbo-2e-graads': 0.7, 'hbo-1e-graads': 0.16, ulo: 0.06, 'zij-instroom': 0.08 },
  mbo: { 'hbo-2e-graads': 0.55, pdg: 0.35, 'zij-instroom': 0.1 },
  mixed: { pabo: 0.6, 'hbo-2e-graads': 0.4 },
};
/** Spread of each partnership's route mix around its sector's mix (log-normal sigma; assumption). */
const MIX_SIGMA = 0.25;
/** Relative number of students per study year (survival after dropout; assumption). */
const YEAR_WEIGHTS = {
  pabo: [1, 0.75, 0.7, 0.65],
  'hbo-2e-graads': [1, 0.75, 0.7, 0.65],
  'hbo-1e-graads': [1, 0.8],
  ulo: [1, 0.5],
  pdg: [1],
  'zij-instroom': [1, 0.85],
};
/**
 * Students per mentor by route and study year: HAN 2016 gives 2 in years 1 and 2 and 1 in the
 * final placement (LIO); other cells are assumptions (illustrative.md).
 */
const STUDENTS_PER_MENTOR = {
  pabo: [2, 2, 2, 1],
  'hbo-2e-graads': [2, 2, 2, 1],
  'hbo-1e-graads': [2, 1],
  ulo: [2, 1],
  pdg: [1],
  'zij-instroom': [1, 1],
};
/** Base-year slack: mentors available = mentors required × 1.1 (assumption, DESIGN §2.2). */
const MENTOR_SLACK = 0.1;
/** One schoolopleider per this many students, at least one (assumption). */
const STUDENTS_PER_SCHOOLOPLEIDER = 40;
const REGIONS = 50;
const ROUTES = ['pabo', 'hbo-2e-graads', 'hbo-1e-graads', 'ulo', 'pdg', 'zij-instroom'];
const COLUMNS = [
  'partnership', 'name', 'sector', 'onderwijsregio', 'route', 'study_year', 'students', 'mentors_available',
  'mentors_trained_per_year', 'schoolopleiders', 'hours_per_student', 'students_per_mentor', 'note',
];

function parseArgs(argv) {
  const a = { ...DEFAULTS, template: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--template') a.template = true;
    else if (k === '--total') a.total = Number(argv[++i]);
    else if (k === '--seed') a.seed = String(argv[++i]);
    else if (k === '--out') a.out = path.resolve(argv[++i]);
    else throw new Error(`unknown option ${k}`);
  }
  if (!Number.isInteger(a.total) || a.total < MIN_STUDENTS * 130) throw new Error(`--total must be a whole number of at least ${MIN_STUDENTS * 130}`);
  return a;
}

/** Splits an integer total over weights by largest remainder (ties: lower index first). */
function apportion(total, weights) {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((x, y) => y.r - x.r || x.i - y.i);
  for (let j = 0; left > 0; j++, left--) out[order[j % order.length].i]++;
  return out;
}

function normal(rng) {
  // Box–Muller on the seeded stream.
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Partnership sizes of one sector: log-normal draws scaled to the sector's total, each ≥ MIN_STUDENTS. */
function sizes(rng, n, total) {
  const raw = Array.from({ length: n }, () => Math.exp(SIZE_SIGMA * normal(rng)));
  const fixed = new Array(n).fill(false);
  for (;;) {
    const free = raw.map((r, i) => (fixed[i] ? 0 : r));
    const freeTotal = total - MIN_STUDENTS * fixed.filter(Boolean).length;
    const scaled = free.map((r, i) => (fixed[i] ? MIN_STUDENTS : (freeTotal * r) / free.reduce((s, x) => s + x, 0)));
    const low = scaled.findIndex((s, i) => !fixed[i] && s < MIN_STUDENTS);
    if (low < 0) return apportion(total, scaled);
    fixed[low] = true;
  }
}

function generate({ total, seed }) {
  const rng = seedrandom(seed);
  const sectors = Object.keys(PARTNERSHIPS);
  const sectorTotals = apportion(total, sectors.map((s) => COMPOSITION[s]));
  const list = [];
  sectors.forEach((sector, si) => {
    for (const size of sizes(rng, PARTNERSHIPS[sector], sectorTotals[si])) list.push({ sector, size });
  });
  // Interleave sectors in id order by a seeded shuffle, so ids do not encode the sector.
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  // Every onderwijsregio gets at least one partnership; the rest are spread at random.
  const regions = list.map((_, i) => (i < REGIONS ? i : Math.floor(rng() * REGIONS)));
  const rows = [];
  list.forEach((p, i) => {
    const id = `P${String(i + 1).padStart(3, '0')}`;
    const mix = ROUTE_MIX[p.sector];
    const routes = ROUTES.filter((r) => mix[r] !== undefined);
    const cells = [];
    const weights = [];
    for (const r of routes) {
      const w = mix[r] * Math.exp(MIX_SIGMA * normal(rng));
      const yw = YEAR_WEIGHTS[r];
      const ys = yw.reduce((s, x) => s + x, 0);
      yw.forEach((x, k) => {
        cells.push({ route: r, year: k + 1 });
        weights.push((w * x) / ys);
      });
    }
    const students = apportion(p.size, weights);
    const required = cells.reduce((s, c, j) => s + students[j] / STUDENTS_PER_MENTOR[c.route][c.year - 1], 0);
    const mentors = Math.ceil(required * (1 + MENTOR_SLACK));
    const schoolopleiders = Math.max(1, Math.round(p.size / STUDENTS_PER_SCHOOLOPLEIDER));
    const region = `OR${String(regions[i] + 1).padStart(2, '0')}`;
    cells.forEach((c, j) => {
      rows.push([
        id, `Illustratief partnerschap ${id.slice(1)} (${p.sector})`, p.sector, region, c.route, c.year, students[j], mentors,
        '', schoolopleiders, '', '', 'illustrative: generated, not real data',
      ]);
    });
  });
  return rows;
}

function toCsv(rows) {
  const q = (v) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [COLUMNS, ...rows].map((r) => r.map(q).join(',')).join('\n') + '\n';
}

/** template.csv → template.xlsx (one sheet "partnerships", all cells as in the CSV; numbers as numbers). */
function writeTemplateXlsx() {
  const XLSX = require('xlsx');
  const dir = path.join(ROOT, 'data', 'partnerships');
  const text = fs.readFileSync(path.join(dir, 'template.csv'), 'utf8');
  const wbIn = XLSX.read(text, { type: 'string', raw: true });
  const grid = XLSX.utils.sheet_to_json(wbIn.Sheets[wbIn.SheetNames[0]], { header: 1, raw: true, defval: '' });
  const typed = grid.map((r, i) => r.map((c) => (i > 0 && c !== '' && /^-?\d+(\.\d+)?$/.test(String(c)) ? Number(c) : String(c))));
  const ws = XLSX.utils.aoa_to_sheet(typed);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'partnerships');
  XLSX.writeFile(wb, path.join(dir, 'template.xlsx'));
  process.stdout.write(`wrote ${path.join(dir, 'template.xlsx')}\n`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.template) return writeTemplateXlsx();
  const rows = generate(args);
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, toCsv(rows));
  process.stdout.write(`wrote ${args.out}: ${new Set(rows.map((r) => r[0])).size} partnerships, ${rows.reduce((s, r) => s + r[6], 0)} students\n`);
}

if (require.main === module) main();
module.exports = { generate, toCsv, DEFAULTS };
