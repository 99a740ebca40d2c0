import type { Lang, SectorOrAll, Unit } from '../model/domain';
import { formatDisplay } from '../report/display-format';
import { HEADLINE_SPEC, type Band, type Headline, type HeadlineLine } from '../report/headline';
import { metricLabel, REPORT_TEXT, sectorLabel } from '../report/labels';
import type { ImpactSection } from '../report/impact-section';
import { formatTable } from './terminal-table';

/** Width the terminal summary keeps within when it can (scenario columns are split over tables). */
export const TERMINAL_WIDTH = 100;

/**
 * The figures of the terminal summary: the report's headline, with the shortage and the SO&P
 * effect on it for each sector (po, vo, mbo) and in total.
 *
 * @example
 * buildHeadline(summary, comparison, { year: 2030, scenarios, lang: 'nl', spec: TERMINAL_SPEC });
 */
const PER_SECTOR = ['po', 'vo', 'mbo', 'all'] as const;
export const TERMINAL_SPEC: readonly { metric: string; sector: SectorOrAll }[] = [
  ...PER_SECTOR.map((sector) => ({ metric: 'sop.share', sector })),
  ...PER_SECTOR.map((sector) => ({ metric: 'sop.students', sector })),
  ...PER_SECTOR.map((sector) => ({ metric: 'capacity.mentors_required', sector })),
  ...HEADLINE_SPEC.filter((s) => !['sop.share', 'sop.students', 'capacity.mentors_required', 'impact.shortage_fte', 'impact.net_shortage_fte'].includes(s.metric)),
  ...PER_SECTOR.map((sector) => ({ metric: 'impact.shortage_fte', sector })),
  { metric: 'impact.net_shortage_fte', sector: 'all' },
];

/**
 * The terminal summary of a run: the key figures of the horizon year per scenario (median and
 * 90% interval), one row per metric and sector, then the paired impact of each scenario against
 * the first (the difference per draw, summarised), per sector too. Columns: indicator (with its
 * unit), sector (its code po/vo/mbo, a Dutch term in both languages, explained under the English
 * tables), one per scenario; kept within 100 columns by splitting the scenarios over
 * several tables when there are many.
 *
 * @example
 * io.stdout(formatTerminalSummary(headline, 'nl', { draws: 1000, seed: 20300101 }));
 * // Lerarentekort (fte)   po   8.249 (2.691 – 12.611)   8.189 (2.616 – 12.540)
 */
export function formatTerminalSummary(h: Headline, lang: Lang, run: { draws: number; seed: number }, impact?: ImpactSection): string {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const out: string[] = [];
  out.push(
    t(
      `Kerncijfers ${h.year} — mediaan (90%-interval), ${run.draws} ${REPORT_TEXT.draws.nl}, seed ${run.seed}`,
      `Key figures ${h.year} — median (90% interval), ${run.draws} ${REPORT_TEXT.draws.en}, seed ${run.seed}`,
    ),
    '',
  );
  out.push(...splitTables(h.scenarios.map((s) => s.id), h.lines, lang, false));
  if (h.lines.some((l) => l.metric === 'capacity.mentor_shortfall')) {
    out.push(wrap(t(
      'Het tekort aan werkplekbegeleiders is per partnerschap opgeteld (som van max(0, benodigd − beschikbaar)): een partnerschap met ' +
        'begeleiders over kan ze niet uitlenen, dus het tekort kan groter zijn dan benodigd − beschikbaar in totaal.',
      'The mentor shortfall is summed per partnership (sum of max(0, required − available)): a partnership with spare mentors cannot ' +
        'lend them, so the shortfall can exceed required − available in total.',
    ), TERMINAL_WIDTH));
  }
  if (impact) out.push('', ...formatImpactTables(impact, lang));
  for (const block of h.impacts) {
    out.push('');
    out.push(t(
      `Effect van ${block.scenario} ten opzichte van ${block.baseline} in ${h.year} (gepaard: verschil per trekking)`,
      `Impact of ${block.scenario} against ${block.baseline} in ${h.year} (paired: difference per draw)`,
    ));
    out.push('');
    out.push(...splitTables([t('verschil', 'difference')], block.lines, lang, true));
  }
  if (lang === 'en') out.push('po = primary, vo = secondary, mbo = vocational education.');
  return out.join('\n');
}

/**
 * The impact of SO&P within each scenario (against its own share frozen at the base year): the
 * headline beside the no-effect case, the channels, the guidance time and the net figure, then
 * what must be true for the headline to hold.
 */
