import { describe, expect, it } from 'vitest';
import {
  createFrame, decodeFrame, encodeFrame, frameByteLength, ROOM_METRIC_COUNT, ROOM_METRICS, SNAPSHOT_MAGIC, SNAPSHOT_VERSION, SnapshotError,
  type FrameView,
} from '../../../src/protocol/snapshot';
import { FrameStore } from '../../../src/protocol/frameStore';
import { buildMeanFrames } from '../../../src/protocol/meanFrames';
import { frameCountFor } from '../../../src/protocol/api';
import { TWIN_ROOM_METRICS } from '../../../src/sim/twin/roomMetrics';

/** A frame with every value distinct, for counts that leave every section unaligned. */
function sampleFrame(roomCount: number, bedCount: number, equipmentCount: number, time: number): FrameView {
  return {
    roomCount, bedCount, equipmentCount, time,
    rooms: Float32Array.from({ length: roomCount * ROOM_METRIC_COUNT }, (_, i) => (i % 7 === 3 ? NaN : i * 0.25 + time)),
    beds: Uint8Array.from({ length: bedCount * 2 }, (_, i) => (i * 3 + time) % 6),
    equipment: Uint8Array.from({ length: equipmentCount }, (_, i) => (i + time) % 5),
  };
}

describe('snapshot frames', () => {
  it('round-trip every section, with odd counts that need padding', () => {
    for (const [rooms, beds, equipment] of [[1, 1, 1], [3, 5, 7], [13, 0, 9], [0, 0, 0], [555, 335, 257]]) {
      const frame = sampleFrame(rooms, beds, equipment, 1234.5);
      const buffer = encodeFrame(frame);
      expect(buffer.byteLength % 8).toBe(0);
      expect(buffer.byteLength).toBe(frameByteLength(frame));
      const view = decodeFrame(buffer);
      expect({ roomCount: view.roomCount, bedCount: view.bedCount, equipmentCount: view.equipmentCount }).toEqual({ roomCount: rooms, bedCount: beds, equipmentCount: equipment });
      expect(view.time).toBe(1234.5);
      expect(Array.from(view.rooms)).toEqual(Array.from(frame.rooms));
      expect(Array.from(view.beds)).toEqual(Array.from(frame.beds));
      expect(Array.from(view.equipment)).toEqual(Array.from(frame.equipment));
    }
  });

  it('reuse a recycled buffer of the right size and ignore one of the wrong size', () => {
    const frame = sampleFrame(3, 5, 7, 15);
    const first = encodeFrame(frame);
    expect(encodeFrame(sampleFrame(3, 5, 7, 30), first)).toBe(first);
    expect(decodeFrame(first).time).toBe(30);
    const other = encodeFrame(sampleFrame(4, 5, 7, 45), first);
    expect(other).not.toBe(first);
    expect(decodeFrame(other).roomCount).toBe(4);
  });

  it('reject foreign, newer, short and truncated buffers with a SnapshotError', () => {
    const good = encodeFrame(sampleFrame(3, 5, 7, 0));
    const u32 = (b: ArrayBuffer) => new Uint32Array(b, 0, 2);
    const foreign = good.slice(0); u32(foreign)[0] = 0x12345678;
    expect(() => decodeFrame(foreign)).toThrow(/not a Hospital Twin snapshot/);
    const newer = good.slice(0); u32(newer)[1] = SNAPSHOT_VERSION + 1;
    expect(() => decodeFrame(newer)).toThrow(SnapshotError);
    expect(() => decodeFrame(newer)).toThrow(/version 2 is not supported/);
    expect(() => decodeFrame(new ArrayBuffer(8))).toThrow(/too short/);
    expect(() => decodeFrame(good.slice(0, good.byteLength - 8))).toThrow(/truncated/);
    expect(u32(good)[0]).toBe(SNAPSHOT_MAGIC);
  });

  it('give views into the buffer (no copies) from createFrame', () => {
    const { buffer, view } = createFrame({ roomCount: 2, bedCount: 1, equipmentCount: 1 });
    view.rooms[3] = 9;
    expect(decodeFrame(buffer).rooms[3]).toBe(9);
  });

  it('use the same room metrics, in the same order, as the simulation side', () => {
    expect([...TWIN_ROOM_METRICS]).toEqual([...ROOM_METRICS]);
  });
});

describe('frame stores', () => {
  it('hold appended frames, find the frame at a time, and build the mean view', () => {
    const store = new FrameStore({ roomCount: 3, bedCount: 2, equipmentCount: 1 }, 4);
    for (let k = 0; k < 3; k++) store.append(decodeFrame(encodeFrame(sampleFrame(3, 2, 1, k * 15))));
    expect(store.frameCount).toBe(3);
    expect(store.indexAt(20)).toBe(1);
    expect(store.at(2).time).toBe(30);
    expect(Array.from(store.at(1).beds)).toEqual(Array.from(sampleFrame(3, 2, 1, 15).beds));

    const rooms = Float32Array.from({ length: 3 * 3 * ROOM_METRIC_COUNT }, (_, i) => i / 2);
    const mean = buildMeanFrames(store.counts, { rooms, times: Float64Array.from([0, 15, 30]), frameCount: 3, replications: 5 }, store);
    expect(mean.frameCount).toBe(3);
    expect(Array.from(mean.at(1).rooms)).toEqual(Array.from(rooms.subarray(18, 36)));
    expect(Array.from(mean.at(2).equipment)).toEqual(Array.from(store.at(2).equipment));
  });

  it('count the frames of a run: samples from the end of the warm-up to the end, both included', () => {
    expect(frameCountFor(7, 0, 15)).toBe(673);
    expect(frameCountFor(2, 1, 60)).toBe(49);
    expect(frameCountFor(1, 0.5, 7)).toBe(Math.floor(2160 / 7) - Math.ceil(720 / 7) + 1);
    expect(frameCountFor(7, 0, 0)).toBe(0);
  });
});
