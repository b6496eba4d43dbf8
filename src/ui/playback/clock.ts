import type { ColourBy, MetricColourBy } from '../../bridge/viewStore';
import { isMetricColourBy } from '../../bridge/viewStore';
import { currentLocale } from '../../i18n/format';

const MS_PER_MINUTE = 60_000;

/** Calendar time of simulated minute `minutes`, from the run's start date (ISO, local time). */
export function simulatedDate(startIso: string, minutes: number): Date {
  const start = new Date(startIso);
  const base = Number.isNaN(start.getTime()) ? 0 : start.getTime();
  return new Date(base + minutes * MS_PER_MINUTE);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "Mon, 23 Nov 2026, 14:30" in the UI language, 24-hour clock. */
export function formatClock(date: Date, locale: string = currentLocale()): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

/** 1-based simulated day of minute t. */
export function dayOf(minutes: number): number {
  return Math.floor(Math.max(0, minutes) / 1440) + 1;
}

/** i18n key and count of a speed preset label (playback namespace). */
export function speedLabel(speed: number): { key: string; count?: number } {
  if (speed < 1) return { key: 'speeds.realTime' };
  if (speed >= 1440) return { key: 'speeds.dayPerSecond' };
  if (speed >= 60) return { key: 'speeds.hoursPerSecond', count: speed / 60 };
  return { key: 'speeds.minutesPerSecond', count: speed };
}

/** The metric "jump to peak" looks for: the colouring metric, or occupancy with a static colouring. */
export function peakMetricFor(colourBy: ColourBy): MetricColourBy {
  return isMetricColourBy(colourBy) ? colourBy : 'occupancyPct';
}
