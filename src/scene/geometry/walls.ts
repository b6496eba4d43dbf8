import type { Point, Polygon } from '../../domain/schema';

/** A wall segment in plan coordinates (metres). */
export interface WallSegment { ax: number; ay: number; bx: number; by: number }

export interface WallStyle {
  /** Wall height above the room floor: low, for a cut-away look that keeps rooms visible. */
  height: number;
  thickness: number;
}

export const DEFAULT_WALL_STYLE: WallStyle = { height: 1.4, thickness: 0.18 };

const MILLIMETRES = 1000;

function pointKey([x, y]: Point): string {
  return `${Math.round(x * MILLIMETRES)},${Math.round(y * MILLIMETRES)}`;
}

/**
 * Every room edge once: an edge shared by two neighbouring rooms (same end points to the millimetre,
 * in either direction) gives one wall, not two. Zero-length edges are dropped.
 */
export function uniqueWallSegments(polygons: readonly Polygon[]): WallSegment[] {
  const seen = new Set<string>();
  const segments: WallSegment[] = [];
  for (const polygon of polygons) {
    for (let i = 0, n = polygon.length; i < n; i++) {
      const a = polygon[i];
      const b = polygon[(i + 1) % n];
      const ka = pointKey(a);
      const kb = pointKey(b);
      if (ka === kb) continue;
      const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      if (seen.has(key)) continue;
      seen.add(key);
      segments.push({ ax: a[0], ay: a[1], bx: b[0], by: b[1] });
    }
  }
  return segments;
}

export interface WallArrays {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/** Faces per wall: the top and the two long sides (ends are hidden by the overlap at corners). */
const FACES_PER_WALL = 3;
export const VERTICES_PER_WALL = FACES_PER_WALL * 4;
export const TRIANGLES_PER_WALL = FACES_PER_WALL * 2;

/** Thin boxes along the segments, from local Y = 0 up to `style.height`, merged into flat arrays. */
export function buildWallArrays(segments: readonly WallSegment[], style: WallStyle = DEFAULT_WALL_STYLE): WallArrays {
  const positions = new Float32Array(segments.length * VERTICES_PER_WALL * 3);
  const normals = new Float32Array(segments.length * VERTICES_PER_WALL * 3);
  const indices = new Uint32Array(segments.length * TRIANGLES_PER_WALL * 3);
  const half = style.thickness / 2;
  const h = style.height;
  let v = 0;
  let i = 0;
  const quad = (corners: number[][], nx: number, ny: number, nz: number): void => {
    for (const [x, y, z] of corners) {
      positions.set([x, y, z], v * 3);
      normals.set([nx, ny, nz], v * 3);
      v++;
    }
    const base = v - 4;
    indices.set([base, base + 1, base + 2, base, base + 2, base + 3], i);
    i += 6;
  };
  for (const s of segments) {
    const length = Math.hypot(s.bx - s.ax, s.by - s.ay);
    const dx = (s.bx - s.ax) / length;
    const dy = (s.by - s.ay) / length;
    // Plan → three: (x, y) → (X, −Z). Extend by half the thickness so corners close.
    const ax = s.ax - dx * half, az = -(s.ay - dy * half);
    const bx = s.bx + dx * half, bz = -(s.by + dy * half);
    // Left normal in plan (−dy, dx) → three (−dy, 0, −dx).
    const nx = -dy * half, nz = -dx * half;
    const a1 = [ax + nx, az + nz], a2 = [ax - nx, az - nz];
    const b1 = [bx + nx, bz + nz], b2 = [bx - nx, bz - nz];
    const ux = nx / half, uz = nz / half;
    // Vertex order per quad is counter-clockwise seen from outside (the side the normal points to).
    quad([[a2[0], h, a2[1]], [b2[0], h, b2[1]], [b1[0], h, b1[1]], [a1[0], h, a1[1]]], 0, 1, 0);
    quad([[a1[0], 0, a1[1]], [a1[0], h, a1[1]], [b1[0], h, b1[1]], [b1[0], 0, b1[1]]], ux, 0, uz);
    quad([[b2[0], 0, b2[1]], [b2[0], h, b2[1]], [a2[0], h, a2[1]], [a2[0], 0, a2[1]]], -ux, 0, -uz);
  }
  return { positions, normals, indices };
}
