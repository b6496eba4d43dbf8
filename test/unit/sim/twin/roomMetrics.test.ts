import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateHospitalText } from '../../../../src/domain/validate';
import { compile } from '../../../../src/sim/model/compile';
import { loadOperations } from '../../../../src/sim/model/loadOperations';
import type { SimState } from '../../../../src/sim/model/simState';
import { runReplication } from '../../../../src/sim/run/runReplication';
import type { WaitingSample } from '../../../../src/sim/run/waitingSample';
import { TwinMeanAccumulator } from '../../../../src/sim/twin/meanAccumulator';
import { createTwinMapping, fillTwinFrame, TWIN_METRIC_COUNT } from '../../../../src/sim/twin/roomMetrics';
import { encodeSnapshot } from '../../../../workers/snapshotEncoder';
import { BED_OCCUPIED, decodeFrame, roomMetricIndex, type FrameView, type RoomMetric } from '../../../../src/protocol/snapshot';

const hospitalResult = validateHospitalText(readFileSync('models/general-hospital.json', 'utf8'));
if (!hospitalResult.ok) throw new Error('sample hospital invalid');
const hospital = hospitalResult.value;
const ops = loadOperations(readFileSync('models/operations/general-hospital.operations.json', 'utf8'), { hospital });
if (!ops.ok) throw new Error('sample operations invalid');
const model = compile(ops.value, hospital);
const mapping = createTwinMapping(model, hospital);

interface Captured { frame: FrameView; state: { busy: number[]; queue: number[]; onDuty: number[]; beds: number[]; bedAcuity: number[]; rooms: number[]; equipment: number[] }; waiting: { sum: number[]; count: number[] } }

/** Snapshots (and copies of the live state) at the given times of one replication of the sample. */
function capture(times: number[], replication = 0): Captured[] {
  const out: Captured[] = [];
  runReplication(model, {
    seed: 42, replication, days: 2, sampleIntervalMinutes: 60, sampleWaits: true,
    onSample: (t: number, s: SimState, w?: WaitingSample) => {
      if (!times.includes(t)) return;
      out.push({
        frame: decodeFrame(encodeSnapshot(s, mapping, { time: t, waiting: w })),
        state: {
          busy: Array.from(s.resourceBusy), queue: Array.from(s.resourceQueue), onDuty: Array.from(s.resourceOnDuty),
          beds: Array.from(s.beds.state), bedAcuity: Array.from(s.beds.acuity), rooms: Array.from(s.rooms.state), equipment: Array.from(s.equipment.state),
        },
        waiting: { sum: Array.from(w!.waitSoFarSum), count: Array.from(w!.waiting) },
      });
    },
  });
  return out;
}

const roomIndex = new Map(hospital.rooms.map((r, i) => [r.id, i]));
const metric = (f: FrameView, room: number, m: RoomMetric) => f.rooms[room * TWIN_METRIC_COUNT + roomMetricIndex(m)];
const resourcesOf = (unitId: string, kinds?: string[]) => model.resources.filter((r) => r.unitId === unitId && (!kinds || kinds.includes(r.kind))).map((r) => r.index);
const sum = (values: number[], at: number[]) => at.reduce((a, i) => a + values[i], 0);
const busyTimes = [12 * 60, 18 * 60, 30 * 60, 40 * 60];
const captured = capture(busyTimes);

