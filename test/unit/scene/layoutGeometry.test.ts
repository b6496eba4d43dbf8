import { describe, expect, it } from 'vitest';
import { buildRoomFloorArrays, ROOM_FLOOR_Y } from '../../../src/scene/geometry/roomFloors';
import { buildWallArrays, uniqueWallSegments, TRIANGLES_PER_WALL, VERTICES_PER_WALL } from '../../../src/scene/geometry/walls';
import { buildBuildingModel, interiorPoint } from '../../../src/scene/geometry/buildingModel';
import { pointInPolygon } from '../../../src/domain/geometry';
import { rect, smallHospital } from './fixtures';

/** Y component of the (unnormalised) normal of triangle t, from its winding. */
function windingNormal(positions: Float32Array, indices: Uint32Array, t: number): [number, number, number] {
  const p = (k: number): number[] => [0, 1, 2].map((c) => positions[indices[t * 3 + k] * 3 + c]);
  const [a, b, c] = [p(0), p(1), p(2)];
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
}

describe('room floors', () => {
  const polygons = smallHospital().rooms.filter((r) => r.floorId === 'f0').map((r) => r.polygon);
  const arrays = buildRoomFloorArrays(polygons);

  it('has n − 2 triangles per room, one vertex per polygon point', () => {
    expect(arrays.roomOfTriangle.length).toBe(polygons.reduce((sum, p) => sum + p.length - 2, 0));
    expect(arrays.positions.length / 3).toBe(4 + 4 + 6);
  });

  it('maps every triangle to the room whose vertex range holds its vertices', () => {
    expect(Array.from(arrays.roomOfTriangle)).toEqual([0, 0, 1, 1, 2, 2, 2, 2]);
    for (let t = 0; t < arrays.roomOfTriangle.length; t++) {
      const room = arrays.roomOfTriangle[t];
      for (let k = 0; k < 3; k++) {
        const v = arrays.indices[t * 3 + k];
        expect(v).toBeGreaterThanOrEqual(arrays.vertexStart[room]);
        expect(v).toBeLessThan(arrays.vertexStart[room] + arrays.vertexCount[room]);
      }
    }
    expect(Array.from(arrays.vertexStart)).toEqual([0, 4, 8]);
    expect(Array.from(arrays.vertexCount)).toEqual([4, 4, 6]);
  });

  it('faces up for clockwise and counter-clockwise polygons alike, at plan (x, y) → (X, −Z)', () => {
    for (let t = 0; t < arrays.roomOfTriangle.length; t++) {
      const [nx, ny, nz] = windingNormal(arrays.positions, arrays.indices, t);
      expect(ny).toBeGreaterThan(0);
      expect(Math.abs(nx) + Math.abs(nz)).toBeLessThan(1e-9);
    }
    // Point 1 of room L is plan (6, 6).
    expect(Array.from(arrays.positions.slice((8 + 1) * 3, (8 + 1) * 3 + 3))).toEqual([6, ROOM_FLOOR_Y, -6].map(Math.fround));
  });

  it('covers each room with exactly its area', () => {
    const area = (t: number): number => Math.hypot(...windingNormal(arrays.positions, arrays.indices, t)) / 2;
    const perRoom = [0, 0, 0];
    for (let t = 0; t < arrays.roomOfTriangle.length; t++) perRoom[arrays.roomOfTriangle[t]] += area(t);
    expect(perRoom[0]).toBeCloseTo(20, 4);
    expect(perRoom[1]).toBeCloseTo(20, 4);
    expect(perRoom[2]).toBeCloseTo(6 + 5, 4);
  });
});

describe('walls', () => {
  it('builds one wall for an edge shared by two adjacent rooms (4 + 4 − 1)', () => {
    expect(uniqueWallSegments([rect(0, 0, 4, 5), rect(4, 0, 8, 5)])).toHaveLength(7);
    expect(uniqueWallSegments([rect(0, 0, 4, 5), rect(4, 0, 8, 5).reverse()])).toHaveLength(7);
    expect(uniqueWallSegments([rect(0, 0, 4, 5), rect(5, 0, 9, 5)])).toHaveLength(8);
  });

  it('drops zero-length edges (repeated points)', () => {
    expect(uniqueWallSegments([[[0, 0], [0, 0], [3, 0], [3, 3]]])).toHaveLength(3);
  });

  it('extrudes walls whose winding agrees with their normals and whose height is the style height', () => {
    const segments = uniqueWallSegments([rect(0, 0, 4, 5), [[10, 0], [14, 3], [10, 6]]]);
    const walls = buildWallArrays(segments, { height: 1.5, thickness: 0.2 });
    expect(walls.positions.length / 3).toBe(segments.length * VERTICES_PER_WALL);
    expect(walls.indices.length / 3).toBe(segments.length * TRIANGLES_PER_WALL);
    for (let t = 0; t < walls.indices.length / 3; t++) {
      const n = windingNormal(walls.positions, walls.indices, t);
      const v = walls.indices[t * 3];
      const stored = [0, 1, 2].map((c) => walls.normals[v * 3 + c]);
      const dotProduct = n[0] * stored[0] + n[1] * stored[1] + n[2] * stored[2];
      expect(dotProduct).toBeGreaterThan(0);
    }
    let maxY = -Infinity;
    for (let i = 1; i < walls.positions.length; i += 3) maxY = Math.max(maxY, walls.positions[i]);
    expect(maxY).toBeCloseTo(1.5, 6);
  });
});

describe('building model', () => {
  const model = buildBuildingModel(smallHospital());

  it('orders floors by ordinal and gives rooms stable global indices', () => {
    expect(model.floors.map((f) => f.floor.id)).toEqual(['f0', 'f1']);
    expect(model.rooms.map((r) => r.room.id)).toEqual(['a', 'b', 'l', 'up']);
    expect(model.roomIndexById.get('up')).toBe(3);
    expect(Array.from(model.floors[1].roomIndices)).toEqual([3]);
    expect(model.rooms[2].area).toBeCloseTo(11, 6);
  });

  it('places beds and equipment on their room floor, one instance set per equipment type', () => {
    expect(model.beds.ids).toEqual(['bed-1', 'bed-2']);
    expect(Array.from(model.beds.floorIndex)).toEqual([1, 0]);
    expect(model.beds.z[0]).toBe(-2);
    expect(model.beds.heading[0]).toBeCloseTo(Math.PI / 2, 6);
    expect(model.equipment.map((e) => e.type)).toEqual(['patient-monitor', 'ventilator']);
  });

  it('anchors labels inside every room, including an L shape whose centroid is outside', () => {
    for (const ref of model.rooms) expect(pointInPolygon(ref.anchor, ref.room.polygon)).toBe(true);
    const l = smallHospital().rooms[2].polygon;
    expect(pointInPolygon(interiorPoint(l), l)).toBe(false); // without its triangles: the centroid
  });

  it('bounds the building in plan', () => {
    expect(model.bounds).toEqual({ minX: 0, minY: 0, maxX: 8, maxY: 12 });
    expect(model.floors[1].bounds).toEqual({ minX: 0, minY: 0, maxX: 8, maxY: 5 });
  });
});
