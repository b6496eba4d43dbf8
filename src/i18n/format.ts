import i18next from 'i18next';

/** The language numbers and dates are formatted in: the current UI language. */
export function currentLocale(): string {
  return i18next.resolvedLanguage ?? i18next.language ?? 'en';
}

export function formatNumber(n: number, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(currentLocale(), opts).format(n);
}

/** Floor area: "12.5 m²" in English, "12,5 m²" in Spanish and Portuguese. */
export function formatArea(m2: number): string {
  return `${formatNumber(m2, { maximumFractionDigits: 1 })} m²`;
}

/** Date and time with a 24-hour clock. */
export function formatDateTime(date: Date | number): string {
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(date);
}

function unit(value: number, unitName: 'day' | 'hour' | 'minute'): string {
  return formatNumber(value, { style: 'unit', unit: unitName, unitDisplay: 'short', maximumFractionDigits: 0 });
}

/** A simulated duration in minutes: "45 min", "2 h 15 min", "3 d 4 h" (largest two parts, rounded to minutes). */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return formatNumber(minutes);
  const sign = minutes < 0 ? '−' : '';
  const total = Math.round(Math.abs(minutes));
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  let parts: string[];
  if (days > 0) parts = [unit(days, 'day'), ...(hours > 0 ? [unit(hours, 'hour')] : [])];
  else if (hours > 0) parts = [unit(hours, 'hour'), ...(mins > 0 ? [unit(mins, 'minute')] : [])];
  else parts = [unit(mins, 'minute')];
  return sign + parts.join(' ');
}
