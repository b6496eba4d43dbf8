import { Box3, Vector3, type PerspectiveCamera } from 'three';
import { polygonBounds } from '../domain/geometry';
import { facingLongSide, fitBox, type CameraPose, type Vec3 } from './geometry/cameraFit';
import type { SceneResources } from './three/sceneResources';

/**
 * Camera moves of the wall display's tour (src/ui/wall): frame a set of rooms or a floor facing the building's
 * long side, then swing slowly ±SWING_DEGREES around it. The framing distance covers the whole swing, so the
 * framed rooms never leave the view while the camera moves.
 */

/** Half the swing of the tour's slow orbit, degrees. */
export const SWING_DEGREES = 20;
/** From above at about 45°: rooms' colours read from afar, walls still give the floor its shape. */
const TOUR_DIRECTION: Vec3 = [0.3, 1.05, 1];

/** A framed unit is never closer than this box (metres), so one small room still shows its surroundings. */
const MIN_FOCUS_SIZE = 24;
const ROOM_VIEW_HEIGHT = 2.5;

/** World box of some rooms at their floors' target heights; null when none of them is known. */
export function roomsBox(resources: SceneResources, roomIds: readonly string[]): Box3 | null {
  const box = new Box3();
  for (const id of roomIds) {
    const index = resources.model.roomIndexById.get(id);
    if (index === undefined) continue;
    const ref = resources.model.rooms[index];
    const b = polygonBounds(ref.room.polygon);
    const y = resources.targetY[ref.floorIndex];
    box.expandByPoint(new Vector3(b.minX, y, -b.maxY));
    box.expandByPoint(new Vector3(b.maxX, y + ROOM_VIEW_HEIGHT, -b.minY));
  }
  if (box.isEmpty()) return null;
  const centre = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3());
  size.x = Math.max(size.x, MIN_FOCUS_SIZE);
  size.z = Math.max(size.z, MIN_FOCUS_SIZE);
  return box.setFromCenterAndSize(centre, size);
}

const UP = new Vector3(0, 1, 0);

/** `v` turned by `degrees` about the vertical axis (the same turn as orbitStep). */
export function rotateY(v: Vec3, degrees: number): Vec3 {
  return new Vector3(...v).applyAxisAngle(UP, (degrees * Math.PI) / 180).toArray() as Vec3;
}

/** The tour's centre heading: facing the long side of a footprint `width` (x) × `depth` (plan y). */
export function tourDirection(width: number, depth: number): Vec3 {
  return facingLongSide(TOUR_DIRECTION, width, depth);
}

/**
 * The pose framing `box` at the start of the swing (centre heading turned by −swing), at the largest distance
 * any heading of the swing needs.
 */
export function tourPose(box: Box3, fov: number, aspect: number, centre: Vec3, swing = SWING_DEGREES): CameraPose {
  const min = box.min.toArray() as Vec3;
  const max = box.max.toArray() as Vec3;
  const poses = [-1, -0.5, 0, 0.5, 1].map((k) => fitBox(min, max, rotateY(centre, k * swing), fov, aspect, 1.05));
  const distance = (p: CameraPose): number => Math.hypot(p.position[0] - p.target[0], p.position[1] - p.target[1], p.position[2] - p.target[2]);
  const farthest = poses.reduce((a, b) => (distance(b) > distance(a) ? b : a));
  const start = poses[0];
  const d = distance(farthest) / Math.max(1e-9, distance(start));
  const position = start.position.map((p, i) => start.target[i] + (p - start.target[i]) * d) as Vec3;
  return { position, target: start.target, near: farthest.near, far: farthest.far };
}

/**
 * The swing's angle (degrees from its start) after `seconds`: 0 → 2·amplitude → 0 and again, at rest at both
 * ends, never turning faster than `degreesPerSecond`.
 */
export function swingAngle(seconds: number, degreesPerSecond: number, amplitude = SWING_DEGREES): number {
  return amplitude * (1 - Math.cos((degreesPerSecond / amplitude) * seconds));
}
const scratch = new Vector3();

/** Turns the camera around the target by `degrees` about the vertical axis (in place). */
export function orbitStep(camera: PerspectiveCamera, target: Vector3, degrees: number): void {
  scratch.copy(camera.position).sub(target).applyAxisAngle(UP, (degrees * Math.PI) / 180);
  camera.position.copy(target).add(scratch);
}
