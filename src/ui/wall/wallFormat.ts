import type { TFunction } from 'i18next';
import { currentLocale, formatNumber } from '../../i18n/format';
import { NAMED_GROUPS, type ResolvedGroup } from '../../bridge/wall/groups';
import type { WallAlert } from '../../bridge/wall/alerts';
import type { Estimate, WallMetric } from '../../bridge/wall/wallMetrics';
import { formatNumberOf } from '../kpi/formatKpi';

/** Text of the wall's panels: times, names and values in the UI language (Intl, 24-hour clock). */

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = timeFormats.get(key);
  if (!f) timeFormats.set(key, (f = make()));
  return f;
}

/** "Tue 14:20" — simulated times on tiles, alerts and forecasts. */
export function shortTime(ms: number): string {
  const locale = currentLocale();
  return cached(`short:${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(ms);
}

/** "14:20" */
export function hourMinute(ms: number): string {
  const locale = currentLocale();
  return cached(`hm:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).format(ms);
}

/** "14:20:05" — the real wall clock. */
export function clockTime(ms: number): string {
  const locale = currentLocale();
  return cached(`hms:${locale}`, () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })).format(ms);
}

/** "Tue, 24 Nov" */
export function dayDate(ms: number): string {
  const locale = currentLocale();
  return cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' })).format(ms);
}

/** A group's name: the config's own, a translated known id, or the id itself. */
export function groupName(group: Pick<ResolvedGroup, 'id' | 'name'>, t: TFunction): string {
  if (group.name) return group.name;
  return (NAMED_GROUPS as readonly string[]).includes(group.id) ? t(`wall:group.${group.id}`) : group.id;
}

/** A metric's value with its unit: "96%", "1.5 free places", "23 waiting". */
export function metricValue(metric: WallMetric, value: number): string {
  if (metric === 'occupancy') return formatNumberOf(value, 'percent');
  return formatNumber(value, { maximumFractionDigits: value >= 10 ? 0 : 1 });
}

export function percent(value: number): string {
  return formatNumberOf(value, 'percent');
}

export function count(value: number): string {
  return Number.isFinite(value) ? formatNumber(value, { maximumFractionDigits: value >= 10 ? 0 : 1 }) : '—';
}

/** "95 % CI 82%–91%" for an estimate. */
export function intervalText(e: Estimate, format: (v: number) => string, t: TFunction): string {
  return t('wall:tile.ci', { lo: format(e.lo), hi: format(e.hi) });
}

/** "14:20 · ICU · occupancy 96% — critical" */
export function alertText(alert: WallAlert, groups: readonly ResolvedGroup[], t: TFunction): string {
  const group = groups.find((g) => g.id === alert.groupId);
  const name = group ? groupName(group, t) : alert.groupId;
  return `${shortTime(alert.simMs)} · ${name} · ${t(`wall:metric.${alert.metric}`)} ${metricValue(alert.metric, alert.value)} — ${t(`wall:alerts.level.${alert.level}`)}`;
}
