import type { Lang } from '../model/domain';
import { assumptionLines, type AssumptionRow } from './assumptions';
import { formatInterval, formatSignedInterval } from './display-format';
import type { Headline } from './headline';
import { impactTables, type ImpactSection } from './impact-section';
import { paramUnitLabel, REPORT_TEXT, sectorLabel } from './labels';

/** A rendered chart for the report. */
export interface ReportChart {
  name: string;
  title: string;
  svg: string;
}

/** A plain table for the report (already formatted text). */
export interface ReportTable {
  title: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Optional note under the table. */
  note?: string;
  /** Optional CSS class per row (same order as `rows`). */
  rowClasses?: readonly (string | undefined)[];
}

/** Everything `report.html` shows. */
export interface ReportInput {
  lang: Lang;
  title: string;
  /** One-line description of what was run. */
  subtitle: string;
  scenarios: readonly { id: string; title: string; description?: string }[];
  headline?: Headline;
  /** The impact of SO&P with its no-effect case, channels, guidance time and net figure. */
  impact?: ImpactSection;
  /** Extra tables after the headline (e.g. a partnership's mentor plan). */
  tables?: readonly ReportTable[];
  charts: readonly ReportChart[];
  assumptions: readonly AssumptionRow[];
  dataFiles: readonly { path: string; sha256: string }[];
  /** The sources the data files and parameters cite (data/sources.csv): key, title, URL. */
  sources?: readonly { key: string; title: string; url: string }[];
  /** The partnership table is the illustrative one. */
  illustrative: boolean;
  /** Key–value lines of the provenance section. */
  provenance: readonly (readonly [string, string])[];
  /** Rules applied to series that end before the base year, as text lines. */
  rulesApplied: readonly string[];
  /** Extra caveats beyond the standard ones. */
  caveats?: readonly string[];
}

const CSS = `
body{font-family:Helvetica,Arial,sans-serif;color:#222;max-width:1180px;margin:0 auto;padding:16px 24px;line-height:1.4}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ccc;padding-bottom:.2em}
.sub{color:#555}.warn{background:#fff4d6;border:1px solid #e0b84c;padding:8px 12px;margin:12px 0}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
figure{margin:1em 0;page-break-inside:avoid}figcaption{font-size:.9em;color:#555}
.chart svg{max-width:100%;height:auto}code{font-size:.9em}.small{font-size:.85em}
details summary{cursor:pointer}tr.differs td{font-weight:bold;background:#fafae8}
tr.key td{font-weight:bold}tr.sub td:first-child{padding-left:1.6em;color:#444}
@media print{.warn{border-color:#999}}
`;

/**
 * Builds `report.html`: one self-contained page (inline CSS and SVG, no script, no external URL),
 * so it opens offline and can be mailed or attached to a policy note.
 *
 * @example
 * fs.writeFileSync('report.html', buildReportHtml({ lang: 'nl', title: 'SO&P 2030', … }));
 */
