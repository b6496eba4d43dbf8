import { describe, expect, it } from 'vitest';
import { Matrix4, PerspectiveCamera, Quaternion, Vector3 } from 'three';
import { approach, explodeGap, floorPlacements } from '../../../src/scene/geometry/floorLayout';
import { buildInstanceSet, writeInstanceMatrices } from '../../../src/scene/geometry/instances';
import { facingLongSide, fitBox, OVERVIEW_DIRECTION, FLOOR_DIRECTION, type Vec3 } from '../../../src/scene/geometry/cameraFit';
import { declutterLabels } from '../../../src/scene/geometry/declutter';
import type { Floor } from '../../../src/domain/schema';

const floors: Floor[] = [0, 1, 2].map((i) => ({ id: `f${i}`, name: `F${i}`, ordinal: i, elevation: i * 4, height: 4 }));

describe('floor placements', () => {
  it('stacks floors at their elevations, all visible', () => {
    const p = floorPlacements(floors, 'stacked', 1, 10);
    expect(Array.from(p.y)).toEqual([0, 4, 8]);
    expect(Array.from(p.visible)).toEqual([1, 1, 1]);
  });

  it('pulls floors apart by the gap per level in the exploded view', () => {
    expect(Array.from(floorPlacements(floors, 'exploded', 1, 10).y)).toEqual([0, 14, 28]);
  });

  it('shows only the active floor when isolated (all when none is active)', () => {
    expect(Array.from(floorPlacements(floors, 'isolated', 2, 10).visible)).toEqual([0, 0, 1]);
    expect(Array.from(floorPlacements(floors, 'isolated', -1, 10).visible)).toEqual([1, 1, 1]);
  });

  it('scales the explode gap with the narrower side of the footprint, between 8 and 40 m', () => {
    expect(explodeGap(10, 5)).toBe(8);
    expect(explodeGap(90, 32)).toBeCloseTo(22.4, 9);
    expect(explodeGap(90, 330)).toBe(40);
  });

  it('animates toward the target and settles exactly on it', () => {
    const current = new Float32Array([0, 0]);
    const target = new Float32Array([10, -5]);
    let steps = 0;
    while (approach(current, target, 1 / 60) && steps < 1000) steps++;
    expect(steps).toBeGreaterThan(5);
    expect(steps).toBeLessThan(200);
    expect(Array.from(current)).toEqual([10, -5]);
  });
});

describe('instance matrices', () => {
  const set = buildInstanceSet([
    { id: 'a', roomIndex: 0, floorIndex: 0, position: [3, 4], rotationDegrees: 30 },
    { id: 'b', roomIndex: 1, floorIndex: 1, position: [-1, 2] },
  ]);

  it('match three’s compose(translation at the floor height, rotation about Y)', () => {
    const out = new Float32Array(32);
    expect(writeInstanceMatrices(set, new Float32Array([2, 6]), new Uint8Array([1, 1]), out)).toBe(2);
    const expected = new Matrix4().compose(
      new Vector3(3, 2, -4),
      new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), Math.PI / 6),
      new Vector3(1, 1, 1),
    );
    expected.elements.forEach((e, i) => expect(out[i]).toBeCloseTo(e, 5));
    expect(out[16 + 13]).toBe(6);
  });

  it('rotate a bed’s long axis (local +X) counter-clockwise from east in plan', () => {
    const out = new Float32Array(32);
    writeInstanceMatrices(set, new Float32Array([0, 0]), new Uint8Array([1, 1]), out);
    const axis = new Vector3(1, 0, 0).transformDirection(new Matrix4().fromArray(out));
    // 30° CCW from east in plan is (cos 30°, sin 30°), i.e. three (cos 30°, 0, −sin 30°).
    expect(axis.x).toBeCloseTo(Math.cos(Math.PI / 6), 5);
    expect(axis.z).toBeCloseTo(-Math.sin(Math.PI / 6), 5);
  });

  it('collapse instances on hidden floors to a zero matrix', () => {
    const out = new Float32Array(32).fill(7);
    expect(writeInstanceMatrices(set, new Float32Array([0, 0]), new Uint8Array([1, 0]), out)).toBe(1);
    expect(Array.from(out.slice(16))).toEqual(new Array(16).fill(0));
  });
});

describe('camera fit', () => {
  const cases: [Vec3, Vec3, Vec3, number][] = [
    [[0, 0, -30], [90, 30, 0], OVERVIEW_DIRECTION, 1.6],
    [[0, 0, -300], [90, 60, 0], OVERVIEW_DIRECTION, 0.8],
    [[-5, 10, -5], [5, 12, 5], FLOOR_DIRECTION, 2],
  ];
  it.each(cases)('keeps all corners of %j–%j in view, one of them near an edge', (min, max, direction, aspect) => {
    const pose = fitBox(min, max, direction, 45, aspect);
    const camera = new PerspectiveCamera(45, aspect, pose.near, pose.far);
    camera.position.set(...pose.position);
    camera.lookAt(...pose.target);
    camera.updateMatrixWorld();
    let extreme = 0;
    for (let c = 0; c < 8; c++) {
      const p = new Vector3(c & 1 ? max[0] : min[0], c & 2 ? max[1] : min[1], c & 4 ? max[2] : min[2]).project(camera);
      expect(Math.abs(p.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(p.y)).toBeLessThanOrEqual(1);
      expect(p.z).toBeLessThan(1);
      extreme = Math.max(extreme, Math.abs(p.x), Math.abs(p.y));
    }
    expect(extreme).toBeGreaterThan(0.85);
  });
});

describe('camera direction', () => {
  it('faces the long side of the footprint from above', () => {
    expect(facingLongSide([0.5, 0.9, 1], 90, 30)).toEqual([0.5, 0.9, 1]); // long west–east: from the south (+Z)
    expect(facingLongSide([0.5, 0.9, 1], 30, 90)).toEqual([1, 0.9, 0.5]); // long south–north: from the east (+X)
  });
});

describe('label declutter', () => {
  const overlap = (a: { left: number; top: number }, b: { left: number; top: number }, w: number, h: number): boolean =>
    a.left < b.left + w && b.left < a.left + w && a.top < b.top + h && b.top < a.top + h;

  it('never overlaps labels anchored at the same point, and keeps them in view', () => {
    const requests = [0, 1, 2].map(() => ({ x: 400, y: 300, width: 200, height: 50 }));
    const placed = declutterLabels(requests, 800, 600);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) expect(overlap(placed[i], placed[j], 200, 50)).toBe(false);
      expect(placed[i].left).toBeGreaterThanOrEqual(0);
      expect(placed[i].top).toBeGreaterThanOrEqual(0);
      expect(placed[i].left + 200).toBeLessThanOrEqual(800);
      expect(placed[i].top + 50).toBeLessThanOrEqual(600);
    }
  });

  it('still separates labels anchored at the very top edge', () => {
    const placed = declutterLabels([{ x: 100, y: 0, width: 150, height: 40 }, { x: 110, y: 5, width: 150, height: 40 }], 800, 600);
    expect(overlap(placed[0], placed[1], 150, 40)).toBe(false);
  });

  it('leaves the first label centred above its anchor', () => {
    expect(declutterLabels([{ x: 400, y: 300, width: 100, height: 40 }], 800, 600)[0]).toEqual({ left: 350, top: 246 });
  });
});
