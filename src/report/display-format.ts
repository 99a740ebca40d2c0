import type { Lang, Unit } from '../model/domain';

/**
 * Formats a number for people (terminal, report), not for machines: shares as percentages, euros
 * in millions when large, persons and fte as whole numbers with thousands separators of the
 * language. The CSV files never use this (they keep `String(x)`).
 *
 * @example
 * formatDisplay(0.5234, 'share', 'nl')      // → '52,3%'
 * formatDisplay(12345.6, 'fte', 'en')       // → '12,346'
 * formatDisplay(41_250_000, 'eur', 'nl')    // → '€ 41,3 mln'
 * formatDisplay(-1177, 'fte', 'nl')         // → '−1.177'
 */
export function formatDisplay(x: number, unit: Unit | string, lang: Lang): string {
  if (!Number.isFinite(x)) return '–';
  // A true minus sign (U+2212), as in the signed differences.
  return formatUnsigned(x, unit, lang).replace(/^-/, '−');
}

/** One Intl.NumberFormat per (locale, digits): constructing one costs far more than formatting. */
const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
    FORMATS.set(key, f);
  }
  return f;
}

function formatUnsigned(x: number, unit: Unit | string, lang: Lang): string {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const fmt = (v: number, digits: number): string => numberFormat(locale, digits).format(v === 0 ? 0 : v);
  switch (unit) {
    case 'share':
      return `${fmt(x * 100, 1)}%`;
    case 'eur':
      if (Math.abs(x) >= 1e6) return lang === 'nl' ? `€ ${fmt(x / 1e6, 1)} mln` : `€${fmt(x / 1e6, 1)} m`;
      return lang === 'nl' ? `€ ${fmt(x, 0)}` : `€${fmt(x, 0)}`;
    default:
      return fmt(Math.abs(x) < 10 && x !== Math.round(x) ? x : Math.round(x), Math.abs(x) < 10 && x !== Math.round(x) ? 1 : 0);
  }
}

/**
 * A median with its 90% interval, e.g. `52,3% (48,1%–56,0%)`.
 *
 * @example
 * formatInterval({ p05: 1, p50: 2, p95: 3 }, 'fte', 'en') // → '2 (1–3)'
 */
export function formatInterval(v: { p05: number; p50: number; p95: number }, unit: Unit | string, lang: Lang): string {
  return `${formatDisplay(v.p50, unit, lang)} (${formatDisplay(v.p05, unit, lang)} – ${formatDisplay(v.p95, unit, lang)})`;
}

/**
 * A signed difference with its interval, e.g. `+1.234 (−56 – +2.345)`; differences of shares in
 * percentage points (`pp`, `procentpunt`).
 *
 * @example
 * formatSignedInterval({ p05: -1, p50: 2, p95: 3 }, 'fte', 'en') // → '+2 (−1 – +3)'
 * formatSignedInterval({ p05: 0.1, p50: 0.331, p95: 0.4 }, 'share', 'en') // → '+33.1 pp (+10.0 – +40.0)'
 */
export function formatSignedInterval(v: { p05: number; p50: number; p95: number }, unit: Unit | string, lang: Lang): string {
  if (unit === 'share') {
    // a difference of shares is in percentage points, not percent
    const pp = (x: number): string => {
      const t = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(x) * 100);
      return /^[0,.]+$/.test(t) ? t : `${x < 0 ? '−' : '+'}${t}`;
    };
    return `${pp(v.p50)} ${lang === 'nl' ? 'procentpunt' : 'pp'} (${pp(v.p05)} – ${pp(v.p95)})`;
  }
  const s = (x: number): string => {
    const t = formatDisplay(Math.abs(x), unit, lang);
    if (t === formatDisplay(0, unit, lang)) return t;
    return `${x < 0 ? '−' : '+'}${t}`;
  };
  return `${s(v.p50)} (${s(v.p05)} – ${s(v.p95)})`;
}
