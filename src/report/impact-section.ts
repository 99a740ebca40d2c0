import type { Lang, SectorOrAll } from '../model/domain';
import type { SummaryRow } from '../ensemble/types';
import { formatDisplay, formatInterval, formatSignedInterval } from './display-format';
import type { Band } from './headline';
import { CHANNEL_LABELS, metricLabel, REPORT_TEXT, sectorLabel } from './labels';

/**
 * The impact of SO&P, shown as conditional (issue #16, DESIGN §2.4 amendment): for each scenario,
 * the shortage impact against the same scenario with the SO&P share frozen at the base year,
 * beside the case with no effect (exactly 0), its split by channel, the guidance time it costs
 * and the net figure; then, in words, what must be true for the headline to hold. Used by the
 * report, the terminal summary and notebook 02.
 */

/** One line of the impact table: a label, its unit and a band per scenario (undefined: absent). */
export interface ImpactLine {
  key: string;
  label: string;
  unit: 'fte' | 'share';
  /** A fixed value instead of a band (the no-effect case: exactly 0). */
  fixed?: number;
  values: (Band | undefined)[];
  /** Indent level for display (channels under the impact). */
  level: 0 | 1;
}

/** The impact section of one horizon year. */
export interface ImpactSection {
  year: number;
  scenarios: readonly { id: string; title: string }[];
  /** National lines (sector all). */
  lines: ImpactLine[];
  /** Per sector: the shortage impact and the net impact, per scenario. */
  sectors: { sector: SectorOrAll; impact: (Band | undefined)[]; net: (Band | undefined)[]; mentor: (Band | undefined)[] }[];
  /** What must be true for the headline to hold, and what the no-effect case means, in words. */
  conditions: string[];
}

const CHANNELS = ['dropout', 'entry', 'early_attrition'] as const;

/**
 * Builds the impact section from the summary rows of the horizon year. Returns undefined when the
 * summary has no `impact.shortage_fte` rows (e.g. a partnership-only run).
 *
 * @example
 * const s = buildImpactSection(summary, { year: 2030, scenarios, lang: 'en' });
 * s?.lines[1].label // → 'no effect'
 */
export function buildImpactSection(
  summary: readonly SummaryRow[],
  o: { year: number; scenarios: readonly { id: string; title: string }[]; lang: Lang },
): ImpactSection | undefined {
  const L = o.lang;
  const idx = new Map<string, SummaryRow>();
  for (const r of summary) if (r.year === o.year) idx.set(`${r.scenario}|${r.metric}|${r.sector}|${r.breakdown}`, r);
  const ids = o.scenarios.map((s) => s.id);
  const band = (id: string, metric: string, sector: SectorOrAll = 'all', breakdown = 'all'): Band | undefined => {
    const r = idx.get(`${id}|${metric}|${sector}|${breakdown}`);
    return r && { mean: r.mean, p05: r.p05, p50: r.p50, p95: r.p95 };
  };
  const row = (key: string, label: string, metric: string, breakdown = 'all', level: 0 | 1 = 0, unit: 'fte' | 'share' = 'fte'): ImpactLine => ({
    key, label, unit, level, values: ids.map((id) => band(id, metric, 'all', breakdown)),
  });
  if (!ids.some((id) => band(id, 'impact.shortage_fte'))) return undefined;
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const lines = ([
    row('impact', metricLabel('impact.shortage_fte', L), 'impact.shortage_fte'),
    ...CHANNELS.map((c) => row(`channel.${c}`, CHANNEL_LABELS[c][L], 'impact.shortage_fte', c, 1)),
    { key: 'no-effect', label: t('Geen effect', 'No effect'), unit: 'fte', level: 0 as const, fixed: 0, values: ids.map(() => undefined) },
    row('mentor', metricLabel('impact.mentor_fte', L), 'impact.mentor_fte'),
    row('schoolopleider', metricLabel('impact.schoolopleider_fte', L), 'impact.schoolopleider_fte'),
    row('teaching', metricLabel('impact.teaching_time_fte', L), 'impact.teaching_time_fte'),
    row('net', metricLabel('impact.net_shortage_fte', L), 'impact.net_shortage_fte'),
    { ...row('net-no-effect', `${metricLabel('impact.net_shortage_fte', L)}, ${REPORT_TEXT.noEffect[L]}`, 'impact.teaching_time_fte'), level: 1 as const },
    row('coverage', metricLabel('sop.coverage_gap_share', L), 'sop.coverage_gap_share', 'all', 0, 'share'),
  ] as ImpactLine[]).filter((l) => l.fixed !== undefined || l.values.some((v) => v !== undefined));
  const sectors = (['po', 'vo', 'mbo', 'all'] as const).map((sector) => ({
    sector,
    impact: ids.map((id) => band(id, 'impact.shortage_fte', sector)),
    net: ids.map((id) => band(id, 'impact.net_shortage_fte', sector)),
    mentor: ids.map((id) => band(id, 'impact.mentor_fte', sector)),
  }));
  return { year: o.year, scenarios: o.scenarios, lines, sectors, conditions: conditions(o, band, L) };
}

