import { polygonArea } from '../../domain/geometry';
import type { Hospital } from '../../domain/schema';
import type { CompiledModel } from '../model/compiledModel';
import type { SimState } from '../model/simState';
import type { WaitingSample } from '../run/waitingSample';

/**
 * Turns a SimState into the twin's per-room, per-bed and per-equipment values, in the snapshot layout of
 * src/protocol/snapshot.ts (rooms, beds and equipment in hospital-array order). Pure: the static part
 * (`createTwinMapping`) is built once per model, `fillTwinFrame` runs at every sample with no allocation.
 *
 * Attribution rules (documented for the legend and the details panel):
 * - occupancy: occupied beds in the room; a room that is itself a modelled item (operating room, consult
 *   room…) counts 1 while in use; an imaging or operating room without beds or room items counts its
 *   modelled equipment in use; a unit's largest WAITING room holds its waiting patients (a relatives' room
 *   or a second waiting room shows none).
 * - places (for occupancyPct, a FRACTION 0..1+): modelled beds, else 1 for a room item, else the counted
 *   equipment, else for a waiting room one seat per WAITING_M2_PER_SEAT m² of floor; NaN otherwise.
 * - queue: a unit's largest waiting room shows the unit's whole queue (patients waiting for any of its
 *   resources); a unit with no waiting room shows it on its nurse stations.
 * - staffOnDuty: a unit's nurse stations share its staff on duty evenly.
 * - staffLoad: on every room of the unit, (patients in its bed and room pools + patients in its waiting
 *   rooms) / staff on duty; NaN when the unit has no staff on duty.
 * - waitMean: in waiting rooms (or the rooms showing the queue), the mean time so far, in minutes, of the
 *   unit's waiting patients — exact when the engine passes a WaitingSample, else 0.
 */

/** Must equal ROOM_METRICS in src/protocol/snapshot.ts (checked by a unit test; sim cannot import protocol). */
export const TWIN_ROOM_METRICS = ['occupancy', 'occupancyPct', 'queue', 'staffOnDuty', 'staffLoad', 'waitMean'] as const;
export const TWIN_METRIC_COUNT = TWIN_ROOM_METRICS.length;
const OCC = 0, PCT = 1, QUEUE = 2, STAFF = 3, LOAD = 4, WAIT = 5;

/** Seating density assumed for waiting rooms (m² per seat), to give them a capacity for occupancyPct. */
export const WAITING_M2_PER_SEAT = 1.5;

/** Equipment state codes of the snapshot (EQUIP_* in snapshot.ts), from the engine's item states. */
const EQUIPMENT_STATE_OF_ITEM = Uint8Array.from([0, 1, 2, 3, 4]);

const EQUIPMENT_OCCUPANCY_ROOM_KINDS = new Set(['imaging-room', 'operating-room']);

export interface TwinMapping {
  readonly roomCount: number;
  readonly bedCount: number;
  readonly equipmentCount: number;
  /** Per hospital bed / equipment item: index into SimState.beds / .equipment, or -1 (not modelled). */
  readonly bedItem: Int32Array;
  readonly equipmentItem: Int32Array;
  /** Per hospital bed: its room index; per equipment item: its room index when it counts for occupancy, else -1. */
  readonly bedRoom: Int32Array;
  readonly equipmentRoom: Int32Array;
  /** Per hospital room: index into SimState.rooms or -1; unit index or -1; places (NaN: none). */
  readonly roomItem: Int32Array;
  readonly roomUnit: Int32Array;
  readonly places: Float64Array;
  /** Per room: 1 waiting room, 2 shows the unit's queue without being a waiting room (nurse station), 0 else. */
  readonly queueRole: Uint8Array;
  readonly isNurseStation: Uint8Array;
  /** Per unit (hospital.units order): counts of waiting rooms and nurse stations. */
  readonly unitWaitingRooms: Int32Array;
  readonly unitNurseStations: Int32Array;
  /** Per resource: unit index or -1; 1 when staff; 1 when a bed or room pool. */
  readonly resourceUnit: Int32Array;
  readonly resourceIsStaff: Uint8Array;
  readonly resourceIsPlace: Uint8Array;
  /** The items that count for room occupancy, as parallel (item index, room index) lists. */
  readonly occupancyItems: Record<'bed' | 'equipment' | 'room', { item: Int32Array; room: Int32Array }>;
  /** Scratch per unit (reused every frame). */
  readonly scratch: {
    roomOcc: Float64Array; queue: Float64Array; staff: Float64Array; patients: Float64Array; waitSum: Float64Array; waitCount: Float64Array;
    load: Float64Array; waitMean: Float64Array; hasStaff: Uint8Array;
  };
}

