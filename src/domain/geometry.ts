import type { Point, Polygon } from './schema';
import { convexPieces, overlapAreaOfPieces } from './polygonClip';

/**
 * Plane geometry in metres for the hospital definition: used by the validator, the 3D scene and the
 * sample generator. Polygons are simple, not closed (the last point is not a copy of the first), and may
 * be clockwise or counter-clockwise. Everything here is pure and allocation-light.
 */

/** Distance under which a point counts as lying on a boundary: 1 mm. */
export const BOUNDARY_TOLERANCE = 0.001;

export interface Bounds { minX: number; minY: number; maxX: number; maxY: number }

/** Signed area in m²: positive when the points run counter-clockwise. */
export function polygonArea(poly: Polygon): number {
  let twice = 0;
  for (let i = 0, n = poly.length; i < n; i++) {
    const [x1, y1] = poly[i];
    const [x2, y2] = poly[(i + 1) % n];
    twice += x1 * y2 - x2 * y1;
  }
  return twice / 2;
}

export function polygonBounds(poly: Polygon): Bounds {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of poly) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

/** Area centroid; falls back to the mean of the points for a polygon with (almost) no area. */
export function polygonCentroid(poly: Polygon): Point {
  let twiceArea = 0, cx = 0, cy = 0;
  const [ox, oy] = poly[0]; // shift to the first point to keep the sums well conditioned far from the origin
  for (let i = 0, n = poly.length; i < n; i++) {
    const x1 = poly[i][0] - ox, y1 = poly[i][1] - oy;
    const x2 = poly[(i + 1) % n][0] - ox, y2 = poly[(i + 1) % n][1] - oy;
    const cross = x1 * y2 - x2 * y1;
    twiceArea += cross;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  }
  if (Math.abs(twiceArea) < 1e-12) {
    let sx = 0, sy = 0;
    for (const [x, y] of poly) { sx += x; sy += y; }
    return [sx / poly.length, sy / poly.length];
  }
  return [ox + cx / (3 * twiceArea), oy + cy / (3 * twiceArea)];
}

/** Shortest distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = p[0] - (a[0] + t * dx), ey = p[1] - (a[1] + t * dy);
  return Math.sqrt(ex * ex + ey * ey); // not Math.hypot: several times slower in V8
}

/** Shortest distance from p to the polygon's boundary (its walls). */
export function distanceToBoundary(p: Point, poly: Polygon): number {
  let best = Infinity;
  for (let i = 0, n = poly.length; i < n; i++) {
    const d = distanceToSegment(p, poly[i], poly[(i + 1) % n]);
    if (d < best) best = d;
  }
  return best;
}

/** True when p is inside the polygon or within 1 mm of its boundary. */
export function pointInPolygon(p: Point, poly: Polygon): boolean {
  const [px, py] = p;
  let inside = false;
  for (let i = 0, n = poly.length, j = n - 1; i < n; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if ((yi > py) !== (yj > py) && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside || distanceToBoundary(p, poly) <= BOUNDARY_TOLERANCE; // crossing counts are unreliable on the boundary
}

function orientation(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

const TOUCH = 1e-7; // metres: closer than this counts as touching

/** True when the closed segments a–b and c–d cross or touch. */
export function segmentsIntersect(a: Point, b: Point, c: Point, d: Point): boolean {
  if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) - TOUCH || Math.max(c[0], d[0]) < Math.min(a[0], b[0]) - TOUCH) return false;
  if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) - TOUCH || Math.max(c[1], d[1]) < Math.min(a[1], b[1]) - TOUCH) return false;
  const o1 = orientation(a, b, c), o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a), o4 = orientation(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  return distanceToSegment(c, a, b) <= TOUCH || distanceToSegment(d, a, b) <= TOUCH
    || distanceToSegment(a, c, d) <= TOUCH || distanceToSegment(b, c, d) <= TOUCH;
}

function samePoint(a: Point, b: Point): boolean {
  return Math.abs(a[0] - b[0]) <= TOUCH && Math.abs(a[1] - b[1]) <= TOUCH;
}

/**
 * Finds two edges that make the polygon non-simple, or null. Edge k runs from point k to point k+1 (the
 * last edge closes back to point 0). Reports non-adjacent edges that cross or touch, a point repeated
 * anywhere (as the two edges starting at the copies) and adjacent edges that fold back onto each other.
 */
export function findSelfIntersection(poly: Polygon): { i: number; j: number } | null {
  const n = poly.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) if (samePoint(poly[i], poly[j])) return { i, j };
  }
  for (let i = 0; i < n; i++) {
    // A spike: the path goes out and comes straight back along itself.
    const prev = poly[(i + n - 1) % n], cur = poly[i], next = poly[(i + 1) % n];
    const cross = orientation(prev, cur, next);
    const dot = (cur[0] - prev[0]) * (next[0] - cur[0]) + (cur[1] - prev[1]) * (next[1] - cur[1]);
    if (Math.abs(cross) <= 1e-12 * Math.max(1, Math.abs(dot)) && dot < 0) return { i: (i + n - 1) % n, j: i };
  }
  for (let i = 0; i < n; i++) {
    const a = poly[i], b = poly[(i + 1) % n];
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing edge
      if (segmentsIntersect(a, b, poly[j], poly[(j + 1) % n])) return { i, j };
    }
  }
  return null;
}

/**
 * Area in m² of the intersection of two simple polygons (concave allowed). Touching edges (shared walls)
 * give 0. Axis-aligned rectangles take a fast path; other shapes are cut into convex pieces.
 */
export function overlapArea(a: Polygon, b: Polygon): number {
  const ba = polygonBounds(a), bb = polygonBounds(b);
  const w = Math.min(ba.maxX, bb.maxX) - Math.max(ba.minX, bb.minX);
  const h = Math.min(ba.maxY, bb.maxY) - Math.max(ba.minY, bb.minY);
  if (w <= 0 || h <= 0) return 0;
  if (isAxisAlignedRectangle(a) && isAxisAlignedRectangle(b)) return w * h;
  return overlapAreaOfPieces(convexPieces(a), convexPieces(b));
}

/** True for a 4-point polygon whose edges run alternately along x and y. */
export function isAxisAlignedRectangle(poly: Polygon): boolean {
  if (poly.length !== 4) return false;
  const [p0, p1, p2, p3] = poly;
  const xFirst = p0[1] === p1[1] && p1[0] === p2[0] && p2[1] === p3[1] && p3[0] === p0[0];
  const yFirst = p0[0] === p1[0] && p1[1] === p2[1] && p2[0] === p3[0] && p3[1] === p0[1];
  return (xFirst || yFirst) && polygonArea(poly) !== 0;
}

export { convexPieces, overlapAreaOfPieces };