function conditions(
  o: { year: number; scenarios: readonly { id: string; title: string }[] },
  band: (id: string, metric: string, sector?: SectorOrAll, breakdown?: string) => Band | undefined,
  L: Lang,
): string[] {
  const last = o.scenarios[o.scenarios.length - 1];
  const impact = band(last.id, 'impact.shortage_fte');
  const net = band(last.id, 'impact.net_shortage_fte');
  const teaching = band(last.id, 'impact.teaching_time_fte');
  const mentor = band(last.id, 'impact.mentor_fte');
  const f = (x: number | undefined): string => (x === undefined ? '–' : signed(x, L));
  const out: string[] = [];
  if (L === 'nl') {
    out.push(
      `Het effect is voorwaardelijk: er is geen causale schatting van het effect van opleiden in een partnerschap. ` +
        `Voor ${last.title} is het effect op het tekort in ${o.year} ${f(impact?.p50)} fte (90%-interval ${f(impact?.p05)} tot ${f(impact?.p95)}) ` +
        `alleen als studenten in een partnerschap minder uitvallen, vaker leraar worden en als startende leraar minder vertrekken, in de aangenomen mate. ` +
        `Zonder die effecten (${REPORT_TEXT.noEffect.nl}) is het effect op het tekort precies 0.`,
      `Het kost begeleidingstijd: ${f(mentor?.p50)} fte werkplekbegeleiders extra. Gaat een deel daarvan ten koste van lesgeven (aanname: 0–100%, mediaan 50%), ` +
        `dan is het netto effect ${f(net?.p50)} fte (${f(net?.p05)} tot ${f(net?.p95)}); zonder effect op de studenten is het netto effect ${f(teaching?.p50)} fte: het tekort wordt dan groter.`,
      `Het netto effect is alleen negatief (het tekort kleiner) als de effecten groter zijn dan de verloren lestijd; sop solve --preset break-even geeft de schaal van de effecten waarbij het netto effect 0 is.`,
    );
  } else {
    out.push(
      `The impact is conditional: no causal estimate of the effect of training in a partnership exists. ` +
        `For ${last.title} the impact on the shortage in ${o.year} is ${f(impact?.p50)} fte (90% interval ${f(impact?.p05)} to ${f(impact?.p95)}) ` +
        `only if students trained in a partnership drop out less, enter teaching more often and leave less in their first years, by the amounts assumed. ` +
        `Without those effects (${REPORT_TEXT.noEffect.en}) the impact on the shortage is exactly 0.`,
      `It costs guidance time: ${f(mentor?.p50)} fte of extra mentor time. If part of it comes out of teaching (assumption: 0–100%, median 50%), ` +
        `the net impact is ${f(net?.p50)} fte (${f(net?.p05)} to ${f(net?.p95)}); with no effect on the students the net impact is ${f(teaching?.p50)} fte: the shortage grows.`,
      `The net impact is negative (a smaller shortage) only if the effects outweigh the teaching time lost; sop solve --preset break-even gives the scale of the effects at which the net impact is 0.`,
    );
  }
  return out;
}

/** A signed whole number of fte with a true minus sign (`+12`, `−1.234`, `0`). */
export function signed(x: number, L: Lang): string {
  const text = formatDisplay(Math.abs(x), 'fte', L);
  if (/^[0,.]+$/.test(text)) return '0';
  return `${x < 0 ? '−' : '+'}${text}`;
}

/**
 * The impact section as two plain tables (already formatted text): the national lines per
 * scenario, and the impact and net impact per sector. The report and notebook 02 show these.
 *
 * @example
 * sop.htmlTable(impactTables(section, 'en')[0]);
 */
export function impactTables(s: ImpactSection, L: Lang): { title: string; header: string[]; rows: string[][]; rowClasses: (string | undefined)[] }[] {
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const cell = (v: Band | undefined, unit: 'fte' | 'share'): string =>
    v ? (unit === 'share' ? formatInterval(v, unit, L) : formatSignedInterval(v, unit, L)) : '–';
  return [
    {
      title: '',
      header: [t('Indicator', 'Metric'), ...s.scenarios.map((x) => x.title)],
      rows: s.lines.map((l) => [
        `${l.level ? '↳ ' : ''}${l.label}`,
        ...s.scenarios.map((_, i) => (l.fixed !== undefined ? `${l.fixed} (${t('per definitie', 'by construction')})` : cell(l.values[i], l.unit))),
      ]),
      rowClasses: s.lines.map((l) => (l.key === 'impact' || l.key === 'net' ? 'key' : l.level ? 'sub' : undefined)),
    },
    {
      title: t('Per sector', 'By sector'),
      header: [t('Sector', 'Sector'), ...s.scenarios.flatMap((x) => [`${x.title}: ${t('effect', 'impact')}`, `${x.title}: ${t('netto', 'net')}`])],
      rows: s.sectors.map((r) => [sectorLabel(r.sector, L), ...s.scenarios.flatMap((_, i) => [cell(r.impact[i], 'fte'), cell(r.net[i], 'fte')])]),
      rowClasses: s.sectors.map(() => undefined),
    },
  ];
}
