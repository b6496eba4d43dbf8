import type { Hospital } from '../../domain/schema';
import type { WallGroup } from '../../domain/wallConfig';
import type { CatalogueResource } from '../../protocol/kpi/resourceCatalogue';
import type { ExperimentResult } from '../../sim';

/** Group ids with a translated name (wall:group.<id>); other groups show their own `name` or their id. */
export const NAMED_GROUPS = ['ed', 'icu', 'wards', 'step-down', 'maternity'] as const;

/** A KPI tile's units, resolved against the hospital on screen. */
export interface ResolvedGroup {
  id: string;
  /** The config's own name, if it gives one. */
  name: string | null;
  unitIds: string[];
  /** Has emergency units: the "ED patients waiting" limit applies to its queue. */
  emergency: boolean;
  /** A single unit: its own threshold overrides (byUnit) apply. */
  unitId: string | null;
}

/** The groups whose units exist in this hospital, in config order (a group without units is left out). */
export function resolveGroups(groups: readonly WallGroup[], hospital: Hospital): ResolvedGroup[] {
  const out: ResolvedGroup[] = [];
  for (const g of groups) {
    const kinds = g.unitKinds as readonly string[] | undefined;
    const units = hospital.units.filter((u) => (kinds ? kinds.includes(u.kind) : g.unitIds?.includes(u.id)));
    if (units.length === 0) continue;
    out.push({
      id: g.id, name: g.name ?? null, unitIds: units.map((u) => u.id),
      emergency: units.some((u) => u.kind === 'emergency'), unitId: units.length === 1 ? units[0].id : null,
    });
  }
  return out;
}

/** One group per unit of the given groups (for the tour, which pauses on a single unit). */
export function unitGroups(groups: readonly ResolvedGroup[], hospital: Hospital): ResolvedGroup[] {
  const seen = new Set<string>();
  const out: ResolvedGroup[] = [];
  for (const g of groups) {
    for (const unitId of g.unitIds) {
      if (seen.has(unitId)) continue;
      seen.add(unitId);
      const unit = hospital.units.find((u) => u.id === unitId);
      out.push({ id: unitId, name: unit?.name ?? unitId, unitIds: [unitId], emergency: unit?.kind === 'emergency', unitId });
    }
  }
  return out;
}

/**
 * Staffed places per unit: Σ over its bed and room pools of the places open and staffed (time-weighted mean
 * over the run), as the planner's census tiles count them. Occupancy % = census ÷ this.
 */
export function unitCapacities(result: Pick<ExperimentResult, 'resources'>, resources: readonly CatalogueResource[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of resources) {
    if ((r.kind !== 'bed' && r.kind !== 'room') || r.unitId === null) continue;
    const summary = result.resources[r.id];
    if (!summary) continue;
    out.set(r.unitId, (out.get(r.unitId) ?? 0) + summary.onDutyMean.mean);
  }
  return out;
}

/** The floors of the tour in order: "all" = every floor from the lowest up. */
export function tourFloorIds(floors: 'all' | readonly string[], hospital: Hospital): string[] {
  if (floors !== 'all') return floors.filter((f) => hospital.floors.some((h) => h.id === f));
  return [...hospital.floors].sort((a, b) => a.ordinal - b.ordinal).map((f) => f.id);
}

/** Rooms of a unit on one floor (what the camera frames when it pauses on the unit). */
export function unitRoomsOnFloor(hospital: Hospital, unitId: string, floorId: string): string[] {
  return hospital.rooms.filter((r) => r.unitId === unitId && r.floorId === floorId).map((r) => r.id);
}
