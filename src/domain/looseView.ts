import type { ProblemPath } from './problems';
import type { Point, Polygon } from './schema';

/**
 * A forgiving read of a hospital document for the semantic checks: whatever parts have the right
 * shape are picked up, the rest is left to the schema's own problems. This is what lets one run report
 * a wrong type in one room and an overlap between two others at the same time. Items keep references
 * into the document rather than copies, and build their JSON path only when a problem needs it.
 */

export type Collection = 'floors' | 'units' | 'rooms' | 'beds' | 'equipment' | 'staffPools' | 'doors';

export class Item {
  constructor(
    readonly collection: Collection,
    readonly index: number,
    readonly id: string | undefined,
    /** For a door: the index of its room. */
    readonly roomIndex = -1,
  ) {}

  get path(): ProblemPath {
    return this.collection === 'doors' ? ['rooms', this.roomIndex, 'doors', this.index] : [this.collection, this.index];
  }
}

export interface FloorItem extends Item { ordinal: number | undefined }
export interface DoorItem extends Item { position: Point | undefined; toRoomId: string | undefined }
export interface RoomItem extends Item { unitId: string | undefined; floorId: string | undefined; polygon: Polygon | undefined; doors: DoorItem[] }
export interface PlacedItem extends Item { roomId: string | undefined; position: Point | undefined }
export interface StaffPoolItem extends Item { unitId: string | undefined }

export interface LooseHospital {
  floors: FloorItem[];
  units: Item[];
  rooms: RoomItem[];
  beds: PlacedItem[];
  equipment: PlacedItem[];
  staffPools: StaffPoolItem[];
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finiteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isPoint(value: unknown): value is Point {
  return Array.isArray(value) && value.length === 2 && finiteNumber(value[0]) && finiteNumber(value[1]);
}

export function readPoint(value: unknown): Point | undefined {
  return isPoint(value) ? value : undefined;
}

/** The polygon when every point is a proper [x, y] pair and there are at least 3; otherwise undefined. */
export function readPolygon(value: unknown): Polygon | undefined {
  return Array.isArray(value) && value.length >= 3 && value.every(isPoint) ? (value as Polygon) : undefined;
}

/** Reads each object of the top-level list `collection`; anything that is not an object is skipped. */
function readList<T extends object>(root: JsonRecord, collection: Collection, read: (record: JsonRecord, index: number) => T): (Item & T)[] {
  const list = root[collection];
  if (!Array.isArray(list)) return [];
  const out: (Item & T)[] = [];
  for (let i = 0; i < list.length; i++) {
    const record: unknown = list[i];
    if (isRecord(record)) out.push(Object.assign(new Item(collection, i, text(record.id)), read(record, i)));
  }
  return out;
}

function readDoors(roomIndex: number, value: unknown): DoorItem[] {
  if (!Array.isArray(value)) return [];
  const doors: DoorItem[] = [];
  for (let j = 0; j < value.length; j++) {
    const door: unknown = value[j];
    if (!isRecord(door)) continue;
    doors.push(Object.assign(new Item('doors', j, text(door.id), roomIndex), { position: readPoint(door.position), toRoomId: text(door.toRoomId) }));
  }
  return doors;
}

export function readLooseHospital(data: unknown): LooseHospital {
  const root = isRecord(data) ? data : {};
  const placed = (record: JsonRecord) => ({ roomId: text(record.roomId), position: readPoint(record.position) });
  const rooms = readList(root, 'rooms', (record, index) => ({
    unitId: text(record.unitId), floorId: text(record.floorId), polygon: readPolygon(record.polygon), doors: readDoors(index, record.doors),
  }));
  return {
    floors: readList(root, 'floors', (record) => ({ ordinal: finiteNumber(record.ordinal) ? record.ordinal : undefined })),
    units: readList(root, 'units', () => ({})),
    rooms,
    beds: readList(root, 'beds', placed),
    equipment: readList(root, 'equipment', placed),
    staffPools: readList(root, 'staffPools', (record) => ({ unitId: text(record.unitId) })),
  };
}
