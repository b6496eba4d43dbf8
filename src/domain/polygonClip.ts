import type { Point, Polygon } from './schema';

/**
 * Intersection areas of simple polygons without a library: cut each polygon into convex pieces (the
 * polygon itself when convex, otherwise ear-clipped triangles), then clip piece against piece with
 * Sutherland–Hodgman, which is exact for convex clip regions. The pieces tile each polygon, so the
 * sum of the pieces' intersections is the intersection of the polygons.
 */

function cross(o: Point, a: Point, b: Point): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

function signedArea(poly: readonly Point[]): number {
  let twice = 0;
  for (let i = 0, n = poly.length; i < n; i++) {
    const a = poly[i], b = poly[(i + 1) % n];
    twice += a[0] * b[1] - b[0] * a[1];
  }
  return twice / 2;
}

function counterClockwise(poly: Polygon): Point[] {
  return signedArea(poly) < 0 ? [...poly].reverse() : [...poly];
}

function isConvex(ccw: readonly Point[]): boolean {
  for (let i = 0, n = ccw.length; i < n; i++) {
    if (cross(ccw[i], ccw[(i + 1) % n], ccw[(i + 2) % n]) < -1e-12) return false;
  }
  return true;
}

function inTriangle(p: Point, a: Point, b: Point, c: Point): boolean {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

/** Ear clipping of a simple counter-clockwise polygon; collinear points are dropped on the way. */
function triangulate(ccw: Point[]): Point[][] {
  const triangles: Point[][] = [];
  const ring = [...ccw];
  let guard = ring.length * ring.length + 10;
  let i = 0;
  while (ring.length > 3 && guard-- > 0) {
    const n = ring.length;
    const prev = ring[(i + n - 1) % n], cur = ring[i % n], next = ring[(i + 1) % n];
    const turn = cross(prev, cur, next);
    if (Math.abs(turn) < 1e-12) { ring.splice(i % n, 1); continue; }
    let ear = turn > 0;
    for (let k = 0; ear && k < n; k++) {
      const p = ring[k];
      if (p === prev || p === cur || p === next) continue;
      if (inTriangle(p, prev, cur, next)) ear = false;
    }
    if (ear) {
      triangles.push([prev, cur, next]);
      ring.splice(i % n, 1);
    } else {
      i = (i + 1) % n;
    }
  }
  if (ring.length === 3 && Math.abs(signedArea(ring)) > 0) triangles.push(ring);
  return triangles;
}

/** The polygon as convex counter-clockwise pieces that tile it. */
export function convexPieces(poly: Polygon): Point[][] {
  const ccw = counterClockwise(poly);
  return isConvex(ccw) ? [ccw] : triangulate(ccw);
}

/** Sutherland–Hodgman: the part of `subject` inside the convex counter-clockwise `clip`. */
function clipConvex(subject: readonly Point[], clip: readonly Point[]): Point[] {
  let output: Point[] = [...subject];
  for (let i = 0, n = clip.length; i < n && output.length > 0; i++) {
    const a = clip[i], b = clip[(i + 1) % n];
    const input = output;
    output = [];
    for (let k = 0, m = input.length; k < m; k++) {
      const p = input[k], q = input[(k + 1) % m];
      const sp = cross(a, b, p), sq = cross(a, b, q);
      if (sp >= 0) output.push(p);
      if ((sp >= 0) !== (sq >= 0)) {
        const t = sp / (sp - sq);
        output.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
      }
    }
  }
  return output;
}

function boxesOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  const ba = box(a), bb = box(b);
  return Math.min(ba[2], bb[2]) > Math.max(ba[0], bb[0]) && Math.min(ba[3], bb[3]) > Math.max(ba[1], bb[1]);
}

/** [minX, minY, maxX, maxY] */
function box(poly: readonly Point[]): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of poly) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Total intersection area of two sets of convex pieces; slivers below 1e-9 m² count as touching. */
export function overlapAreaOfPieces(a: readonly Point[][], b: readonly Point[][]): number {
  let total = 0;
  for (const pa of a) {
    for (const pb of b) {
      if (!boxesOverlap(pa, pb)) continue;
      const clipped = clipConvex(pa, pb);
      if (clipped.length >= 3) total += Math.abs(signedArea(clipped));
    }
  }
  return total < 1e-9 ? 0 : total;
}
