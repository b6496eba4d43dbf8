/** Headline numbers of a hospital, as the generator prints them and the tests assert them. */
import type { Hospital } from '../schema';
import type { UnitKind } from '../vocabulary';

/** Unit kinds whose bedrooms hold inpatient beds; ED bays, PACU bays and delivery beds are not counted. */
export const INPATIENT_UNIT_KINDS: ReadonlySet<UnitKind> = new Set<UnitKind>(['ward', 'icu', 'step-down', 'maternity']);

export interface HospitalCounts { floors: number; units: number; rooms: number; beds: number; inpatientBeds: number; equipment: number; staff: number }

export function inpatientBedIds(h: Hospital): Set<string> {
  const units = new Set(h.units.filter((u) => INPATIENT_UNIT_KINDS.has(u.kind)).map((u) => u.id));
  const rooms = new Set(h.rooms.filter((r) => r.kind === 'bed-room' && units.has(r.unitId)).map((r) => r.id));
  return new Set(h.beds.filter((b) => rooms.has(b.roomId)).map((b) => b.id));
}

export function hospitalCounts(h: Hospital): HospitalCounts {
  return {
    floors: h.floors.length, units: h.units.length, rooms: h.rooms.length, beds: h.beds.length,
    inpatientBeds: inpatientBedIds(h).size, equipment: h.equipment.length,
    staff: h.staffPools.reduce((sum, p) => sum + p.headcount, 0),
  };
}