export function buildReportHtml(r: ReportInput): string {
  const L = r.lang;
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html>\n<html lang="${L}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${escapeHtml(r.title)}</title>\n<style>${CSS}</style>\n</head>\n<body>`);
  parts.push(`<h1>${escapeHtml(r.title)}</h1>\n<p class="sub">${escapeHtml(r.subtitle)}</p>`);
  if (r.illustrative) parts.push(`<p class="warn"><strong>${escapeHtml(t('Illustratieve gegevens', 'Illustrative data'))}:</strong> ${escapeHtml(REPORT_TEXT.illustrativeNote[L])}</p>`);
  parts.push(`<ul>${r.scenarios.map((s) => `<li><strong>${escapeHtml(s.title)}</strong> (<code>${escapeHtml(s.id)}</code>)${s.description ? `: ${escapeHtml(s.description)}` : ''}</li>`).join('')}</ul>`);

  if (r.headline) parts.push(headlineHtml(r.headline, L));
  const figure = (c: ReportChart): string =>
    `<figure class="chart" id="chart-${escapeHtml(c.name)}" data-chart="${escapeHtml(c.name)}">${c.svg}<figcaption>${escapeHtml(c.title)} — <code>charts/${escapeHtml(c.name)}.svg</code></figcaption></figure>`;
  const impactChart = r.impact ? r.charts.find((c) => c.name === 'impact') : undefined;
  if (r.impact) parts.push(impactHtml(r.impact, L, impactChart ? figure(impactChart) : undefined));
  for (const table of r.tables ?? []) parts.push(tableHtml(table));

  const charts = r.charts.filter((c) => c !== impactChart);
  if (charts.length > 0) {
    parts.push(`<h2>${escapeHtml(t('Grafieken', 'Charts'))}</h2>`);
    for (const c of charts) parts.push(figure(c));
  }

  parts.push(assumptionsHtml(r.assumptions, r.scenarios, L));

  parts.push(`<h2>${escapeHtml(t('Gegevensbronnen', 'Data sources'))}</h2>`);
  parts.push(`<p>${escapeHtml(t('Gelezen gegevensbestanden met hun SHA-256; bronnen en definities staan in de datakaart (.md) naast elk bestand.', 'Data files read, with their SHA-256; sources and definitions are in the data card (.md) beside each file.'))}</p>`);
  parts.push(tableHtml({ title: '', header: [t('Bestand', 'File'), 'SHA-256'], rows: r.dataFiles.map((f) => [f.path, f.sha256]) }));
  if (r.sources && r.sources.length > 0) {
    parts.push(`<h3>${escapeHtml(t('Bronnen', 'Sources'))}</h3>`);
    parts.push(`<p class="small">${escapeHtml(t('De bronsleutels (S1, …) in de kolom Bron van de aannames en in de datakaarten.', 'The source keys (S1, …) used in the Source column of the assumptions and in the data cards.'))}</p>`);
    parts.push(tableHtml({ title: '', header: [t('Sleutel', 'Key'), t('Titel', 'Title'), 'URL'], rows: r.sources.map((x) => [x.key, x.title, x.url]) }));
  }

  parts.push(`<h2>${escapeHtml(t('Herkomst', 'Provenance'))}</h2>`);
  parts.push(tableHtml({ title: '', header: [t('Onderdeel', 'Item'), t('Waarde', 'Value')], rows: r.provenance.map((kv) => [...kv]) }));
  if (r.rulesApplied.length > 0) {
    parts.push(`<h3>${escapeHtml(t('Regels voor reeksen die vóór het basisjaar eindigen', 'Rules applied to series that end before the base year'))}</h3>`);
    parts.push(`<ul>${r.rulesApplied.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`);
  }

  parts.push(`<h2>${escapeHtml(t('Kanttekeningen', 'Caveats'))}</h2>`);
  parts.push(`<ul>${[...standardCaveats(L, r.illustrative), ...(r.caveats ?? [])].map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`);
  parts.push('</body>\n</html>\n');
  return parts.join('\n');
}

function headlineHtml(h: Headline, L: Lang): string {
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const out: string[] = [];
  out.push(`<h2>${escapeHtml(t(`Kerncijfers ${h.year}`, `Key figures ${h.year}`))}</h2>`);
  out.push(`<p class="small">${escapeHtml(t('Mediaan met 90%-interval (P5 – P95) over de trekkingen.', 'Median with 90% interval (P5 – P95) over the draws.'))}</p>`);
  out.push(tableHtml({
    title: '',
    header: [t('Indicator', 'Metric'), ...h.scenarios.map((s) => s.title)],
    rows: h.lines.map((l) => [l.label, ...l.values.map((v) => (v ? formatInterval(v, l.unit, L) : '–'))]),
  }, true));
  for (const block of h.impacts) {
    const title = h.scenarios.find((s) => s.id === block.scenario)?.title ?? block.scenario;
    const base = h.scenarios.find((s) => s.id === block.baseline)?.title ?? block.baseline;
    out.push(`<h3>${escapeHtml(`${REPORT_TEXT.impactVs[L]} ${base}: ${title} (${h.year})`)}</h3>`);
    out.push(`<p class="small">${escapeHtml(t('Verschil per trekking (gepaard, dezelfde toevalsgetallen), daarna samengevat.', 'Difference per draw (paired, same random numbers), then summarised.'))}</p>`);
    out.push(tableHtml({
      title: '',
      header: [t('Indicator', 'Metric'), t('Verschil', 'Difference')],
      rows: block.lines.map((l) => [l.label, l.values[0] ? formatSignedInterval(l.values[0], l.unit, L) : '–']),
    }, true));
  }
  return out.join('\n');
}

