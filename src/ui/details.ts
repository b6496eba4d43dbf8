import { polygonArea } from '../domain/geometry';
import type { Bed, Equipment, Floor, Hospital, Room, Unit } from '../domain/schema';
import type { EquipmentType } from '../domain/vocabulary';
import type { Selection } from '../bridge/viewStore';

/** Everything the details panel shows about one room, looked up from the hospital. */
export interface RoomDetails {
  kind: 'room';
  room: Room;
  unit: Unit | undefined;
  floor: Floor | undefined;
  areaM2: number;
  beds: Bed[];
  /** Equipment in the room grouped by type, types in first-seen order. */
  equipmentByType: { type: EquipmentType; items: Equipment[] }[];
}

export interface BedDetails {
  kind: 'bed';
  bed: Bed;
  room: Room | undefined;
  unit: Unit | undefined;
  floor: Floor | undefined;
}

export interface EquipmentDetails {
  kind: 'equipment';
  equipment: Equipment;
  room: Room | undefined;
  unit: Unit | undefined;
  floor: Floor | undefined;
}

export type SelectionDetails = RoomDetails | BedDetails | EquipmentDetails;

function roomContext(hospital: Hospital, roomId: string): { room: Room | undefined; unit: Unit | undefined; floor: Floor | undefined } {
  const room = hospital.rooms.find((r) => r.id === roomId);
  return {
    room,
    unit: room && hospital.units.find((u) => u.id === room.unitId),
    floor: room && hospital.floors.find((f) => f.id === room.floorId),
  };
}

/** Resolves a selection to the things to show; undefined when the id is not in this hospital. */
export function selectionDetails(hospital: Hospital, selection: Selection): SelectionDetails | undefined {
  if (!selection) return undefined;
  if (selection.kind === 'room') {
    const { room, unit, floor } = roomContext(hospital, selection.id);
    if (!room) return undefined;
    const equipmentByType: RoomDetails['equipmentByType'] = [];
    for (const item of hospital.equipment) {
      if (item.roomId !== room.id) continue;
      const group = equipmentByType.find((g) => g.type === item.type);
      if (group) group.items.push(item);
      else equipmentByType.push({ type: item.type, items: [item] });
    }
    return {
      kind: 'room',
      room,
      unit,
      floor,
      areaM2: Math.abs(polygonArea(room.polygon)),
      beds: hospital.beds.filter((b) => b.roomId === room.id),
      equipmentByType,
    };
  }
  if (selection.kind === 'bed') {
    const bed = hospital.beds.find((b) => b.id === selection.id);
    return bed && { kind: 'bed', bed, ...roomContext(hospital, bed.roomId) };
  }
  const equipment = hospital.equipment.find((e) => e.id === selection.id);
  return equipment && { kind: 'equipment', equipment, ...roomContext(hospital, equipment.roomId) };
}

/** Floors from the top of the building down, as the floor list shows them. */
export function floorsTopDown(hospital: Hospital): Floor[] {
  return [...hospital.floors].sort((a, b) => b.ordinal - a.ordinal);
}

/** The floor one level up (+1) or down (−1) from `currentId` by ordinal; stays at the ends. */
export function adjacentFloorId(hospital: Hospital, currentId: string | null, direction: 1 | -1): string | null {
  const ordered = [...hospital.floors].sort((a, b) => a.ordinal - b.ordinal);
  if (ordered.length === 0) return null;
  const index = ordered.findIndex((f) => f.id === currentId);
  if (index < 0) return ordered[0].id;
  return ordered[Math.min(ordered.length - 1, Math.max(0, index + direction))].id;
}
