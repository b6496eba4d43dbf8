/** Assertions shared by the builder tests: things the validator does not check but a good layout must hold. */
import { distanceToBoundary, polygonArea, polygonBounds } from '../../../src/domain/geometry';
import type { Hospital, Point } from '../../../src/domain/schema';

/** Beds and equipment at least `clearance` m inside their room; returns the offenders. */
export function itemsTooCloseToWalls(h: Hospital, clearance = 0.3): string[] {
  const rooms = new Map(h.rooms.map((r) => [r.id, r]));
  const bad: string[] = [];
  for (const item of [...h.beds, ...h.equipment]) {
    const room = rooms.get(item.roomId);
    if (!room) { bad.push(`${item.id}: no room ${item.roomId}`); continue; }
    const b = polygonBounds(room.polygon);
    const [x, y] = item.position;
    const inside = x > b.minX && x < b.maxX && y > b.minY && y < b.maxY;
    const d = distanceToBoundary(item.position, room.polygon);
    if (!inside || d < clearance - 1e-9) bad.push(`${item.id} is ${d.toFixed(2)} m from the walls of ${room.id}`);
  }
  return bad;
}

/** Coordinates off the 0.1 m grid (more than 1e-9 m away from it). */
export function pointsOffGrid(h: Hospital): string[] {
  const off = (p: Point) => p.some((v) => Math.abs(v * 10 - Math.round(v * 10)) > 1e-6);
  const bad: string[] = [];
  for (const r of h.rooms) {
    if (r.polygon.some(off)) bad.push(r.id);
    for (const d of r.doors ?? []) if (off(d.position)) bad.push(d.id);
  }
  for (const item of [...h.beds, ...h.equipment]) if (off(item.position)) bad.push(item.id);
  return bad;
}

/** Sum of room areas per floor, m². */
export function roomAreaByFloor(h: Hospital): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of h.rooms) sums.set(r.floorId, (sums.get(r.floorId) ?? 0) + Math.abs(polygonArea(r.polygon)));
  return sums;
}
