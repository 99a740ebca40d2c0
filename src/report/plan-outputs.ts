import type { Lang } from '../model/domain';
import { formatCsvNumber, csvQuote } from './csv';
import { formatDisplay } from './display-format';
import { escapeHtml } from './html-report';
import { REPORT_TEXT } from './labels';
import { growthText, PLAN_COLUMNS, planRows, REGION_COLUMNS, ruleText, type PartnershipPlan, type RegionRow } from './mentor-plan';

/**
 * The coordinator's outputs of `sop mentors` (issue #17): the plan sheet of `results.xlsx`,
 * `regions.csv`, `plan.html` (one printable A4 page per partnership) and a small stock-flow SVG.
 */

/** `regions.csv` text (header exactly REGION_COLUMNS, numbers in round-trip form). */
export function formatRegionsCsv(rows: readonly RegionRow[]): string {
  const lines = [REGION_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([csvQuote(r.onderwijsregio), String(r.year), r.metric, r.unit, formatCsvNumber(r.mean), formatCsvNumber(r.p05), formatCsvNumber(r.p50), formatCsvNumber(r.p95)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Number format of each plan column in Excel. */
function columnFormat(code: string): string | undefined {
  if (code === 'year') return '0';
  if (code === 'covered') return '0%';
  if (code.startsWith('subsidy')) return '€ #,##0';
  if (code.startsWith('fte')) return '#,##0.0';
  if (code === 'rule') return undefined;
  return '#,##0';
}

/**
 * Adds the plan sheet (`plan`: per partnership a block with a title line and one row per year;
 * median and band in separate columns, formatted numbers) and the `regions` sheet to a workbook.
 *
 * @example
 * buildWorkbook({ …, firstSheets: (XLSX, wb) => addPlanSheets(XLSX, wb, plans, regions, 'nl') });
 */
export function addPlanSheets(
  XLSX: typeof import('xlsx'),
  wb: import('xlsx').WorkBook,
  plans: readonly PartnershipPlan[],
  regions: readonly RegionRow[],
  lang: Lang,
): void {
  const li = lang === 'nl' ? 1 : 2;
  const aoa: unknown[][] = [];
  const formatted: { r: number; c: number; z: string }[] = [];
  for (const plan of plans) {
    aoa.push([`${plan.id} — ${plan.name} (${plan.onderwijsregio})`]);
    aoa.push([lang === 'nl'
      ? `Ingevuld voor ${plan.enteredYear}; gekozen kans ${Math.round(plan.probability * 100)}%; totaal op te leiden ${plan.totalTrained}; ${growthText(plan.growth, lang)}`
      : `Entered for ${plan.enteredYear}; chosen probability ${Math.round(plan.probability * 100)}%; total to train ${plan.totalTrained}; ${growthText(plan.growth, lang)}`]);
    aoa.push(PLAN_COLUMNS.map((c) => c[li]));
    for (const row of planRows(plan, lang)) {
      const r = aoa.length;
      row.forEach((v, c) => {
        const z = columnFormat(PLAN_COLUMNS[c][0]);
        if (z && typeof v === 'number') formatted.push({ r, c, z });
      });
      aoa.push(row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? '' : v)));
    }
    aoa.push([lang === 'nl' ? 'Totaal' : 'Total', '', '', '', '', '', '', plan.totalTrained]);
    aoa.push([]);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  for (const f of formatted) {
    const cell = ws[XLSX.utils.encode_cell({ r: f.r, c: f.c })];
    if (cell) cell.z = f.z;
  }
  ws['!cols'] = PLAN_COLUMNS.map((c, i) => ({ wch: i === PLAN_COLUMNS.length - 1 ? 40 : Math.max(10, Math.min(24, c[li].length + 2)) }));
  XLSX.utils.book_append_sheet(wb, ws, 'plan');
  const reg = XLSX.utils.aoa_to_sheet([[...REGION_COLUMNS], ...regions.map((r) => [r.onderwijsregio, r.year, r.metric, r.unit, r.mean, r.p05, r.p50, r.p95])]);
  reg['!cols'] = REGION_COLUMNS.map((c, i) => ({ wch: i === 0 ? 28 : i === 2 ? 34 : 14 }));
  XLSX.utils.book_append_sheet(wb, reg, 'regions');
}

/**
 * A small stock-flow chart of one plan: bars of mentors trained, the end stock's median line with
 * its 90% band, and the mentors required at the chosen probability (dashed). Plain SVG, no fonts
 * beyond the system's sans-serif, deterministic bytes.
 *
 * @example
 * planSvg(plan, 'nl').startsWith('<svg'); // → true
 */
export function planSvg(plan: PartnershipPlan, lang: Lang, o: { illustrative?: boolean } = {}): string {
  const W = 640;
  const note = o.illustrative ? REPORT_TEXT.illustrativeNote[lang] : undefined;
  const H = note ? 276 : 260;
  const m = { l: 48, r: 12, t: 28, b: note ? 52 : 36 };
  const ys = plan.years;
  const n = ys.length;
  const max = Math.max(1, ...ys.map((y) => Math.max(y.endStock.p95, y.mentorsRequired.atQ ?? 0, y.mentorsRequired.p95, y.trained)));
  const x = (i: number): number => m.l + ((i + 0.5) * (W - m.l - m.r)) / Math.max(1, n);
  const y = (v: number): number => H - m.b - (v / max) * (H - m.t - m.b);
  const f = (v: number): string => (Math.round(v * 10) / 10).toString();
  const bw = Math.max(2, ((W - m.l - m.r) / Math.max(1, n)) * 0.5);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11" role="img">`);
  parts.push(`<title>${escapeHtml(`${plan.id}: ${lang === 'nl' ? 'werkplekbegeleiders, voorraad en opleiding' : 'mentors, stock and training'}`)}</title>`);
  parts.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#e0e0e0"/><text x="${m.l - 4}" y="${f(y(v) + 4)}" text-anchor="end">${escapeHtml(formatDisplay(v, 'persons', lang))}</text>`);
  }
  ys.forEach((yr, i) => {
    parts.push(`<rect x="${f(x(i) - bw / 2)}" y="${f(y(yr.trained))}" width="${f(bw)}" height="${f(y(0) - y(yr.trained))}" fill="#9ecae1"/>`);
    if (n <= 12 || i % 2 === 0) parts.push(`<text x="${f(x(i))}" y="${H - m.b + 14}" text-anchor="middle">${yr.year}</text>`);
  });
  // data marks as paths in mark-area / mark-line groups (the classes the report's chart checks read)
  const pathOf = (pts: string[], close = false): string => `M${pts.join('L')}${close ? 'Z' : ''}`;
  const band = [...ys.map((yr, i) => `${f(x(i))},${f(y(yr.endStock.p95))}`), ...ys.map((yr, i) => `${f(x(i))},${f(y(yr.endStock.p05))}`).reverse()];
  parts.push(`<g class="mark-area"><path d="${pathOf(band, true)}" fill="#3182bd" fill-opacity="0.18"/></g>`);
  parts.push(`<g class="mark-line"><path d="${pathOf(ys.map((yr, i) => `${f(x(i))},${f(y(yr.endStock.p50))}`))}" fill="none" stroke="#08519c" stroke-width="2"/>`);
  parts.push(`<path d="${pathOf(ys.map((yr, i) => `${f(x(i))},${f(y(yr.mentorsRequired.atQ ?? yr.mentorsRequired.p50))}`))}" fill="none" stroke="#d94801" stroke-width="2" stroke-dasharray="6 4"/></g>`);
  const pct = Math.round(plan.probability * 100);
  const legend = lang === 'nl'
    ? ['Op te leiden (plan)', 'Eindvoorraad (mediaan, 90%-band)', `Benodigd (${pct}% kans)`]
    : ['To train (plan)', 'End stock (median, 90% band)', `Required (${pct}% probability)`];
  const colors = ['#9ecae1', '#08519c', '#d94801'];
  let lx = m.l;
  legend.forEach((t, i) => {
    if (i > 0) lx += 16 + legend[i - 1].length * 6.2 + 18;
    parts.push(`<rect x="${lx}" y="8" width="12" height="10" fill="${colors[i]}"/><text x="${lx + 16}" y="17">${escapeHtml(t)}</text>`);
  });
  if (note) parts.push(`<text x="${m.l}" y="${H - 6}" font-size="10" fill="#a50f15">${escapeHtml(note)}</text>`);
  parts.push('</svg>');
  return parts.join('\n');
}

/**
 * `plan.html`: a self-contained page with one printable A4 page per partnership (print stylesheet:
 * `@page { size: A4 }`, a page break after each partnership), the plan table, its chart and notes.
 *
 * @example
 * fs.writeFileSync('plan.html', planHtml(plans, 'nl', { title: 'Mentorplan', notes: [] }));
 */
export function planHtml(plans: readonly PartnershipPlan[], lang: Lang, o: { title: string; notes: readonly string[]; illustrative?: boolean }): string {
  const t = (nl: string, en: string): string => (lang === 'nl' ? nl : en);
  const cols = [0, 1, 2, 3, 6, 7, 8, 9, 12, 14, 16, 18, 21];
  const head = (plan: PartnershipPlan): string => {
    const pct = `${Math.round(plan.probability * 100)}%`;
    const short = lang === 'nl'
      ? ['Jaar', 'Studenten', 'Benodigd (mediaan)', `Benodigd (${pct})`, 'Begin', 'Op te leiden', 'Uitval', 'Eind', `Tekort (${pct})`, 'Schoolopl. nodig', 'Schoolopl. erbij', 'fte', 'Bekostiging']
      : ['Year', 'Students', 'Required (median)', `Required (${pct})`, 'Start', 'To train', 'Left', 'End', `Gap (${pct})`, 'Schoolopl. needed', 'Schoolopl. to add', 'fte', 'Funding'];
    return short.map((h, k) => `<th title="${escapeHtml(PLAN_COLUMNS[cols[k]][lang === 'nl' ? 1 : 2])}">${escapeHtml(h)}</th>`).join('');
  };
  const unitOf = (code: string): string => (code === 'covered' ? 'share' : code.startsWith('subsidy') ? 'eur' : code.startsWith('fte') ? 'fte' : code.startsWith('hours') ? 'hours' : 'persons');
  const pages = plans.map((plan) => {
    const rows = planRows(plan, lang).map((r) => `<tr>${cols.map((i) => {
      const v = r[i];
      const text = i === 0 ? String(v) : typeof v === 'number' ? formatDisplay(v, unitOf(PLAN_COLUMNS[i][0]), lang) : String(v);
      return `<td${i === 7 ? ' class="plan"' : ''}>${escapeHtml(text)}</td>`;
    }).join('')}</tr>`).join('\n');
    const pct = Math.round(plan.probability * 100);
    const rules = [...new Set(plan.years.map((y) => `${y.year}: ${ruleText(y.rule, lang)}`))];
    return `<section class="page">
<h1>${escapeHtml(`${plan.id} — ${plan.name}`)}</h1>
<p class="meta">${escapeHtml(t(`Onderwijsregio: ${plan.onderwijsregio}. Ingevuld voor ${plan.enteredYear}: ${plan.mentorsEntered} werkplekbegeleiders, ${plan.schoolopleidersEntered} schoolopleiders. Plan ${plan.years[0]?.year ?? ''}–${plan.years.at(-1)?.year ?? ''}, gekozen kans ${pct}%.`, `Onderwijsregio: ${plan.onderwijsregio}. Entered for ${plan.enteredYear}: ${plan.mentorsEntered} mentors, ${plan.schoolopleidersEntered} schoolopleiders. Plan ${plan.years[0]?.year ?? ''}–${plan.years.at(-1)?.year ?? ''}, chosen probability ${pct}%.`))}</p>
<p class="total">${escapeHtml(t(`Op te leiden in totaal: ${plan.totalTrained} werkplekbegeleiders (de som van de jaren).`, `To train in total: ${plan.totalTrained} mentors (the sum of the years).`))}</p>
<table><thead><tr>${head(plan)}</tr></thead><tbody>
${rows}
</tbody></table>
<p class="legend">${escapeHtml(t(`Studenten, begin, uitval, eind, fte en bekostiging (nominaal): mediaan over de trekkingen; schoolopleiders nodig: bij ${pct}% kans, naast de ${plan.schoolopleidersEntered} ingevulde.`, `Students, start, left, end, fte and funding (nominal): median over the draws; schoolopleiders needed: at ${pct}% probability, beside the ${plan.schoolopleidersEntered} entered.`))}</p>
<div class="chart">${planSvg(plan, lang, { illustrative: o.illustrative })}</div>
<ul class="notes">
<li>${escapeHtml(t(`Wie elk jaar het aantal in de kolom "Op te leiden" opleidt, heeft na uitval in elk jaar met minstens ${pct}% kans genoeg werkplekbegeleiders.`, `Training the number in the "To train" column each year leaves enough mentors after attrition in every year with at least ${pct}% probability.`))}</li>
<li>${escapeHtml(growthText(plan.growth, lang).replace(/^./, (c) => c.toUpperCase()))}.</li>
<li>${escapeHtml(t('Bekostiging: ', 'Funding: '))}${escapeHtml(rules.length > 3 ? `${rules[0]}; … ${rules.at(-1)}` : rules.join('; '))}</li>
</ul>
</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(o.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
h1 { font-size: 1.25rem; margin: 0 0 .4rem; }
.meta, .total, .notes { font-size: .85rem; }
.total { font-weight: bold; }
table { border-collapse: collapse; font-size: .66rem; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: 2px 3px; text-align: right; }
td { white-space: nowrap; }
th { background: #f0f0f0; font-weight: 600; vertical-align: bottom; font-size: .6rem; padding-left: 5px; }
th:first-child, td:first-child { width: 3.2em; }
th:last-child, td:last-child { width: 6.2em; }
.legend { font-size: .7rem; color: #555; margin: .2rem 0 .6rem; }
td.plan { font-weight: bold; background: #eef5fb; }
.chart svg { width: 100%; height: auto; max-height: 9cm; }
.intro { font-size: .85rem; }
@page { size: A4 portrait; margin: 12mm; }
@media print {
  body { margin: 0; }
  .intro { display: none; }
  .page { break-after: page; page-break-after: always; break-inside: avoid; }
  .page:last-child { break-after: auto; page-break-after: auto; }
}
</style>
</head>
<body>
<div class="intro"><p><strong>${escapeHtml(o.title)}</strong></p>${o.notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('')}</div>
${pages.join('\n')}
</body>
</html>
`;
}
