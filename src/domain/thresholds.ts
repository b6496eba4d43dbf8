import { THRESHOLD_METRIC_DIRECTIONS, type ThresholdMetric, type Thresholds, type ThresholdSet } from './schema';

/** Which way is bad: "above" means high values are bad (occupancy), "below" means low values are bad (free beds). */
export type ThresholdDirection = 'above' | 'below';
export interface ResolvedThreshold { warning: number; critical: number; direction: ThresholdDirection }
/** 'unknown' when there is no value yet (no run, no observations) or no threshold for the metric. */
export type ThresholdState = 'normal' | 'warning' | 'critical' | 'unknown';

/**
 * Defaults used where the hospital definition sets nothing. A state is reached AT its limit (inclusive).
 * - unitOccupancy 85 % / 95 %: above ~85 % bed occupancy, queues for beds grow sharply (the usual planning rule).
 * - freeBeds 2 / 1 and ventilatorsFree 3 / 1: fewer than that left free on average leaves no room for a surge.
 * - edWaitMinutes 30 / 60 and edWaitP90Minutes 60 / 120: door-to-provider targets of common ED triage scales.
 * - edWaitingPatients 10 / 20: patients queueing in the ED at the same time, on average.
 * - edBoardingHoursPerDay 8 / 24: 24 boarding hours a day is one ED bay lost to boarders all day.
 * - staffingShortfall 1 / 3 nurses: needed at the set ratios minus on duty.
 * - throughputPerDay: no default (it depends on the hospital's size); set it in the file to get a state.
 */
export const DEFAULT_THRESHOLDS: ThresholdSet = {
  unitOccupancy: { warning: 0.85, critical: 0.95 },
  freeBeds: { warning: 2, critical: 1 },
  edWaitingPatients: { warning: 10, critical: 20 },
  edWaitMinutes: { warning: 30, critical: 60 },
  edWaitP90Minutes: { warning: 60, critical: 120 },
  edBoardingHoursPerDay: { warning: 8, critical: 24 },
  ventilatorsFree: { warning: 3, critical: 1 },
  staffingShortfall: { warning: 1, critical: 3 },
};

/** Thresholds after merging the file's values over the defaults; look one up with `thresholdFor`. */
export interface ResolvedThresholds {
  global: Partial<Record<ThresholdMetric, ResolvedThreshold>>;
  byUnit: Record<string, Partial<Record<ThresholdMetric, ResolvedThreshold>>>;
}

function resolveSet(set: ThresholdSet | undefined): Partial<Record<ThresholdMetric, ResolvedThreshold>> {
  const out: Partial<Record<ThresholdMetric, ResolvedThreshold>> = {};
  if (!set) return out;
  for (const metric of Object.keys(THRESHOLD_METRIC_DIRECTIONS) as ThresholdMetric[]) {
    const t = set[metric];
    if (t) out[metric] = { warning: t.warning, critical: t.critical, direction: t.direction ?? THRESHOLD_METRIC_DIRECTIONS[metric] };
  }
  return out;
}

/** The file's thresholds (if any) over the defaults; per-unit overrides stay separate and win in `thresholdFor`. */
export function resolveThresholds(fromFile?: Thresholds | null): ResolvedThresholds {
  const global = { ...resolveSet(DEFAULT_THRESHOLDS), ...resolveSet(fromFile ?? undefined) };
  const byUnit: ResolvedThresholds['byUnit'] = {};
  for (const [unitId, set] of Object.entries(fromFile?.byUnit ?? {})) byUnit[unitId] = resolveSet(set);
  return { global, byUnit };
}

/** The threshold of a metric for a unit: the unit's override, else the hospital-wide value, else undefined. */
export function thresholdFor(resolved: ResolvedThresholds, metric: ThresholdMetric, unitId?: string): ResolvedThreshold | undefined {
  return (unitId !== undefined ? resolved.byUnit[unitId]?.[metric] : undefined) ?? resolved.global[metric];
}

/** State of a value against a threshold; limits are inclusive (a value equal to the warning limit is a warning). */
export function evaluate(value: number | null | undefined, threshold: ResolvedThreshold | undefined): ThresholdState {
  if (value === null || value === undefined || !Number.isFinite(value) || !threshold) return 'unknown';
  if (threshold.direction === 'above') {
    if (value >= threshold.critical) return 'critical';
    return value >= threshold.warning ? 'warning' : 'normal';
  }
  if (value <= threshold.critical) return 'critical';
  return value <= threshold.warning ? 'warning' : 'normal';
}
