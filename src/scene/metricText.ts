import type { TFunction } from 'i18next';
import type { MetricColourBy } from '../bridge/viewStore';
import { formatNumber } from '../i18n/format';
import { METRIC_SCALES, type MetricUnit } from './metricColour';

/** A display value with its unit: "85 %", "12 patients", "2.5 patients per staff member", "45 min". */
export function unitText(t: TFunction, unit: MetricUnit, displayValue: number): string {
  const digits = unit === 'patientsPerStaff' ? 1 : 0;
  return t(`playback:unit.${unit}`, { value: formatNumber(displayValue, { maximumFractionDigits: digits }) });
}

/** The legend's range: "0 % … 100 %+", "0 … 25+ patients", "0 … 120+ min". */
export function rangeText(t: TFunction, unit: MetricUnit, displayMax: number): string {
  if (unit === 'percent') return `${unitText(t, unit, 0)} … ${unitText(t, unit, displayMax)}+`;
  return `${formatNumber(0)} … ${t(`playback:unit.${unit}`, { value: `${formatNumber(displayMax)}+` })}`;
}

/** A raw frame value of a metric in real units; "—" without a value. */
export function metricText(t: TFunction, metric: MetricColourBy, raw: number): string {
  if (!Number.isFinite(raw)) return '—';
  const scale = METRIC_SCALES[metric];
  return unitText(t, scale.unit, raw * scale.displayFactor);
}
