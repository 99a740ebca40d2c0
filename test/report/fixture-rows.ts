import type { ComparisonRow, SummaryRow } from '../../src/ensemble/types';
import type { SectorOrAll, Unit } from '../../src/model/domain';

/**
 * Hand-made summary rows for two scenarios, 2024–2030, shaped like the ensemble's output, so the
 * writers and charts can be tested without running the model. Values are simple functions of the
 * year so that tests can predict them.
 */
export const FIXTURE_SCENARIOS = [
  { id: 'baseline', title: 'Basis' },
  { id: 'ambitie-2030', title: 'Ambitie 2030' },
] as const;

const METRICS: readonly { metric: string; unit: Unit; sectors: readonly SectorOrAll[]; base: number }[] = [
  { metric: 'sop.share', unit: 'share', sectors: ['po', 'vo', 'mbo', 'all'], base: 0.5 },
  { metric: 'sop.students', unit: 'persons', sectors: ['po', 'vo', 'mbo', 'all'], base: 30000 },
  { metric: 'capacity.mentors_required', unit: 'persons', sectors: ['all'], base: 20000 },
  { metric: 'capacity.mentors_available', unit: 'persons', sectors: ['all'], base: 21000 },
  { metric: 'capacity.budget_eur', unit: 'eur', sectors: ['all'], base: 40_000_000 },
  { metric: 'workforce.shortage_fte', unit: 'fte', sectors: ['po', 'vo', 'mbo', 'all'], base: 9000 },
];

/** Rows in a deliberately scrambled order (reverse), to test sorting. */
export function fixtureRows(): SummaryRow[] {
  const rows: SummaryRow[] = [];
  FIXTURE_SCENARIOS.forEach((s, si) => {
    for (let year = 2024; year <= 2030; year++) {
      for (const m of METRICS) {
        for (const sector of m.sectors) {
          const t = year - 2024;
          const grow = m.unit === 'share' ? Math.min(1, m.base + t * (si === 0 ? 0.01 : 0.08)) : m.base * (1 + t * 0.02 * (si + 1));
          const spread = m.unit === 'share' ? 0.02 * t : 0.05 * grow * t / 6;
          rows.push({ scenario: s.id, year, sector, breakdown: 'all', metric: m.metric, unit: m.unit,
            mean: grow, p05: Math.max(0, grow - spread), p50: grow, p95: m.unit === 'share' ? Math.min(1, grow + spread) : grow + spread });
        }
      }
      rows.push({ scenario: s.id, year, sector: 'po', breakdown: 'pabo', metric: 'sop.students', unit: 'persons', mean: 1 / 3, p05: 0.1, p50: 0.3, p95: 0.5 });
    }
  });
  return rows.reverse();
}

/** Comparison rows (ambitie-2030 − baseline) derived from the fixture. */
export function fixtureComparison(): ComparisonRow[] {
  const rows = fixtureRows();
  const base = new Map(rows.filter((r) => r.scenario === 'baseline').map((r) => [`${r.year}|${r.sector}|${r.breakdown}|${r.metric}`, r] as const));
  return rows
    .filter((r) => r.scenario !== 'baseline')
    .map((r) => {
      const b = base.get(`${r.year}|${r.sector}|${r.breakdown}|${r.metric}`)!;
      return { ...r, baseline: 'baseline', mean: r.mean - b.mean, p05: r.p05 - b.p95, p50: r.p50 - b.p50, p95: r.p95 - b.p05 };
    });
}