describe('room metrics of the sample hospital', () => {
  it('map every hospital bed, room and equipment item in document order', () => {
    expect(mapping.roomCount).toBe(hospital.rooms.length);
    expect(mapping.bedCount).toBe(hospital.beds.length);
    expect(mapping.equipmentCount).toBe(hospital.equipment.length);
    const edBays = hospital.beds.filter((b) => hospital.rooms[roomIndex.get(b.roomId)!].kind === 'treatment-bay');
    for (const bay of edBays) expect(mapping.bedItem[hospital.beds.indexOf(bay)]).toBeGreaterThanOrEqual(0);
  });

  it('give each bed its item\'s state and the acuity of an occupant, and each equipment item its state', () => {
    const ids = model.items.ids;
    for (const { frame, state } of captured) {
      hospital.beds.forEach((bed, b) => {
        const item = ids.indexOf(bed.id);
        const expected = item >= 0 ? state.beds[item] : 0;
        expect(frame.beds[2 * b]).toBe(expected);
        expect(frame.beds[2 * b + 1]).toBe(expected === BED_OCCUPIED ? state.bedAcuity[item] : 0);
      });
      const equipmentStart = model.items.beds + model.items.rooms;
      hospital.equipment.forEach((e, k) => {
        const item = ids.indexOf(e.id);
        expect(frame.equipment[k]).toBe(item >= 0 ? state.equipment[item - equipmentStart] : 0);
      });
    }
    expect(captured.some(({ frame }) => frame.beds.some((v, i) => i % 2 === 0 && v === BED_OCCUPIED))).toBe(true);
  });

  it('count occupied beds in a bed room, and give occupancy % against its beds', () => {
    for (const { frame } of captured) {
      hospital.rooms.forEach((room, i) => {
        if (room.kind !== 'bed-room') return;
        const beds = hospital.beds.map((b, k) => ({ b, k })).filter(({ b, k }) => b.roomId === room.id && mapping.bedItem[k] >= 0);
        if (beds.length === 0) return;
        const occupied = beds.filter(({ k }) => frame.beds[2 * k] === BED_OCCUPIED).length;
        expect(metric(frame, i, 'occupancy')).toBe(occupied);
        expect(metric(frame, i, 'occupancyPct')).toBeCloseTo(occupied / beds.length, 6);
      });
    }
  });

  it('show the ED queue, its waiting patients and their mean wait so far in the ED waiting area, not the relatives\' room', () => {
    const waitingRooms = hospital.rooms.flatMap((r, i) => (r.unitId === 'ed' && r.kind === 'waiting' ? [i] : []));
    const main = hospital.rooms.findIndex((r) => r.id === 'ed-waiting');
    const others = waitingRooms.filter((i) => i !== main);
    expect(main).toBeGreaterThanOrEqual(0);
    expect(others.length).toBeGreaterThan(0); // the sample ED also has a relatives' room
    const ed = resourcesOf('ed');
    let sawQueue = false;
    for (const { frame, state, waiting } of captured) {
      const queue = sum(state.queue, ed);
      sawQueue ||= queue > 0;
      const count = sum(waiting.count, ed);
      expect(metric(frame, main, 'queue')).toBeCloseTo(queue, 5);
      expect(metric(frame, main, 'occupancy')).toBeCloseTo(queue, 5);
      expect(metric(frame, main, 'waitMean')).toBeCloseTo(count > 0 ? sum(waiting.sum, ed) / count : 0, 3);
      for (const i of others) {
        expect(metric(frame, i, 'queue')).toBe(0);
        expect(metric(frame, i, 'occupancy')).toBe(0);
      }
    }
    expect(sawQueue).toBe(true);
  });

  it('put a unit\'s staff on duty on its nurse stations, and its staff load on every room of the unit', () => {
    for (const unitId of ['ed', 'icu', 'ward-3a']) {
      const stations = hospital.rooms.flatMap((r, i) => (r.unitId === unitId && r.kind === 'nurse-station' ? [i] : []));
      const unitRooms = hospital.rooms.flatMap((r, i) => (r.unitId === unitId ? [i] : []));
      const staffRes = resourcesOf(unitId, ['staff']);
      const placeRes = resourcesOf(unitId, ['bed', 'room']);
      const hasWaiting = hospital.rooms.some((r) => r.unitId === unitId && r.kind === 'waiting');
      for (const { frame, state } of captured) {
        const staff = sum(state.onDuty, staffRes);
        expect(stations.reduce((a, i) => a + metric(frame, i, 'staffOnDuty'), 0)).toBeCloseTo(staff, 5);
        const patients = sum(state.busy, placeRes) + (hasWaiting ? sum(state.queue, resourcesOf(unitId)) : 0);
        for (const i of unitRooms) expect(metric(frame, i, 'staffLoad')).toBeCloseTo(patients / staff, 4);
      }
    }
  });

  it('count an operating room in use as occupancy 1 of 1 place', () => {
    const ors = hospital.rooms.flatMap((r, i) => (r.kind === 'operating-room' ? [i] : []));
    const start = model.items.beds;
    for (const { frame, state } of captured) {
      for (const i of ors) {
        const item = model.items.ids.indexOf(hospital.rooms[i].id);
        expect(metric(frame, i, 'occupancy')).toBe(state.rooms[item - start] === 1 ? 1 : 0);
        expect(metric(frame, i, 'occupancyPct')).toBe(metric(frame, i, 'occupancy'));
      }
    }
  });

  it('give NaN occupancy % and staff load where there are no places or no staff (circulation)', () => {
    const corridor = hospital.rooms.findIndex((r) => r.kind === 'corridor');
    const { frame } = captured[0];
    expect(metric(frame, corridor, 'occupancyPct')).toBeNaN();
    expect(metric(frame, corridor, 'staffLoad')).toBeNaN();
    expect(metric(frame, corridor, 'queue')).toBe(0);
  });
});

describe('the mean view accumulator', () => {
  const frameCount = 49;
  const run = (replications: number[]) => {
    const acc = new TwinMeanAccumulator(frameCount, mapping.roomCount, model.resources.length);
    const frames: Float32Array[][] = [];
    for (const r of replications) {
      let k = 0;
      const own: Float32Array[] = [];
      runReplication(model, {
        seed: 42, replication: r, days: 2, sampleIntervalMinutes: 60, sampleWaits: true,
        onSample: (_t: number, s: SimState, w?: WaitingSample) => {
          acc.add(k++, s, mapping, w);
          const out = { rooms: new Float32Array(mapping.roomCount * TWIN_METRIC_COUNT), beds: new Uint8Array(mapping.bedCount * 2), equipment: new Uint8Array(mapping.equipmentCount) };
          fillTwinFrame(s, mapping, out, w);
          own.push(out.rooms);
        },
      });
      frames.push(own);
    }
    acc.replications = replications.length;
    return { mean: TwinMeanAccumulator.fromBuffer(acc.data.slice().buffer).meanRooms(mapping), frames };
  };

  it('over one replication, equals that replication\'s frames', () => {
    const { mean, frames } = run([0]);
    const stride = mapping.roomCount * TWIN_METRIC_COUNT;
    for (const k of [0, 12, 30, 48]) {
      const expected = frames[0][k];
      for (let i = 0; i < stride; i++) {
        if (Number.isNaN(expected[i])) expect(mean[k * stride + i]).toBeNaN();
        else expect(mean[k * stride + i]).toBeCloseTo(expected[i], 3);
      }
    }
  });

  it('over two replications, averages occupancy and queue exactly', () => {
    const { mean, frames } = run([0, 1]);
    const stride = mapping.roomCount * TWIN_METRIC_COUNT;
    const occ = roomMetricIndex('occupancy'), queue = roomMetricIndex('queue');
    for (const k of [6, 20, 40]) {
      for (let room = 0; room < mapping.roomCount; room++) {
        for (const m of [occ, queue]) {
          const i = room * TWIN_METRIC_COUNT + m;
          expect(mean[k * stride + i]).toBeCloseTo((frames[0][k][i] + frames[1][k][i]) / 2, 3);
        }
      }
    }
  });
});
