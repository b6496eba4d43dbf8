import type { Floor, Hospital, Point, Room, Unit } from '../../domain/schema';
import type { EquipmentType } from '../../domain/vocabulary';
import { polygonArea, polygonBounds, polygonCentroid, pointInPolygon, type Bounds } from '../../domain/geometry';
import { buildRoomFloorArrays, type RoomFloorArrays } from './roomFloors';
import { buildWallArrays, uniqueWallSegments, type WallArrays } from './walls';
import { buildInstanceSet, type InstanceInput, type InstanceSet } from './instances';

/**
 * The hospital turned into render-ready arrays, with stable global indices: room i of `rooms` is room i of
 * every per-room typed array the scene (and, later, the simulation frame buffer) uses. Pure: no WebGL.
 */
export interface FloorModel {
  floor: Floor;
  /** Global room indices of this floor's rooms, in the order of `floorArrays` ranges. */
  roomIndices: Int32Array;
  floorArrays: RoomFloorArrays;
  wallArrays: WallArrays;
  /** Plan bounds of the floor's rooms (the whole building's when the floor has none). */
  bounds: Bounds;
}

export interface RoomRef {
  room: Room;
  unit: Unit | undefined;
  floorIndex: number;
  /** Index of the room within its floor's geometry. */
  localIndex: number;
  /** A point inside the room, for labels and for clicking it in tests. */
  anchor: Point;
  area: number;
}

export interface BuildingModel {
  floors: FloorModel[];
  rooms: RoomRef[];
  roomIndexById: Map<string, number>;
  beds: InstanceSet;
  equipment: { type: EquipmentType; set: InstanceSet }[];
  bounds: Bounds;
}

/** A point inside the polygon: the centroid when it is inside, else the centroid of the largest ear. */
export function interiorPoint(polygon: readonly Point[], triangles: readonly number[][] = []): Point {
  const c = polygonCentroid(polygon as Point[]);
  if (pointInPolygon(c, polygon as Point[]) || triangles.length === 0) return c;
  let best = triangles[0];
  let bestArea = -1;
  for (const t of triangles) {
    const tri = t.map((k) => polygon[k]);
    const area = Math.abs(polygonArea(tri as Point[]));
    if (area > bestArea) [best, bestArea] = [t, area];
  }
  const [a, b, d] = best.map((k) => polygon[k]);
  return [(a[0] + b[0] + d[0]) / 3, (a[1] + b[1] + d[1]) / 3];
}

function mergeBounds(all: Bounds[]): Bounds {
  if (all.length === 0) return { minX: -10, minY: -10, maxX: 10, maxY: 10 };
  return {
    minX: Math.min(...all.map((b) => b.minX)),
    minY: Math.min(...all.map((b) => b.minY)),
    maxX: Math.max(...all.map((b) => b.maxX)),
    maxY: Math.max(...all.map((b) => b.maxY)),
  };
}

function trianglesOfRoom(arrays: RoomFloorArrays, local: number): number[][] {
  const start = arrays.vertexStart[local];
  const out: number[][] = [];
  for (let t = 0; t < arrays.roomOfTriangle.length; t++) {
    if (arrays.roomOfTriangle[t] !== local) continue;
    out.push([arrays.indices[t * 3] - start, arrays.indices[t * 3 + 1] - start, arrays.indices[t * 3 + 2] - start]);
  }
  return out;
}

export function buildBuildingModel(hospital: Hospital): BuildingModel {
  const floors = [...hospital.floors].sort((a, b) => a.ordinal - b.ordinal || a.elevation - b.elevation);
  const floorIndexById = new Map(floors.map((f, i) => [f.id, i]));
  const unitById = new Map(hospital.units.map((u) => [u.id, u]));
  const roomsByFloor: Room[][] = floors.map(() => []);
  for (const room of hospital.rooms) {
    const f = floorIndexById.get(room.floorId);
    if (f !== undefined) roomsByFloor[f].push(room);
  }
  const rooms: RoomRef[] = [];
  const roomIndexById = new Map<string, number>();
  const perFloor = floors.map((floor, f) => {
    const polygons = roomsByFloor[f].map((r) => r.polygon);
    const floorArrays = buildRoomFloorArrays(polygons);
    const roomIndices = new Int32Array(polygons.length);
    roomsByFloor[f].forEach((room, local) => {
      roomIndices[local] = rooms.length;
      roomIndexById.set(room.id, rooms.length);
      const ears = pointInPolygon(polygonCentroid(room.polygon), room.polygon) ? [] : trianglesOfRoom(floorArrays, local);
      rooms.push({
        room,
        unit: unitById.get(room.unitId),
        floorIndex: f,
        localIndex: local,
        anchor: interiorPoint(room.polygon, ears),
        area: Math.abs(polygonArea(room.polygon)),
      });
    });
    return { floor, roomIndices, floorArrays, wallArrays: buildWallArrays(uniqueWallSegments(polygons)), bounds: polygons.length ? mergeBounds(polygons.map(polygonBounds)) : null };
  });
  const bounds = mergeBounds(perFloor.flatMap((p) => (p.bounds ? [p.bounds] : [])));
  const placeIn = (item: { id: string; roomId: string; position: Point; rotation?: number }): InstanceInput[] => {
    const roomIndex = roomIndexById.get(item.roomId);
    if (roomIndex === undefined) return [];
    return [{ id: item.id, roomIndex, floorIndex: rooms[roomIndex].floorIndex, position: item.position, rotationDegrees: item.rotation }];
  };
  const equipmentTypes = [...new Set(hospital.equipment.map((e) => e.type))].sort();
  return {
    floors: perFloor.map((p) => ({ ...p, bounds: p.bounds ?? bounds })),
    rooms,
    roomIndexById,
    beds: buildInstanceSet(hospital.beds.flatMap(placeIn)),
    equipment: equipmentTypes.map((type) => ({ type, set: buildInstanceSet(hospital.equipment.filter((e) => e.type === type).flatMap(placeIn)) })),
    bounds,
  };
}
