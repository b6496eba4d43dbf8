import type { KpiName } from '../../sim';
import { currentLocale, formatDuration, formatNumber } from '../../i18n/format';
import type { KpiEstimate, PairedEstimate } from '../../protocol/training';
import { clockAt } from '../../bridge/training/steps';

/** How a KPI's values read: minutes, a share (0..1), hours, patients, patients per day. */
export type KpiKind = 'minutes' | 'share' | 'hours' | 'patients' | 'perDay';
/** Which way is better: lower (waits, losses), higher (patients finished) or neither (arrivals). */
export type KpiDirection = 'lower' | 'higher' | 'neutral';

const MINUTES = new Set<KpiName>(['timeInSystemMean', 'timeInSystemMedian', 'timeInSystemP90', 'edWaitMean', 'edWaitMedian', 'edWaitP90', 'edLengthOfStayMean', 'edLengthOfStayP90']);
const SHARES = new Set<KpiName>(['lwbsRate', 'fourHourBreachRate']);
const HOURS = new Set<KpiName>(['boardingHours', 'boardingHoursPerDay']);
const PER_DAY = new Set<KpiName>(['arrivalsPerDay', 'throughputPerDay']);
const HIGHER_BETTER = new Set<KpiName>(['completed', 'throughputPerDay']);
const NEUTRAL = new Set<KpiName>(['arrivals', 'arrivalsPerDay', 'edArrivals']);

export function kpiKind(kpi: KpiName): KpiKind {
  if (MINUTES.has(kpi)) return 'minutes';
  if (SHARES.has(kpi)) return 'share';
  if (HOURS.has(kpi)) return 'hours';
  if (PER_DAY.has(kpi)) return 'perDay';
  return 'patients';
}

export function kpiDirection(kpi: KpiName): KpiDirection {
  return HIGHER_BETTER.has(kpi) ? 'higher' : NEUTRAL.has(kpi) ? 'neutral' : 'lower';
}

/**
 * A value with its unit: "42 min", "2 h 5 min", "12.5 %", "3.4 h", "18.2" (patients: the unit is in the row label).
 * `signed` writes differences ("+12 min", "−3.5"); a difference of shares is in percentage points (`points` is the
 * translated unit word).
 */
export function formatKpiValue(value: number, kind: KpiKind, signed = false, points = 'pts'): string {
  if (!Number.isFinite(value)) return '—';
  const signDisplay = signed ? 'exceptZero' : 'auto';
  switch (kind) {
    case 'minutes':
      return (signed && value > 0 ? '+' : '') + formatDuration(value);
    case 'share':
      return signed
        ? `${formatNumber(value * 100, { maximumFractionDigits: 1, signDisplay })} ${points}`
        : formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
    case 'hours':
      return formatNumber(value, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1, signDisplay });
    default:
      return formatNumber(value, { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 1, signDisplay });
  }
}

/** "35 min – 50 min" (the 95 % interval of a mean or of a difference). */
export function formatRange(e: Pick<KpiEstimate, 'lo' | 'hi' | 'n'>, kind: KpiKind, signed = false, points = 'pts'): string | null {
  if (e.n < 2 || !Number.isFinite(e.lo) || !Number.isFinite(e.hi)) return null;
  return `${formatKpiValue(e.lo, kind, signed, points)} – ${formatKpiValue(e.hi, kind, signed, points)}`;
}

/** Plain-language verdict of a paired difference: i18n key under "debrief.verdict". */
export function verdictOf(d: PairedEstimate, direction: KpiDirection): 'better' | 'worse' | 'higher' | 'lower' | 'noise' | 'same' {
  if (!Number.isFinite(d.diff)) return 'noise';
  if (!d.significant) return d.diff === 0 && d.lo === 0 && d.hi === 0 ? 'same' : 'noise';
  if (direction === 'neutral') return d.diff > 0 ? 'higher' : 'lower';
  const improved = direction === 'lower' ? d.diff < 0 : d.diff > 0;
  return improved ? 'better' : 'worse';
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** "14:05" (24-hour clock) of minute `minute` of an exercise starting at `startDateTime`. */
export function formatStepClock(startDateTime: string, minute: number): string {
  const locale = currentLocale();
  let format = clockFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(locale, format);
  }
  return format.format(clockAt(startDateTime, minute));
}

/** 1-based day of the exercise a minute falls on (the start's day is day 1). */
export function exerciseDayOf(startDateTime: string, minute: number): number {
  const start = new Date(startDateTime);
  const at = clockAt(startDateTime, minute);
  const midnight = (d: Date): number => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((midnight(at) - midnight(start)) / 86_400_000) + 1;
}

/** Wall-clock time a decision was entered ("10:42:05"). */
export function formatWallClock(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(currentLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(date);
}
