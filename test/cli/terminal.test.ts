import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/terminal-table';
import { formatTerminalSummary } from '../../src/cli/terminal-summary';
import { buildHeadline } from '../../src/report/headline';
import { formatDisplay, formatInterval, formatSignedInterval } from '../../src/report/display-format';
import { scenarioTitle } from '../../src/report/labels';
import { FIXTURE_SCENARIOS, fixtureComparison, fixtureRows } from '../report/fixture-rows';

describe('formatTable', () => {
  it('aligns the first column left and the others right', () => {
    expect(formatTable(['a', 'b'], [['x', '1'], ['yy', '22']])).toBe('a    b\n──  ──\nx    1\nyy  22\n');
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
    expect(text).toMatch(/Aandeel SO&P — totaal\s+56,0% \(44,0% – 68,0%\)\s+98,0% \(86,0% – 100,0%\)/);
    expect(text).toContain('Effect van ambitie-2030 ten opzichte van baseline in 2030');
    expect(text).toMatch(/Aandeel SO&P — totaal\s+\+42,0%/);
  });
});
