import { describe, expect, it } from 'vitest';
import { BufferAttribute, Color } from 'three';
import type { Hospital } from '../../../src/domain/schema';
import { BED_CLEANING, BED_EMPTY, BED_OCCUPIED, EQUIP_FAILED, EQUIP_IN_USE, ROOM_METRIC_COUNT } from '../../../src/protocol/snapshot';
import { buildBuildingModel } from '../../../src/scene/geometry/buildingModel';
import { FramePainter, type RoomColourSink } from '../../../src/scene/paint/framePainter';
import { InstanceColours } from '../../../src/scene/paint/instanceColours';
import { applyPlayhead, createPlayheadState } from '../../../src/scene/paint/applyPlayhead';
import { buildMetricLut, lutIndex, NO_VALUE_INDEX } from '../../../src/scene/metricColour';
import { buildBedLut, bedCode } from '../../../src/scene/stateColours';
import { storeOf } from '../playback/frames';
import { smallHospital } from './fixtures';

/** The fixture with its upstairs room listed first: frame order (definition) ≠ scene order (by floor). */
function hospital(): Hospital {
  const h = smallHospital();
  return { ...h, rooms: [h.rooms[3], ...h.rooms.slice(0, 3)] };
}

class RecordingRooms implements RoomColourSink {
  writes: number[] = [];
  colour = new Map<number, [number, number, number]>();
  setBase(i: number, r: number, g: number, b: number): void {
    this.writes.push(i);
    this.colour.set(i, [r, g, b]);
  }
}

function setUp() {
  const h = hospital();
  const model = buildBuildingModel(h);
  const rooms = new RecordingRooms();
  const beds = new InstanceColours(new BufferAttribute(new Float32Array(model.beds.ids.length * 3), 3), new Color('#f4f4f4'));
  const equipment = model.equipment.map(({ type, set }) => ({
    type, sink: new InstanceColours(new BufferAttribute(new Float32Array(set.ids.length * 3), 3), new Color('#c9d3de')),
  }));
  const painter = new FramePainter(model, h, rooms, beds, equipment);
  return { h, model, rooms, beds, equipment, painter };
}

const lut = buildMetricLut();
const lutColour = (i: number): [number, number, number] => [lut[i * 3], lut[i * 3 + 1], lut[i * 3 + 2]];