function impactHtml(s: ImpactSection, L: Lang, chart: string | undefined): string {
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const [national, bySector] = impactTables(s, L);
  const out: string[] = [];
  out.push(`<h2 id="impact">${escapeHtml(t(`Effect van SO&P op het lerarentekort in ${s.year}`, `Impact of SO&P on the teacher shortage in ${s.year}`))}</h2>`);
  out.push(`<p class="small">${escapeHtml(t(
    'Per scenario: het tekort min het tekort van hetzelfde scenario met het SO&P-aandeel bevroren op het basisjaar, per trekking; mediaan (90%-interval). Negatief = het tekort wordt kleiner.',
    'Per scenario: the shortage minus the shortage of the same scenario with the SO&P share frozen at the base year, per draw; median (90% interval). Negative = the shortage gets smaller.',
  ))}</p>`);
  out.push(tableHtml(national, true));
  out.push(`<ul>${s.conditions.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`);
  out.push(tableHtml(bySector, true));
  if (chart) out.push(chart);
  return out.join('\n');
}

function assumptionsHtml(rows: readonly AssumptionRow[], scenarios: readonly { id: string; title: string }[], L: Lang): string {
  const t = (nl: string, en: string): string => (L === 'nl' ? nl : en);
  const lines = assumptionLines(rows, scenarios.map((s) => s.id));
  const tableRows = lines.map((l) => [l.key, l.label, paramUnitLabel(l.unit, L), ...l.values.map((v) => v?.value ?? '–'), l.range, sourceWord(l.source, L)]);
  const nDiffer = lines.filter((l) => l.differs).length;
  return [
    `<h2>${escapeHtml(t('Aannames', 'Assumptions'))}</h2>`,
    `<p class="small">${escapeHtml(t('Elke parameter met de gebruikte waarde (de mediaan bij onzekerheid), het bereik en de bron. "aanname" betekent: geen publieke bron, een aanname met een bereik.', 'Every parameter with the value used (the median when uncertain), its range and its source. "assumption" means: no public source, an assumption with a range.'))}</p>`,
    ...(scenarios.length > 1
      ? [`<p class="small">${escapeHtml(t(`Eerst (vetgedrukt) de ${nDiffer} parameters die tussen de scenario's verschillen, daarna de rest per onderdeel.`, `First (in bold) the ${nDiffer} parameters that differ between the scenarios, then the rest by area.`))}</p>`]
      : []),
    tableHtml({ title: '', header: ['Parameter', t('Omschrijving', 'Description'), t('Eenheid', 'Unit'), ...scenarios.map((s) => s.title), t('Bereik', 'Range'), t('Bron', 'Source')], rows: tableRows, rowClasses: lines.map((l) => (l.differs ? 'differs' : undefined)) }),
  ].join('\n');
}

/**
 * A source in the reader's language: "assumption" is "aanname" in Dutch (source keys stay as they are).
 *
 * @example
 * sourceWord('assumption', 'nl') // → 'aanname'
 */
export function sourceWord(source: string, L: Lang): string {
  return L === 'nl' ? source.replace(/^assumption\b/, 'aanname') : source;
}

function standardCaveats(L: Lang, illustrative: boolean): string[] {
  const list =
    L === 'nl'
      ? [
          'Er is geen causale schatting gepubliceerd van het effect van opleiden in een partnerschap op uitval en behoud; de effecten zijn aannames met brede bereiken die "geen effect" omvatten.',
          'Resultaten zijn landelijk en per sector, route en partnerschap; uitsplitsingen per regio of per vak vallen buiten de reikwijdte zolang de gegevens ontbreken.',
          'Reeksen die vóór het basisjaar eindigen zijn met een vermelde regel doorgetrokken (zie Herkomst).',
          'De intervallen geven de onzekerheid in de aannames weer, niet die in het model zelf.',
        ]
      : [
          'No causal estimate of the effect of training in a partnership on dropout and retention has been published; the effects are assumptions with wide ranges that include "no effect".',
          'Results are national and per sector, route and partnership; breakdowns by region or school subject are out of scope until their data exist.',
          'Series that end before the base year are carried forward by a stated rule (see Provenance).',
          'The intervals show the uncertainty in the assumptions, not the uncertainty of the model structure.',
        ];
  if (illustrative) list.unshift(REPORT_TEXT.illustrativeNote[L]);
  return list;
}

function tableHtml(t: ReportTable, numericAfterFirst = false): string {
  const head = `<tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = t.rows
    .map((row, r) => `<tr${t.rowClasses?.[r] ? ` class="${escapeHtml(t.rowClasses[r] as string)}"` : ''}>${row.map((c, i) => `<td${numericAfterFirst && i > 0 ? ' class="num"' : ''}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `${t.title ? `<h3>${escapeHtml(t.title)}</h3>\n` : ''}<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>${t.note ? `\n<p class="small">${escapeHtml(t.note)}</p>` : ''}`;
}

/**
 * Escapes text for HTML.
 *
 * @example
 * escapeHtml('SO&P <2030>') // → 'SO&amp;P &lt;2030&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
