import { Box3, BufferAttribute, Color, Group, InstancedBufferAttribute, InstancedMesh, Mesh, Vector3, type BufferGeometry, type Material } from 'three';
import type { BuildingModel } from '../geometry/buildingModel';
import type { InstanceSet } from '../geometry/instances';
import { writeInstanceMatrices } from '../geometry/instances';
import { explodeGap, floorPlacements } from '../geometry/floorLayout';
import type { FloorMode } from '../../bridge/viewStore';
import type { EquipmentType } from '../../domain/vocabulary';
import { RoomPainter } from '../paint/roomPainter';
import { InstanceColours } from '../paint/instanceColours';
import { bedGeometry, equipmentGeometry, roomFloorGeometry, wallGeometry } from './geometries';
import { instanceMaterial, roomFloorMaterial, wallMaterial } from './materials';

export const BED_COLOUR = '#f4f4f4';
export const EQUIPMENT_COLOUR = '#c9d3de';
/** Extra height above a floor's walls kept free in the fitted camera views. */
const FLOOR_VIEW_HEIGHT = 2.5;

export interface FloorObjects { group: Group; floorMesh: Mesh; wallMesh: Mesh }

export interface InstanceLayer {
  kind: 'bed' | 'equipment';
  type: EquipmentType | 'bed';
  set: InstanceSet;
  mesh: InstancedMesh;
  baseColour: Color;
  /** Per-instance state colours and the hover highlight (see paint/instanceColours.ts). */
  colours: InstanceColours;
}

/**
 * Every GPU object of one hospital, created once when the hospital loads and disposed with it. Floor
 * placements (stacked / exploded / isolated) move groups and rewrite instance matrices in place.
 */
export class SceneResources {
  readonly floors: FloorObjects[];
  readonly layers: InstanceLayer[];
  readonly painter: RoomPainter;
  /** Current (animated) and target world Y of every floor, and which floors are drawn. */
  readonly floorY: Float32Array;
  readonly targetY: Float32Array;
  readonly visible: Uint8Array;
  private readonly geometries: BufferGeometry[] = [];
  private readonly materials: Material[] = [];

  constructor(readonly model: BuildingModel) {
    const floorMaterial = roomFloorMaterial();
    const walls = wallMaterial();
    this.materials.push(floorMaterial, walls);
    this.floors = model.floors.map((floorModel, floorIndex) => {
      const floorGeo = roomFloorGeometry(floorModel.floorArrays);
      const wallGeo = wallGeometry(floorModel.wallArrays);
      this.geometries.push(floorGeo, wallGeo);
      const group = new Group();
      group.name = `floor:${floorModel.floor.id}`;
      const floorMesh = new Mesh(floorGeo, floorMaterial);
      floorMesh.userData = { floorIndex };
      // Raycasters ignore visibility: a hidden floor (isolated mode) must not take the pointer.
      floorMesh.raycast = (raycaster, intersects) => {
        if (group.visible) Mesh.prototype.raycast.call(floorMesh, raycaster, intersects);
      };
      const wallMesh = new Mesh(wallGeo, walls);
      wallMesh.raycast = () => undefined; // walls never take clicks from the rooms they bound
      group.add(floorMesh, wallMesh);
      return { group, floorMesh, wallMesh };
    });
    this.painter = new RoomPainter(
      model,
      this.floors.map((f) => f.floorMesh.geometry.getAttribute('color') as BufferAttribute),
      this.floors.map((f) => f.floorMesh.geometry.getAttribute('pattern') as BufferAttribute),
    );
    this.layers = [];
    if (model.beds.ids.length > 0) this.layers.push(this.layer('bed', 'bed', model.beds, bedGeometry(), BED_COLOUR));
    for (const { type, set } of model.equipment) {
      if (set.ids.length > 0) this.layers.push(this.layer('equipment', type, set, equipmentGeometry(type), EQUIPMENT_COLOUR));
    }
    const n = model.floors.length;
    this.floorY = new Float32Array(n);
    this.targetY = new Float32Array(n);
    this.visible = new Uint8Array(n).fill(1);
  }

  private layer(kind: InstanceLayer['kind'], type: InstanceLayer['type'], set: InstanceSet, geometry: BufferGeometry, colour: string): InstanceLayer {
    const material = instanceMaterial('#ffffff');
    this.geometries.push(geometry);
    this.materials.push(material);
    const mesh = new InstancedMesh(geometry, material, set.ids.length);
    mesh.name = `${kind}:${type}`;
    mesh.frustumCulled = false;
    const baseColour = new Color(colour);
    // 8-bit normalised instance colours: playback rewrites them every frame, a quarter of the bytes of floats.
    mesh.instanceColor = new InstancedBufferAttribute(new Uint8Array(set.ids.length * 3), 3, true);
    for (let i = 0; i < set.ids.length; i++) mesh.setColorAt(i, baseColour);
    const colours = new InstanceColours(mesh.instanceColor as BufferAttribute, baseColour);
    colours.flush();
    return { kind, type, set, mesh, baseColour, colours };
  }

  /** Index of a floor id in the scene's floor order, or -1. */
  floorIndexOf(floorId: string | null): number {
    return floorId === null ? -1 : this.model.floors.findIndex((f) => f.floor.id === floorId);
  }

  /** Sets where floors should go for a mode (idempotent); visibility changes at once, heights animate. */
  setFloorMode(mode: FloorMode, activeFloorId: string | null): void {
    const { bounds } = this.model;
    const gap = explodeGap(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY);
    const placement = floorPlacements(this.model.floors.map((f) => f.floor), mode, this.floorIndexOf(activeFloorId), gap);
    this.targetY.set(placement.y);
    this.visible.set(placement.visible);
  }

  /** Applies the current floorY / visible to groups and instance matrices. */
  applyPlacement(): void {
    this.floors.forEach((f, i) => {
      f.group.position.y = this.floorY[i];
      f.group.visible = this.visible[i] === 1;
    });
    for (const layer of this.layers) {
      writeInstanceMatrices(layer.set, this.floorY, this.visible, layer.mesh.instanceMatrix.array as Float32Array);
      layer.mesh.instanceMatrix.needsUpdate = true;
      layer.mesh.boundingSphere = null; // recomputed lazily by the next raycast
    }
  }

  /** World-space box of the visible floors (at their target positions), or of one floor. */
  bounds(floorIndex?: number): Box3 {
    const box = new Box3();
    const indices = floorIndex === undefined ? this.model.floors.map((_, i) => i).filter((i) => this.visible[i]) : [floorIndex];
    for (const i of indices) {
      const { bounds } = this.model.floors[i];
      const y = this.targetY[i];
      box.expandByPoint(new Vector3(bounds.minX, y, -bounds.maxY));
      box.expandByPoint(new Vector3(bounds.maxX, y + FLOOR_VIEW_HEIGHT, -bounds.minY));
    }
    if (box.isEmpty()) box.set(new Vector3(-10, 0, -10), new Vector3(10, 3, 10));
    return box;
  }

  dispose(): void {
    for (const g of this.geometries) g.dispose();
    for (const m of this.materials) m.dispose();
    for (const layer of this.layers) layer.mesh.dispose();
  }
}
