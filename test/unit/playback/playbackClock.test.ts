import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { followRunStore, framesShownIn, PlaybackClock, SPEED_PRESETS, type PlaybackSnapshot } from '../../../src/bridge/playback';
import { peakFrame } from '../../../src/bridge/peakFrame';
import type { FrameStore } from '../../../src/protocol/frameStore';
import type { RunState } from '../../../src/bridge/runStore';
import { runStore } from '../../../src/bridge/runStore';
import { storeOf } from './frames';

/** 97 frames, one every 15 minutes (a day); room 1's queue peaks at frame 60 (15:00), room 0's at frame 10. */
function dayStore(): FrameStore {
  return storeOf({
    frames: 97, rooms: 3,
    values: (f, r, m) => {
      if (m === 'queue') return r === 1 ? 20 - Math.abs(f - 60) / 5 : r === 0 ? (f === 10 ? 30 : 1) : 0;
      if (m === 'occupancyPct') return r === 2 ? Number.NaN : f === 80 ? 1.2 : 0.5;
      return 0;
    },
  });
}

function clockWith(store: FrameStore | null): { clock: PlaybackClock; now: { ms: number } } {
  const now = { ms: 0 };
  return { clock: new PlaybackClock(() => store, () => now.ms), now };
}

describe('playback clock', () => {
  it('offers speeds from real time (1/60 simulated minute per second) to one simulated day per second', () => {
    expect(SPEED_PRESETS[0]).toBeCloseTo(1 / 60);
    expect(SPEED_PRESETS[SPEED_PRESETS.length - 1]).toBe(1440);
  });

  it('stops exactly at its stop point when it gets there, and plays on from it', () => {
    const { clock } = clockWith(dayStore());
    clock.setSpeed(600);
    clock.setStopAt(140);
    clock.play();
    clock.tick(1000);
    clock.tick(1200); // 120 minutes
    expect(clock.playing).toBe(true);
    expect(clock.tick(1300)).toBe(false); // would reach 180: stops at 140
    expect(clock.time).toBe(140);
    expect(clock.playing).toBe(false);
    clock.play(); // from the stop point itself it does not stop again
    clock.tick(2000);
    clock.tick(2100);
    expect(clock.time).toBeCloseTo(200);
    clock.setStopAt(null);
  });

  it('advances by real seconds × speed while playing, and not while paused', () => {
    const { clock } = clockWith(dayStore());
    clock.setSpeed(60);
    clock.play();
    clock.tick(1000); // first tick only starts the real-time reference
    clock.tick(1100);
    clock.tick(1200);
    expect(clock.time).toBeCloseTo(12); // 0.2 s × 60 min/s
    clock.pause();
    clock.tick(5000);
    expect(clock.time).toBeCloseTo(12);
  });

  it('caps one tick (a tab in the background does not jump hours)', () => {
    const { clock } = clockWith(dayStore());
    clock.setSpeed(60);
    clock.play();
    clock.tick(0);
    clock.tick(10_000);
    expect(clock.time).toBeCloseTo(15); // at most 0.25 s of real time
  });

  it('stops at the last frame and starts over when played again', () => {
    const { clock } = clockWith(dayStore());
    clock.setSpeed(1440);
    clock.seek(1430);
    clock.play();
    clock.tick(0);
    expect(clock.tick(250)).toBe(false);
    expect(clock.playing).toBe(false);
    expect(clock.time).toBe(1440);
    clock.play();
    expect(clock.time).toBe(0);
  });

  it('clamps seeks to the frames available and maps time to the frame at or before it', () => {
    const { clock } = clockWith(dayStore());
    clock.seek(-50);
    expect(clock.time).toBe(0);
    clock.seek(99_999);
    expect(clock.time).toBe(1440);
    clock.seek(Number.NaN);
    expect(clock.time).toBe(0);
    clock.seek(100);
    expect(clock.frameIndex).toBe(6);
  });

  it('steps to the next and previous frame times, pausing', () => {
    const { clock } = clockWith(dayStore());
    clock.seek(100); // between frames 6 (90) and 7 (105)
    clock.play();
    clock.step(1);
    expect(clock.playing).toBe(false);
    expect(clock.time).toBe(105);
    clock.step(-1);
    expect(clock.time).toBe(90);
    clock.seek(100);
    clock.step(-1);
    expect(clock.time).toBe(90);
    clock.seek(0);
    clock.step(-1);
    expect(clock.time).toBe(0);
  });

  it('does nothing without frames', () => {
    const { clock } = clockWith(null);
    clock.play();
    expect(clock.playing).toBe(false);
    expect(clock.frameIndex).toBe(-1);
    expect(clock.jumpToPeak('queue')).toBe(-1);
  });

  it('tells subscribers at once on user actions and at most every 250 ms while playing', () => {
    const { clock, now } = clockWith(dayStore());
    const heard: PlaybackSnapshot[] = [];
    clock.subscribe((s) => heard.push(s));
    clock.seek(30);
    expect(heard.at(-1)?.time).toBe(30);
    clock.play();
    expect(heard.at(-1)?.playing).toBe(true);
    const before = heard.length;
    for (let ms = 0; ms <= 1000; ms += 16) {
      now.ms = ms;
      clock.tick(ms);
    }
    expect(heard.length - before).toBeGreaterThanOrEqual(3);
    expect(heard.length - before).toBeLessThanOrEqual(5);
    clock.pause();
    expect(heard.at(-1)?.playing).toBe(false);
  });

  it('jumps to the peak of the selected room, or of the building', () => {
    const store = dayStore();
    const { clock } = clockWith(store);
    expect(clock.jumpToPeak('queue', [1])).toBe(60);
    expect(clock.time).toBe(900);
    expect(clock.jumpToPeak('queue', [0])).toBe(10);
    // Building: queues summed: frame 10 has 30 + 20 − 10 = 40 > frame 60's 1 + 20 = 21.
    expect(peakFrame(store, 'queue')).toBe(10);
    // Ratios are averaged over rooms with a value (room 2's NaN is skipped): frame 80 has the highest mean.
    expect(peakFrame(store, 'occupancyPct')).toBe(80);
  });

  it('takes the earliest frame on ties', () => {
    const flat = storeOf({ frames: 5, rooms: 2, values: () => 3 });
    expect(peakFrame(flat, 'queue')).toBe(0);
  });
});

describe('following the run store', () => {
  it('shows the mean only when asked for and available', () => {
    const replication = dayStore();
    const mean = dayStore();
    expect(framesShownIn({ frames: { replication, replicationIndex: 0, mean }, shown: 'mean' })).toBe(mean);
    expect(framesShownIn({ frames: { replication, replicationIndex: 0, mean: null }, shown: 'mean' })).toBe(replication);
    expect(framesShownIn({ frames: null, shown: 'replication' })).toBeNull();
  });

  it('rewinds and pauses on a new run', () => {
    const store = createStore<RunState>()(() => ({ ...runStore.getState() }));
    let frames: FrameStore | null = dayStore();
    const clock = new PlaybackClock(() => frames, () => 0);
    followRunStore(clock, store);
    store.setState({ frames: { replication: frames, replicationIndex: 0, mean: null } });
    clock.seek(600);
    clock.play();
    frames = dayStore();
    store.setState({ frames: { replication: frames, replicationIndex: 0, mean: null }, runId: 1 });
    expect(clock.playing).toBe(false);
    expect(clock.time).toBe(0);
  });
});
