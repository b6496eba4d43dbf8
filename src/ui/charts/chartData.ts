import type { Unit } from '../../domain/schema';
import type { UnitBands } from '../../bridge/runStore';

export const CHART_METRICS = ['occupancy', 'queue', 'staffOnDuty'] as const;
export type ChartMetric = (typeof CHART_METRICS)[number];

/** Milliseconds since the epoch of simulated minute 0 (startDate is an ISO local date-time). */
export function startMillis(startDate: string): number {
  const ms = new Date(startDate).getTime();
  return Number.isFinite(ms) ? ms : 0;
}

/** Seconds since the epoch (uPlot's time axis) of a simulated minute, and back. */
export const minutesToAxis = (minutes: number, startMs: number): number => startMs / 1000 + minutes * 60;
export const axisToMinutes = (seconds: number, startMs: number): number => (seconds - startMs / 1000) / 60;

/**
 * uPlot columns [x, lo, hi, mean] for one unit and metric; null when the unit has no series. The band's lower
 * edge is cut at 0: counts of patients and staff are never negative, whatever the t-interval says.
 */
export function chartColumns(bands: UnitBands, unitId: string, metric: ChartMetric, startMs: number): [Float64Array, Float64Array, Float64Array, Float64Array] | null {
  const unit = bands.units[unitId];
  if (!unit) return null;
  const band = unit[metric];
  const x = new Float64Array(bands.times.length);
  for (let i = 0; i < x.length; i++) x[i] = minutesToAxis(bands.times[i], startMs);
  const lo = band.lo.map((v) => Math.max(0, v));
  return [x, lo, band.hi, band.mean];
}

export interface UnitOption { id: string; name: string }

/** Units that have series, in the hospital's order, named as in the hospital (id when unknown). */
export function unitOptions(bands: UnitBands | null, units: readonly Unit[]): UnitOption[] {
  if (!bands) return [];
  const ids = Object.keys(bands.units);
  const order = new Map(units.map((u, i) => [u.id, i]));
  return ids
    .sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
    .map((id) => ({ id, name: units.find((u) => u.id === id)?.name ?? id }));
}

/** The unit chosen before: kept while it has series; else the emergency department; else the first. */
export function pickUnit(options: readonly UnitOption[], units: readonly Unit[], wanted: string | null): string | null {
  if (wanted && options.some((o) => o.id === wanted)) return wanted;
  const ed = options.find((o) => units.find((u) => u.id === o.id)?.kind === 'emergency');
  return ed?.id ?? options[0]?.id ?? null;
}

/** A chart's columns with every y value after sample `last` left out (null: uPlot draws a gap there). */
export type RevealedColumns = [Float64Array, (number | null)[], (number | null)[], (number | null)[]];

/**
 * For training: the columns up to sample `last` (-1: none), the later ones null. The x column stays whole so the
 * time axis keeps the exercise's full span, and uPlot's y range comes from the shown values only (the height of
 * the axis does not give away the peak still to come).
 */
export function revealedColumns(columns: readonly [Float64Array, Float64Array, Float64Array, Float64Array], last: number): RevealedColumns {
  const [x, ...ys] = columns;
  const cut = (y: Float64Array): (number | null)[] => Array.from(y, (v, i) => (i <= last ? v : null));
  return [x, cut(ys[0]), cut(ys[1]), cut(ys[2])];
}
