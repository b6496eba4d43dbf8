/** Bedded inpatient units (wards, maternity) and the day-time units that fill spare wings (outpatients, offices). */
import type { IdRegistry } from '../ids';
import { pad } from '../ids';
import { roomSpec, type Block, type BedSpec, type RoomSpec } from '../spec';
import { items, makeUnit, roomMix, staffPools, supportRooms } from './common';

/** Frontage of the outer band, which ward bedrooms fill (decimetres). */
const OUTER_BUDGET = 900;
/** Most beds a ward block holds: 32 in the outer band (4 singles, 14 doubles) plus isolation rooms inside. */
export const MAX_WARD_OUTER_BEDS = 32;

/** Bedrooms mixing singles (3.6 m) and doubles (5.4 m), singles spread evenly among the doubles. */
function bedrooms(ids: IdRegistry, unitId: string, code: string, singles: number, doubles: number, firstBed: number, total: number): RoomSpec[] {
  const rooms: RoomSpec[] = [];
  const count = singles + doubles;
  let bedNo = firstBed;
  for (let i = 0; i < count; i++) {
    const single = Math.floor(((i + 1) * singles) / count) > Math.floor((i * singles) / count);
    const beds: BedSpec[] = [];
    for (let b = 0; b < (single ? 1 : 2); b++) {
      const no = pad(bedNo++, total);
      beds.push({ id: ids.claim(`${unitId}-bed-${no}`), label: `${code}-${no}`, equipment: [] });
    }
    rooms.push(roomSpec(ids.claim(`${unitId}-room-${pad(i + 1, count)}`), `Room ${i + 1}`, unitId, 'bed-room', single ? 36 : 54, { beds }));
  }
  return rooms;
}

export interface WardOptions { unitId: string; name: string; code: string; beds: number; isolationRooms: number }