describe('applying a frame to the scene', () => {
  it('maps frame rooms (definition order) to scene rooms and colours them through the LUT', () => {
    const { model, rooms, painter } = setUp();
    const data = new Float32Array(4 * ROOM_METRIC_COUNT);
    data[0 * ROOM_METRIC_COUNT + 2] = 25; // frame room 0 = 'up': queue 25 → top colour
    data[1 * ROOM_METRIC_COUNT + 2] = Number.NaN; // 'a': no value
    expect(painter.paintRooms(data, 0, 'queue')).toBe(4);
    const up = model.roomIndexById.get('up') as number;
    expect(up).toBe(3);
    expect(rooms.colour.get(up)).toEqual(lutColour(255));
    expect(rooms.colour.get(model.roomIndexById.get('a') as number)).toEqual(lutColour(NO_VALUE_INDEX));
    expect(rooms.colour.get(model.roomIndexById.get('b') as number)).toEqual(lutColour(lutIndex(0, 25)));
  });

  it('writes only the rooms whose colour changed', () => {
    const { rooms, painter } = setUp();
    const data = new Float32Array(2 * 4 * ROOM_METRIC_COUNT);
    const stride = 4 * ROOM_METRIC_COUNT;
    data.fill(3);
    data[stride + 2 * ROOM_METRIC_COUNT + 2] = 20; // frame 1: only frame room 2's queue differs
    data[stride + 3 * ROOM_METRIC_COUNT + 2] = 3.001; // within one LUT step: same colour, not written
    painter.paintRooms(data, 0, 'queue');
    rooms.writes = [];
    expect(painter.paintRooms(data, stride, 'queue')).toBe(1);
    expect(rooms.writes).toEqual([1]); // frame room 2 = 'b' = scene room 1
    expect(painter.paintRooms(data, stride, 'queue')).toBe(0);
    painter.forgetRooms();
    expect(painter.paintRooms(data, stride, 'queue')).toBe(4);
  });

  it('paints beds by state and acuity and equipment by state, only when they change', () => {
    const { h, model, beds, equipment, painter } = setUp();
    const bedStates = new Uint8Array([BED_OCCUPIED, 2, BED_CLEANING, 0]);
    const equipmentStates = new Uint8Array([EQUIP_IN_USE, EQUIP_FAILED]);
    expect(painter.paintItems(bedStates, 0, equipmentStates, 0)).toBe(4);
    const bedLut = buildBedLut();
    const bed1 = model.beds.ids.indexOf(h.beds[0].id);
    const code = bedCode(BED_OCCUPIED, 2);
    expect(Array.from(beds.base.subarray(bed1 * 3, bed1 * 3 + 3))).toEqual(Array.from(bedLut.subarray(code * 3, code * 3 + 3)));
    bedStates[2] = BED_EMPTY;
    expect(painter.paintItems(bedStates, 0, equipmentStates, 0)).toBe(1);
    expect(beds.flush()).toBe(true);
    expect(equipment.every((e) => e.sink.flush())).toBe(true);
    painter.resetItems();
    expect(beds.base[bed1 * 3]).toBeCloseTo(new Color('#f4f4f4').r);
  });

  it('skips all work when the frame, the frames and the metric did not change, and repaints on a metric switch', () => {
    const { h, rooms, painter } = setUp();
    const replication = storeOf({ frames: 3, rooms: h.rooms.length, beds: h.beds.length, equipment: h.equipment.length, values: (f, r) => f * 5 + r });
    const state = createPlayheadState();
    const input = { time: 15, metric: 'queue' as const, frames: { replication, replicationIndex: 0, mean: null }, shown: 'replication' as const };
    expect(applyPlayhead(painter, state, input).rooms).toBe(4);
    rooms.writes = [];
    expect(applyPlayhead(painter, state, input)).toEqual({ rooms: 0, items: 0 });
    expect(applyPlayhead(painter, state, { ...input, time: 20 })).toEqual({ rooms: 0, items: 0 }); // same frame (15 ≤ t < 30)
    expect(applyPlayhead(painter, state, { ...input, time: 30 }).rooms).toBe(4);
    expect(applyPlayhead(painter, state, { ...input, time: 30, metric: 'waitMean' }).rooms).toBe(4);
  });

  it('shows rooms neutral before any frames, and ignores frames of another hospital', () => {
    const { h, rooms, painter } = setUp();
    const state = createPlayheadState();
    const none = { time: 0, metric: 'occupancyPct' as const, frames: null, shown: 'replication' as const };
    expect(applyPlayhead(painter, state, none).rooms).toBe(4);
    expect(new Set([...rooms.colour.values()].map((c) => c.join()))).toEqual(new Set([lutColour(NO_VALUE_INDEX).join()]));
    const foreign = storeOf({ frames: 2, rooms: h.rooms.length + 1, values: () => 1 });
    expect(applyPlayhead(painter, state, { ...none, frames: { replication: foreign, replicationIndex: 0, mean: null } })).toEqual({ rooms: 0, items: 0 });
  });

  it('colours rooms from the mean when shown, and beds from the replication', () => {
    const { h, rooms, model, painter } = setUp();
    const counts = { rooms: h.rooms.length, beds: h.beds.length, equipment: h.equipment.length };
    const replication = storeOf({ frames: 2, ...counts, values: () => 0, bedState: () => [BED_OCCUPIED, 1] });
    const mean = storeOf({ frames: 2, ...counts, values: () => 25 });
    const result = applyPlayhead(painter, createPlayheadState(), { time: 0, metric: 'queue', frames: { replication, replicationIndex: 0, mean }, shown: 'mean' });
    expect(result.items).toBe(h.beds.length + h.equipment.length);
    expect(rooms.colour.get(model.roomIndexById.get('a') as number)).toEqual(lutColour(255));
  });
});
