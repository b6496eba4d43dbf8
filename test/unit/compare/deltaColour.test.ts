import { describe, expect, it } from 'vitest';
import { deltaColouring, deltaRange, divergingSrgb } from '../../../src/scene/deltaColour';
import { contrastRatio, srgbToHex } from '../../../src/scene/palettes';
import { roomDelta, roomMeansOverRun } from '../../../src/bridge/compareStore';
import { ROOM_METRIC_COUNT, roomMetricIndex } from '../../../src/protocol/snapshot';
import { createCameraSync, type SyncedControls } from '../../../src/ui/compare/cameraSync';

describe('delta mode colours', () => {
  it('is a diverging scale centred on zero: purple for better, near-white for none, orange for worse', () => {
    const [better, none, worse] = [divergingSrgb(-1), divergingSrgb(0), divergingSrgb(1)];
    expect(better[2]).toBeGreaterThan(better[0]); // blue-purple
    expect(worse[0]).toBeGreaterThan(worse[2]); // orange
    expect(Math.min(...none)).toBeGreaterThan(0.9);
    // the two ends stay distinguishable by lightness too (not by hue alone)
    expect(contrastRatio(srgbToHex(better), srgbToHex(none))).toBeGreaterThan(3);
    expect(contrastRatio(srgbToHex(worse), srgbToHex(none))).toBeGreaterThan(3);
    expect(divergingSrgb(5)).toEqual(worse);
  });

  it('picks a round symmetric range covering the largest change', () => {
    expect(deltaRange([0.01, -0.17, 0.08], 'occupancyPct')).toBeCloseTo(0.2, 9);
    expect(deltaRange([], 'waitMean')).toBe(5);
    expect(deltaRange([NaN, 33], 'waitMean')).toBe(50);
    // one outlier room does not wash every other room out to white
    expect(deltaRange([...Array.from({ length: 20 }, () => 0.03), 0.9], 'occupancyPct')).toBeCloseTo(0.05, 9);
  });

  it('colours scene rooms through the scene → hospital index map; rooms without a value are grey', () => {
    const colouring = deltaColouring(Float32Array.from([1, -1, NaN]), [2, 0, 1, -1], 1);
    const out = new Float32Array(12);
    for (let i = 0; i < 4; i++) colouring.colourOf(i, out, i * 3);
    expect(out[0]).toBeCloseTo(out[3 * 3], 6); // NaN room and unmapped room: same grey
    expect(out[3]).toBeGreaterThan(out[5]); // hospital room 0 (+1, worse): orange
    expect(out[8]).toBeGreaterThan(out[6]); // hospital room 1 (−1, better): purple
  });
});

describe('per-room means and deltas', () => {
  it('averages each room metric over frames, skipping NaN, and subtracts baseline from scenario', () => {
    const rooms = 2;
    const frames = 3;
    const data = new Float32Array(frames * rooms * ROOM_METRIC_COUNT).fill(NaN);
    const m = roomMetricIndex('occupancyPct');
    [0.2, 0.4, NaN].forEach((v, f) => { data[f * rooms * ROOM_METRIC_COUNT + m] = v; });
    const means = roomMeansOverRun({ rooms: data, times: new Float64Array(frames), frameCount: frames, replications: 1 }, rooms);
    expect(means[m]).toBeCloseTo(0.3, 6);
    expect(Number.isNaN(means[ROOM_METRIC_COUNT + m])).toBe(true);
    const scenario = means.map((v) => v + 0.1);
    const delta = roomDelta(means, scenario, 'occupancyPct');
    expect(delta).toHaveLength(rooms);
    expect(delta[0]).toBeCloseTo(0.1, 6);
  });
});

describe('split view camera sync', () => {
  const vec = () => ({ v: 0, copy(o: unknown) { this.v = (o as { v: number }).v; return this; } });
  function fakeControls() {
    const listeners: Array<() => void> = [];
    const c = {
      object: { position: vec() }, target: vec(), updates: 0,
      update() { this.updates++; listeners.forEach((l) => l()); },
      addEventListener: (_: 'change', l: () => void) => { listeners.push(l); },
      removeEventListener: (_: 'change', l: () => void) => { listeners.splice(listeners.indexOf(l), 1); },
      move(v: number) { this.object.position.v = v; this.target.v = -v; listeners.forEach((l) => l()); },
    };
    return c;
  }
  it('moves the other camera to the same position and target, without echo loops, until detached', () => {
    const sync = createCameraSync();
    const a = fakeControls();
    const b = fakeControls();
    let redraws = 0;
    sync.attach(0, a as unknown as SyncedControls, () => undefined);
    const detach = sync.attach(1, b as unknown as SyncedControls, () => { redraws++; });
    a.move(7);
    expect(b.object.position.v).toBe(7);
    expect(b.target.v).toBe(-7);
    expect(redraws).toBe(1);
    detach();
    a.move(9);
    expect(b.object.position.v).toBe(7);
  });
});
