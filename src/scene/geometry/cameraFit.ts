/**
 * Where to put a perspective camera so that a box is fully in view. Pure maths on plain tuples, so it is
 * tested in Node and shared by the camera rig and the test hooks.
 */
export type Vec3 = [number, number, number];

export interface CameraPose { position: Vec3; target: Vec3; near: number; far: number }

/** Overview: from the south-east and above; floor fit: steeper, closer to a plan view. */
export const OVERVIEW_DIRECTION: Vec3 = [0.5, 0.9, 1];
export const FLOOR_DIRECTION: Vec3 = [0.25, 1.5, 0.75];

/**
 * `direction` turned to face the long side of a footprint (plan width along X, depth along Y): a building
 * long from west to east is seen from the south, one long from south to north from the east.
 */
export function facingLongSide(direction: Vec3, width: number, depth: number): Vec3 {
  const [across, up, along] = [Math.max(direction[0], direction[2]), direction[1], Math.min(direction[0], direction[2])];
  return width >= depth ? [along, up, across] : [across, up, along];
}

const normalise = (v: Vec3): Vec3 => {
  const l = Math.hypot(...v) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
};
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/**
 * The camera pose looking at the box centre from `direction` (pointing from the target to the camera,
 * world up +Y), at the smallest distance where all 8 corners are inside the view, plus `margin`.
 */
export function fitBox(min: Vec3, max: Vec3, direction: Vec3, verticalFovDegrees: number, aspect: number, margin = 1.08): CameraPose {
  const target: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const back = normalise(direction);
  const right = normalise(cross([0, 1, 0], back));
  const up = cross(back, right);
  const tanV = Math.tan((verticalFovDegrees * Math.PI) / 360);
  const tanH = tanV * Math.max(aspect, 1e-3);
  let distance = 1;
  for (let corner = 0; corner < 8; corner++) {
    const p: Vec3 = [
      (corner & 1 ? max[0] : min[0]) - target[0],
      (corner & 2 ? max[1] : min[1]) - target[1],
      (corner & 4 ? max[2] : min[2]) - target[2],
    ];
    const towardCamera = dot(p, back);
    distance = Math.max(distance, towardCamera + (Math.abs(dot(p, right)) * margin) / tanH, towardCamera + (Math.abs(dot(p, up)) * margin) / tanV);
  }
  const position: Vec3 = [target[0] + back[0] * distance, target[1] + back[1] * distance, target[2] + back[2] * distance];
  const depth = Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]);
  return { position, target, near: Math.max(0.1, distance / 500), far: distance + depth * 10 };
}
