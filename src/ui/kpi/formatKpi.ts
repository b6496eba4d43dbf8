import { formatNumber } from '../../i18n/format';
import type { KpiUnit } from '../../protocol/kpi/deriveKpis';
import type { KpiInterval } from '../../protocol/kpi/kpiIntervals';

/** The translate function of the "kpi" namespace (or a stand-in in tests). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Number and unit word apart, so the tile can set the number large: { number: "18.3", unit: "patients" }. */
export interface FormattedValue { number: string; unit: string }

/** Fraction digits for a value: 2 below 1, 1 below 100 (0 for minutes from 10), none above. */
function digitsFor(value: number, unit: KpiUnit): number {
  const a = Math.abs(value);
  if (unit === 'percent') return 0;
  if (unit === 'minutes') return a >= 10 ? 0 : 1;
  return a >= 100 ? 0 : a >= 1 ? 1 : 2;
}

function plain(value: number, digits: number): string {
  return Number.isFinite(value) ? formatNumber(value, { maximumFractionDigits: digits }) : '—';
}

/** The number alone, in the unit's style: percent "87%", minutes "38 min", counts "18.3". */
export function formatNumberOf(value: number, unit: KpiUnit, digits?: number): string {
  if (!Number.isFinite(value)) return '—';
  const d = digits ?? digitsFor(value, unit);
  switch (unit) {
    case 'percent':
      return formatNumber(value, { style: 'percent', maximumFractionDigits: d });
    case 'minutes':
      return formatNumber(value, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: d });
    default:
      return plain(value, d);
  }
}

/** Unit word after the number ("patients", "h/day"); empty when the number carries its unit (%, min) or needs none. */
export function unitWord(unit: KpiUnit, t: Translate): string {
  return unit === 'percent' || unit === 'minutes' || unit === 'count' ? '' : t(`unit.${unit}`);
}

export function formatValue(value: number, unit: KpiUnit, t: Translate): FormattedValue {
  return { number: formatNumberOf(value, unit), unit: unitWord(unit, t) };
}

/**
 * "95 % CI 82%–91%" or "95 % CI 34–42 min" (short: "CI 34–42 min", under a heading that says what it is), with
 * the value's digits at both ends; a plain note when there is no interval (one replication, no observations).
 */
export function formatInterval(i: KpiInterval, unit: KpiUnit, t: Translate, short = false): string {
  if (!Number.isFinite(i.mean)) return t('ci.none');
  if (i.n < 2 || !Number.isFinite(i.lo) || !Number.isFinite(i.hi)) return t('ci.single');
  const digits = digitsFor(i.mean, unit);
  // Percent keeps its sign at both ends ("82%–91%"); minutes name the unit once, at the end.
  const lo = unit === 'percent' ? formatNumberOf(i.lo, unit, digits) : plain(i.lo, digits);
  return t(short ? 'ci.short' : 'ci.range', { lo, hi: formatNumberOf(i.hi, unit, digits) });
}
