import { ShapeUtils, Vector2 } from 'three';
import type { Polygon } from '../../domain/schema';

/**
 * Room floors of one storey merged into flat arrays for ONE BufferGeometry (one draw call per floor).
 * Plan (x east, y north) maps to three as x → X, y → −Z; the floor lies at local Y = `surfaceY`.
 * Every room owns a contiguous vertex range, so recolouring room r writes only
 * colours[3 * vertexStart[r] .. 3 * (vertexStart[r] + vertexCount[r])).
 */
export interface RoomFloorArrays {
  /** xyz per vertex. */
  positions: Float32Array;
  /** Triangle list (three vertex indices per triangle), all counter-clockwise seen from above. */
  indices: Uint32Array;
  /** Triangle index → index (into the `rooms` argument) of the room it belongs to. */
  roomOfTriangle: Int32Array;
  /** Per room: first vertex and vertex count in `positions`. */
  vertexStart: Int32Array;
  vertexCount: Int32Array;
}

/** Lifts room floors a little above the storey's origin so they never z-fight with slabs. */
export const ROOM_FLOOR_Y = 0.02;

function triangulate(polygon: Polygon): number[][] {
  const contour = polygon.map(([x, y]) => new Vector2(x, y));
  return ShapeUtils.triangulateShape(contour, []);
}

export function buildRoomFloorArrays(polygons: readonly Polygon[], surfaceY = ROOM_FLOOR_Y): RoomFloorArrays {
  const triangulations = polygons.map(triangulate);
  const vertexTotal = polygons.reduce((sum, p) => sum + p.length, 0);
  const triangleTotal = triangulations.reduce((sum, t) => sum + t.length, 0);
  const positions = new Float32Array(vertexTotal * 3);
  const indices = new Uint32Array(triangleTotal * 3);
  const roomOfTriangle = new Int32Array(triangleTotal);
  const vertexStart = new Int32Array(polygons.length);
  const vertexCount = new Int32Array(polygons.length);
  let v = 0;
  let t = 0;
  polygons.forEach((polygon, room) => {
    vertexStart[room] = v;
    vertexCount[room] = polygon.length;
    for (const [x, y] of polygon) {
      positions[v * 3] = x;
      positions[v * 3 + 1] = surfaceY;
      positions[v * 3 + 2] = -y;
      v++;
    }
    const base = vertexStart[room];
    for (const [a, b, c] of triangulations[room]) {
      const [ax, ay] = polygon[a];
      const [bx, by] = polygon[b];
      const [cx, cy] = polygon[c];
      const counterClockwise = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) >= 0;
      indices[t * 3] = base + a;
      indices[t * 3 + 1] = base + (counterClockwise ? b : c);
      indices[t * 3 + 2] = base + (counterClockwise ? c : b);
      roomOfTriangle[t] = room;
      t++;
    }
  });
  return { positions, indices, roomOfTriangle, vertexStart, vertexCount };
}
