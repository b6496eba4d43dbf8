/**
 * The floor-plate kit. A floor is one or more "wings" stacked north of each other; each wing is a racetrack
 * plate (default 90 m × 32.2 m), south to north:
 *
 *   outer band (7.5 m)  rooms with an exterior wall, doors onto the south corridor
 *   south corridor (2.6 m)
 *   core band (12 m)    west core | cross corridor | inner rows (6 m south + 6 m north) | cross corridor | east core
 *   north corridor (2.6 m)
 *   outer band (7.5 m)  doors onto the north corridor
 *
 * Each core holds two lifts and one stair (plus a services riser), at the same place on every floor, so lifts
 * and stairs line up vertically. Rooms are packed west to east as rectangles that share walls; leftover
 * frontage becomes stores and offices. With several wings a spine corridor on the west joins them.
 * All numbers are decimetres (see grid.ts).
 */
import type { Floor } from '../schema';
import type { HospitalDraft } from './draft';
import type { Rect } from './grid';
import { roomSpec, type Block, type RoomSpec } from './spec';

export const OUTER_DEPTH = 75;
export const CORRIDOR_WIDTH = 26;
export const INNER_DEPTH = 60;
export const LIFT_WIDTH = 32;
export const STAIR_WIDTH = 32;
export const CORE_WIDTH = LIFT_WIDTH + STAIR_WIDTH + CORRIDOR_WIDTH;
export const PLATE_DEPTH = 2 * OUTER_DEPTH + 2 * CORRIDOR_WIDTH + 2 * INNER_DEPTH;
export const COURTYARD = 100;
export const WING_PITCH = PLATE_DEPTH + COURTYARD;
export const DEFAULT_WING_WIDTH = 900;
/** Below this a leftover strip is added to the previous room instead of becoming a room of its own. */
const MIN_FILLER = 24;
const MAX_FILLER = 90;

export function innerRowWidth(wingWidth: number): number {
  return wingWidth - 2 * CORE_WIDTH;
}

/** Frontage a list of rooms needs, in decimetres. */
export function frontage(rooms: readonly RoomSpec[]): number {
  return rooms.reduce((sum, r) => sum + r.width, 0);
}

export interface WingPlan { south: Block[]; north: Block[] }

interface FloorContext { draft: HospitalDraft; floor: Floor; circulationUnitId: string; wingWidth: number }

export function layoutFloor(
  draft: HospitalDraft, floor: Floor, wings: readonly WingPlan[], wingWidth: number, circulationUnitId: string,
): void {
  const ctx: FloorContext = { draft, floor, circulationUnitId, wingWidth };
  if (wings.length > 1) {
    const spine = roomSpec(draft.ids.claim(`${floor.id}-spine`), `${floor.name} spine corridor`, circulationUnitId, 'corridor', CORRIDOR_WIDTH);
    draft.addRoom(spine, { x0: -CORRIDOR_WIDTH, y0: 0, x1: 0, y1: (wings.length - 1) * WING_PITCH + PLATE_DEPTH }, floor.id);
  }
  wings.forEach((wing, k) => layoutWing(ctx, wing, k * WING_PITCH, wings.length > 1 ? `${floor.id}-w${k + 1}` : floor.id));
}

