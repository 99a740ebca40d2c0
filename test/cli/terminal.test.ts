import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/terminal-table';
import { formatTerminalSummary, TERMINAL_SPEC, TERMINAL_WIDTH } from '../../src/cli/terminal-summary';
import { buildHeadline } from '../../src/report/headline';
import { formatDisplay, formatInterval, formatSignedInterval } from '../../src/report/display-format';
import { scenarioTitle } from '../../src/report/labels';
import { FIXTURE_SCENARIOS, fixtureComparison, fixtureRows } from '../report/fixture-rows';

describe('formatTable', () => {
  it('aligns the first column left and the others right', () => {
    expect(formatTable(['a', 'b'], [['x', '1'], ['yy', '22']])).toBe('a    b\n──  ──\nx    1\nyy  22\n');
  });

  it('aligns the first leftColumns columns left', () => {
    expect(formatTable(['a', 'b', 'c'], [['x', 'po', '1'], ['yy', 'mbo', '22']], 2)).toBe('a   b     c\n──  ───  ──\nx   po    1\nyy  mbo  22\n');
  });
});

describe('display formats', () => {
  it('formats shares, euros, persons in Dutch and English', () => {
    expect(formatDisplay(0.5234, 'share', 'nl')).toBe('52,3%');
    expect(formatDisplay(0.5234, 'share', 'en')).toBe('52.3%');
    expect(formatDisplay(12345.6, 'fte', 'nl')).toBe('12.346');
    expect(formatDisplay(12345.6, 'fte', 'en')).toBe('12,346');
    expect(formatDisplay(41_250_000, 'eur', 'nl')).toBe('€ 41,3 mln');
    expect(formatDisplay(41_250_000, 'eur', 'en')).toBe('€41.3 m');
    expect(formatDisplay(-1177, 'fte', 'nl')).toBe('−1.177');
    expect(formatInterval({ p05: 1, p50: 2, p95: 3 }, 'fte', 'en')).toBe('2 (1 – 3)');
    expect(formatSignedInterval({ p05: -1, p50: 2, p95: 3 }, 'fte', 'en')).toBe('+2 (−1 – +3)');
  });

  it('takes the language part of a bilingual scenario title', () => {
    expect(scenarioTitle('Trends zetten door / trends continue', 'nl')).toBe('Trends zetten door');
    expect(scenarioTitle('Trends zetten door / trends continue', 'en')).toBe('trends continue');
    expect(scenarioTitle('A / B / C', 'en')).toBe('A / B / C');
  });
});

