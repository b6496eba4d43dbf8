import type { MetricColourBy } from '../../bridge/viewStore';
import type { Hospital } from '../../domain/schema';
import { ROOM_METRIC_COUNT, roomMetricIndex } from '../../protocol/snapshot';
import type { BuildingModel } from '../geometry/buildingModel';
import { buildMetricLut, lutIndex, METRIC_SCALES, NO_VALUE_INDEX } from '../metricColour';
import { bedCode, buildBedLut, buildEquipmentLut } from '../stateColours';

export interface RoomColourSink { setBase(roomIndex: number, r: number, g: number, b: number): void }
export interface ItemColourSink { setBase(index: number, r: number, g: number, b: number): void; resetAll(): void }

const UNPAINTED = -1;

/**
 * Applies one simulation frame to the scene's colour buffers: rooms by a metric through a 256-step colour
 * lookup table, beds and equipment by state. Frame arrays are indexed in the hospital definition's order;
 * the scene's rooms and instances in its own order, so index maps are built once. A per-item "last code"
 * skips everything whose colour did not change: a frame that changes 10 rooms writes 10 rooms.
 */
export class FramePainter {
  /** Scene room index of frame room i (-1 when not drawn). */
  readonly sceneRoomOf: Int32Array;
  private readonly roomCode: Int16Array;
  private readonly bedInstanceOf: Int32Array;
  private readonly bedLast: Int16Array;
  private readonly equipmentLayerOf: Int32Array;
  private readonly equipmentInstanceOf: Int32Array;
  private readonly equipmentLast: Int16Array;
  private readonly metricLut = buildMetricLut();
  private readonly bedLut = buildBedLut();
  private readonly equipmentLut = buildEquipmentLut();

  constructor(
    model: BuildingModel,
    hospital: Hospital,
    private readonly rooms: RoomColourSink,
    private readonly beds: ItemColourSink | null,
    private readonly equipment: readonly { type: string; sink: ItemColourSink }[],
  ) {
    this.sceneRoomOf = Int32Array.from(hospital.rooms, (r) => model.roomIndexById.get(r.id) ?? -1);
    this.roomCode = new Int16Array(hospital.rooms.length).fill(UNPAINTED);
    const bedIndex = new Map(model.beds.ids.map((id, i) => [id, i]));
    this.bedInstanceOf = Int32Array.from(hospital.beds, (b) => bedIndex.get(b.id) ?? -1);
    this.bedLast = new Int16Array(hospital.beds.length).fill(UNPAINTED);
    const equipmentIndex = new Map<string, [number, number]>();
    for (const { type, set } of model.equipment) {
      const layer = equipment.findIndex((e) => e.type === type);
      if (layer >= 0) set.ids.forEach((id, i) => equipmentIndex.set(id, [layer, i]));
    }
    this.equipmentLayerOf = Int32Array.from(hospital.equipment, (e) => equipmentIndex.get(e.id)?.[0] ?? -1);
    this.equipmentInstanceOf = Int32Array.from(hospital.equipment, (e) => equipmentIndex.get(e.id)?.[1] ?? -1);
    this.equipmentLast = new Int16Array(hospital.equipment.length).fill(UNPAINTED);
  }

  /** Whether frames with these counts belong to this hospital (stale frames of another one are ignored). */
  fits(counts: { roomCount: number; bedCount: number; equipmentCount: number }): boolean {
    return counts.roomCount === this.roomCode.length && counts.bedCount === this.bedLast.length && counts.equipmentCount === this.equipmentLast.length;
  }

  /**
   * Colours every room by `metric` from frame data: `data[offset + room × ROOM_METRIC_COUNT + metric]`
   * (FrameStore.rooms with offset = frame × roomCount × ROOM_METRIC_COUNT). Returns the rooms written.
   */
  paintRooms(data: Float32Array, offset: number, metric: MetricColourBy): number {
    const k = offset + roomMetricIndex(metric);
    const max = METRIC_SCALES[metric].max;
    let written = 0;
    for (let i = 0, n = this.roomCode.length; i < n; i++) {
      const code = lutIndex(data[k + i * ROOM_METRIC_COUNT], max);
      if (code === this.roomCode[i]) continue;
      this.roomCode[i] = code;
      const scene = this.sceneRoomOf[i];
      if (scene < 0) continue;
      const o = code * 3;
      this.rooms.setBase(scene, this.metricLut[o], this.metricLut[o + 1], this.metricLut[o + 2]);
      written++;
    }
    return written;
  }

  /** Every room in the "no value" colour (metric colouring before any frames). */
  paintRoomsNeutral(): number {
    let written = 0;
    const o = NO_VALUE_INDEX * 3;
    for (let i = 0; i < this.roomCode.length; i++) {
      if (this.roomCode[i] === NO_VALUE_INDEX) continue;
      this.roomCode[i] = NO_VALUE_INDEX;
      if (this.sceneRoomOf[i] < 0) continue;
      this.rooms.setBase(this.sceneRoomOf[i], this.metricLut[o], this.metricLut[o + 1], this.metricLut[o + 2]);
      written++;
    }
    return written;
  }

  /** Forget what the rooms show (someone else painted them): the next paintRooms writes every room. */
  forgetRooms(): void {
    this.roomCode.fill(UNPAINTED);
  }

  /**
   * Beds and equipment by state from frame data: `beds[bedOffset + 2j]` state, `+1` acuity;
   * `equipment[equipmentOffset + k]` state. Returns the items written.
   */
  paintItems(beds: Uint8Array, bedOffset: number, equipment: Uint8Array, equipmentOffset: number): number {
    let written = 0;
    if (this.beds) {
      for (let j = 0, n = this.bedLast.length; j < n; j++) {
        const code = bedCode(beds[bedOffset + j * 2], beds[bedOffset + j * 2 + 1]);
        if (code === this.bedLast[j]) continue;
        this.bedLast[j] = code;
        const instance = this.bedInstanceOf[j];
        if (instance < 0) continue;
        this.beds.setBase(instance, this.bedLut[code * 3], this.bedLut[code * 3 + 1], this.bedLut[code * 3 + 2]);
        written++;
      }
    }
    for (let k = 0, n = this.equipmentLast.length; k < n; k++) {
      const state = equipment[equipmentOffset + k];
      if (state === this.equipmentLast[k]) continue;
      this.equipmentLast[k] = state;
      const layer = this.equipmentLayerOf[k];
      if (layer < 0) continue;
      this.equipment[layer].sink.setBase(this.equipmentInstanceOf[k], this.equipmentLut[state * 3], this.equipmentLut[state * 3 + 1], this.equipmentLut[state * 3 + 2]);
      written++;
    }
    return written;
  }

  /** Beds and equipment back to their default colours (no run). */
  resetItems(): void {
    this.beds?.resetAll();
    for (const e of this.equipment) e.sink.resetAll();
    this.bedLast.fill(UNPAINTED);
    this.equipmentLast.fill(UNPAINTED);
  }
}
