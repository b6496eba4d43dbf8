import { FrameStore } from '../../../src/protocol/frameStore';
import { decodeFrame, encodeFrame, ROOM_METRIC_COUNT, roomMetricIndex, type RoomMetric } from '../../../src/protocol/snapshot';

/**
 * A FrameStore filled through the binary snapshot protocol: `values(frame, room, metric)` gives each room
 * metric; beds and equipment get `bedState(frame, bed)` / `equipmentState(frame, item)`.
 */
export function storeOf(opts: {
  frames: number; rooms: number; beds?: number; equipment?: number; interval?: number;
  values: (frame: number, room: number, metric: RoomMetric) => number;
  bedState?: (frame: number, bed: number) => [number, number];
  equipmentState?: (frame: number, item: number) => number;
}): FrameStore {
  const counts = { roomCount: opts.rooms, bedCount: opts.beds ?? 0, equipmentCount: opts.equipment ?? 0 };
  const store = new FrameStore(counts, opts.frames);
  for (let f = 0; f < opts.frames; f++) {
    const rooms = new Float32Array(counts.roomCount * ROOM_METRIC_COUNT);
    for (let r = 0; r < counts.roomCount; r++) {
      for (const m of ['occupancy', 'occupancyPct', 'queue', 'staffOnDuty', 'staffLoad', 'waitMean'] as const) {
        rooms[r * ROOM_METRIC_COUNT + roomMetricIndex(m)] = opts.values(f, r, m);
      }
    }
    const beds = new Uint8Array(counts.bedCount * 2);
    for (let b = 0; b < counts.bedCount; b++) [beds[b * 2], beds[b * 2 + 1]] = opts.bedState?.(f, b) ?? [0, 0];
    const equipment = Uint8Array.from({ length: counts.equipmentCount }, (_, k) => opts.equipmentState?.(f, k) ?? 0);
    store.append(decodeFrame(encodeFrame({ ...counts, time: f * (opts.interval ?? 15), rooms, beds, equipment })));
  }
  return store;
}
