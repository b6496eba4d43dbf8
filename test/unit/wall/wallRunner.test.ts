import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { followRunStore, framesShownIn, PlaybackClock } from '../../../src/bridge/playback';
import { runStore, type RunSettings, type RunState } from '../../../src/bridge/runStore';
import type { FrameStore } from '../../../src/protocol/frameStore';
import type { UnitBands } from '../../../src/protocol/api';
import type { Timers } from '../../../src/bridge/wall/recovery';
import { WallRunner, type SimPort } from '../../../src/bridge/wall/wallRunner';

const ORIGIN = new Date(2026, 10, 23).getTime();
const MIN = 60_000;

/** Frames every 15 simulated minutes over `days` (only what the clock reads). */
function frames(days: number): FrameStore {
  const n = days * 96 + 1;
  const times = Float64Array.from({ length: n }, (_, k) => k * 15);
  return { frameCount: n, times, indexAt: (t: number) => Math.max(0, Math.min(n - 1, Math.floor(t / 15))) } as unknown as FrameStore;
}
const bands = (days: number): UnitBands => ({ times: Float64Array.from({ length: days * 96 + 1 }, (_, k) => k * 15), units: {} });

function harness() {
  const store = createStore<RunState>()(() => ({ ...runStore.getState(), canRun: false, status: 'idle', frames: null, bands: null, runId: 0 }));
  const clock = new PlaybackClock(() => framesShownIn(store.getState()), () => 0);
  followRunStore(clock, store);
  const started: Partial<RunSettings>[] = [];
  const queue: (() => void)[] = [];
  const timers: Timers = { setTimeout: (fn) => queue.push(fn), clearTimeout: () => undefined };
  const port: SimPort = {
    getRun: () => store.getState(),
    subscribeRun: (l) => store.subscribe(l),
    startRun: (o) => {
      started.push(o);
      store.setState((s) => ({ runId: s.runId + 1, status: 'running', settings: { ...s.settings, ...o } }));
      return new Promise(() => undefined);
    },
    updateSettings: () => undefined,
    runWithScenario: () => new Promise(() => undefined),
    playback: clock,
    shownFrames: () => framesShownIn(store.getState()),
  };
  const events: string[] = [];
  const runner = new WallRunner(port, {
    days: 2, sampleIntervalMinutes: 15, seed: 7, loopWeeks: 4, replications: 5, speed: 60, scenario: null,
    originMs: ORIGIN, startAtMs: ORIGIN + (26 * 60 + 5) * MIN, timers, restartDelayMs: 3000,
  }, { answer: (startMs) => events.push(`answer@${(startMs - ORIGIN) / MIN}`), restarted: () => events.push('restarted'), scenarioProblems: () => undefined });
  const flush = (): void => { while (queue.length) queue.shift()?.(); };
  const deliver = (days: number): void => store.setState({ frames: { replication: frames(days), replicationIndex: 0, mean: null } });
  const finish = (days: number): void => store.setState({ status: 'done', bands: bands(days) });
  return { store, clock, runner, started, events, flush, deliver, finish };
}

describe('the wall runner', () => {
  it('starts once the model is loaded, from the calendar time it should show (warm-up = time since the origin)', () => {
    const h = harness();
    h.runner.start();
    expect(h.started).toEqual([]);
    h.store.setState({ canRun: true });
    expect(h.started).toEqual([{ days: 2, warmupDays: (26 * 60) / 1440, seed: 7, sampleIntervalMinutes: 15, startDate: '2026-11-24T02:00', replications: 5 }]);
  });

  it('puts the playhead at the same calendar time on the new run\'s frames and plays', () => {
    const h = harness();
    h.runner.start();
    h.store.setState({ canRun: true });
    h.deliver(2);
    expect(h.clock.time).toBe(5);
    expect(h.clock.playing).toBe(true);
    h.finish(2);
    expect(h.events).toEqual(['answer@1560']);
    expect(h.runner.playheadTime()).toBe(ORIGIN + 1565 * MIN);
  });

  it('starts a fresh run when less than the refresh lead is left, and carries the playhead over', () => {
    const h = harness();
    h.runner.start();
    h.store.setState({ canRun: true });
    h.deliver(2);
    h.finish(2);
    h.clock.seek(11 * 60);
    h.flush();
    expect(h.started).toHaveLength(1);
    h.clock.seek(12 * 60 + 30);
    h.flush();
    expect(h.started).toHaveLength(2);
    expect(h.started[1]?.startDate).toBe('2026-11-24T14:30');
    // The new run rewinds the clock on the old frames: the runner puts it back at once.
    expect(h.clock.time).toBe(12 * 60 + 30);
    h.deliver(2);
    expect(h.clock.time).toBe(0);
    expect(h.runner.playheadTime()).toBe(ORIGIN + (26 * 60 + 12 * 60 + 30) * MIN);
  });

  it('restarts a crashed run after the delay and reports it', () => {
    const h = harness();
    h.runner.start();
    h.store.setState({ canRun: true });
    h.deliver(2);
    h.store.setState({ status: 'error' });
    expect(h.events).toEqual([]);
    h.flush();
    expect(h.events).toEqual(['restarted']);
    expect(h.started).toHaveLength(2);
    h.runner.stop();
    h.store.setState({ status: 'error' });
    h.flush();
    expect(h.started).toHaveLength(2);
  });
});
