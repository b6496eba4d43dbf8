/** Collects the parts of a hospital while a layout is built, with one id registry for the whole document. */
import { CURRENT_SCHEMA_VERSION, type Bed, type Equipment, type Floor, type Hospital, type Room, type StaffPool, type Unit } from '../schema';
import type { RoomKind } from '../vocabulary';
import { furnishRoom } from './furnish';
import { type Rect, rectPolygon, toPoint } from './grid';
import { IdRegistry } from './ids';
import type { Block, RoomSpec } from './spec';

/** Rooms that beds and trolleys pass through get wider doors. */
const WIDE_DOOR_KINDS: ReadonlySet<RoomKind> = new Set<RoomKind>([
  'bed-room', 'treatment-bay', 'resuscitation', 'operating-room', 'recovery-bay', 'imaging-room', 'delivery-room', 'lift',
]);

export interface DoorPlan { side: 'north' | 'south'; toRoomId: string }

export class HospitalDraft {
  readonly ids = new IdRegistry();
  readonly floors: Floor[] = [];
  readonly units: Unit[] = [];
  readonly rooms: Room[] = [];
  readonly beds: Bed[] = [];
  readonly equipment: Equipment[] = [];
  readonly staffPools: StaffPool[] = [];

  addFloor(floor: Floor): void {
    this.ids.claim(floor.id);
    this.floors.push(floor);
  }

  /** Units and staff pools of a block; their ids are claimed by whoever created the block. */
  addBlockMembers(block: Block): void {
    this.units.push(...block.units);
    this.staffPools.push(...block.staff);
  }

  addUnit(unit: Unit): void {
    this.ids.claim(unit.id);
    this.units.push(unit);
  }

  addRoom(spec: RoomSpec, rect: Rect, floorId: string, door?: DoorPlan): void {
    const room: Room = { id: spec.id, name: spec.name, unitId: spec.unitId, floorId, kind: spec.kind, polygon: rectPolygon(rect) };
    if (door) {
      const x = Math.round((rect.x0 + rect.x1) / 2);
      const y = door.side === 'north' ? rect.y1 : rect.y0;
      const width = WIDE_DOOR_KINDS.has(spec.kind) ? 1.4 : 1.0;
      room.doors = [{ id: this.ids.claim(`${spec.id}-door`), position: toPoint(x, y), width, toRoomId: door.toRoomId }];
    }
    this.rooms.push(room);
    const contents = furnishRoom(spec, rect);
    this.beds.push(...contents.beds);
    this.equipment.push(...contents.equipment);
  }

  finish(meta: Pick<Hospital, 'id' | 'name' | 'description' | 'location'>): Hospital {
    const hospital: Hospital = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      id: meta.id,
      name: meta.name,
      ...(meta.description !== undefined ? { description: meta.description } : {}),
      ...(meta.location !== undefined ? { location: meta.location } : {}),
      floors: this.floors,
      units: this.units,
      rooms: this.rooms,
      beds: this.beds,
      equipment: this.equipment,
      staffPools: this.staffPools,
    };
    return hospital;
  }
}