/** Output arrays of one frame (snapshot views or plain arrays of the right length). */
export interface TwinFrameOut {
  rooms: Float32Array;
  beds: Uint8Array;
  equipment: Uint8Array;
}

/** Builds the static mapping from a compiled model and its hospital (both arrays in document order). */
export function createTwinMapping(model: CompiledModel, hospital: Hospital): TwinMapping {
  const roomIndex = new Map(hospital.rooms.map((r, i) => [r.id, i]));
  const unitIndex = new Map(hospital.units.map((u, i) => [u.id, i]));
  const { items } = model;
  const itemIndex = (from: number, count: number) => {
    const m = new Map<string, number>();
    for (let k = 0; k < count; k++) { const id = items.ids[from + k]; if (id !== null) m.set(id, k); }
    return m;
  };
  const bedItems = itemIndex(0, items.beds);
  const roomItems = itemIndex(items.beds, items.rooms);
  const equipmentItems = itemIndex(items.beds + items.rooms, items.equipment);

  const bedItem = Int32Array.from(hospital.beds, (b) => bedItems.get(b.id) ?? -1);
  const bedRoom = Int32Array.from(hospital.beds, (b) => roomIndex.get(b.roomId) ?? -1);
  const equipmentItem = Int32Array.from(hospital.equipment, (e) => equipmentItems.get(e.id) ?? -1);
  const roomItem = Int32Array.from(hospital.rooms, (r) => roomItems.get(r.id) ?? -1);
  const roomUnit = Int32Array.from(hospital.rooms, (r) => unitIndex.get(r.unitId) ?? -1);

  const bedPlaces = new Float64Array(hospital.rooms.length);
  bedItem.forEach((item, b) => { if (item >= 0 && bedRoom[b] >= 0) bedPlaces[bedRoom[b]]++; });
  const equipmentRoom = new Int32Array(hospital.equipment.length).fill(-1);
  const equipmentPlaces = new Float64Array(hospital.rooms.length);
  hospital.equipment.forEach((e, k) => {
    const room = roomIndex.get(e.roomId);
    if (room === undefined || equipmentItem[k] < 0) return;
    if (bedPlaces[room] > 0 || roomItem[room] >= 0 || !EQUIPMENT_OCCUPANCY_ROOM_KINDS.has(hospital.rooms[room].kind)) return;
    equipmentRoom[k] = room;
    equipmentPlaces[room]++;
  });

  const unitCount = hospital.units.length;
  const unitWaitingRooms = new Int32Array(unitCount);
  const unitNurseStations = new Int32Array(unitCount);
  // A unit's queue is shown in its largest waiting room only (the ED's waiting area, not its relatives' room).
  const mainWaitingRoom = new Int32Array(unitCount).fill(-1);
  const mainWaitingArea = new Float64Array(unitCount);
  hospital.rooms.forEach((r, i) => {
    const u = roomUnit[i];
    if (u < 0) return;
    if (r.kind === 'waiting') {
      unitWaitingRooms[u]++;
      const area = Math.abs(polygonArea(r.polygon));
      if (area > mainWaitingArea[u]) { mainWaitingArea[u] = area; mainWaitingRoom[u] = i; }
    }
    if (r.kind === 'nurse-station') unitNurseStations[u]++;
  });
  const queueRole = new Uint8Array(hospital.rooms.length);
  const isNurseStation = new Uint8Array(hospital.rooms.length);
  const places = new Float64Array(hospital.rooms.length).fill(NaN);
  hospital.rooms.forEach((r, i) => {
    const u = roomUnit[i];
    if (r.kind === 'nurse-station') isNurseStation[i] = 1;
    if (r.kind === 'waiting') queueRole[i] = u >= 0 && mainWaitingRoom[u] === i ? 1 : 0;
    else if (r.kind === 'nurse-station' && u >= 0 && unitWaitingRooms[u] === 0) queueRole[i] = 2;
    if (bedPlaces[i] > 0) places[i] = bedPlaces[i];
    else if (roomItem[i] >= 0) places[i] = 1;
    else if (equipmentPlaces[i] > 0) places[i] = equipmentPlaces[i];
    else if (r.kind === 'waiting') places[i] = Math.max(1, Math.floor(Math.abs(polygonArea(r.polygon)) / WAITING_M2_PER_SEAT));
  });

  const resourceUnit = Int32Array.from(model.resources, (r) => (r.unitId === null ? -1 : unitIndex.get(r.unitId) ?? -1));
  const resourceIsStaff = Uint8Array.from(model.resources, (r) => (r.kind === 'staff' ? 1 : 0));
  const resourceIsPlace = Uint8Array.from(model.resources, (r) => (r.kind === 'bed' || r.kind === 'room' ? 1 : 0));
  const hasStaff = new Uint8Array(unitCount);
  resourceUnit.forEach((u, r) => { if (u >= 0 && resourceIsStaff[r] === 1) hasStaff[u] = 1; });
  return {
    roomCount: hospital.rooms.length, bedCount: hospital.beds.length, equipmentCount: hospital.equipment.length,
    bedItem, equipmentItem, bedRoom, equipmentRoom, roomItem, roomUnit, places, queueRole, isNurseStation,
    occupancyItems: occupancyItems(bedItem, bedRoom, equipmentItem, equipmentRoom, roomItem),
    unitWaitingRooms, unitNurseStations, resourceUnit, resourceIsStaff, resourceIsPlace,
    scratch: {
      roomOcc: new Float64Array(hospital.rooms.length), queue: new Float64Array(unitCount), staff: new Float64Array(unitCount),
      patients: new Float64Array(unitCount), waitSum: new Float64Array(unitCount), waitCount: new Float64Array(unitCount),
      load: new Float64Array(unitCount), waitMean: new Float64Array(unitCount), hasStaff,
    },
  };
}

