import type { ReportTable } from '../report/html-report';
import { escapeHtml } from '../report/html-report';

/**
 * A formatted table as a small self-contained HTML `<table>`, for `tslab.display.html` in a
 * notebook: stored in the notebook, it stays readable on a code host that does not run notebooks.
 * Columns whose cells all look like numbers (a digit, sign, € or dash first) are right-aligned;
 * text is HTML-escaped.
 *
 * @example
 * htmlTable({ title: 'Shortage', header: ['Sector', '2030'], rows: [['po', '7,700']] });
 * // → '<table><caption …>Shortage</caption><thead><tr><th>Sector</th><th style="text-align:right;white-space:nowrap">2030</th></tr></thead>…'
 */
export function htmlTable(table: ReportTable): string {
  const numeric = table.header.map((_, i) => table.rows.length > 0 && table.rows.every((row) => /^[-−+–€\d]/.test(row[i] ?? '')));
  const align = (i: number): string => (numeric[i] ? ' style="text-align:right;white-space:nowrap"' : '');
  const head = table.header.map((h, i) => `<th${align(i)}>${escapeHtml(h)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${align(i)}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  const caption = table.title ? `<caption style="text-align:left;font-weight:bold">${escapeHtml(table.title)}</caption>` : '';
  const note = table.note ? `<p style="font-size:smaller">${escapeHtml(table.note)}</p>` : '';
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}`;
}
