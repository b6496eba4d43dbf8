import type { BufferAttribute, Color } from 'three';

/**
 * Per-instance colours of one InstancedMesh (beds, or one equipment type): a base colour per instance (its
 * simulated state, or the default) plus one transient highlight (hover). Writes touch only the changed
 * instances and widen a dirty range; flush() uploads just that range. Nothing is re-created.
 */
export class InstanceColours {
  /** Linear rgb per instance, 3 floats each. */
  readonly base: Float32Array;
  private highlighted = -1;
  private readonly highlight = new Float32Array(3);
  private dirtyMin = 2 ** 30;
  private dirtyMax = -1;

  constructor(
    private readonly attribute: BufferAttribute,
    private readonly defaultColour: Color,
  ) {
    this.base = new Float32Array(attribute.count * 3);
    this.resetAll();
  }

  get count(): number {
    return this.attribute.count;
  }

  /** Sets instance i's base colour (linear rgb); no-op when unchanged. */
  setBase(i: number, r: number, g: number, b: number): void {
    const o = i * 3;
    if (this.base[o] === r && this.base[o + 1] === g && this.base[o + 2] === b) return;
    this.base[o] = r;
    this.base[o + 1] = g;
    this.base[o + 2] = b;
    if (i !== this.highlighted) this.write(i, r, g, b);
  }

  /** Every instance back to the default colour (no simulation state shown). */
  resetAll(): void {
    const { r, g, b } = this.defaultColour;
    for (let i = 0; i < this.attribute.count; i++) {
      this.base[i * 3] = r;
      this.base[i * 3 + 1] = g;
      this.base[i * 3 + 2] = b;
      if (i !== this.highlighted) this.write(i, r, g, b);
    }
  }

  /** Highlights instance i with a linear colour (or clears the highlight with i = -1). */
  setHighlight(i: number, colour: Color | null): void {
    const previous = this.highlighted;
    this.highlighted = colour ? i : -1;
    if (previous >= 0 && previous !== this.highlighted) this.write(previous, this.base[previous * 3], this.base[previous * 3 + 1], this.base[previous * 3 + 2]);
    if (colour && i >= 0) {
      this.highlight[0] = colour.r; this.highlight[1] = colour.g; this.highlight[2] = colour.b;
      this.write(i, colour.r, colour.g, colour.b);
    }
  }

  /** Uploads the changed range; returns whether anything changed. */
  flush(): boolean {
    if (this.dirtyMax < 0) return false;
    this.attribute.clearUpdateRanges();
    this.attribute.addUpdateRange(this.dirtyMin * 3, (this.dirtyMax - this.dirtyMin + 1) * 3);
    this.attribute.needsUpdate = true;
    this.dirtyMin = 2 ** 30;
    this.dirtyMax = -1;
    return true;
  }

  private write(i: number, r: number, g: number, b: number): void {
    const array = this.attribute.array;
    if (array instanceof Uint8Array) {
      array[i * 3] = (r * 255 + 0.5) | 0;
      array[i * 3 + 1] = (g * 255 + 0.5) | 0;
      array[i * 3 + 2] = (b * 255 + 0.5) | 0;
    } else {
      array[i * 3] = r;
      array[i * 3 + 1] = g;
      array[i * 3 + 2] = b;
    }
    if (i < this.dirtyMin) this.dirtyMin = i;
    if (i > this.dirtyMax) this.dirtyMax = i;
  }
}
