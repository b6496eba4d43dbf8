/**
 * Layout geometry is computed on an integer grid of decimetres so that rooms sharing a wall share the exact
 * same coordinate and no floating-point sliver can make neighbours overlap. Converted to metres only on output.
 */
import type { Point, Polygon } from '../schema';

/** Grid cells per metre. */
export const GRID_PER_METRE = 10;

/** An axis-aligned rectangle in decimetres: x0 < x1, y0 < y1. */
export interface Rect { x0: number; y0: number; x1: number; y1: number }

/** Decimetres to metres (integers divide to the nearest double, e.g. 3 → 0.3). */
export function toMetres(dm: number): number {
  return dm / GRID_PER_METRE;
}

export function toPoint(x: number, y: number): Point {
  return [toMetres(x), toMetres(y)];
}

/** The rectangle as a counter-clockwise polygon in metres. */
export function rectPolygon(r: Rect): Polygon {
  return [toPoint(r.x0, r.y0), toPoint(r.x1, r.y0), toPoint(r.x1, r.y1), toPoint(r.x0, r.y1)];
}

export function rectWidth(r: Rect): number {
  return r.x1 - r.x0;
}

export function rectDepth(r: Rect): number {
  return r.y1 - r.y0;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
