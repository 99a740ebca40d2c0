import type { Lang } from '../model/domain';
import { formatInterval, formatSignedInterval } from '../report/display-format';
import type { Headline } from '../report/headline';
import { REPORT_TEXT } from '../report/labels';
import { formatTable } from './terminal-table';

/**
 * The terminal summary of a run: the key figures of the horizon year per scenario (median and
 * 90% interval), then the paired impact of each scenario against the first.
 *
 * @example
 * io.stdout(formatTerminalSummary(headline, 'nl', { draws: 1000, seed: 20300101 }));
 */
export function formatTerminalSummary(h: Headline, lang: Lang, run: { draws: number; seed: number }): string {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const out: string[] = [];
  out.push(
    t(
      `Kerncijfers ${h.year} — mediaan (90%-interval), ${run.draws} ${REPORT_TEXT.draws.nl}, seed ${run.seed}`,
      `Key figures ${h.year} — median (90% interval), ${run.draws} ${REPORT_TEXT.draws.en}, seed ${run.seed}`,
    ),
    '',
  );
  out.push(formatTable(
    [t('Indicator', 'Metric'), ...h.scenarios.map((s) => s.id)],
    h.lines.map((l) => [l.label, ...l.values.map((v) => (v ? formatInterval(v, l.unit, lang) : '–'))]),
  ));
  for (const block of h.impacts) {
    out.push('');
    out.push(t(
      `Effect van ${block.scenario} ten opzichte van ${block.baseline} in ${h.year} (gepaard: verschil per trekking)`,
      `Impact of ${block.scenario} against ${block.baseline} in ${h.year} (paired: difference per draw)`,
    ));
    out.push('');
    out.push(formatTable(
      [t('Indicator', 'Metric'), t('verschil', 'difference')],
      block.lines.map((l) => [l.label, l.values[0] ? formatSignedInterval(l.values[0], l.unit, lang) : '–']),
    ));
  }
  return out.join('\n');
}
