/** Turns a list of floors with their wing plans into a Hospital, through one draft (one id namespace). */
import type { Floor, Hospital } from '../schema';
import { HospitalDraft } from './draft';
import { toMetres } from './grid';
import { layoutFloor, type WingPlan } from './plate';

/** Floor-to-floor height in decimetres (4.2 m). */
export const FLOOR_HEIGHT = 42;
export const CIRCULATION_UNIT_ID = 'circulation';

export function floorName(ordinal: number): string {
  if (ordinal === 0) return 'Ground floor';
  return ordinal < 0 ? `Basement ${-ordinal}` : `Level ${ordinal}`;
}

export function floorId(ordinal: number): string {
  return ordinal < 0 ? `b${-ordinal}` : `f${ordinal}`;
}

/** Starts a draft with the circulation unit that owns corridors, lifts and stairs. */
export function startDraft(): HospitalDraft {
  const draft = new HospitalDraft();
  draft.addUnit({ id: CIRCULATION_UNIT_ID, name: 'Corridors, lifts and stairs', kind: 'circulation', code: 'CIRC' });
  return draft;
}

export interface FloorPlan { ordinal: number; wings: WingPlan[] }

export function assembleHospital(
  draft: HospitalDraft,
  meta: Pick<Hospital, 'id' | 'name' | 'description' | 'location'>,
  floors: readonly FloorPlan[],
  wingWidth: number,
): Hospital {
  for (const plan of floors) {
    const floor: Floor = {
      id: floorId(plan.ordinal), name: floorName(plan.ordinal), ordinal: plan.ordinal,
      elevation: toMetres(plan.ordinal * FLOOR_HEIGHT), height: toMetres(FLOOR_HEIGHT),
    };
    draft.addFloor(floor);
    layoutFloor(draft, floor, plan.wings, wingWidth, CIRCULATION_UNIT_ID);
  }
  return draft.finish(meta);
}
