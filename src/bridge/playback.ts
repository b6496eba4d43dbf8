import { useSyncExternalStore } from 'react';
import type { FrameStore } from '../protocol/frameStore';
import { peakFrame } from './peakFrame';
import type { RoomMetric } from '../protocol/snapshot';
import { runStore, type RunState } from './runStore';

/** Playback speeds in simulated minutes per real second: real time … one simulated day per second. */
export const SPEED_PRESETS = [1 / 60, 1, 10, 60, 240, 1440] as const;
export const DEFAULT_SPEED = 60;
/** Subscribers hear about a playing clock at most this often (UI panels ≤ 4 Hz). */
export const UI_NOTIFY_INTERVAL_MS = 250;
/** A longer gap between animation frames (tab in background, debugger) advances at most this much. */
const MAX_TICK_SECONDS = 0.25;

export interface PlaybackSnapshot {
  /** Simulated minutes since the start of the measured period. */
  time: number;
  playing: boolean;
  /** Simulated minutes per real second. */
  speed: number;
  /** Index of the frame at the playhead in the shown FrameStore; -1 without frames. */
  frameIndex: number;
  /** Times of the first and last frame available (0 without frames). */
  start: number;
  end: number;
}

export type PlaybackListener = (snapshot: PlaybackSnapshot) => void;

/**
 * The playback clock: a tiny framework-free object. Time advances in `tick(nowMs)`, called once per animation
 * frame by the 3D view's frame loop (or by its own requestAnimationFrame loop when no view drives it), never
 * through React state. Subscribers are told at ≤ 4 Hz while playing and at once on user actions.
 */
export class PlaybackClock {
  time = 0;
  playing = false;
  speed = DEFAULT_SPEED;
  private lastTickMs: number | null = null;
  private lastNotifyMs = -Infinity;
  private readonly listeners = new Set<PlaybackListener>();
  private cached: PlaybackSnapshot;
  private driver: (() => void) | null = null;
  private ownLoop = 0;
  /** A time playing stops at exactly (training's open decision point); null: none. */
  private stopAt: number | null = null;

  constructor(
    private readonly frames: () => FrameStore | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.cached = this.makeSnapshot();
  }

  get frameIndex(): number {
    const store = this.frames();
    return store && store.frameCount > 0 ? store.indexAt(this.time) : -1;
  }

  get start(): number {
    const store = this.frames();
    return store && store.frameCount > 0 ? store.times[0] : 0;
  }

  get end(): number {
    const store = this.frames();
    return store && store.frameCount > 0 ? store.times[store.frameCount - 1] : 0;
  }

