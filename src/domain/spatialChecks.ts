import {
  convexPieces, distanceToBoundary, findSelfIntersection, isAxisAlignedRectangle, overlapAreaOfPieces, pointInPolygon,
  polygonArea, polygonBounds, type Bounds,
} from './geometry';
import type { LooseHospital, PlacedItem, RoomItem } from './looseView';
import { formatPath, type Problem, type ProblemPath } from './problems';
import type { Point, Polygon } from './schema';

/**
 * Checks of the plan itself: room outlines that are real simple polygons, rooms on one floor that do
 * not overlap, beds and equipment inside their rooms, doors on their room's walls.
 */

/** Outlines smaller than this (m²) are degenerate; overlaps smaller than this are drawing noise. */
export const MIN_AREA = 0.01;
/** How far a door's centre may be from its room's walls, in metres. */
export const DOOR_WALL_TOLERANCE = 0.3;

const samePoint = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

export function formatMetres(value: number): string {
  const text = value.toFixed(2).replace(/0$/, '');
  return text.endsWith('.') ? `${text}0` : text;
}
/** 'bed b-12', or 'this bed' when the id itself is missing. */
const named = (what: string, id: string | undefined) => (id !== undefined ? `${what} ${id}` : `this ${what}`);
const formatPoint = (p: Point) => `(${formatMetres(p[0])}, ${formatMetres(p[1])})`;

/** Problems with one room's outline; an empty list means the outline is a proper simple polygon. */
export function polygonProblems(room: RoomItem, polygon: Polygon): Problem[] {
  const path = (): ProblemPath => [...room.path, 'polygon'];
  const problems: Problem[] = [];
  const n = polygon.length;
  const distinct = countDistinct(polygon);
  if (distinct < 3) {
    return [{ path: path(), code: 'degenerate-polygon', message: `a room outline needs at least 3 different points, got ${distinct}` }];
  }
  for (let i = 0; i < n; i++) {
    const next = (i + 1) % n;
    if (!samePoint(polygon[i], polygon[next])) continue;
    const message = next === 0
      ? `the last point repeats the first; leave the outline open (do not copy point 0 at the end)`
      : `point ${next} repeats point ${i}; remove the copy`;
    problems.push({ path: [...path(), next === 0 ? i : next], code: 'degenerate-polygon', message });
  }
  if (problems.length > 0) return problems;
  // A bow-tie can enclose no net area: call it crossed unless its points really are all on one line.
  const area = Math.abs(polygonArea(polygon));
  const tiny = area < MIN_AREA;
  const crossing = tiny && allOnOneLine(polygon) ? null : findSelfIntersection(polygon);
  if (crossing) {
    const { i, j } = crossing;
    const edge = (k: number) => `edge ${k} (point ${k} → ${(k + 1) % n})`;
    const message = samePoint(polygon[i], polygon[j])
      ? `point ${j} repeats point ${i}, so the outline touches itself; a room outline must be a simple polygon`
      : `${edge(i)} and ${edge(j)} cross or touch; a room outline must not cross itself`;
    return [{ path: path(), code: 'self-intersecting-polygon', message }];
  }
  if (tiny) {
    return [{ path: path(), code: 'degenerate-polygon', message: `the outline encloses almost no area (${Number(area.toFixed(4))} m²; at least ${MIN_AREA} m² needed): are its points all on one line?` }];
  }
  return problems;
}

function countDistinct(polygon: Polygon): number {
  let distinct = 0;
  for (let i = 0; i < polygon.length; i++) {
    let seen = false;
    for (let k = 0; k < i && !seen; k++) seen = samePoint(polygon[k], polygon[i]);
    if (!seen) distinct++;
  }
  return distinct;
}

/** True when every point lies within 1 mm of the line through the first point and the point farthest from it. */
function allOnOneLine(polygon: Polygon): boolean {
  const [ox, oy] = polygon[0];
  let far = polygon[0], farDistance = 0;
  for (const p of polygon) {
    const d = Math.sqrt((p[0] - ox) ** 2 + (p[1] - oy) ** 2);
    if (d > farDistance) { far = p; farDistance = d; }
  }
  if (farDistance === 0) return true;
  const ux = (far[0] - ox) / farDistance, uy = (far[1] - oy) / farDistance;
  return polygon.every((p) => Math.abs((p[0] - ox) * uy - (p[1] - oy) * ux) <= 0.001);
}

interface PlacedRoom {
  room: RoomItem; polygon: Polygon; bounds: Bounds; rectangle: boolean;
  /** Convex pieces for the exact overlap test, made on first need. */
  pieces: Point[][] | null;
  /** Overlaps found with earlier rooms. */
  overlaps: number;
}

/** A room stacked on many others names the first few; the rest are counted in one more problem. */
const MAX_OVERLAPS_NAMED = 5;

