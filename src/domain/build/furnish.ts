/**
 * Places beds and equipment inside a rectangular room, on the decimetre grid, well clear of the walls:
 * beds spread evenly along the room's width at mid-depth, bedside equipment beside each bed, free-standing
 * equipment at the centre (when there is no bed) and then on a 0.8 m grid from a corner.
 */
import type { Bed, Equipment } from '../schema';
import { clamp, type Rect, toPoint } from './grid';
import type { RoomSpec } from './spec';

/** Nothing is placed closer than this to a wall (decimetres). */
export const WALL_CLEARANCE = 4;
const BEDSIDE_OFFSET = 9;
const BEDSIDE_STEP = 6;
const FREE_MARGIN = 6;
const FREE_STEP = 8;

export function furnishRoom(spec: RoomSpec, rect: Rect): { beds: Bed[]; equipment: Equipment[] } {
  const beds: Bed[] = [];
  const equipment: Equipment[] = [];
  const width = rect.x1 - rect.x0;
  const midY = Math.round((rect.y0 + rect.y1) / 2);
  const inside = (x: number, y: number): [number, number] => [
    clamp(x, rect.x0 + WALL_CLEARANCE, rect.x1 - WALL_CLEARANCE),
    clamp(y, rect.y0 + WALL_CLEARANCE, rect.y1 - WALL_CLEARANCE),
  ];

  const count = spec.beds.length;
  spec.beds.forEach((bedSpec, i) => {
    const [bx, by] = inside(rect.x0 + Math.round((width * (2 * i + 1)) / (2 * count)), midY);
    const bed: Bed = { id: bedSpec.id, roomId: spec.id, position: toPoint(bx, by), rotation: 90, label: bedSpec.label };
    if (bedSpec.tags && bedSpec.tags.length > 0) bed.tags = bedSpec.tags;
    beds.push(bed);
    bedSpec.equipment.forEach((item, j) => {
      const side = j % 2 === 0 ? 1 : -1;
      const [ex, ey] = inside(bx + side * BEDSIDE_OFFSET, by - 3 + Math.floor(j / 2) * BEDSIDE_STEP);
      equipment.push(withLabel({ id: item.id, type: item.type, roomId: spec.id, position: toPoint(ex, ey) }, item.label));
    });
  });

  const cols = Math.max(1, Math.floor((width - 2 * FREE_MARGIN) / FREE_STEP) + 1);
  spec.equipment.forEach((item, k) => {
    let x: number;
    let y: number;
    if (count === 0 && k === 0) {
      x = Math.round((rect.x0 + rect.x1) / 2);
      y = midY;
    } else {
      const n = count === 0 ? k - 1 : k;
      x = rect.x0 + FREE_MARGIN + (n % cols) * FREE_STEP;
      y = rect.y0 + FREE_MARGIN + Math.floor(n / cols) * FREE_STEP;
    }
    const [ex, ey] = inside(x, y);
    equipment.push(withLabel({ id: item.id, type: item.type, roomId: spec.id, position: toPoint(ex, ey) }, item.label));
  });
  return { beds, equipment };
}

function withLabel(item: Equipment, label: string | undefined): Equipment {
  return label === undefined ? item : { ...item, label };
}
