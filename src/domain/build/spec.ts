/** What unit templates ask the floor-plate layout for: rooms by width, with the beds and equipment inside. */
import type { StaffPool, Unit } from '../schema';
import type { EquipmentType, RoomKind } from '../vocabulary';

export interface EquipmentSpec { id: string; type: EquipmentType; label?: string }

export interface BedSpec {
  id: string;
  label: string;
  tags?: string[];
  /** Equipment at this bedside (ventilator, monitor, pumps). */
  equipment: EquipmentSpec[];
}

export interface RoomSpec {
  id: string;
  name: string;
  unitId: string;
  kind: RoomKind;
  /** Frontage along the corridor, in decimetres; the depth comes from the band the room sits in. */
  width: number;
  beds: BedSpec[];
  /** Free-standing equipment (scanners, spares in a store). */
  equipment: EquipmentSpec[];
}

/**
 * One or more units' share of a half-wing: rooms for the outer band (7.5 m deep, exterior wall) and for the
 * inner row (6 m deep, between the corridor and the core band's spine). Blocks of one half-wing are packed
 * west to east in order.
 */
export interface Block {
  units: Unit[];
  staff: StaffPool[];
  outer: RoomSpec[];
  inner: RoomSpec[];
}

export function roomSpec(
  id: string, name: string, unitId: string, kind: RoomKind, width: number,
  contents: { beds?: BedSpec[]; equipment?: EquipmentSpec[] } = {},
): RoomSpec {
  return { id, name, unitId, kind, width, beds: contents.beds ?? [], equipment: contents.equipment ?? [] };
}
