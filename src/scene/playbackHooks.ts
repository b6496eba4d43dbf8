import type { PlaybackClock } from '../bridge/playback';
import type { RoomMetric } from '../protocol/snapshot';

/**
 * `window.__twinPlayback`: hooks for the playback e2e test and benchmark (test/e2e/playback.test.ts,
 * test/bench/playbackBench.ts). Synthetic frames stand in for a run where a test needs exact, fast frames.
 */
export interface TwinPlaybackHooks {
  playback: PlaybackClock;
  /** Puts `frames` synthetic frames (every 15 simulated minutes) of the hospital on screen as a finished run. */
  loadSyntheticFrames(frames: number): { frames: number; rooms: number; beds: number; equipment: number };
  /**
   * Applies alternately two different frames to every room, bed and equipment item `iterations` times
   * (colour lookup, buffer writes, dirty ranges) and returns ms per application, measured in batches of 10.
   */
  measureApplyMs(iterations: number): number[];
  /** Starts recording main-thread JS per rendered frame: from the frame loop's start to the end of its render. */
  startFrameTiming(): void;
  /** Stops recording; returns the ms of each frame rendered since startFrameTiming. */
  stopFrameTiming(): number[];
  /** Per frame of the last timing window: ms spent inside WebGL calls (when the benchmark wraps them). */
  lastFrameGlTimes(): number[];
  /** A room's metric over the shown frames (null without frames); roomIndex is its frame index. */
  roomSeries(roomId: string, metric: RoomMetric): { roomIndex: number; times: number[]; values: number[] } | null;
  /** sRGB 0..255 of a room's base colour as last painted (before hover/selection tints). */
  roomColour(roomId: string): [number, number, number] | null;
}

declare global {
  interface Window { __twinPlayback?: TwinPlaybackHooks }
}

export function installPlaybackHooks(hooks: TwinPlaybackHooks): () => void {
  window.__twinPlayback = hooks;
  return () => {
    if (window.__twinPlayback === hooks) delete window.__twinPlayback;
  };
}