function layoutWing(ctx: FloorContext, wing: WingPlan, base: number, prefix: string): void {
  const { draft, floor, circulationUnitId: circ, wingWidth: W } = ctx;
  const y = {
    southOuter: base,
    southCorridor: base + OUTER_DEPTH,
    core: base + OUTER_DEPTH + CORRIDOR_WIDTH,
    coreMid: base + OUTER_DEPTH + CORRIDOR_WIDTH + INNER_DEPTH,
    northCorridor: base + OUTER_DEPTH + CORRIDOR_WIDTH + 2 * INNER_DEPTH,
    northOuter: base + OUTER_DEPTH + 2 * CORRIDOR_WIDTH + 2 * INNER_DEPTH,
    top: base + PLATE_DEPTH,
  };
  const corridor = (slug: string, name: string, rect: Rect): string => {
    const id = draft.ids.claim(`${prefix}-corridor-${slug}`);
    draft.addRoom(roomSpec(id, `${floor.name} ${name} corridor`, circ, 'corridor', rect.x1 - rect.x0), rect, floor.id);
    return id;
  };
  const south = corridor('south', 'south', { x0: 0, y0: y.southCorridor, x1: W, y1: y.core });
  const north = corridor('north', 'north', { x0: 0, y0: y.northCorridor, x1: W, y1: y.northOuter });
  corridor('west', 'west cross', { x0: LIFT_WIDTH + STAIR_WIDTH, y0: y.core, x1: CORE_WIDTH, y1: y.northCorridor });
  corridor('east', 'east cross', { x0: W - CORE_WIDTH, y0: y.core, x1: W - LIFT_WIDTH - STAIR_WIDTH, y1: y.northCorridor });

  const core = (slug: string, name: string, kind: 'lift' | 'stairs' | 'plant', x0: number, width: number, half: 'south' | 'north'): void => {
    const id = draft.ids.claim(`${prefix}-${slug}`);
    const rect = half === 'south'
      ? { x0, y0: y.core, x1: x0 + width, y1: y.coreMid }
      : { x0, y0: y.coreMid, x1: x0 + width, y1: y.northCorridor };
    draft.addRoom(roomSpec(id, name, circ, kind, width), rect, floor.id,
      half === 'south' ? { side: 'south', toRoomId: south } : { side: 'north', toRoomId: north });
  };
  core('lift-1', 'Lift 1', 'lift', 0, LIFT_WIDTH, 'south');
  core('lift-2', 'Lift 2', 'lift', 0, LIFT_WIDTH, 'north');
  core('stairs-a', 'Stairs A', 'stairs', LIFT_WIDTH, STAIR_WIDTH, 'south');
  core('riser-a', 'Services riser A', 'plant', LIFT_WIDTH, STAIR_WIDTH, 'north');
  core('stairs-b', 'Stairs B', 'stairs', W - LIFT_WIDTH - STAIR_WIDTH, STAIR_WIDTH, 'south');
  core('riser-b', 'Services riser B', 'plant', W - LIFT_WIDTH - STAIR_WIDTH, STAIR_WIDTH, 'north');
  core('lift-3', 'Lift 3', 'lift', W - LIFT_WIDTH, LIFT_WIDTH, 'south');
  core('lift-4', 'Lift 4', 'lift', W - LIFT_WIDTH, LIFT_WIDTH, 'north');

  const row = (blocks: readonly Block[], part: 'outer' | 'inner', x0: number, x1: number, y0: number, y1: number, door: 'north' | 'south', to: string): void => {
    const specs = blocks.flatMap((b) => b[part]);
    const fillUnit = [...blocks].reverse().find((b) => b[part].length > 0)?.units[0]?.id ?? blocks[0]?.units[0]?.id ?? circ;
    let x = x0;
    for (const spec of withFillers(ctx, specs, x1 - x0, fillUnit, `${floor.name} ${door === 'north' ? 'south' : 'north'} ${part}`)) {
      ctx.draft.addRoom(spec, { x0: x, y0, x1: x + spec.width, y1 }, floor.id, { side: door, toRoomId: to });
      x += spec.width;
    }
  };
  for (const block of [...wing.south, ...wing.north]) draft.addBlockMembers(block);
  row(wing.south, 'outer', 0, W, y.southOuter, y.southCorridor, 'north', south);
  row(wing.south, 'inner', CORE_WIDTH, W - CORE_WIDTH, y.core, y.coreMid, 'south', south);
  row(wing.north, 'inner', CORE_WIDTH, W - CORE_WIDTH, y.coreMid, y.northCorridor, 'north', north);
  row(wing.north, 'outer', 0, W, y.northOuter, y.top, 'south', north);
}

const FILLERS = [
  { kind: 'store', name: 'Store' },
  { kind: 'office', name: 'Office' },
  { kind: 'utility', name: 'Utility room' },
] as const;

/** The rooms plus stores/offices that take up the leftover frontage exactly. */
function withFillers(ctx: FloorContext, specs: readonly RoomSpec[], available: number, unitId: string, where: string): RoomSpec[] {
  const used = frontage(specs);
  if (used > available) {
    throw new Error(`${where}: rooms need ${used / 10} m of frontage but only ${available / 10} m is available`);
  }
  const out = [...specs];
  const gap = available - used;
  if (gap === 0) return out;
  if (gap < MIN_FILLER && out.length > 0) {
    const last = out[out.length - 1];
    out[out.length - 1] = { ...last, width: last.width + gap };
    return out;
  }
  const pieces = Math.ceil(gap / MAX_FILLER);
  const base = Math.floor(gap / pieces);
  for (let i = 0; i < pieces; i++) {
    const width = base + (i < gap - base * pieces ? 1 : 0);
    const filler = FILLERS[i % FILLERS.length];
    out.push(roomSpec(ctx.draft.ids.next(`${unitId}-${filler.kind}`), filler.name, unitId, filler.kind, width));
  }
  return out;
}
