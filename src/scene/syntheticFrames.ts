import type { Hospital, Room } from '../domain/schema';
import type { RoomKind } from '../domain/vocabulary';
import { FrameStore } from '../protocol/frameStore';
import { BED_CLEANING, BED_EMPTY, BED_OCCUPIED, EQUIP_FAILED, EQUIP_IDLE, EQUIP_IN_USE, ROOM_METRIC_COUNT } from '../protocol/snapshot';

/**
 * Synthetic playback frames for a hospital, for tests and the playback benchmark only (no simulation): a
 * daily load wave peaking mid-afternoon, a per-room phase and a little deterministic noise. Patient rooms
 * get occupancy, waiting areas queues and waits; rooms where patients never stay have no occupancy %.
 */
const PATIENT_ROOMS: ReadonlySet<RoomKind> = new Set([
  'bed-room', 'treatment-bay', 'recovery-bay', 'resuscitation', 'triage', 'waiting', 'operating-room', 'delivery-room', 'imaging-room',
]);

function hash(i: number, salt: number): number {
  let x = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  x = Math.imul(x ^ (x >>> 13), 0x27d4eb2f);
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
}

/** Load 0..1 of the day at minute t: low at night, peak around 15:00. */
export function dailyLoad(t: number, phase = 0): number {
  return 0.5 - 0.45 * Math.cos((2 * Math.PI * (t / 1440 - 0.125 - phase)));
}

function roomValues(room: Room, places: number, load: number, noise: number, out: Float32Array, o: number): void {
  const patient = PATIENT_ROOMS.has(room.kind);
  const waiting = room.kind === 'waiting';
  const level = Math.max(0, Math.min(1.3, load * 1.15 + (noise - 0.5) * 0.2));
  const occupancy = patient ? Math.round(level * (waiting ? 30 : places)) : 0;
  const queue = waiting || room.kind === 'triage' ? Math.round(level * level * 30) : 0;
  const staff = patient && !waiting ? Math.max(1, Math.round(places / 4)) : 0;
  out[o] = occupancy;
  out[o + 1] = patient ? occupancy / (waiting ? 30 : places) : Number.NaN;
  out[o + 2] = queue;
  out[o + 3] = staff;
  out[o + 4] = staff > 0 ? occupancy / staff : Number.NaN;
  out[o + 5] = queue > 0 ? level * level * 140 : 0;
}

/** A FrameStore of `frames` frames every `intervalMinutes`, indexed like the hospital's arrays. */
export function syntheticFrameStore(hospital: Hospital, frames: number, intervalMinutes = 15, salt = 0): FrameStore {
  const counts = { roomCount: hospital.rooms.length, bedCount: hospital.beds.length, equipmentCount: hospital.equipment.length };
  const store = new FrameStore(counts, frames);
  const placesByRoom = new Map<string, number>();
  for (const bed of hospital.beds) placesByRoom.set(bed.roomId, (placesByRoom.get(bed.roomId) ?? 0) + 1);
  const rooms = new Float32Array(counts.roomCount * ROOM_METRIC_COUNT);
  const beds = new Uint8Array(counts.bedCount * 2);
  const equipment = new Uint8Array(counts.equipmentCount);
  const phases = Float32Array.from(hospital.rooms, (_, i) => (hash(i, salt + 7) - 0.5) * 0.08);
  for (let f = 0; f < frames; f++) {
    const time = f * intervalMinutes;
    hospital.rooms.forEach((room, i) => {
      const load = dailyLoad(time, phases[i]);
      roomValues(room, placesByRoom.get(room.id) ?? 1, load, hash(i * 7919 + f, salt), rooms, i * ROOM_METRIC_COUNT);
    });
    const load = dailyLoad(time);
    for (let j = 0; j < counts.bedCount; j++) {
      const h = hash(j, salt + 3);
      const occupied = h < load * 0.95;
      beds[j * 2] = occupied ? BED_OCCUPIED : h < load * 0.95 + 0.05 ? BED_CLEANING : BED_EMPTY;
      beds[j * 2 + 1] = occupied ? 1 + Math.floor(hash(j, salt + 5) * 5) : 0;
    }
    for (let k = 0; k < counts.equipmentCount; k++) {
      const h = hash(k, salt + 11);
      equipment[k] = h > 0.97 ? EQUIP_FAILED : h < load * 0.8 ? EQUIP_IN_USE : EQUIP_IDLE;
    }
    store.append({ ...counts, time, rooms, beds, equipment });
  }
  return store;
}
