/**
 * Beds and equipment as instance lists for building-wide InstancedMeshes (one draw call per kind of thing).
 * Positions are in three's frame (X = plan x, Z = −plan y); the floor offset is applied when writing matrices,
 * so changing floor mode rewrites 16 floats per instance and re-creates nothing.
 */
export interface InstanceSet {
  ids: string[];
  /** Global room index (see BuildingModel.rooms) of the room each instance stands in. */
  roomIndex: Int32Array;
  floorIndex: Int32Array;
  x: Float32Array;
  z: Float32Array;
  /** Heading in radians about +Y (counter-clockwise from east seen from above). */
  heading: Float32Array;
}

export interface InstanceInput { id: string; roomIndex: number; floorIndex: number; position: readonly [number, number]; rotationDegrees?: number }

export function buildInstanceSet(items: readonly InstanceInput[]): InstanceSet {
  const n = items.length;
  const set: InstanceSet = {
    ids: items.map((item) => item.id),
    roomIndex: new Int32Array(n),
    floorIndex: new Int32Array(n),
    x: new Float32Array(n),
    z: new Float32Array(n),
    heading: new Float32Array(n),
  };
  items.forEach((item, i) => {
    set.roomIndex[i] = item.roomIndex;
    set.floorIndex[i] = item.floorIndex;
    set.x[i] = item.position[0];
    set.z[i] = -item.position[1];
    set.heading[i] = ((item.rotationDegrees ?? 0) * Math.PI) / 180;
  });
  return set;
}

/**
 * Writes column-major 4×4 matrices (rotation about Y, then translation to the floor's current Y) into
 * `out` (16 floats per instance). Instances on hidden floors get a zero matrix: drawn as nothing, still
 * one draw call. Returns the number of visible instances.
 */
export function writeInstanceMatrices(set: InstanceSet, floorY: Float32Array, floorVisible: Uint8Array, out: Float32Array): number {
  let visible = 0;
  for (let i = 0, n = set.ids.length; i < n; i++) {
    const o = i * 16;
    const f = set.floorIndex[i];
    if (!floorVisible[f]) {
      out.fill(0, o, o + 16);
      continue;
    }
    visible++;
    const c = Math.cos(set.heading[i]);
    const s = Math.sin(set.heading[i]);
    out[o] = c; out[o + 1] = 0; out[o + 2] = -s; out[o + 3] = 0;
    out[o + 4] = 0; out[o + 5] = 1; out[o + 6] = 0; out[o + 7] = 0;
    out[o + 8] = s; out[o + 9] = 0; out[o + 10] = c; out[o + 11] = 0;
    out[o + 12] = set.x[i]; out[o + 13] = floorY[f]; out[o + 14] = set.z[i]; out[o + 15] = 1;
  }
  return visible;
}
