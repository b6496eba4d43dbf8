import { evaluate, thresholdFor, type ResolvedThresholds, type ThresholdState } from '../../domain/thresholds';
import type { ThresholdMetric } from '../../domain/schema';
import type { UnitBands } from '../../protocol/api';
import type { ResolvedGroup } from './groups';

/**
 * What the wall's tiles, forecast and alerts show for a group of units, read from the per-unit bands of the
 * last answer (mean and 95 % interval across replications per sample time). Pure functions.
 */

/** The metrics a tile shows and alerts watch. occupancy is a fraction of staffed places (0.9 = 90 %). */
export type WallMetric = 'occupancy' | 'free' | 'queue';
export const WALL_METRICS: readonly WallMetric[] = ['occupancy', 'free', 'queue'];

export interface Estimate { mean: number; lo: number; hi: number }

/** The last answer the wall has: bands, the calendar time of their minute 0, staffed places per unit. */
export interface WallAnswer {
  bands: UnitBands;
  /** Epoch ms of band minute 0 (the run's measured start). */
  startMs: number;
  capacity: ReadonlyMap<string, number>;
}

export interface GroupReading {
  groupId: string;
  /** Occupancy fraction; null when the group has no staffed places. */
  occupancy: Estimate | null;
  census: Estimate;
  capacity: number;
  free: Estimate | null;
  queue: Estimate;
  states: Record<WallMetric, ThresholdState>;
  /** The worst of the three. */
  state: ThresholdState;
}

const SEVERITY: Record<ThresholdState, number> = { unknown: 0, normal: 1, warning: 2, critical: 3 };
export const severity = (s: ThresholdState): number => SEVERITY[s];
export const worst = (states: readonly ThresholdState[]): ThresholdState =>
  states.reduce<ThresholdState>((a, b) => (SEVERITY[b] > SEVERITY[a] ? b : a), 'unknown');

const THRESHOLD_OF: Record<WallMetric, ThresholdMetric> = { occupancy: 'unitOccupancy', free: 'freeBeds', queue: 'edWaitingPatients' };

/** Index of the last sample at or before `minute` (-1 before the first, or without samples). */
export function sampleIndexAt(times: Float64Array, minute: number): number {
  let lo = 0, hi = times.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid] <= minute + 1e-9) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Σ over units of one band at sample k; the half-width adds up (conservative, as the KPI tiles do). */
function sumAt(bands: UnitBands, unitIds: readonly string[], series: 'occupancy' | 'queue', k: number): Estimate {
  let mean = 0, half = 0;
  for (const u of unitIds) {
    const b = bands.units[u]?.[series];
    if (!b) continue;
    mean += b.mean[k];
    half += Math.max(b.mean[k] - b.lo[k], b.hi[k] - b.mean[k], 0);
  }
  return { mean, lo: Math.max(0, mean - half), hi: mean + half };
}

function capacityOf(answer: WallAnswer, group: ResolvedGroup): number {
  return group.unitIds.reduce((sum, u) => sum + (answer.capacity.get(u) ?? 0), 0);
}

/** The limit that applies to a metric of a group (none for the queue of a group without ED units). */
function stateOf(metric: WallMetric, value: number | undefined, group: ResolvedGroup, thresholds: ResolvedThresholds): ThresholdState {
  if (metric === 'queue' && !group.emergency) return 'unknown';
  return evaluate(value, thresholdFor(thresholds, THRESHOLD_OF[metric], group.unitId ?? undefined));
}

/** A group's reading at band sample k (null outside the bands). */
export function readingAt(answer: WallAnswer, group: ResolvedGroup, k: number, thresholds: ResolvedThresholds): GroupReading | null {
  if (k < 0 || k >= answer.bands.times.length) return null;
  if (!group.unitIds.some((u) => answer.bands.units[u])) return null;
  const census = sumAt(answer.bands, group.unitIds, 'occupancy', k);
  const queue = sumAt(answer.bands, group.unitIds, 'queue', k);
  const capacity = capacityOf(answer, group);
  const occupancy = capacity > 0 ? { mean: census.mean / capacity, lo: census.lo / capacity, hi: census.hi / capacity } : null;
  const free = capacity > 0 ? { mean: Math.max(0, capacity - census.mean), lo: Math.max(0, capacity - census.hi), hi: Math.max(0, capacity - census.lo) } : null;
  const states: Record<WallMetric, ThresholdState> = {
    occupancy: stateOf('occupancy', occupancy?.mean, group, thresholds),
    free: stateOf('free', free?.mean, group, thresholds),
    queue: stateOf('queue', queue.mean, group, thresholds),
  };
  return { groupId: group.id, occupancy, census, capacity, free, queue, states, state: worst(Object.values(states)) };
}

/** Band sample index at a calendar time (epoch ms). */
export function sampleAtTime(answer: WallAnswer, atMs: number): number {
  return sampleIndexAt(answer.bands.times, (atMs - answer.startMs) / 60_000);
}

export interface Peak { value: Estimate; atMs: number; state: ThresholdState }

export interface GroupForecast {
  groupId: string;
  /** Highest expected occupancy in the window, with its interval and when. */
  occupancyPeak: Peak | null;
  queuePeak: Peak | null;
  /** Where the bands end, if before the end of the window (the forecast is then shorter). */
  untilMs: number;
  /** Occupancy fraction over the window (for the sparkline): epoch ms and mean / lo / hi. */
  series: { atMs: number[]; mean: number[]; lo: number[]; hi: number[] };
  /** The worst state of each metric anywhere in the window, and the worst of those. */
  states: Record<WallMetric, ThresholdState>;
  state: ThresholdState;
}

/** The group over [fromMs, fromMs + hours]: peaks of expected occupancy and queue, and the occupancy curve. */
export function forecastFor(answer: WallAnswer, group: ResolvedGroup, fromMs: number, thresholds: ResolvedThresholds, hours = 24): GroupForecast | null {
  const times = answer.bands.times;
  const first = Math.max(0, sampleAtTime(answer, fromMs));
  const last = Math.min(times.length - 1, sampleAtTime(answer, fromMs + hours * 3_600_000));
  if (times.length === 0 || last < first || !group.unitIds.some((u) => answer.bands.units[u])) return null;
  const series: GroupForecast['series'] = { atMs: [], mean: [], lo: [], hi: [] };
  let occupancyPeak: Peak | null = null;
  let queuePeak: Peak | null = null;
  const states: Record<WallMetric, ThresholdState> = { occupancy: 'unknown', free: 'unknown', queue: 'unknown' };
  for (let k = first; k <= last; k++) {
    const r = readingAt(answer, group, k, thresholds);
    if (!r) continue;
    for (const m of WALL_METRICS) states[m] = worst([states[m], r.states[m]]);
    const atMs = answer.startMs + times[k] * 60_000;
    if (r.occupancy) {
      series.atMs.push(atMs); series.mean.push(r.occupancy.mean); series.lo.push(r.occupancy.lo); series.hi.push(r.occupancy.hi);
      if (!occupancyPeak || r.occupancy.mean > occupancyPeak.value.mean) occupancyPeak = { value: r.occupancy, atMs, state: r.states.occupancy };
    }
    if (!queuePeak || r.queue.mean > queuePeak.value.mean) queuePeak = { value: r.queue, atMs, state: r.states.queue };
  }
  const untilMs = answer.startMs + times[last] * 60_000;
  return { groupId: group.id, occupancyPeak, queuePeak, untilMs, series, states, state: worst(Object.values(states)) };
}