/** Writes one frame's rooms, beds and equipment from the live state (no allocation). */
export function fillTwinFrame(state: SimState, m: TwinMapping, out: TwinFrameOut, waiting?: WaitingSample): void {
  const beds = state.beds.state, bedAcuity = state.beds.acuity, outBeds = out.beds;
  for (let b = 0, n = m.bedCount; b < n; b++) {
    const item = m.bedItem[b];
    const s = item >= 0 ? beds[item] : 0;
    outBeds[2 * b] = s;
    outBeds[2 * b + 1] = s === 1 ? bedAcuity[item] : 0;
  }
  const equipment = state.equipment.state, outEquipment = out.equipment;
  for (let e = 0, n = m.equipmentCount; e < n; e++) {
    const item = m.equipmentItem[e];
    outEquipment[e] = item >= 0 ? EQUIPMENT_STATE_OF_ITEM[equipment[item]] : 0;
  }
  writeRooms(state, m, out.rooms, 0, false, waiting);
}

function writeRooms(state: SimState, m: TwinMapping, rooms: Float32Array, offset: number, add: boolean, waiting?: WaitingSample): void {
  const occ = m.scratch.roomOcc;
  occ.fill(0);
  addItemOccupancy(state, m, occ, 0);
  writeRoomsFrom(m, {
    occ, busy: state.resourceBusy, queue: state.resourceQueue, onDuty: state.resourceOnDuty,
    waitSum: waiting?.waitSoFarSum ?? null, waitCount: waiting?.waiting ?? null,
  }, rooms, offset, add);
}

/** Adds each room's occupancy from its own items (beds, room items, counted equipment) into occ at offset. */
export function addItemOccupancy(state: SimState, m: TwinMapping, occ: Float64Array | Float32Array, offset: number): void {
  const { bed, equipment, room } = m.occupancyItems;
  const beds = state.beds.state;
  for (let k = 0, n = bed.item.length; k < n; k++) if (beds[bed.item[k]] === 1) occ[offset + bed.room[k]]++;
  const items = state.equipment.state;
  for (let k = 0, n = equipment.item.length; k < n; k++) if (items[equipment.item[k]] === 1) occ[offset + equipment.room[k]]++;
  const rooms = state.rooms.state;
  for (let k = 0, n = room.item.length; k < n; k++) if (rooms[room.item[k]] === 1) occ[offset + room.room[k]]++;
}

