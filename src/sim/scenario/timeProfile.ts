import { ArrivalProcess, type RateProfile } from '../kernel/arrivals';
import type { PatientClassSpec } from '../model/operationsSchema';
import type { Seasonal, Surge, Wave } from './scenarioSchema';

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 1440;
export const HOURS_PER_WEEK = 168;
const DAYS_PER_MONTH = 365.25 / 12;
/** Seasonal profiles are laid out this far ahead (runs are shorter). */
const SEASONAL_HORIZON_DAYS = 3660;

/**
 * A piecewise-constant factor over run time: `values[k]` holds on [points[k], points[k+1]) (minutes), the last
 * one for ever after; before points[0] the factor is `before`.
 */
export interface StepFunction { points: Float64Array; values: Float64Array; before: number }

export const ONE: StepFunction = { points: new Float64Array([0]), values: new Float64Array([1]), before: 1 };

export function valueAt(f: StepFunction, t: number): number {
  const points = f.points;
  if (points.length === 0 || t < points[0]) return f.before;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (points[mid] <= t) lo = mid; else hi = mid - 1;
  }
  return f.values[lo];
}

/** First breakpoint strictly after t (Infinity when none). */
export function nextPoint(f: StepFunction, t: number): number {
  const points = f.points;
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid] <= t) lo = mid + 1; else hi = mid;
  }
  return lo < points.length ? points[lo] : Infinity;
}

export function maxValue(f: StepFunction): number {
  let best = f.before;
  for (const v of f.values) if (v > best) best = v;
  return best;
}

/** Product of windows [start, end) with factors (minutes); 1 outside every window. */
export function windowsFactor(windows: { start: number; end: number; factor: number }[]): StepFunction {
  if (windows.length === 0) return ONE;
  const points = [...new Set([0, ...windows.flatMap((w) => [w.start, w.end])])].sort((a, b) => a - b);
  const values = points.map((p) => windows.reduce((product, w) => (w.start <= p && p < w.end ? product * w.factor : product), 1));
  return { points: Float64Array.from(points), values: Float64Array.from(values), before: 1 };
}

/** Surge and seasonal windows that apply to a class (surges without classes apply to every class). */
export function classWindows(classId: string, surges: Surge[], seasonal: Seasonal[]): { start: number; end: number; factor: number }[] {
  const windows = surges.filter((s) => !s.classes || s.classes.includes(classId))
    .map((s) => ({ start: s.startDay * MINUTES_PER_DAY, end: s.endDay * MINUTES_PER_DAY, factor: s.factor }));
  for (const season of seasonal) {
    if (season.classes && !season.classes.includes(classId)) continue;
    for (let m = 0; m * DAYS_PER_MONTH < SEASONAL_HORIZON_DAYS; m++) {
      windows.push({
        start: m * DAYS_PER_MONTH * MINUTES_PER_DAY, end: (m + 1) * DAYS_PER_MONTH * MINUTES_PER_DAY,
        factor: season.monthly[(season.startMonth - 1 + m) % 12],
      });
    }
  }
  return windows;
}

/** Days from the start of the run → the wave's multiplier (1 outside it): raised-cosine rise to the peak and fall. */
export function waveMultiplier(wave: Wave, day: number): number {
  const start = wave.startDay;
  const peak = start + wave.peakWeek * 7;
  const end = start + wave.durationWeeks * 7;
  if (day <= start || day >= end) return 1;
  const shape = day < peak ? 0.5 * (1 - Math.cos(Math.PI * (day - start) / (peak - start)))
    : 0.5 * (1 + Math.cos(Math.PI * (day - peak) / (end - peak)));
  return 1 + (wave.peakMultiplier - 1) * shape;
}

/** The wave's EXTRA arrivals as a factor of the normal rate (multiplier − 1), hour by hour (value at mid-hour). */
export function waveExtraFactor(wave: Wave): StepFunction {
  const firstHour = Math.floor(wave.startDay * 24);
  const lastHour = Math.ceil((wave.startDay + wave.durationWeeks * 7) * 24);
  const points = new Float64Array(lastHour - firstHour + 1);
  const values = new Float64Array(points.length);
  for (let h = firstHour; h <= lastHour; h++) {
    points[h - firstHour] = h * MINUTES_PER_HOUR;
    values[h - firstHour] = h === lastHour ? 0 : waveMultiplier(wave, (h + 0.5) / 24) - 1;
  }
  return { points, values, before: 0 };
}

/** A class's random-arrival rate per minute for each hour of the week counted from run time 0. */
export function weeklyRates(profile: RateProfile, startDayOfWeek: number): Float64Array {
  const process = new ArrivalProcess(profile, [], startDayOfWeek);
  return Float64Array.from({ length: HOURS_PER_WEEK }, (_, h) => process.rateAt(h * MINUTES_PER_HOUR));
}

export function classWeeklyRates(spec: PatientClassSpec, startDayOfWeek: number): Float64Array {
  return spec.arrivals ? weeklyRates(spec.arrivals, startDayOfWeek) : new Float64Array(HOURS_PER_WEEK);
}

/** Evenly spread arrival times (minutes) of an incident's casualties of one class: n over [at, at + duration). */
export function evenlySpread(at: number, duration: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, k) => at + ((k + 0.5) * duration) / n);
}

/** Splits a whole number by weights (largest remainder), so the parts add up exactly. */
export function splitByWeights(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) { if (left <= 0) break; parts[i]++; left--; }
  return parts;
}
