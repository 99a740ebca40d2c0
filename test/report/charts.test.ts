import { describe, expect, it } from 'vitest';
import { buildChartSet, renderSvg } from '../../src/report/charts';
import { FIXTURE_SCENARIOS, fixtureRows } from './fixture-rows';

const observed = { 2010: 0.13, 2014: 0.25, 2018: 0.4, 2022: 0.5 };

describe('charts', () => {
  const rows = fixtureRows();

  it('builds the special charts and a fan chart per metric and sector present', () => {
    const charts = buildChartSet(rows, { scenarios: FIXTURE_SCENARIOS, lang: 'nl', sopShareObserved: observed, illustrative: true });
    const names = charts.map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['sop-share', 'mentors', 'shortage']);
    expect(names).toContain('fan-workforce.shortage_fte');
    expect(names).toContain('fan-capacity.budget_eur');
    // metrics absent from the rows get no chart
    expect(names.some((n) => n.includes('impact.shortage_fte'))).toBe(false);
    expect(new Set(names).size).toBe(names.length);
  });

  it('joins the last observed SO&P share to the base year with a dashed segment (no gap between observed and projected)', () => {
    const [share] = buildChartSet(rows, { scenarios: FIXTURE_SCENARIOS, lang: 'en', sopShareObserved: observed, illustrative: true })
      .filter((c) => c.name === 'sop-share');
    const layers = (share.spec as { layer: { mark: { type: string; strokeDash?: number[] }; data: { values: { year: number; value?: number }[] } }[] }).layer;
    const bridge = layers.find((l) => l.mark.type === 'line' && l.mark.strokeDash !== undefined);
    expect(bridge).toBeDefined();
    const B = Math.min(...rows.filter((r) => r.metric === 'sop.share').map((r) => r.year));
    const first = rows.find((r) => r.metric === 'sop.share' && r.sector === 'all' && r.breakdown === 'all' && r.year === B && r.scenario === FIXTURE_SCENARIOS[0].id)!;
    expect(bridge!.data.values).toEqual([
      { scenario: 'observed', year: 2022, value: 0.5 },
      { scenario: 'observed', year: B, value: first.p50 },
    ].map((v) => ({ ...v, scenario: expect.any(String) })));
  });

  it('renders deterministic SVG with titles in the chosen language and the illustrative note', async () => {
    const [nl] = buildChartSet(rows, { scenarios: FIXTURE_SCENARIOS, lang: 'nl', sopShareObserved: observed, illustrative: true })
      .filter((c) => c.name === 'mentors');
    const [en] = buildChartSet(rows, { scenarios: FIXTURE_SCENARIOS, lang: 'en', sopShareObserved: observed, illustrative: true })
      .filter((c) => c.name === 'mentors');
    const a = await renderSvg(nl.spec);
    const b = await renderSvg(nl.spec);
    expect(a).toBe(b);
    expect(a.startsWith('<svg')).toBe(true);
    expect(a).toContain('Werkplekbegeleiders: benodigd en beschikbaar');
    expect(a).toContain('illustratieve partnerschapstabel');
    const e = await renderSvg(en.spec);
    expect(e).toContain('Mentors: required and available');
    expect(e).toContain('illustrative partnership table');
    expect(a).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(a).not.toMatch(/\bid="/);
  });

  it('draws the observed SO&P history as points and uses the Dutch decimal comma', async () => {
    const [share] = buildChartSet(rows, { scenarios: FIXTURE_SCENARIOS, lang: 'nl', sopShareObserved: observed, illustrative: false });
    const svg = await renderSvg(share.spec);
    expect(svg).toContain('waargenomen');
    expect((svg.match(/role-mark marks|aria-roledescription="point"/g) ?? []).length).toBeGreaterThan(0);
    expect(svg).toContain('50%');
  });
});