  play(): void {
    if (this.playing || this.frameIndex < 0) return;
    if (this.time >= this.end) this.time = this.start;
    this.playing = true;
    this.lastTickMs = null;
    this.notify(true);
    this.requestTicks();
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.notify(true);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Moves the playhead to t (clamped to the frames available); keeps playing if it was. */
  seek(t: number): void {
    const clamped = Number.isFinite(t) ? Math.min(this.end, Math.max(this.start, t)) : this.start;
    this.time = clamped;
    this.lastTickMs = null;
    this.notify(true);
    this.driver?.();
  }

  /** Pauses and moves to the next (+1) or previous (−1) frame time. */
  step(direction: 1 | -1): void {
    const store = this.frames();
    if (!store || store.frameCount === 0) return;
    this.pause();
    const i = store.indexAt(this.time);
    const onFrame = store.times[i] === this.time;
    const target = direction > 0 ? i + 1 : onFrame || this.time < store.times[0] ? i - 1 : i;
    this.seek(store.times[Math.min(store.frameCount - 1, Math.max(0, target))]);
  }

  /**
   * Playing stops (pauses) exactly at `minute` when it gets there from before; null removes the stop. The clock
   * never moves past it within a tick, so the scene never shows a later time (training's decision points).
   */
  setStopAt(minute: number | null): void {
    this.stopAt = minute;
  }

  setSpeed(speed: number): void {
    if (!(speed > 0) || speed === this.speed) return;
    this.speed = speed;
    this.notify(true);
  }

  /** Seeks to the frame where `metric` peaks (see peakFrame); pauses. Returns the frame index, -1 without frames. */
  jumpToPeak(metric: RoomMetric, roomIndexes?: readonly number[]): number {
    const store = this.frames();
    if (!store) return -1;
    const index = peakFrame(store, metric, roomIndexes);
    if (index < 0) return -1;
    this.pause();
    this.seek(store.times[index]);
    return index;
  }

  /** Advances the clock to real time nowMs. Returns true while still playing (the caller renders again). */
  tick(nowMs: number = this.now()): boolean {
    if (!this.playing) return false;
    const before = this.time;
    if (this.lastTickMs !== null) {
      const seconds = Math.min(MAX_TICK_SECONDS, Math.max(0, (nowMs - this.lastTickMs) / 1000));
      this.time += seconds * this.speed;
    }
    this.lastTickMs = nowMs;
    if (this.stopAt !== null && before < this.stopAt && this.time >= this.stopAt && this.stopAt < this.end) {
      this.time = this.stopAt;
      this.playing = false;
      this.notify(true);
      return false;
    }
    if (this.time >= this.end) {
      this.time = this.end;
      this.playing = false;
      this.notify(true);
      return false;
    }
    this.notify(false, nowMs);
    return true;
  }

  /** Frames arrived, changed or were cleared: a new run rewinds and pauses; otherwise the playhead stays in range. */
  framesChanged(newRun: boolean): void {
    if (newRun) {
      this.playing = false;
      this.time = this.start;
    } else if (this.time > this.end || this.time < this.start) {
      this.time = Math.min(this.end, Math.max(this.start, this.time));
    }
    this.notify(true);
    this.driver?.();
  }

  subscribe = (listener: PlaybackListener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The last snapshot sent to subscribers (stable object between notifications). */
  snapshot = (): PlaybackSnapshot => this.cached;

  /**
   * The render loop that ticks the clock: called on play and seek to ask for a frame. While a driver is
   * attached the clock runs no loop of its own. Returns a function that detaches it.
   */
  attachDriver(requestFrame: () => void): () => void {
    this.driver = requestFrame;
    cancelOwnLoop(this.ownLoop);
    if (this.playing) requestFrame();
    return () => {
      if (this.driver !== requestFrame) return;
      this.driver = null;
      this.requestTicks();
    };
  }

  private requestTicks(): void {
    if (!this.playing) return;
    if (this.driver) {
      this.driver();
      return;
    }
    if (typeof requestAnimationFrame !== 'function') return;
    const loop = (now: number): void => {
      if (this.driver || !this.tick(now)) return;
      this.ownLoop = requestAnimationFrame(loop);
    };
    this.ownLoop = requestAnimationFrame(loop);
  }

  private makeSnapshot(): PlaybackSnapshot {
    return { time: this.time, playing: this.playing, speed: this.speed, frameIndex: this.frameIndex, start: this.start, end: this.end };
  }

  private notify(force: boolean, nowMs: number = this.now()): void {
    if (!force && nowMs - this.lastNotifyMs < UI_NOTIFY_INTERVAL_MS) return;
    this.lastNotifyMs = nowMs;
    this.cached = this.makeSnapshot();
    for (const listener of this.listeners) listener(this.cached);
  }
}

function cancelOwnLoop(handle: number): void {
  if (handle && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(handle);
}

/** The frames the 3D view shows: the representative replication, or the mean over replications. */
export function framesShownIn(state: Pick<RunState, 'frames' | 'shown'>): FrameStore | null {
  const frames = state.frames;
  if (!frames) return null;
  return state.shown === 'mean' && frames.mean ? frames.mean : frames.replication;
}

export const shownFrames = (): FrameStore | null => framesShownIn(runStore.getState());

/** Keeps a clock in step with a run store: a new run rewinds it, growing frames keep it in range. */
export function followRunStore(clock: PlaybackClock, store: typeof runStore): () => void {
  return store.subscribe((s, previous) => {
    const newRun = s.runId !== previous.runId || s.frames?.replication !== previous.frames?.replication;
    if (newRun || s.frames !== previous.frames || s.shown !== previous.shown || s.progress !== previous.progress) clock.framesChanged(newRun);
  });
}

/** The app's playback clock. */
export const playback = new PlaybackClock(shownFrames);
followRunStore(playback, runStore);

/** React binding: the playback snapshot, re-rendering at most 4 times a second while playing. */
export function usePlayback(): PlaybackSnapshot {
  return useSyncExternalStore(playback.subscribe, playback.snapshot, playback.snapshot);
}

/**
 * React binding for one value of the playback snapshot: re-renders only when the selected value changes
 * (e.g. `usePlaybackValue((s) => s.playing)` re-renders on play / pause, not while the clock runs).
 */
export function usePlaybackValue<T>(select: (s: PlaybackSnapshot) => T): T {
  const get = (): T => select(playback.snapshot());
  return useSyncExternalStore(playback.subscribe, get, get);
}
