import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExperimentResult } from '../sim';
import type { FrameStore } from '../protocol/frameStore';

/** What the planner asks for. Days are measured days; warm-up days run first and are discarded. */
export interface RunSettings {
  days: number;
  replications: number;
  seed: number;
  warmupDays: number;
  sampleIntervalMinutes: number;
  /** Calendar date-time (ISO, local) of simulated minute 0 of the measured period, for the clock. */
  startDate: string;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A value over time with its 95% band across replications. */
export interface Band { mean: Float64Array; lo: Float64Array; hi: Float64Array }

/** Per-unit time series for charts: minutes since the start of the measured period. */
export interface UnitBands {
  times: Float64Array;
  units: Record<string, { occupancy: Band; queue: Band; staffOnDuty: Band }>;
}

/** A plain-language message for the user, as an i18n key with parameters. */
export interface RunMessage { key: string; params?: Record<string, string | number> }

export interface RunState {
  settings: RunSettings;
  status: RunStatus;
  /** Fraction done, 0..1, while running. */
  progress: number;
  /** Replications finished so far. */
  replicationsDone: number;
  message: RunMessage | null;
  /** KPIs with 95% intervals over replications (null until the run finishes). */
  result: ExperimentResult | null;
  bands: UnitBands | null;
  /** Playback frames: one replication, and the mean over replications (for aggregate views). */
  frames: { replication: FrameStore; replicationIndex: number; mean: FrameStore | null } | null;
  /** Which frames the 3D view shows. */
  shown: 'replication' | 'mean';
  /** Wall-clock milliseconds the last run took. */
  elapsedMs: number | null;
  /** Increments on every new run, so late results of a stale run are ignored. */
  runId: number;
}

export const DEFAULT_RUN_SETTINGS: RunSettings = {
  days: 7,
  replications: 30,
  seed: 12345,
  warmupDays: 0,
  sampleIntervalMinutes: 15,
  startDate: '2026-11-23T00:00',
};

/** Slow state of simulation runs: changes at ≤ 4 Hz (progress) or on user actions, never per frame. */
export const runStore = createStore<RunState>()(() => ({
  settings: DEFAULT_RUN_SETTINGS,
  status: 'idle',
  progress: 0,
  replicationsDone: 0,
  message: null,
  result: null,
  bands: null,
  frames: null,
  shown: 'replication',
  elapsedMs: null,
  runId: 0,
}));

export function useRun<T>(selector: (s: RunState) => T): T {
  return useStore(runStore, selector);
}