/** Compact (item, room) lists of the items that count for room occupancy: modelled beds, equipment, room items. */
function occupancyItems(bedItem: Int32Array, bedRoom: Int32Array, equipmentItem: Int32Array, equipmentRoom: Int32Array, roomItem: Int32Array): TwinMapping['occupancyItems'] {
  const pairs = (items: Int32Array, rooms: (k: number) => number) => {
    const item: number[] = [], room: number[] = [];
    items.forEach((it, k) => { const r = rooms(k); if (it >= 0 && r >= 0) { item.push(it); room.push(r); } });
    return { item: Int32Array.from(item), room: Int32Array.from(room) };
  };
  return {
    bed: pairs(bedItem, (k) => bedRoom[k]),
    equipment: pairs(equipmentItem, (k) => equipmentRoom[k]),
    room: pairs(roomItem, (k) => k),
  };
}

/** The inputs of the room metrics: occupancy from items per room, and per-resource state (live or means). */
export interface RoomInputs {
  occ: ArrayLike<number>;
  busy: ArrayLike<number>;
  queue: ArrayLike<number>;
  onDuty: ArrayLike<number>;
  /** Per resource: Σ time so far of the patients waiting, and how many; null when unknown (waitMean 0). */
  waitSum: ArrayLike<number> | null;
  waitCount: ArrayLike<number> | null;
}

/** Writes (or adds) the ROOM_METRICS of every room from the inputs, at `offset` in `rooms`. */
export function writeRoomsFrom(m: TwinMapping, input: RoomInputs, rooms: Float32Array, offset: number, add = false): void {
  const sc = m.scratch;
  const { queue, staff, patients, waitSum, waitCount, hasStaff, load, waitMean } = sc;
  queue.fill(0); staff.fill(0); patients.fill(0); waitSum.fill(0); waitCount.fill(0);
  const resourceUnit = m.resourceUnit, isStaff = m.resourceIsStaff, isPlace = m.resourceIsPlace;
  const inWaitSum = input.waitSum, inWaitCount = input.waitCount;
  for (let r = 0, n = resourceUnit.length; r < n; r++) {
    const u = resourceUnit[r];
    if (u < 0) continue;
    queue[u] += input.queue[r];
    if (isStaff[r] === 1) staff[u] += input.onDuty[r];
    if (isPlace[r] === 1) patients[u] += input.busy[r];
    if (inWaitSum && inWaitCount) { waitSum[u] += inWaitSum[r]; waitCount[u] += inWaitCount[r]; }
  }
  for (let u = 0, n = queue.length; u < n; u++) {
    const inWaiting = m.unitWaitingRooms[u] > 0 ? queue[u] : 0;
    load[u] = hasStaff[u] === 1 && staff[u] > 0 ? (patients[u] + inWaiting) / staff[u] : NaN;
    waitMean[u] = waitCount[u] > 0 ? waitSum[u] / waitCount[u] : 0;
  }
  const occ = input.occ;
  const roomUnit = m.roomUnit, queueRole = m.queueRole, isNurse = m.isNurseStation, places = m.places;
  for (let i = 0, n = m.roomCount; i < n; i++) {
    const u = roomUnit[i];
    let o = occ[i], q = 0, st = 0, ld = NaN, w = 0;
    if (u >= 0) {
      const role = queueRole[i];
      if (role !== 0) {
        q = queue[u];
        w = waitMean[u];
        if (role === 1) o += q;
      }
      if (isNurse[i] === 1) st = staff[u] / m.unitNurseStations[u];
      ld = load[u];
    }
    const p = places[i];
    const pct = p > 0 ? o / p : NaN;
    const k = offset + i * TWIN_METRIC_COUNT;
    if (add) {
      rooms[k + OCC] += o; rooms[k + PCT] += pct; rooms[k + QUEUE] += q; rooms[k + STAFF] += st; rooms[k + LOAD] += ld; rooms[k + WAIT] += w;
    } else {
      rooms[k + OCC] = o; rooms[k + PCT] = pct; rooms[k + QUEUE] = q; rooms[k + STAFF] = st; rooms[k + LOAD] = ld; rooms[k + WAIT] = w;
    }
  }
}