export function checkPlan(doc: LooseHospital): Problem[] {
  const problems: Problem[] = [];
  const goodRooms: PlacedRoom[] = [];
  const roomById = new Map<string, PlacedRoom | null>();
  for (const room of doc.rooms) {
    const polygon = room.polygon;
    const own = polygon ? polygonProblems(room, polygon) : [];
    for (const problem of own) problems.push(problem);
    const placed = polygon && own.length === 0
      ? { room, polygon, bounds: polygonBounds(polygon), pieces: null, rectangle: isAxisAlignedRectangle(polygon), overlaps: 0 }
      : null;
    if (placed) goodRooms.push(placed);
    if (room.id !== undefined && !roomById.has(room.id)) roomById.set(room.id, placed);
  }
  const all = problems.concat(overlapProblems(goodRooms), placementProblems(doc.beds, 'bed', roomById), placementProblems(doc.equipment, 'equipment', roomById));
  for (const placed of goodRooms) {
    for (const door of placed.room.doors) {
      if (!door.position) continue;
      const distance = distanceToBoundary(door.position, placed.polygon);
      if (distance <= DOOR_WALL_TOLERANCE) continue;
      all.push({
        path: [...door.path, 'position'], code: 'door-off-wall',
        message: `${named('door', door.id)} at ${formatPoint(door.position)} is ${formatMetres(distance)} m from the walls of ${named('room', placed.room.id)}`
          + ` (a door must be within ${DOOR_WALL_TOLERANCE} m of a wall)`,
      });
    }
  }
  return all;
}

function placementProblems(items: PlacedItem[], what: 'bed' | 'equipment', roomById: Map<string, PlacedRoom | null>): Problem[] {
  const problems: Problem[] = [];
  for (const item of items) {
    if (!item.position || item.roomId === undefined) continue;
    const placed = roomById.get(item.roomId);
    if (!placed || pointInPolygon(item.position, placed.polygon)) continue; // unknown or broken rooms are reported elsewhere
    const distance = distanceToBoundary(item.position, placed.polygon);
    problems.push({
      path: [...item.path, 'position'], code: 'outside-room',
      message: `${named(what, item.id)} at ${formatPoint(item.position)} is outside its room ${item.roomId} (${formatMetres(distance)} m from its walls)`,
    });
  }
  return problems;
}

/** Sort-and-sweep on the rooms' x extents per floor; the exact area is computed only for boxes that overlap. */
function overlapProblems(rooms: PlacedRoom[]): Problem[] {
  const byFloor = new Map<string, { placed: PlacedRoom; order: number }[]>();
  rooms.forEach((placed, order) => {
    const floor = placed.room.floorId;
    if (floor === undefined) return;
    let list = byFloor.get(floor);
    if (!list) byFloor.set(floor, (list = []));
    list.push({ placed, order });
  });
  const problems: Problem[] = [];
  for (const [floorId, list] of byFloor) {
    list.sort((a, b) => a.placed.bounds.minX - b.placed.bounds.minX);
    const active: { placed: PlacedRoom; order: number }[] = [];
    for (const current of list) {
      const box = current.placed.bounds;
      let kept = 0;
      for (const other of active) if (other.placed.bounds.maxX > box.minX) active[kept++] = other;
      active.length = kept;
      for (const other of active) {
        const ob = other.placed.bounds;
        const width = Math.min(box.maxX, ob.maxX) - Math.max(box.minX, ob.minX);
        const height = Math.min(box.maxY, ob.maxY) - Math.max(box.minY, ob.minY);
        if (width <= 0 || height <= 0) continue;
        const area = current.placed.rectangle && other.placed.rectangle ? width * height : exactOverlap(current.placed, other.placed);
        if (area <= MIN_AREA) continue;
        const [earlier, later] = current.order < other.order ? [current.placed, other.placed] : [other.placed, current.placed];
        later.overlaps++;
        if (later.overlaps > MAX_OVERLAPS_NAMED) continue;
        problems.push({
          path: [...later.room.path, 'polygon'], code: 'overlapping-rooms',
          message: `this room overlaps ${named('room', earlier.room.id)} (${formatPath(earlier.room.path)}) by ${formatMetres(area)} m² on floor ${floorId}`,
        });
      }
      active.push(current);
    }
  }
  for (const placed of rooms) {
    const unnamed = placed.overlaps - MAX_OVERLAPS_NAMED;
    if (unnamed > 0) {
      problems.push({ path: [...placed.room.path, 'polygon'], code: 'overlapping-rooms', message: `this room also overlaps ${unnamed} more earlier room${unnamed === 1 ? '' : 's'}` });
    }
  }
  return problems;
}

function exactOverlap(a: PlacedRoom, b: PlacedRoom): number {
  a.pieces ??= convexPieces(a.polygon);
  b.pieces ??= convexPieces(b.polygon);
  return overlapAreaOfPieces(a.pieces, b.pieces);
}
