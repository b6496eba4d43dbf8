import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExperimentResult } from '../sim';
import type { CompareRow, SummaryResponse, UnitBands } from '../protocol/api';
import { ROOM_METRIC_COUNT, roomMetricIndex, type RoomMetric } from '../protocol/snapshot';

/**
 * Slow state of the comparison (issue 5 item 3): baseline and ≤ 4 scenarios run with common random numbers
 * by src/bridge/compareClient.ts; the KPI table's paired differences (computed in a worker); per-room means over
 * the run for the 3D delta mode; per-unit bands for overlaid charts. Changes on user actions and at ≤ 4 Hz.
 */
export const MAX_COMPARED = 4;

/** One run of the comparison: the baseline (scenario null) or a scenario. */
export interface ComparedVariant {
  id: string;
  name: string;
  result: ExperimentResult;
  bands: UnitBands;
  /** Per room (hospital order), each ROOM_METRICS value averaged over the run and the replications; null without a hospital mapping. */
  roomMeans: Float32Array | null;
}

export interface ComparisonResult {
  baseline: ComparedVariant;
  scenarios: ComparedVariant[];
  rows: CompareRow[];
  replications: number;
  days: number;
  seed: number;
}

/** Room metrics the delta mode can show (all are "higher is worse"). */
export const DELTA_METRICS = ['occupancyPct', 'queue', 'staffLoad', 'waitMean'] as const satisfies readonly RoomMetric[];
export type DeltaMetric = (typeof DELTA_METRICS)[number];

export interface CompareState {
  open: boolean;
  status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** 0..1 over every variant's replications. */
  progress: number;
  /** Plain-language message as an i18n key of the "compare" namespace. */
  message: { key: string; params?: Record<string, string | number> } | null;
  comparison: ComparisonResult | null;
  /** The 3D view colours rooms by scenario − baseline. */
  deltaOn: boolean;
  /** Which scenario the delta / split view shows (index into comparison.scenarios). */
  shownScenario: number;
  deltaMetric: DeltaMetric;
  /** Baseline and scenario side by side, cameras in step. */
  splitOn: boolean;
  runId: number;
}

export const compareStore = createStore<CompareState>()(() => ({
  open: false, status: 'idle', progress: 0, message: null, comparison: null,
  deltaOn: false, shownScenario: 0, deltaMetric: 'occupancyPct', splitOn: false, runId: 0,
}));

export function useCompare<T>(selector: (s: CompareState) => T): T {
  return useStore(compareStore, selector);
}

/** Per room and metric, the mean over frames of the mean view (NaN frames are left out; NaN when all are). */
export function roomMeansOverRun(meanRooms: NonNullable<SummaryResponse['meanRooms']>, roomCount: number): Float32Array {
  const width = roomCount * ROOM_METRIC_COUNT;
  const sums = new Float64Array(width);
  const counts = new Uint32Array(width);
  for (let f = 0; f < meanRooms.frameCount; f++) {
    const offset = f * width;
    for (let k = 0; k < width; k++) {
      const v = meanRooms.rooms[offset + k];
      if (Number.isFinite(v)) { sums[k] += v; counts[k]++; }
    }
  }
  const out = new Float32Array(width);
  for (let k = 0; k < width; k++) out[k] = counts[k] > 0 ? sums[k] / counts[k] : Number.NaN;
  return out;
}

/** scenario − baseline of one metric per room (hospital order); NaN where either has no value. */
export function roomDelta(baseline: Float32Array, scenario: Float32Array, metric: RoomMetric): Float32Array {
  const m = roomMetricIndex(metric);
  const rooms = Math.floor(Math.min(baseline.length, scenario.length) / ROOM_METRIC_COUNT);
  const out = new Float32Array(rooms);
  for (let i = 0; i < rooms; i++) out[i] = scenario[i * ROOM_METRIC_COUNT + m] - baseline[i * ROOM_METRIC_COUNT + m];
  return out;
}

/** The delta the 3D view shows now, or null when the delta mode is off or has nothing to show. */
export function currentDelta(s: CompareState = compareStore.getState()): { values: Float32Array; metric: DeltaMetric } | null {
  const c = s.comparison;
  if (!s.deltaOn || !c) return null;
  const scenario = c.scenarios[s.shownScenario] ?? c.scenarios[0];
  if (!scenario?.roomMeans || !c.baseline.roomMeans) return null;
  return { values: roomDelta(c.baseline.roomMeans, scenario.roomMeans, s.deltaMetric), metric: s.deltaMetric };
}
