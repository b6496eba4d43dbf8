import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ExperimentResult } from '../sim';
import type { FrameStore } from '../protocol/frameStore';
import type { UnitBands } from '../protocol/api';

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

/** Band and UnitBands live in the worker protocol (the worker computes them); see src/protocol/api.ts. */
export type { Band, UnitBands } from '../protocol/api';

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
  /**
   * Playback frames: one replication, and the mean over replications (for aggregate views). Set (new objects)
   * when a run's first frames arrive; `replication` then grows (append-only) while the run streams; `mean`
   * stays null until the run is done. Room metrics of `mean` are means over replications; its beds and
   * equipment are copied from the representative replication (`replicationIndex`, replication 0 by default).
   */
  frames: { replication: FrameStore; replicationIndex: number; mean: FrameStore | null } | null;
  /** Which frames the 3D view shows. */
  shown: 'replication' | 'mean';
  /** Wall-clock milliseconds the last run took. */
  elapsedMs: number | null;
  /** Increments on every new run, so late results of a stale run are ignored. */
  runId: number;
  /** performance.now() when the current (or last) run started; for the elapsed-time display. */
  startedAt: number | null;
  /** Replications and days of the current (or last) run, fixed when it started. */
  runReplications: number;
  runDays: number;
  /** True when a model is loaded in the workers and Run can start. */
  canRun: boolean;
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
  startedAt: null,
  runReplications: 0,
  runDays: 0,
  canRun: false,
}));

export function useRun<T>(selector: (s: RunState) => T): T {
  return useStore(runStore, selector);
}
