import type { SimState } from '../model/simState';
import type { WaitingSample } from '../run/waitingSample';
import { addItemOccupancy, TWIN_METRIC_COUNT, writeRoomsFrom, type TwinMapping } from './roomMetrics';

/**
 * Sums, frame by frame over replications, the inputs of the room metrics (occupancy from items per room;
 * per resource busy, queue, on duty, waiting and their waits so far) — a few hundred numbers per sample
 * instead of every room's metrics. The mean view's room metrics are then computed once per frame from the
 * mean inputs: exact means for the linear metrics (occupancy, occupancyPct, queue, staffOnDuty); ratios of
 * means for staffLoad (mean patients / mean staff) and waitMean (mean total wait / mean waiting).
 * Packs into one transferable ArrayBuffer (Float64): header [frames, rooms, resources, replications], then
 * occ [frame × room], then busy, queue, onDuty, waitSum, waitCount [frame × resource].
 */
export class TwinMeanAccumulator {
  readonly data: Float64Array;
  private readonly rooms: number;
  private readonly resources: number;

  constructor(readonly frameCount: number, roomCount: number, resourceCount: number, data?: Float64Array) {
    this.rooms = roomCount;
    this.resources = resourceCount;
    this.data = data ?? new Float64Array(4 + frameCount * (roomCount + 5 * resourceCount));
    this.data[0] = frameCount; this.data[1] = roomCount; this.data[2] = resourceCount;
  }

  static fromBuffer(buffer: ArrayBuffer): TwinMeanAccumulator {
    const data = new Float64Array(buffer);
    return new TwinMeanAccumulator(data[0], data[1], data[2], data);
  }

  get replications(): number { return this.data[3]; }
  set replications(n: number) { this.data[3] = n; }

  private section(s: number): number {
    return 4 + this.frameCount * this.rooms + s * this.frameCount * this.resources;
  }

  /** Adds the state at frame k. */
  add(k: number, state: SimState, m: TwinMapping, waiting?: WaitingSample): void {
    const d = this.data;
    addItemOccupancy(state, m, d, 4 + k * this.rooms);
    const R = this.resources, o = k * R;
    const busy = this.section(0) + o, queue = this.section(1) + o, onDuty = this.section(2) + o, waitSum = this.section(3) + o, waitCount = this.section(4) + o;
    for (let r = 0; r < R; r++) {
      d[busy + r] += state.resourceBusy[r];
      d[queue + r] += state.resourceQueue[r];
      d[onDuty + r] += state.resourceOnDuty[r];
      if (waiting) { d[waitSum + r] += waiting.waitSoFarSum[r]; d[waitCount + r] += waiting.waiting[r]; }
    }
  }

  /** Adds another accumulator of the same shape (another worker's replications). */
  merge(other: TwinMeanAccumulator): void {
    if (other.data.length !== this.data.length) throw new Error('accumulators of different shapes');
    for (let i = 4; i < this.data.length; i++) this.data[i] += other.data[i];
    this.replications += other.replications;
  }

  /** Mean room metrics of every frame: Float32Array [frame × room × ROOM_METRIC_COUNT]. */
  meanRooms(m: TwinMapping): Float32Array {
    const out = new Float32Array(this.frameCount * m.roomCount * TWIN_METRIC_COUNT);
    const n = Math.max(1, this.replications), R = this.resources, d = this.data;
    const occ = new Float64Array(this.rooms);
    const series = [0, 1, 2, 3, 4].map(() => new Float64Array(R));
    for (let k = 0; k < this.frameCount; k++) {
      const occStart = 4 + k * this.rooms;
      for (let i = 0; i < this.rooms; i++) occ[i] = d[occStart + i] / n;
      series.forEach((values, s) => { const start = this.section(s) + k * R; for (let r = 0; r < R; r++) values[r] = d[start + r] / n; });
      writeRoomsFrom(m, { occ, busy: series[0], queue: series[1], onDuty: series[2], waitSum: series[3], waitCount: series[4] }, out, k * m.roomCount * TWIN_METRIC_COUNT);
    }
    return out;
  }
}
