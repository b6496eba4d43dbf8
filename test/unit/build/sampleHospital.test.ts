import { describe, expect, it } from 'vitest';
import { hospitalCounts, inpatientBedIds } from '../../../src/domain/build/counts';
import { buildSampleHospital } from '../../../src/domain/build/sampleHospital';
import { hospitalSchema, type Hospital, type Room } from '../../../src/domain/schema';
import { validateHospital } from '../../../src/domain/validate';
import type { UnitKind } from '../../../src/domain/vocabulary';
import { itemsTooCloseToWalls, pointsOffGrid, roomAreaByFloor } from './layoutChecks';

const h: Hospital = buildSampleHospital();
const unitsOfKind = (kind: UnitKind) => h.units.filter((u) => u.kind === kind);
const roomsOf = (unitId: string, kind?: Room['kind']) => h.rooms.filter((r) => r.unitId === unitId && (!kind || r.kind === kind));
const equipmentIn = (roomId: string) => h.equipment.filter((e) => e.roomId === roomId).map((e) => e.type);
const bedsIn = (roomIds: Iterable<string>) => {
  const ids = new Set(roomIds);
  return h.beds.filter((b) => ids.has(b.roomId));
};

describe('the sample hospital (Hospital General San Rafael)', () => {
  it('passes the validator and the schema', () => {
    const result = validateHospital(JSON.parse(JSON.stringify(h)));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(hospitalSchema.safeParse(h).success).toBe(true);
    expect(h.id).toBe('general-hospital');
    expect(h.location?.timeZone).toBe('America/Bogota');
  });

  it('has 7 levels with consistent elevations', () => {
    expect(h.floors.length).toBeGreaterThanOrEqual(5);
    h.floors.forEach((f, i) => {
      expect(f.ordinal).toBe(i);
      expect(f.height).toBe(4.2);
      expect(f.elevation).toBeCloseTo(i * 4.2, 9);
    });
  });

  it('counts about 300 inpatient beds, plus the ED, PACU and delivery places', () => {
    const c = hospitalCounts(h);
    expect(c.inpatientBeds).toBeGreaterThanOrEqual(280);
    expect(c.inpatientBeds).toBeLessThanOrEqual(330);
    const places = bedsIn(h.rooms.filter((r) => ['treatment-bay', 'resuscitation', 'recovery-bay', 'delivery-room'].includes(r.kind)).map((r) => r.id));
    expect(c.beds).toBe(c.inpatientBeds + places.length);
    expect(inpatientBedIds(h).size).toBe(c.inpatientBeds);
  });

  it('has an emergency department with triage, resuscitation, ~20 treatment bays, waiting and a nurse station', () => {
    const [ed] = unitsOfKind('emergency');
    expect(roomsOf(ed.id, 'triage').length).toBeGreaterThanOrEqual(2);
    expect(roomsOf(ed.id, 'resuscitation').length).toBeGreaterThanOrEqual(2);
    const bays = roomsOf(ed.id, 'treatment-bay');
    expect(bays.length).toBeGreaterThanOrEqual(18);
    expect(bedsIn(bays.map((r) => r.id))).toHaveLength(bays.length);
    expect(roomsOf(ed.id, 'waiting').length).toBeGreaterThanOrEqual(1);
    expect(roomsOf(ed.id, 'reception').length).toBeGreaterThanOrEqual(1);
    for (const resus of roomsOf(ed.id, 'resuscitation')) expect(equipmentIn(resus.id)).toEqual(expect.arrayContaining(['defibrillator', 'patient-monitor']));
  });

  it('has imaging rooms with CT, X-ray and MRI scanners, and a laboratory', () => {
    const [imaging] = unitsOfKind('imaging');
    const types = roomsOf(imaging.id, 'imaging-room').flatMap((r) => equipmentIn(r.id));
    expect(types.filter((t) => t === 'ct-scanner')).toHaveLength(2);
    expect(types.filter((t) => t === 'x-ray')).toHaveLength(2);
    expect(types.filter((t) => t === 'mri')).toHaveLength(1);
    const [lab] = unitsOfKind('laboratory');
    expect(roomsOf(lab.id, 'laboratory').length).toBeGreaterThanOrEqual(1);
  });

  it('has operating rooms each with an anaesthesia machine and a monitor, and a PACU with monitored bays', () => {
    const [theatres] = unitsOfKind('operating-theatre');
    const ors = roomsOf(theatres.id, 'operating-room');
    expect(ors.length).toBeGreaterThanOrEqual(6);
    expect(ors.length).toBeLessThanOrEqual(8);
    for (const or of ors) expect(equipmentIn(or.id)).toEqual(expect.arrayContaining(['anaesthesia-machine', 'patient-monitor']));
    const [pacu] = unitsOfKind('pacu');
    const bays = roomsOf(pacu.id, 'recovery-bay');
    expect(bays.length).toBeGreaterThanOrEqual(8);
    for (const bay of bays) expect(equipmentIn(bay.id)).toContain('patient-monitor');
  });

  it('has an ICU of about 20 beds with a ventilator and a patient monitor in every bed room', () => {
    const [icu] = unitsOfKind('icu');
    const rooms = roomsOf(icu.id, 'bed-room');
    const beds = bedsIn(rooms.map((r) => r.id));
    expect(beds.length).toBeGreaterThanOrEqual(18);
    expect(beds.length).toBeLessThanOrEqual(22);
    for (const room of rooms) expect(equipmentIn(room.id)).toEqual(expect.arrayContaining(['ventilator', 'patient-monitor']));
    const icuTypes = h.rooms.filter((r) => r.unitId === icu.id).flatMap((r) => equipmentIn(r.id));
    expect(icuTypes).toEqual(expect.arrayContaining(['defibrillator', 'dialysis-machine', 'infusion-pump']));
  });

  it('has step-down, at least four wards of 28–36 beds with singles and doubles, and maternity with delivery rooms', () => {
    const [stepDown] = unitsOfKind('step-down');
    expect(bedsIn(roomsOf(stepDown.id, 'bed-room').map((r) => r.id)).length).toBeGreaterThanOrEqual(10);
    const wards = unitsOfKind('ward');
    expect(wards.length).toBeGreaterThanOrEqual(4);
    for (const ward of wards) {
      const rooms = roomsOf(ward.id, 'bed-room');
      const perRoom = rooms.map((r) => bedsIn([r.id]).length);
      expect(perRoom.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(28);
      expect(perRoom.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(36);
      expect(perRoom).toContain(1);
      expect(perRoom).toContain(2);
    }
    const [maternity] = unitsOfKind('maternity');
    expect(bedsIn(roomsOf(maternity.id, 'bed-room').map((r) => r.id)).length).toBeGreaterThanOrEqual(20);
    expect(roomsOf(maternity.id, 'delivery-room').length).toBeGreaterThanOrEqual(2);
  });

  it('gives every clinical unit a nurse station and staff pools', () => {
    const clinical = h.units.filter((u) => !['laboratory', 'support', 'circulation'].includes(u.kind));
    expect(clinical.length).toBeGreaterThanOrEqual(12);
    for (const unit of clinical) {
      expect(roomsOf(unit.id, 'nurse-station').length, unit.id).toBeGreaterThanOrEqual(1);
      const pools = h.staffPools.filter((p) => p.unitId === unit.id);
      expect(pools.some((p) => p.role === 'nurse' && p.headcount > 0), unit.id).toBe(true);
    }
    expect(h.staffPools.find((p) => p.id === 'icu-nurses')?.headcount).toBeGreaterThan(50);
  });

  it('has corridors, two stairs and at least two lifts on every floor, lined up vertically', () => {
    const cores = (floorId: string, kind: Room['kind']) =>
      h.rooms.filter((r) => r.floorId === floorId && r.kind === kind).map((r) => JSON.stringify(r.polygon)).sort();
    const ground = h.floors[0].id;
    expect(cores(ground, 'lift').length).toBeGreaterThanOrEqual(2);
    expect(cores(ground, 'stairs')).toHaveLength(2);
    for (const floor of h.floors) {
      expect(cores(floor.id, 'corridor').length).toBeGreaterThanOrEqual(2);
      expect(cores(floor.id, 'lift')).toEqual(cores(ground, 'lift'));
      expect(cores(floor.id, 'stairs')).toEqual(cores(ground, 'stairs'));
    }
  });

  it('tiles each 90 m × 32.2 m plate completely, on the 0.1 m grid', () => {
    for (const area of roomAreaByFloor(h).values()) expect(area).toBeCloseTo(90 * 32.2, 6);
    expect(pointsOffGrid(h)).toEqual([]);
  });

  it('puts every bed and equipment item at least 0.3 m inside its room, and doors on corridor walls', () => {
    expect(itemsTooCloseToWalls(h)).toEqual([]);
    const byId = new Map(h.rooms.map((r) => [r.id, r]));
    for (const room of h.rooms) {
      for (const door of room.doors ?? []) expect(byId.get(door.toRoomId ?? '')?.kind, door.id).toBe('corridor');
    }
    expect(h.rooms.filter((r) => r.kind !== 'corridor' && !r.doors?.length)).toEqual([]);
  });

  it('uses readable ids', () => {
    const ids = new Set([...h.units, ...h.rooms, ...h.beds, ...h.equipment, ...h.staffPools].map((x) => x.id));
    for (const id of ['ed', 'icu', 'ward-3a', 'ed-bay-07', 'icu-bed-12', 'icu-vent-12', 'icu-nurses', 'f0']) {
      expect(ids.has(id) || h.floors.some((f) => f.id === id), id).toBe(true);
    }
  });
});