export function formatImpactTables(s: ImpactSection, lang: Lang): string[] {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const out: string[] = [];
  out.push(wrap(t(
    `Effect van SO&P op het tekort in ${s.year}, per scenario (tegenover hetzelfde scenario met het SO&P-aandeel bevroren op het basisjaar)`,
    `Impact of SO&P on the shortage in ${s.year}, per scenario (against the same scenario with the SO&P share frozen at the base year)`,
  ), TERMINAL_WIDTH), '');
  const columns = s.scenarios.map((x) => x.id);
  const lines: HeadlineLine[] = s.lines.map((l) => ({
    metric: l.key,
    sector: 'all',
    unit: l.unit,
    label: `${l.level ? '  ' : ''}${l.label}${l.unit === 'fte' && !/\(fte\)$/.test(l.label) ? ' (fte)' : ''}`,
    values: l.fixed !== undefined ? l.values.map(() => ({ mean: l.fixed as number, p05: l.fixed as number, p50: l.fixed as number, p95: l.fixed as number })) : l.values,
  }));
  out.push(...splitTables(columns, lines, lang, true, (l) => l.label, (l) => (l.unit === 'share' ? false : true)));
  out.push(...s.conditions.map((c) => wrap(c, TERMINAL_WIDTH)));
  return out;
}

/** Wraps text at spaces to lines of at most `w` characters. */
function wrap(text: string, w: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > w) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Tables of the lines with as many scenario columns per table as fit in TERMINAL_WIDTH (at least one). */
function splitTables(
  columns: readonly string[],
  lines: readonly HeadlineLine[],
  lang: Lang,
  signed: boolean,
  label: (l: HeadlineLine) => string = (l) => rowLabel(l, lang),
  signedOf: (l: HeadlineLine) => boolean = () => signed,
): string[] {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const render = (from: number, to: number): string =>
    formatTable(
      [t('Indicator', 'Metric'), t('Sector', 'Sector'), ...columns.slice(from, to)],
      lines.map((l, i) => [
        i > 0 && lines[i - 1].metric === l.metric ? '' : label(l),
        l.sector === 'all' ? sectorLabel('all', lang) : l.sector,
        ...l.values.slice(from, to).map((v) => (v ? compactInterval(v, l.unit, lang, signedOf(l)) : '–')),
      ]),
      2,
    );
  const fits = (s: string): boolean => s.split('\n').every((line) => [...line].length <= TERMINAL_WIDTH);
  let per = columns.length;
  while (per > 1 && !fits(render(0, per))) per--;
  const tables: string[] = [];
  for (let from = 0; from < columns.length; from += per) tables.push(render(from, Math.min(columns.length, from + per)));
  return tables.flatMap((table, i) => (i === 0 ? [table] : ['', table]));
}

/** A metric's label with its unit when the numbers do not show it (fte). */
function rowLabel(l: HeadlineLine, lang: Lang): string {
  const label = metricLabel(l.metric, lang);
  return `${label}${l.unit === 'fte' && !label.endsWith('(fte)') ? ' (fte)' : ''}`;
}

/**
 * A median with its 90% interval, short enough for the terminal: the interval repeats neither the
 * euro sign and "mln" nor the percent sign of the median (`€ 62,7 mln (52,2 – 74,9)`,
 * `66,9% (51,7 – 81,5)`). Signed differences of shares are in percentage points.
 */
function compactInterval(v: Band, unit: Unit, lang: Lang, signed: boolean): string {
  // Euros are in millions when any of the three reaches a million.
  const millions = unit === 'eur' && Math.max(Math.abs(v.p05), Math.abs(v.p50), Math.abs(v.p95)) >= 1e6;
  const sign = (x: number, text: string): string => (/^[0,.]+$/.test(text) ? '' : x < 0 ? '−' : signed && x > 0 ? '+' : '');
  const num = (x: number): string => {
    const text =
      unit === 'share' ? fixed(Math.abs(x) * 100, 1, lang) : millions ? fixed(Math.abs(x) / 1e6, 1, lang) : formatDisplay(Math.abs(x), unit, lang);
    return sign(x, text) + text;
  };
  const m = v.p50;
  const median =
    unit === 'share'
      ? `${num(m)}${signed ? (lang === 'nl' ? ' %-punt' : ' pp') : '%'}`
      : millions
        ? `${sign(m, fixed(Math.abs(m) / 1e6, 1, lang))}${lang === 'nl' ? '€ ' : '€'}${fixed(Math.abs(m) / 1e6, 1, lang)}${lang === 'nl' ? ' mln' : ' m'}`
        : num(m);
  return `${median} (${num(v.p05)} – ${num(v.p95)})`;
}

function fixed(x: number, digits: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}
