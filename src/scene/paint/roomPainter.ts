import type { BufferAttribute } from 'three';
import type { BuildingModel } from '../geometry/buildingModel';
import type { RoomColouring } from '../palettes';

/** How far hover and selection move a room's colour toward white. */
export const HOVER_LIGHTEN = 0.4;
export const SELECT_LIGHTEN = 0.25;

/**
 * Writes room colours into the per-floor vertex colour attributes. Rooms keep a base colour (from a
 * RoomColouring now, from simulation state per frame later); hover and selection lighten it. Every write
 * touches only that room's vertex range and widens the floor's dirty range; flush() uploads just that
 * range. Nothing is re-created, so this is safe to call from useFrame.
 */
export class RoomPainter {
  /** Linear rgb per room, 3 floats each. */
  readonly base: Float32Array;
  private hovered = -1;
  private selected = -1;
  private readonly dirtyMin: Int32Array;
  private readonly dirtyMax: Int32Array;

  constructor(
    private readonly model: BuildingModel,
    private readonly colours: readonly BufferAttribute[],
    private readonly patterns: readonly BufferAttribute[] = [],
  ) {
    this.base = new Float32Array(model.rooms.length * 3).fill(0.5);
    this.dirtyMin = new Int32Array(model.floors.length).fill(2 ** 30);
    this.dirtyMax = new Int32Array(model.floors.length).fill(-1);
  }

  /** Base colours and hatch flags of every room from a colouring. */
  applyColouring(colouring: RoomColouring): void {
    for (let i = 0; i < this.model.rooms.length; i++) {
      colouring.colourOf(i, this.base, i * 3);
      this.writePattern(i, colouring.patternOf(i));
      this.paint(i);
    }
  }

  /** Sets room i's base colour (linear rgb); the fast path for per-frame state. */
  setBase(roomIndex: number, r: number, g: number, b: number): void {
    const o = roomIndex * 3;
    if (this.base[o] === r && this.base[o + 1] === g && this.base[o + 2] === b) return;
    this.base[o] = r;
    this.base[o + 1] = g;
    this.base[o + 2] = b;
    this.paint(roomIndex);
  }

  setHovered(roomIndex: number): void {
    if (roomIndex === this.hovered) return;
    const previous = this.hovered;
    this.hovered = roomIndex;
    if (previous >= 0) this.paint(previous);
    if (roomIndex >= 0) this.paint(roomIndex);
  }

  setSelected(roomIndex: number): void {
    if (roomIndex === this.selected) return;
    const previous = this.selected;
    this.selected = roomIndex;
    if (previous >= 0) this.paint(previous);
    if (roomIndex >= 0) this.paint(roomIndex);
  }

  /** Uploads the changed vertex ranges; returns how many floors had changes. */
  flush(): number {
    let floors = 0;
    for (let f = 0; f < this.colours.length; f++) {
      if (this.dirtyMax[f] < 0) continue;
      const attribute = this.colours[f];
      attribute.clearUpdateRanges();
      attribute.addUpdateRange(this.dirtyMin[f] * 3, (this.dirtyMax[f] - this.dirtyMin[f] + 1) * 3);
      attribute.needsUpdate = true;
      this.dirtyMin[f] = 2 ** 30;
      this.dirtyMax[f] = -1;
      floors++;
    }
    return floors;
  }

  private writePattern(roomIndex: number, pattern: number): void {
    const ref = this.model.rooms[roomIndex];
    const attribute = this.patterns[ref.floorIndex];
    if (!attribute) return;
    const arrays = this.model.floors[ref.floorIndex].floorArrays;
    const start = arrays.vertexStart[ref.localIndex];
    (attribute.array as Float32Array).fill(pattern, start, start + arrays.vertexCount[ref.localIndex]);
    attribute.needsUpdate = true;
  }

  private paint(roomIndex: number): void {
    const ref = this.model.rooms[roomIndex];
    const f = ref.floorIndex;
    const attribute = this.colours[f];
    if (!attribute) return;
    const arrays = this.model.floors[f].floorArrays;
    const start = arrays.vertexStart[ref.localIndex];
    const end = start + arrays.vertexCount[ref.localIndex];
    const lighten = roomIndex === this.hovered ? HOVER_LIGHTEN : roomIndex === this.selected ? SELECT_LIGHTEN : 0;
    const o = roomIndex * 3;
    const r = this.base[o] + (1 - this.base[o]) * lighten;
    const g = this.base[o + 1] + (1 - this.base[o + 1]) * lighten;
    const b = this.base[o + 2] + (1 - this.base[o + 2]) * lighten;
    const array = attribute.array;
    if (array instanceof Uint8Array) {
      // 8-bit normalised colours (what the scene uses): round to the nearest step.
      const [r8, g8, b8] = [(r * 255 + 0.5) | 0, (g * 255 + 0.5) | 0, (b * 255 + 0.5) | 0];
      for (let v = start; v < end; v++) {
        array[v * 3] = r8;
        array[v * 3 + 1] = g8;
        array[v * 3 + 2] = b8;
      }
    } else {
      for (let v = start; v < end; v++) {
        array[v * 3] = r;
        array[v * 3 + 1] = g;
        array[v * 3 + 2] = b;
      }
    }
    if (start < this.dirtyMin[f]) this.dirtyMin[f] = start;
    if (end - 1 > this.dirtyMax[f]) this.dirtyMax[f] = end - 1;
  }
}
