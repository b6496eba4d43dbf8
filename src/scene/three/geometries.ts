import { BoxGeometry, BufferAttribute, BufferGeometry, CylinderGeometry, TorusGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { EquipmentType } from '../../domain/vocabulary';
import type { RoomFloorArrays } from '../geometry/roomFloors';
import type { WallArrays } from '../geometry/walls';
import { ROOM_FLOOR_Y } from '../geometry/roomFloors';

/**
 * One storey's room floors: position, per-vertex colour (linear rgb, 8-bit normalised: a quarter of the bytes
 * to upload when playback recolours thousands of rooms per frame) and hatch flag, indexed triangles.
 */
export function roomFloorGeometry(arrays: RoomFloorArrays): BufferGeometry {
  const geometry = new BufferGeometry();
  const vertices = arrays.positions.length / 3;
  geometry.setAttribute('position', new BufferAttribute(arrays.positions, 3));
  geometry.setAttribute('color', new BufferAttribute(new Uint8Array(vertices * 3).fill(128), 3, true));
  geometry.setAttribute('pattern', new BufferAttribute(new Float32Array(vertices), 1));
  geometry.setIndex(new BufferAttribute(arrays.indices, 1));
  geometry.computeBoundingSphere();
  geometry.computeBoundingBox();
  return geometry;
}

export function wallGeometry(arrays: WallArrays): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(arrays.positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(arrays.normals, 3));
  geometry.setIndex(new BufferAttribute(arrays.indices, 1));
  geometry.computeBoundingSphere();
  return geometry;
}

function box(width: number, height: number, depth: number, x = 0, z = 0, lift = ROOM_FLOOR_Y): BufferGeometry {
  return new BoxGeometry(width, height, depth).translate(x, lift + height / 2, z);
}

/** A bed: low mattress box 2.1 × 1.0 m along local X, with a raised head end. */
export function bedGeometry(): BufferGeometry {
  const mattress = box(2.1, 0.55, 1.0);
  const head = box(0.12, 0.95, 1.0, -1.0);
  return mergeGeometries([mattress, head]);
}

function cylinder(radius: number, height: number, x = 0, z = 0): BufferGeometry {
  return new CylinderGeometry(radius, radius, height, 10).translate(x, ROOM_FLOOR_Y + height / 2, z);
}

function ring(radius: number, tube: number, depth = 0): BufferGeometry {
  return new TorusGeometry(radius, tube, 8, 20).translate(0, ROOM_FLOOR_Y + radius + tube, depth);
}

/** Simple, recognisable shapes per equipment type (sizes in metres). */
export function equipmentGeometry(type: EquipmentType): BufferGeometry {
  switch (type) {
    case 'ventilator': return mergeGeometries([box(0.45, 1.1, 0.45), box(0.35, 0.3, 0.1, 0, 0.2).translate(0, 0.9, 0)]);
    case 'patient-monitor': return mergeGeometries([cylinder(0.04, 1.2), box(0.45, 0.35, 0.12).translate(0, 1.2, 0)]);
    case 'infusion-pump': return mergeGeometries([cylinder(0.03, 1.8), box(0.25, 0.3, 0.15).translate(0, 0.9, 0)]);
    case 'ct-scanner': return mergeGeometries([ring(0.9, 0.35), box(2.2, 0.8, 0.6, 0.9)]);
    case 'mri': return mergeGeometries([new CylinderGeometry(1.2, 1.2, 1.8, 16).rotateZ(Math.PI / 2).translate(0, 1.2 + ROOM_FLOOR_Y, 0), box(2.4, 0.8, 0.6, 1.6)]);
    case 'x-ray': return mergeGeometries([cylinder(0.12, 2.2), box(0.9, 0.35, 0.6).translate(0.4, 1.6, 0), box(2.0, 0.8, 0.8, 0.4)]);
    case 'defibrillator': return box(0.45, 0.9, 0.45);
    case 'dialysis-machine': return box(0.5, 1.4, 0.55);
    case 'anaesthesia-machine': return mergeGeometries([box(0.75, 1.3, 0.65), box(0.5, 0.35, 0.12).translate(0, 1.35, 0)]);
    case 'ultrasound': return mergeGeometries([box(0.5, 0.9, 0.5), box(0.45, 0.3, 0.08).translate(0, 1.0, 0)]);
  }
}
