import { ROOM_METRIC_COUNT, type FrameCounts, type FrameView, type RoomMetric, roomMetricIndex } from './snapshot';

/**
 * All frames of one run (one replication, or the mean over replications) for playback and scrubbing:
 * contiguous typed arrays, appended frame by frame from decoded snapshots. `at(i)` returns a reused view
 * object (no allocation per call), so the scene can read it every animation frame.
 */
export class FrameStore {
  readonly counts: FrameCounts;
  readonly capacity: number;
  frameCount = 0;
  readonly times: Float64Array;
  readonly rooms: Float32Array;
  readonly beds: Uint8Array;
  readonly equipment: Uint8Array;
  private readonly view: FrameView;

  constructor(counts: FrameCounts, capacity: number) {
    this.counts = counts;
    this.capacity = capacity;
    this.times = new Float64Array(capacity);
    this.rooms = new Float32Array(capacity * counts.roomCount * ROOM_METRIC_COUNT);
    this.beds = new Uint8Array(capacity * counts.bedCount * 2);
    this.equipment = new Uint8Array(capacity * counts.equipmentCount);
    this.view = { ...counts, time: 0, rooms: this.rooms.subarray(0, 0), beds: this.beds.subarray(0, 0), equipment: this.equipment.subarray(0, 0) };
  }

  /** Copies a decoded frame in (the source buffer can then be recycled). */
  append(frame: FrameView): void {
    if (this.frameCount >= this.capacity) throw new RangeError('frame store is full');
    const i = this.frameCount++;
    this.times[i] = frame.time;
    this.rooms.set(frame.rooms, i * this.counts.roomCount * ROOM_METRIC_COUNT);
    this.beds.set(frame.beds, i * this.counts.bedCount * 2);
    this.equipment.set(frame.equipment, i * this.counts.equipmentCount);
  }

  /** Views of frame i; the returned object is reused by the next call. */
  at(i: number): FrameView {
    const { roomCount, bedCount, equipmentCount } = this.counts;
    const v = this.view as { -readonly [K in keyof FrameView]: FrameView[K] };
    v.time = this.times[i];
    v.rooms = this.rooms.subarray(i * roomCount * ROOM_METRIC_COUNT, (i + 1) * roomCount * ROOM_METRIC_COUNT);
    v.beds = this.beds.subarray(i * bedCount * 2, (i + 1) * bedCount * 2);
    v.equipment = this.equipment.subarray(i * equipmentCount, (i + 1) * equipmentCount);
    return v;
  }

  /** Index of the last frame at or before time t (0 when t is before the first). */
  indexAt(t: number): number {
    let lo = 0, hi = this.frameCount - 1;
    if (hi < 0 || t <= this.times[0]) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.times[mid] <= t) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** One room's metric over all frames (allocates: for charts, not per frame). */
  roomSeries(roomIndex: number, metric: RoomMetric): Float32Array {
    const out = new Float32Array(this.frameCount);
    const stride = this.counts.roomCount * ROOM_METRIC_COUNT;
    const k = roomIndex * ROOM_METRIC_COUNT + roomMetricIndex(metric);
    for (let i = 0; i < this.frameCount; i++) out[i] = this.rooms[i * stride + k];
    return out;
  }
}