describe('terminal summary', () => {
  const headline = buildHeadline(fixtureRows(), fixtureComparison(), { year: 2030, scenarios: FIXTURE_SCENARIOS, lang: 'nl' });

  it('picks the horizon-year figures per scenario in the headline order', () => {
    expect(headline.lines.map((l) => `${l.metric}|${l.sector}`)).toEqual([
      'sop.share|all', 'sop.students|all', 'capacity.mentors_required|all', 'capacity.mentors_available|all', 'capacity.budget_eur|all',
      'workforce.shortage_fte|po', 'workforce.shortage_fte|vo', 'workforce.shortage_fte|mbo', 'workforce.shortage_fte|all',
    ]);
    // fixture: share 0.5 + 6 years × 0.01 (baseline) and min(1, 0.5 + 6 × 0.08) (ambition)
    expect(headline.lines[0].values.map((v) => v?.p50)).toEqual([0.56, 0.98]);
    expect(headline.impacts).toHaveLength(1);
    expect(headline.impacts[0].lines[0].values[0]?.p50).toBeCloseTo(0.42, 12);
  });

  it('prints medians with 90% intervals and the paired impact', () => {
    const text = formatTerminalSummary(headline, 'nl', { draws: 100, seed: 7 });
    expect(text).toContain('Kerncijfers 2030 — mediaan (90%-interval), 100 trekkingen, seed 7');
    expect(text).toMatch(/Aandeel SO&P\s+totaal\s+56,0% \(44,0 – 68,0\)\s+98,0% \(86,0 – 100,0\)/);
    expect(text).toContain('Effect van ambitie-2030 ten opzichte van baseline in 2030');
    // a paired difference of shares is in percentage points
    expect(text).toMatch(/Aandeel SO&P\s+totaal\s+\+42,0 %-punt/);
  });

  // The shortage and the SO&P effect on it get a row per sector, each with its interval.
  const terminal = (lang: 'nl' | 'en') =>
    formatTerminalSummary(buildHeadline(fixtureRows(), fixtureComparison(), { year: 2030, scenarios: FIXTURE_SCENARIOS, lang, spec: TERMINAL_SPEC }), lang, { draws: 100, seed: 7 });
  const rowsOf = (text: string, start: string): string[] => {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.startsWith(start));
    return lines.slice(i, i + 4);
  };

  it('gives each sector\'s shortage its own row with median (p05 – p95), in both blocks', () => {
    const text = terminal('nl');
    const fig = (x: number) => formatDisplay(x, 'fte', 'nl');
    const shortage = fixtureRows().filter((r) => r.year === 2030 && r.breakdown === 'all' && r.metric === 'workforce.shortage_fte');
    const [main, impact] = [text.indexOf('Lerarentekort (− = overschot) (fte)'), text.lastIndexOf('Lerarentekort (− = overschot) (fte)')];
    expect(impact).toBeGreaterThan(main);
    const block = rowsOf(text, 'Lerarentekort (− = overschot) (fte)');
    expect(block.map((l) => l.trim().replace(/^Lerarentekort \(− = overschot\) \(fte\)\s+/, '').split(/\s+/)[0])).toEqual(['po', 'vo', 'mbo', 'totaal']);
    ['po', 'vo', 'mbo', 'all'].forEach((sector, i) => {
      for (const sc of FIXTURE_SCENARIOS) {
        const r = shortage.find((x) => x.scenario === sc.id && x.sector === sector)!;
        expect(block[i]).toContain(`${fig(r.p50)} (${fig(r.p05)} – ${fig(r.p95)})`);
      }
    });
    // paired: the comparison rows of each sector, signed
    const impactBlock = rowsOf(text.slice(text.indexOf('Effect van')), 'Lerarentekort (− = overschot) (fte)');
    const cmp = fixtureComparison().filter((r) => r.year === 2030 && r.breakdown === 'all' && r.metric === 'workforce.shortage_fte');
    ['po', 'vo', 'mbo', 'all'].forEach((sector, i) => {
      const r = cmp.find((x) => x.sector === sector)!;
      expect(impactBlock[i]).toContain(formatSignedInterval(r, 'fte', 'nl'));
    });
  });

  it('writes euros compactly and signs them before the euro sign', () => {
    const h = (p05: number, p50: number, p95: number) => ({
      year: 2030, scenarios: [{ id: 'a', title: 'a' }], impacts: [],
      lines: [{ metric: 'capacity.budget_eur', sector: 'all' as const, unit: 'eur' as const, label: '', values: [{ mean: p50, p05, p50, p95 }] }],
    });
    expect(formatTerminalSummary(h(52.2e6, 62.7e6, 74.9e6), 'nl', { draws: 1, seed: 1 })).toContain('€ 62,7 mln (52,2 – 74,9)');
    expect(formatTerminalSummary(h(80_000, 4.8e6, 9.5e6), 'en', { draws: 1, seed: 1 })).toContain('€4.8 m (0.1 – 9.5)');
    expect(formatTerminalSummary(h(-900, -500, 300), 'nl', { draws: 1, seed: 1 })).toContain('−€ 500 (−€ 900 – € 300)');
  });

  it('stays within 100 columns, in Dutch and in English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = terminal(lang);
      for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(TERMINAL_WIDTH);
    }
    const en = terminal('en');
    expect(en).toContain('Key figures 2030 — median (90% interval), 100 draws, seed 7');
    expect(en).toMatch(/Teacher shortage \(− = surplus\) \(fte\)\s+po\s+\S/);
    // the SO&P share per sector, then the total
    expect(en).toMatch(/^SO&P share\s+po\s+\S/m);
    expect(en).toMatch(/^\s+total\s+\+42\.0 pp/m);
  });

  it('splits many scenarios over several tables rather than pass 100 columns', () => {
    const many = [...FIXTURE_SCENARIOS, ...FIXTURE_SCENARIOS.map((s) => ({ ...s, id: `${s.id}-b` }))];
    const rows = [...fixtureRows(), ...fixtureRows().map((r) => ({ ...r, scenario: `${r.scenario}-b` }))];
    const text = formatTerminalSummary(buildHeadline(rows, [], { year: 2030, scenarios: many, lang: 'nl', spec: TERMINAL_SPEC }), 'nl', { draws: 100, seed: 7 });
    for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(TERMINAL_WIDTH);
    for (const s of many) expect(text).toMatch(new RegExp(`\\s${s.id}(\\s|$)`, 'm'));
  });
});
