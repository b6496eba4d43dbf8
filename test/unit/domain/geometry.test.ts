import { describe, expect, it } from 'vitest';
import {
  findSelfIntersection, overlapArea, pointInPolygon, polygonArea, polygonBounds, polygonCentroid,
} from '../../../src/domain/geometry';
import type { Point, Polygon } from '../../../src/domain/schema';
import { rect } from './fixtures/hospitals';

const L: Polygon = [[0, 0], [4, 0], [4, 1], [1, 1], [1, 3], [0, 3]]; // 4 m × 1 m foot plus a 1 m × 2 m upright
const translate = (poly: Polygon, dx: number, dy: number): Polygon => poly.map(([x, y]) => [x + dx, y + dy] as Point);

/** Reference intersection area by sampling the centres of a fine grid over the shared bounding box. */
function sampledOverlap(a: Polygon, b: Polygon, cells = 400): number {
  const ba = polygonBounds(a), bb = polygonBounds(b);
  const minX = Math.max(ba.minX, bb.minX), maxX = Math.min(ba.maxX, bb.maxX);
  const minY = Math.max(ba.minY, bb.minY), maxY = Math.min(ba.maxY, bb.maxY);
  if (maxX <= minX || maxY <= minY) return 0;
  const dx = (maxX - minX) / cells, dy = (maxY - minY) / cells;
  let hits = 0;
  for (let i = 0; i < cells; i++) {
    for (let j = 0; j < cells; j++) {
      const p: Point = [minX + (i + 0.5) * dx, minY + (j + 0.5) * dy];
      if (pointInPolygon(p, a) && pointInPolygon(p, b)) hits++;
    }
  }
  return hits * dx * dy;
}

describe('polygonArea, polygonBounds, polygonCentroid', () => {
  it('gives the signed area: positive counter-clockwise, negative clockwise', () => {
    expect(polygonArea(rect(0, 0, 4, 5))).toBeCloseTo(20, 12);
    expect(polygonArea([...rect(0, 0, 4, 5)].reverse())).toBeCloseTo(-20, 12);
    expect(polygonArea(L)).toBeCloseTo(6, 12);
  });

  it('gives bounds and the area centroid (not the mean of the points)', () => {
    expect(polygonBounds(L)).toEqual({ minX: 0, minY: 0, maxX: 4, maxY: 3 });
    const [cx, cy] = polygonCentroid(rect(10, 20, 14, 25));
    expect(cx).toBeCloseTo(12, 9);
    expect(cy).toBeCloseTo(22.5, 9);
    // L: foot (area 4, centre (2, 0.5)) and upright (area 2, centre (0.5, 2)).
    const [lx, ly] = polygonCentroid(L);
    expect(lx).toBeCloseTo((4 * 2 + 2 * 0.5) / 6, 9);
    expect(ly).toBeCloseTo((4 * 0.5 + 2 * 2) / 6, 9);
  });
});

describe('pointInPolygon', () => {
  it('handles a concave L-shape, including the notch', () => {
    expect(pointInPolygon([0.5, 2], L)).toBe(true);
    expect(pointInPolygon([3, 0.5], L)).toBe(true);
    expect(pointInPolygon([2, 2], L)).toBe(false); // in the notch, inside the bounding box
    expect(pointInPolygon([5, 0.5], L)).toBe(false);
  });

  it('counts the boundary (within 1 mm) as inside', () => {
    expect(pointInPolygon([4, 0.5], L)).toBe(true);
    expect(pointInPolygon([2, 1], L)).toBe(true); // on the notch's floor
    expect(pointInPolygon([0, 0], L)).toBe(true);
    expect(pointInPolygon([4.0005, 0.5], L)).toBe(true);
    expect(pointInPolygon([4.01, 0.5], L)).toBe(false);
  });
});

describe('findSelfIntersection', () => {
  it('accepts simple polygons, convex and concave', () => {
    expect(findSelfIntersection(rect(0, 0, 4, 5))).toBeNull();
    expect(findSelfIntersection(L)).toBeNull();
    expect(findSelfIntersection([[0, 0], [2, 0], [4, 0], [4, 5], [0, 5]])).toBeNull(); // collinear point on a wall
  });

  it('names the two crossing edges of a bow-tie', () => {
    expect(findSelfIntersection([[0, 0], [2, 2], [2, 0], [0, 2]])).toEqual({ i: 0, j: 2 });
  });

  it('finds edges that only touch, and repeated points', () => {
    // Point 3 lies on edge 0: the outline touches itself.
    expect(findSelfIntersection([[0, 0], [4, 0], [4, 4], [2, 0], [0, 4]])).not.toBeNull();
    // A figure eight through the same point twice.
    expect(findSelfIntersection([[0, 0], [2, 0], [1, 1], [2, 2], [0, 2], [1, 1]])).toEqual({ i: 2, j: 5 });
  });

  it('finds an outline that folds back on itself', () => {
    expect(findSelfIntersection([[0, 0], [4, 0], [2, 0], [2, 3]])).not.toBeNull();
  });
});

describe('overlapArea', () => {
  it('gives the known area of two offset squares', () => {
    expect(overlapArea(rect(0, 0, 2, 2), rect(1, 1, 3, 3))).toBeCloseTo(1, 12);
    expect(overlapArea(rect(0, 0, 4, 5), rect(3, -1, 10, 2))).toBeCloseTo(2, 12);
  });

  it('gives 0 for rooms that share a wall or a corner, and for distant rooms', () => {
    expect(overlapArea(rect(0, 0, 4, 5), rect(4, 0, 8, 5))).toBe(0);
    expect(overlapArea(rect(0, 0, 4, 5), rect(4, 5, 8, 9))).toBe(0);
    expect(overlapArea(L, rect(1, 1, 3, 3))).toBe(0); // fits the notch exactly
    expect(overlapArea(L, translate(L, 10, 0))).toBe(0);
  });

  it('is exact for non-rectangles: a diamond over a square', () => {
    const diamond: Polygon = [[1, 0], [0, 1], [-1, 0], [0, -1]];
    expect(overlapArea(diamond, rect(0, 0, 1, 1))).toBeCloseTo(0.5, 12);
    expect(overlapArea(rect(0, 0, 1, 1), diamond)).toBeCloseTo(0.5, 12);
  });

  it('handles concave L-shapes', () => {
    expect(overlapArea(L, L)).toBeCloseTo(6, 9);
    // Bottom strip 1.5 × 0.5 plus upright 0.5 × 1.
    expect(overlapArea(L, rect(0.5, 0.5, 2, 2))).toBeCloseTo(1.25, 9);
    expect(overlapArea([...L].reverse(), rect(0.5, 0.5, 2, 2))).toBeCloseTo(1.25, 9);
    // L against a shifted copy of itself: compare with sampling.
    const shifted = translate(L, 0.5, 0.25);
    expect(overlapArea(L, shifted)).toBeCloseTo(sampledOverlap(L, shifted), 1);
  });

  it('agrees with sampling for a concave U-shape against an L-shape', () => {
    const U: Polygon = [[0, 0], [5, 0], [5, 4], [4, 4], [4, 1], [1, 1], [1, 4], [0, 4]];
    const other = translate(L, 0.3, 0.6);
    const exact = overlapArea(U, other);
    expect(exact).toBeGreaterThan(0.5);
    expect(Math.abs(exact - sampledOverlap(U, other))).toBeLessThan(0.05);
  });
});
