import type { Hospital, Room } from '../../domain/schema';
import type { Problem, ProblemPath } from '../../domain/problems';
import type { Operations, ResourceSpec } from './operationsSchema';

/** Physical items a resource maps to (bed, room or equipment ids, in the hospital's document order). */
export type MappedItems = { kind: 'bed' | 'room' | 'equipment'; ids: string[] };

/** True when the resource names physical beds, rooms or equipment of the hospital. */
export function hasMapping(r: ResourceSpec): boolean {
  return (r.kind === 'bed' && r.beds !== undefined) || (r.kind === 'room' && r.rooms !== undefined)
    || (r.kind === 'equipment' && r.equipment !== undefined);
}

type Index = { rooms: Map<string, Room>; bedIds: Set<string>; roomIds: Set<string>; equipmentIds: Set<string>; unitIds: Set<string>; staffPoolIds: Set<string> };

function indexHospital(h: Hospital): Index {
  return {
    rooms: new Map(h.rooms.map((r) => [r.id, r])),
    bedIds: new Set(h.beds.map((b) => b.id)),
    roomIds: new Set(h.rooms.map((r) => r.id)),
    equipmentIds: new Set(h.equipment.map((e) => e.id)),
    unitIds: new Set(h.units.map((u) => u.id)),
    staffPoolIds: new Set(h.staffPools.map((s) => s.id)),
  };
}

/** The physical items of one resource, or undefined when it has no mapping. */
export function mappedItems(r: ResourceSpec, h: Hospital): MappedItems | undefined {
  const index = indexHospital(h);
  return mapWithIndex(r, h, index);
}

function mapWithIndex(r: ResourceSpec, h: Hospital, index: Index): MappedItems | undefined {
  if (r.kind === 'bed' && r.beds) {
    const m = r.beds;
    const ids = h.beds.filter((bed) => {
      const room = index.rooms.get(bed.roomId);
      if (m.unitId !== undefined && room?.unitId !== m.unitId) return false;
      if (m.roomKinds && (!room || !m.roomKinds.includes(room.kind))) return false;
      if (m.bedIds && !m.bedIds.includes(bed.id)) return false;
      if (m.tags && !m.tags.some((t) => bed.tags?.includes(t))) return false;
      return true;
    }).map((b) => b.id);
    return { kind: 'bed', ids };
  }
  if (r.kind === 'room' && r.rooms) {
    const m = r.rooms;
    const ids = h.rooms.filter((room) => (m.unitId === undefined || room.unitId === m.unitId)
      && (!m.roomKinds || m.roomKinds.includes(room.kind)) && (!m.roomIds || m.roomIds.includes(room.id))).map((room) => room.id);
    return { kind: 'room', ids };
  }
  if (r.kind === 'equipment' && r.equipment) {
    const m = r.equipment;
    const ids = h.equipment.filter((e) => (m.type === undefined || e.type === m.type)
      && (m.unitId === undefined || index.rooms.get(e.roomId)?.unitId === m.unitId)
      && (!m.equipmentIds || m.equipmentIds.includes(e.id))).map((e) => e.id);
    return { kind: 'equipment', ids };
  }
  return undefined;
}

/**
 * Checks an operations model against its hospital definition: the ids match, units, beds, rooms, equipment
 * and staff pools referred to exist, and every mapping selects at least one item.
 */
export function checkHospitalMapping(ops: Operations, h: Hospital): Problem[] {
  const problems: Problem[] = [];
  const add = (path: ProblemPath, code: string, message: string) => problems.push({ path, code, message });
  if (ops.hospital !== undefined && ops.hospital !== h.id) {
    add(['hospital'], 'hospital-mismatch', `names hospital "${ops.hospital}" but the hospital definition given is "${h.id}"`);
  }
  const index = indexHospital(h);
  const checkUnit = (unitId: string | undefined, path: ProblemPath) => {
    if (unitId !== undefined && !index.unitIds.has(unitId)) add(path, 'unknown-reference', `unknown unit "${unitId}" in hospital "${h.id}"`);
  };
  const checkIds = (ids: string[] | undefined, known: Set<string>, what: string, path: ProblemPath) => {
    ids?.forEach((id, j) => { if (!known.has(id)) add([...path, j], 'unknown-reference', `unknown ${what} "${id}" in hospital "${h.id}"`); });
  };
  ops.resources.forEach((r, i) => {
    const path: ProblemPath = ['resources', i];
    checkUnit(r.unitId, [...path, 'unitId']);
    if (r.kind === 'staff' && r.staffPoolId !== undefined && !index.staffPoolIds.has(r.staffPoolId)) {
      add([...path, 'staffPoolId'], 'unknown-reference', `unknown staff pool "${r.staffPoolId}" in hospital "${h.id}"`);
    }
    if (r.kind === 'bed' && r.beds) {
      checkUnit(r.beds.unitId, [...path, 'beds', 'unitId']);
      checkIds(r.beds.bedIds, index.bedIds, 'bed', [...path, 'beds', 'bedIds']);
    }
    if (r.kind === 'room' && r.rooms) {
      checkUnit(r.rooms.unitId, [...path, 'rooms', 'unitId']);
      checkIds(r.rooms.roomIds, index.roomIds, 'room', [...path, 'rooms', 'roomIds']);
    }
    if (r.kind === 'equipment' && r.equipment) {
      checkUnit(r.equipment.unitId, [...path, 'equipment', 'unitId']);
      checkIds(r.equipment.equipmentIds, index.equipmentIds, 'equipment item', [...path, 'equipment', 'equipmentIds']);
    }
    const items = mapWithIndex(r, h, index);
    if (items && items.ids.length === 0) {
      add([...path, r.kind === 'bed' ? 'beds' : r.kind === 'room' ? 'rooms' : 'equipment'], 'empty-mapping', `selects no ${items.kind}s in hospital "${h.id}"`);
    }
  });
  return problems;
}
