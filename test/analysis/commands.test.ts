import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../src/analysis/cliSupport';
import { runBacktestCommand } from '../../src/cli/commands/backtest';
import { parseTarget, runSolveCommand } from '../../src/cli/commands/solve';
import { curveCrossing } from '../../src/analysis/solve';
import { runSensitivityCommand } from '../../src/cli/commands/sensitivity';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-analysis-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function captureIo(): CommandIo & { out: string; err: string } {
  const io = { out: '', err: '', cwd: tmp, stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

describe('sop backtest', () => {
  it('prints help with examples', async () => {
    const io = captureIo();
    expect(await runBacktestCommand(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/Examples:\n  sop backtest/);
  });
  it('runs on the bundled data and writes tables, charts and a manifest', async () => {
    const io = captureIo();
    expect(await runBacktestCommand(['--out', 'bt'], io)).toBe(0);
    expect(io.out).toMatch(/pooled:inflow +last-value/);
    expect(io.out).toMatch(/sop\.share +logistic-anchored/);
    const files = fs.readdirSync(path.join(tmp, 'bt')).sort();
    expect(files).toEqual(['backtest-comparisons.csv', 'backtest-forecasts.csv', 'backtest-horizons.csv', 'backtest-summary.csv', 'charts', 'manifest.json']);
    expect(io.out).toMatch(/Horizons tested: 1, 2, 3, 4, 5, 6, 7; not testable with these data: 8\./);
    const horizons = fs.readFileSync(path.join(tmp, 'bt', 'backtest-horizons.csv'), 'utf8').split('\n');
    expect(horizons[0]).toBe('scope,model,horizon,n,n_series,n_targets,mape,bias,coverage,coverage_wilson_lo,coverage_wilson_hi,coverage_consistent');
    expect(horizons.some((l) => l.startsWith('pooled:inflow,registry-band,7,'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'bt', 'manifest.json'), 'utf8')).inflowHorizons).toEqual({ tested: [1, 2, 3, 4, 5, 6, 7], untested: [8] });
    const summary = fs.readFileSync(path.join(tmp, 'bt', 'backtest-summary.csv'), 'utf8');
    expect(summary.split('\n')[0]).toBe('scope,model,horizon,n,n_series,n_targets,mape,bias,mae,coverage,coverage_wilson_lo,coverage_wilson_hi,coverage_exact_lo,coverage_exact_hi,coverage_consistent');
    expect(fs.readdirSync(path.join(tmp, 'bt', 'charts')).filter((f) => f.endsWith('.svg'))).toHaveLength(6);
    expect(fs.readFileSync(path.join(tmp, 'bt', 'charts', 'backtest-coverage-sop.share.svg'), 'utf8').startsWith('<svg')).toBe(true);
  });
  it('is byte-identical when run twice (CSV and SVG)', async () => {
    expect(await runBacktestCommand(['--out', 'bt2'], captureIo())).toBe(0);
    for (const f of ['backtest-summary.csv', 'backtest-horizons.csv', 'backtest-forecasts.csv', 'charts/backtest-mape-pooled_inflow.svg']) {
      expect(fs.readFileSync(path.join(tmp, 'bt2', f), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'bt', f), 'utf8'));
    }
  });
  it('never overwrites a non-empty folder without --force (exit 2, nothing written)', async () => {
    const io = captureIo();
    expect(await runBacktestCommand(['--out', 'bt'], io)).toBe(2);
    expect(io.err).toMatch(/--out: expected a new or empty folder \(or --force to replace it\)/);
    expect(await runBacktestCommand(['--out', 'bt', '--force', '--ahead', '2'], captureIo())).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'bt', 'manifest.json'), 'utf8')).toMatch(/"ahead": 2/);
  });
  it('rejects bad options with exit 2 and leaves no folder behind', async () => {
    const io = captureIo();
    expect(await runBacktestCommand(['--ahead', '9', '--out', 'bad'], io)).toBe(2);
    expect(io.err).toMatch(/--ahead: expected a whole number from 1 to 5, found '9'/);
    expect(fs.existsSync(path.join(tmp, 'bad'))).toBe(false);
    const io2 = captureIo();
    expect(await runBacktestCommand(['--nope'], io2)).toBe(2);
    expect(io2.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

describe('sop sensitivity', () => {
  it('runs with a small ensemble and writes tornado and PRCC', async () => {
    const io = captureIo();
    expect(await runSensitivityCommand(['--draws', '200', '--top', '5', '--out', 'sens'], io)).toBe(0);
    expect(io.out).toMatch(/workforce\.shortage_fte:po:2030 — scenario baseline/);
    const tornado = fs.readFileSync(path.join(tmp, 'sens', 'tornado.csv'), 'utf8').trim().split('\n');
    expect(tornado[0]).toBe('scenario,output,rank,parameter,input_unit,low_quantile,high_quantile,input_low,input_high,output_unit,output_base,output_low,output_high,effect,swing');
    const swings = tornado.slice(1).map((l) => Number(l.split(',')[14]));
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1]);
    expect(fs.readFileSync(path.join(tmp, 'sens', 'prcc.csv'), 'utf8')).toMatch(/^scenario,output,rank,parameter,prcc,p_value,spearman,srrc,draws,seed\n/);
  });
  it('names an unknown output with the metrics that exist (exit 2)', async () => {
    const io = captureIo();
    expect(await runSensitivityCommand(['--output', 'workforce.shortage:po:2030', '--out', 'x'], io)).toBe(2);
    expect(io.err).toMatch(/--output: expected a metric of the model: .*workforce\.shortage_fte/);
    expect(fs.existsSync(path.join(tmp, 'x'))).toBe(false);
  });
});

describe('sop solve', () => {
  it('parses targets', () => {
    expect(parseTarget('workforce.shortage_share:po:2030<=0.05')).toEqual({
      output: { metric: 'workforce.shortage_share', sector: 'po', breakdown: 'all', year: 2030 }, op: '<=', threshold: 0.05,
    });
    expect(parseTarget('sop.share:all:pabo:2030 >= 0.9').output.breakdown).toBe('pabo');
    expect(() => parseTarget('sop.share:all:2030=1')).toThrow(/--target: expected metric:sector:year<=value/);
  });
  it('runs the default question with a small ensemble and reports the probability curve', async () => {
    const io = captureIo();
    expect(await runSolveCommand(['--draws', '50', '--out', 'solve'], io)).toBe(0);
    expect(io.out).toMatch(/Target: workforce\.shortage_share:po:2030 <= 0\.05, with probability ≥ 80\.0%/);
    expect(io.out).toMatch(/persons per year/);
    const result = JSON.parse(fs.readFileSync(path.join(tmp, 'solve', 'result.json'), 'utf8'));
    expect(['found', 'unreachable', 'met-at-bound']).toContain(result.status);
    const curve = fs.readFileSync(path.join(tmp, 'solve', 'solve.csv'), 'utf8').trim().split('\n');
    expect(curve.length).toBeGreaterThanOrEqual(12);
    // With common random numbers the probability never falls as the inflow rises.
    const probs = curve.slice(1).map((l) => Number(l.split(',')[3]));
    for (let i = 1; i < probs.length; i++) expect(probs[i]).toBeGreaterThanOrEqual(probs[i - 1]);
  });
  it('break-even: the scale of the assumed effects at which the net 2030 impact of the ambition reaches 0, with its band', async () => {
    const io = captureIo();
    expect(await runSolveCommand(['--preset', 'break-even', '--draws', '60', '--out', 'break-even'], io)).toBe(0);
    expect(io.out).toMatch(/Target: impact\.net_shortage_fte:all:2030 <= 0, with probability ≥ 50\.0%/);
    expect(io.out).toMatch(/^Band: P = 5% at /m);
    const result = JSON.parse(fs.readFileSync(path.join(tmp, 'break-even', 'result.json'), 'utf8'));
    expect(result.lever.key).toBe('effects.scale');
    // with no effect (scale 0) the net impact is the guidance time taken from teaching: never ≤ 0
    const curve = fs.readFileSync(path.join(tmp, 'break-even', 'solve.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
    expect(curve.find((r) => r[1] === 0)?.[2]).toBe(0);
    expect(result.status).toBe('found');
    expect(result.value).toBeGreaterThan(0);
    expect(result.band.p05).toBeLessThanOrEqual(result.value);
  });
  it('curveCrossing reads where a probability curve reaches q, linear between points', () => {
    const curve = [{ x: 0, probability: 0 }, { x: 1, probability: 0.5 }, { x: 2, probability: 1 }];
    expect(curveCrossing(curve, 0.75, 'increasing')).toBe(1.5);
    expect(curveCrossing(curve, 0, 'increasing')).toBe(0);
    expect(curveCrossing(curve.map((p) => ({ ...p, probability: 1 - p.probability })), 0.75, 'decreasing')).toBe(0.5);
    expect(curveCrossing([{ x: 0, probability: 0 }, { x: 1, probability: 0.4 }], 0.95, 'increasing')).toBeUndefined();
  });
  it('rejects a non-scalar lever and an unknown preset (exit 2)', async () => {
    const io = captureIo();
    expect(await runSolveCommand(['--lever', 'pipeline.inflow.pabo.index', '--min', '0', '--max', '2'], io)).toBe(2);
    expect(io.err).toMatch(/lever: expected a scalar parameter/);
    const io2 = captureIo();
    expect(await runSolveCommand(['--preset', 'nope'], io2)).toBe(2);
    expect(io2.err).toMatch(/--preset: expected one of pabo-inflow, mentors, break-even/);
  });
});
