/** Small helpers shared by the unit templates. */
import type { StaffPool, Unit } from '../../schema';
import type { EquipmentType, RoomKind, StaffRole, UnitKind } from '../../vocabulary';
import type { IdRegistry } from '../ids';
import { roomSpec, type EquipmentSpec, type RoomSpec } from '../spec';

export function makeUnit(ids: IdRegistry, id: string, name: string, kind: UnitKind, code?: string): Unit {
  const unit: Unit = { id: ids.claim(id), name, kind };
  if (code !== undefined) unit.code = code;
  return unit;
}

const ROLE_PLURALS: Record<StaffRole, string> = {
  'nurse': 'nurses', 'physician': 'physicians', 'surgeon': 'surgeons', 'anaesthetist': 'anaesthetists',
  'radiographer': 'radiographers', 'lab-technician': 'lab-technicians', 'healthcare-assistant': 'healthcare-assistants',
  'midwife': 'midwives', 'registration-clerk': 'registration-clerks', 'porter': 'porters', 'cleaner': 'cleaners',
};

/** Staff pools `${unitId}-nurses`, ... ; zero headcounts are left out. */
export function staffPools(ids: IdRegistry, unitId: string, headcounts: Partial<Record<StaffRole, number>>): StaffPool[] {
  const pools: StaffPool[] = [];
  for (const [role, count] of Object.entries(headcounts) as [StaffRole, number][]) {
    const headcount = Math.max(0, Math.round(count));
    if (headcount > 0) pools.push({ id: ids.claim(`${unitId}-${ROLE_PLURALS[role]}`), unitId, role, headcount });
  }
  return pools;
}

/** A support room listed as [slug, name, kind, width dm], numbered `${unitId}-${slug}-n`. */
export type SupportRoom = readonly [slug: string, name: string, kind: RoomKind, width: number];

export function supportRooms(ids: IdRegistry, unitId: string, rooms: readonly SupportRoom[]): RoomSpec[] {
  return rooms.map(([slug, name, kind, width]) => roomSpec(ids.next(`${unitId}-${slug}`), name, unitId, kind, width));
}

/** `count` items of one type, ids `${prefix}-1`… */
export function items(ids: IdRegistry, prefix: string, type: EquipmentType, count: number): EquipmentSpec[] {
  return Array.from({ length: count }, () => ({ id: ids.next(prefix), type }));
}

/** Splits `total` into `parts` near-equal whole numbers, larger ones first. */
export function spread(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}

/** Singles and doubles for `beds` beds within `budget` dm of frontage (single 3.6 m, double 5.4 m). */
export function roomMix(beds: number, budget: number, singleWidth = 36, doubleWidth = 54): { singles: number; doubles: number } {
  // singles*sw + doubles*dw <= budget with singles + 2*doubles = beds.
  const minDoubles = Math.ceil((beds * singleWidth - budget) / (2 * singleWidth - doubleWidth));
  const doubles = Math.min(Math.floor(beds / 2), Math.max(0, minDoubles, Math.round(beds / 3)));
  return { singles: beds - 2 * doubles, doubles };
}
