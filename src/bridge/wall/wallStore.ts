import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { WallConfig } from '../../domain/wallConfig';
import type { WallAlert } from './alerts';
import type { ResolvedGroup } from './groups';
import type { RecoveryEvent } from './recovery';
import type { TourStop } from './tour';
import type { WallProblem } from './wallParams';
import type { GroupForecast, GroupReading } from './wallMetrics';

/**
 * Slow state of the wall display for its panels. Changes when the playhead reaches a new sample of the bands
 * (every few seconds at calm speeds, ≤ 4 Hz at most), on a new answer, alert, tour stop or recovery — never
 * per animation frame. The playhead's calendar time is not here: the top bar reads it imperatively.
 */
export interface WallState {
  config: WallConfig | null;
  /** Config, URL and scenario problems, shown in large type. */
  problems: WallProblem[];
  groups: ResolvedGroup[];
  /** Occupancy limits per group (fractions), drawn on the forecast charts. */
  occupancyLimits: ({ warning: number; critical: number } | null)[];
  /** Per group at the playhead, and over the next 24 hours (same order as groups; null: no data yet). */
  now: (GroupReading | null)[];
  forecast: (GroupForecast | null)[];
  /** Calendar time (epoch ms) of the sample the readings are for. */
  sampleMs: number | null;
  alerts: readonly WallAlert[];
  tour: TourStop | null;
  recoveries: readonly RecoveryEvent[];
  recoveryCount: number;
  /** Real time (epoch ms) of the last answer, for "updated 2 min ago". */
  lastAnswerMs: number | null;
  /** Real seconds between refreshes at the configured speed (what "fresh" is measured against). */
  refreshEverySeconds: number;
  /** Bumped to remount the 3D canvas after a WebGL context that did not come back. */
  canvasEpoch: number;
  scenarioName: string | null;
}

export const initialWallState: WallState = {
  config: null, problems: [], groups: [], occupancyLimits: [], now: [], forecast: [], sampleMs: null, alerts: [], tour: null,
  recoveries: [], recoveryCount: 0, lastAnswerMs: null, refreshEverySeconds: 0, canvasEpoch: 0, scenarioName: null,
};

export const wallStore = createStore<WallState>()(() => initialWallState);

export function useWall<T>(selector: (s: WallState) => T): T {
  return useStore(wallStore, selector);
}