/** General ward: bedrooms on the outside, nurse station, utilities, day room and isolation rooms inside. */
export function wardBlock(ids: IdRegistry, o: WardOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'ward', o.code);
  const isolation = Math.min(o.isolationRooms, o.beds);
  const outerBeds = o.beds - isolation;
  if (outerBeds > MAX_WARD_OUTER_BEDS) throw new Error(`ward ${u}: ${outerBeds} beds do not fit one wing (max ${MAX_WARD_OUTER_BEDS})`);
  const mix = roomMix(outerBeds, OUTER_BUDGET);
  const outer = bedrooms(ids, u, o.code, mix.singles, mix.doubles, 1, o.beds);
  const inner: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-nurse-station`), 'Nurse station', u, 'nurse-station', 60, {
      equipment: [{ id: ids.claim(`${u}-defib`), type: 'defibrillator' }],
    }),
    roomSpec(ids.claim(`${u}-equipment-store`), 'Equipment store', u, 'store', 48, {
      equipment: [...items(ids, `${u}-mon`, 'patient-monitor', 2), ...items(ids, `${u}-pump`, 'infusion-pump', Math.max(2, Math.round(o.beds / 8)))],
    }),
    ...supportRooms(ids, u, [
      ['clean-utility', 'Clean utility', 'utility', 48], ['dirty-utility', 'Dirty utility', 'utility', 48],
      ['store', 'Linen and supplies', 'store', 48], ['office', 'Ward office', 'office', 36],
      ['treatment', 'Treatment room', 'consult-room', 36], ['day-room', 'Day room', 'waiting', 60],
    ]),
  ];
  for (let i = 0; i < isolation; i++) {
    const no = pad(outerBeds + i + 1, o.beds);
    inner.push(roomSpec(ids.claim(`${u}-isolation-${i + 1}`), `Isolation room ${i + 1}`, u, 'bed-room', 42, {
      beds: [{ id: ids.claim(`${u}-bed-${no}`), label: `${o.code}-${no}`, tags: ['isolation'], equipment: [] }],
    }));
  }
  inner.push(...supportRooms(ids, u, [['staff-room', 'Staff room', 'office', 48], ['toilet', 'Staff toilet', 'toilet', 24]]));
  const staff = staffPools(ids, u, {
    'nurse': o.beds * 1.0, 'physician': Math.max(2, o.beds / 6), 'healthcare-assistant': o.beds * 0.6,
    'porter': Math.max(1, o.beds / 16), 'cleaner': Math.max(1, o.beds / 10),
  });
  return { units: [unit], staff, outer, inner };
}

export interface MaternityOptions { unitId: string; name: string; code: string; beds: number; deliveryRooms: number }

/** Maternity: postnatal singles and doubles and an assessment room outside; delivery rooms (5.4 m) inside. */
export function maternityBlock(ids: IdRegistry, o: MaternityOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'maternity', o.code);
  const mix = roomMix(o.beds, OUTER_BUDGET - 102);
  const outer: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-waiting`), 'Maternity waiting', u, 'waiting', 60),
    roomSpec(ids.claim(`${u}-assessment`), 'Obstetric assessment', u, 'triage', 42, {
      equipment: [{ id: ids.claim(`${u}-ultrasound`), type: 'ultrasound' }],
    }),
    ...bedrooms(ids, u, o.code, mix.singles, mix.doubles, 1, o.beds),
  ];
  const inner: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-nurse-station`), 'Midwives\' station', u, 'nurse-station', 60, {
      equipment: [{ id: ids.claim(`${u}-defib`), type: 'defibrillator' }],
    }),
  ];
  for (let i = 1; i <= o.deliveryRooms; i++) {
    inner.push(roomSpec(ids.claim(`${u}-delivery-${i}`), `Delivery room ${i}`, u, 'delivery-room', 54, {
      beds: [{
        id: ids.claim(`${u}-delivery-bed-${i}`), label: `D${i}`, tags: ['delivery'],
        equipment: [{ id: ids.claim(`${u}-delivery-mon-${i}`), type: 'patient-monitor' }, { id: ids.claim(`${u}-delivery-pump-${i}`), type: 'infusion-pump' }],
      }],
    }));
  }
  inner.push(...supportRooms(ids, u, [
    ['clean-utility', 'Clean utility', 'utility', 48], ['dirty-utility', 'Dirty utility', 'utility', 48],
    ['store', 'Store', 'store', 48], ['office', 'Office', 'office', 36], ['staff-room', 'Staff room', 'office', 48],
    ['toilet', 'Staff toilet', 'toilet', 24],
  ]));
  const staff = staffPools(ids, u, {
    'midwife': o.beds * 1.4 + o.deliveryRooms * 4, 'physician': Math.max(2, o.beds / 3), 'nurse': o.beds * 0.5,
    'healthcare-assistant': o.beds * 0.5, 'cleaner': Math.max(1, o.beds / 10),
  });
  return { units: [unit], staff, outer, inner };
}

export interface ClinicOptions { unitId: string; name: string; code: string; consultRooms: number }

/** Outpatient clinic: waiting, reception and consulting rooms (3.6 m each) outside; treatment room inside. */
export function outpatientBlock(ids: IdRegistry, o: ClinicOptions): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'outpatient', o.code);
  const outer: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-waiting`), 'Clinic waiting', u, 'waiting', 60),
    roomSpec(ids.claim(`${u}-reception`), 'Clinic reception', u, 'reception', 36),
    ...supportRooms(ids, u, Array.from({ length: o.consultRooms }, () => ['consult', 'Consulting room', 'consult-room', 36] as const)),
  ];
  const inner: RoomSpec[] = [
    roomSpec(ids.claim(`${u}-nurse-station`), 'Clinic nurse station', u, 'nurse-station', 42),
    ...supportRooms(ids, u, [['treatment', 'Treatment room', 'consult-room', 36], ['office', 'Office', 'office', 36]]),
  ];
  const staff = staffPools(ids, u, {
    'physician': o.consultRooms * 1.5, 'nurse': Math.max(2, o.consultRooms), 'registration-clerk': Math.max(1, o.consultRooms / 3),
  });
  return { units: [unit], staff, outer, inner };
}

/** Administration and stores: fills a half-wing no clinical unit needs. */
export function supportBlock(ids: IdRegistry, o: { unitId: string; name: string; code: string }): Block {
  const u = o.unitId;
  const unit = makeUnit(ids, u, o.name, 'support', o.code);
  const outer = supportRooms(ids, u, [
    ['meeting', 'Meeting room', 'office', 72], ...Array.from({ length: 10 }, () => ['office', 'Office', 'office', 48] as const),
  ]);
  const inner = supportRooms(ids, u, [
    ['training', 'Training room', 'office', 120], ['records', 'Records store', 'store', 120], ['it', 'IT room', 'plant', 60],
    ['canteen', 'Staff canteen', 'waiting', 240], ['toilet', 'Toilets', 'toilet', 36],
  ]);
  return { units: [unit], staff: staffPools(ids, u, { 'cleaner': 1, 'porter': 1 }), outer, inner };
}
