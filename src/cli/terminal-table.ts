/**
 * Formats a text table for the terminal: the first `leftColumns` columns (default 1)
 * left-aligned, the others right-aligned, columns separated by two spaces, a rule under the header.
 *
 * @example
 * formatTable(['a', 'b'], [['x', '1'], ['yy', '22']])
 * // → 'a    b\n──  ──\nx    1\nyy  22\n'
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], leftColumns = 1): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i < leftColumns ? padEnd(c, widths[i]) : padStart(c, widths[i]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/** Display width: code points (the labels use no wide characters). */
function width(s: string): number {
  return [...s].length;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}
