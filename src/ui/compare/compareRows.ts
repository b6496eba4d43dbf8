import { formatNumber } from '../../i18n/format';
import type { CompareRow, PairedDiff } from '../../protocol/api';
import type { KpiText, KpiTileModel, KpiUnit } from '../../protocol/kpi/deriveKpis';
import { formatNumberOf } from '../kpi/formatKpi';

/** Which way is better for a KPI: lower (waits, census), higher, or neither (throughput follows arrivals). */
export type Direction = 'lowerIsBetter' | 'higherIsBetter' | 'neutral';

export type Verdict = 'better' | 'worse' | 'higher' | 'lower' | 'noise' | 'none';

export interface RowMeta { label: KpiText; unit: KpiUnit; direction: Direction }

/** The KPIs that are not tiles (ids "kpi:<name>"): label keys in the "compare" namespace. */
const EXTRA_META: Record<string, Omit<RowMeta, 'label'>> = {
  'kpi:edLengthOfStayMean': { unit: 'minutes', direction: 'lowerIsBetter' },
  'kpi:fourHourBreachRate': { unit: 'percent', direction: 'lowerIsBetter' },
  'kpi:lwbsRate': { unit: 'percent', direction: 'lowerIsBetter' },
  'kpi:timeInSystemMean': { unit: 'minutes', direction: 'lowerIsBetter' },
  'kpi:lost': { unit: 'patients', direction: 'lowerIsBetter' },
  'kpi:diverted': { unit: 'patients', direction: 'lowerIsBetter' },
};

/** Direction of a tile by id (census, waits, boarding, shortfall, occupancy: less is better). */
export function directionOf(id: string): Direction {
  if (id === 'throughput') return 'neutral';
  return 'lowerIsBetter';
}

/**
 * Label, unit and direction of each row: tiles take theirs from the baseline's KPI tiles (same ids, "kpi"
 * namespace keys prefixed "kpi:"), the extra KPIs from EXTRA_META ("compare" namespace). Unknown ids: null.
 */
export function rowMeta(id: string, tiles: readonly KpiTileModel[]): RowMeta | null {
  const tile = tiles.find((t) => t.id === id);
  if (tile) return { label: { key: `kpi:${tile.label.key}`, params: tile.label.params }, unit: tile.unit, direction: directionOf(id) };
  const extra = EXTRA_META[id];
  return extra ? { label: { key: `compare:kpi.${id.slice(4)}` }, ...extra } : null;
}

/** Real difference (interval excludes 0) judged by direction; else within the noise. */
export function verdictOf(d: PairedDiff, direction: Direction): Verdict {
  if (!Number.isFinite(d.diff) || d.n < 2) return 'none';
  if (!d.significant) return 'noise';
  const up = d.diff > 0;
  if (direction === 'neutral') return up ? 'higher' : 'lower';
  return up === (direction === 'higherIsBetter') ? 'better' : 'worse';
}

function digitsFor(a: number, unit: KpiUnit): number {
  if (unit === 'minutes') return a >= 10 ? 0 : 1;
  return a >= 100 ? 0 : a >= 1 ? 1 : 2;
}

/** A signed number in the unit's style: "+38 min", "−2.5", "+4.1" (percent: percentage points, unit word apart). */
export function signedNumber(value: number, unit: KpiUnit, digits: number): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'minutes') {
    return formatNumber(value, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: digits, signDisplay: 'exceptZero' });
  }
  const v = unit === 'percent' ? value * 100 : value;
  return formatNumber(v, { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Unit word after a difference: percentage points for shares, else the KPI's unit word ("patients"). */
function unitAfter(unit: KpiUnit, t: Translate): string {
  if (unit === 'percent') return t('compare:unit.points');
  if (unit === 'minutes' || unit === 'count') return '';
  return t(`kpi:unit.${unit}`);
}

/** "+38 min (+29 to +47)", "+4.1 pts (+2.0 to +6.2)", "−0.8 patients (−1.9 to +0.3)". */
export function formatDifference(d: PairedDiff, unit: KpiUnit, t: Translate): string {
  if (!Number.isFinite(d.diff)) return t('compare:noData');
  const scale = unit === 'percent' ? 100 : 1;
  const digits = digitsFor(Math.max(Math.abs(d.diff), Math.abs(d.lo), Math.abs(d.hi)) * scale, unit);
  const word = unitAfter(unit, t);
  const main = word ? `${signedNumber(d.diff, unit, digits)} ${word}` : signedNumber(d.diff, unit, digits);
  if (d.n < 2 || !Number.isFinite(d.lo) || !Number.isFinite(d.hi)) return main;
  // Minutes name their unit once, at the difference; the interval ends are bare signed numbers.
  const end = (v: number) => (unit === 'minutes' ? formatNumber(v, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }) : signedNumber(v, unit, digits));
  return `${main} ${t('compare:range', { lo: end(d.lo), hi: end(d.hi) })}`;
}

/** The baseline value in the KPI's own style ("87%", "38 min", "18.3 patients"). */
export function formatBaseline(row: CompareRow, unit: KpiUnit, t: Translate): string {
  const number = formatNumberOf(row.baseline.mean, unit);
  const word = unit === 'percent' || unit === 'minutes' || unit === 'count' ? '' : t(`kpi:unit.${unit}`);
  return word ? `${number} ${word}` : number;
}
