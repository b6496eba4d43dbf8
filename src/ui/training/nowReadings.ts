import type { Hospital } from '../../domain/schema';
import { resolveThresholds, type ResolvedThresholds, type ThresholdState } from '../../domain/thresholds';
import { DEFAULT_WALL_GROUPS } from '../../domain/wallConfig';
import type { UnitBands } from '../../protocol/api';
import type { CatalogueResource } from '../../protocol/kpi/resourceCatalogue';
import type { ExperimentResult } from '../../sim';
import { resolveGroups, unitCapacities, type ResolvedGroup } from '../../bridge/wall/groups';
import { readingAt, sampleIndexAt, type GroupReading, type WallAnswer, type WallMetric } from '../../bridge/wall/wallMetrics';

/**
 * What training's "At 14:20" strip shows: the wall's "Now" readings (per unit group, at the band sample at or
 * before the playhead), so the trainees see the state at the playhead and nothing of the hours not yet played.
 * Pure functions over the wall's own (imported, not copied) metric functions.
 */

export interface NowContext {
  answer: WallAnswer;
  groups: ResolvedGroup[];
  thresholds: ResolvedThresholds;
}

export interface NowView {
  /** Band sample index (-1 before the first sample). */
  sample: number;
  /** Playback minute of that sample (null before the first). */
  minute: number | null;
  /** Calendar time of that sample, epoch ms (null before the first). */
  atMs: number | null;
  /** One per group, in the groups' order (null: no data for it). */
  readings: (GroupReading | null)[];
}

/** The run's bands with the wall's default groups and the hospital's thresholds; null until there is a result. */
export function nowContext(
  hospital: Hospital | null, result: Pick<ExperimentResult, 'resources'> | null, bands: UnitBands | null,
  resources: readonly CatalogueResource[], startMs: number,
): NowContext | null {
  if (!hospital || !result || !bands) return null;
  return {
    answer: { bands, startMs, capacity: unitCapacities(result, resources) },
    groups: resolveGroups(DEFAULT_WALL_GROUPS, hospital),
    thresholds: resolveThresholds(hospital.thresholds),
  };
}

/** Index of the band sample at or before playback minute `minute`. */
export const sampleAtMinute = (context: NowContext, minute: number): number => sampleIndexAt(context.answer.bands.times, minute);

/** Every group's reading at sample k. */
export function nowView(context: NowContext, sample: number): NowView {
  const { answer, groups, thresholds } = context;
  const inside = sample >= 0 && sample < answer.bands.times.length;
  const minute = inside ? answer.bands.times[sample] : null;
  return {
    sample: inside ? sample : -1,
    minute,
    atMs: minute === null ? null : answer.startMs + minute * 60_000,
    readings: groups.map((g) => readingAt(answer, g, sample, thresholds)),
  };
}

/** The metric behind a tile's state when it is not occupancy (the big number): free places or waiting. */
export function stateDriver(reading: GroupReading): WallMetric | null {
  const state: ThresholdState = reading.state;
  if (state !== 'warning' && state !== 'critical') return null;
  if (reading.states.occupancy === state) return null;
  return reading.states.free === state ? 'free' : reading.states.queue === state ? 'queue' : null;
}
