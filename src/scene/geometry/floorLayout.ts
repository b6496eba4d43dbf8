import type { Floor } from '../../domain/schema';
import type { FloorMode } from '../../bridge/viewStore';

/** Where each floor sits (world Y of its finished floor) and whether it is drawn. */
export interface FloorPlacement {
  y: Float32Array;
  visible: Uint8Array;
}

/**
 * Extra gap between floors in the exploded view: enough to see most of a floor under the next one from
 * the oblique default camera (about 0.7 × the smaller plan dimension), between 8 and 40 m.
 */
export function explodeGap(footprintWidth: number, footprintDepth: number): number {
  return Math.min(40, Math.max(8, 0.7 * Math.min(footprintWidth, footprintDepth)));
}

/**
 * Floor placements for a floor mode. `floors` is in the scene's order (by ordinal). Stacked: the real
 * elevations. Exploded: elevations plus `gap` per level counted from the lowest floor. Isolated: only the
 * active floor, at its real elevation (so the camera does not have to travel).
 */
export function floorPlacements(
  floors: readonly Floor[],
  mode: FloorMode,
  activeIndex: number,
  gap: number,
): FloorPlacement {
  const y = new Float32Array(floors.length);
  const visible = new Uint8Array(floors.length);
  floors.forEach((floor, i) => {
    y[i] = floor.elevation + (mode === 'exploded' ? i * gap : 0);
    visible[i] = mode !== 'isolated' || i === activeIndex || activeIndex < 0 ? 1 : 0;
  });
  return { y, visible };
}

/** Moves `current` toward `target` by exponential smoothing; returns true while still moving. */
export function approach(current: Float32Array, target: Float32Array, dtSeconds: number, rate = 10): boolean {
  const k = 1 - Math.exp(-rate * Math.min(dtSeconds, 0.1));
  let moving = false;
  for (let i = 0; i < current.length; i++) {
    const d = target[i] - current[i];
    if (Math.abs(d) < 0.01) {
      current[i] = target[i];
    } else {
      current[i] += d * k;
      moving = true;
    }
  }
  return moving;
}
