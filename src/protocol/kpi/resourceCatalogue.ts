import { z } from 'zod';

/**
 * What the KPI tiles need to know about the operations model's resource pools (the ExperimentResult names
 * pools by id only): their kind, unit, equipment type and nurse ratio. Read from the operations JSON.
 */
export interface CatalogueResource {
  id: string;
  kind: 'staff' | 'bed' | 'room' | 'equipment' | 'server';
  unitId: string | null;
  /** Equipment pools: the mapped equipment type (e.g. "ventilator"), when the model names one. */
  equipmentType: string | null;
  /** Bed pools staffed at a ratio: the staff pool and patients per staff member. */
  staffedBy: { staff: string; patientsPerStaff: number } | null;
}

const looseResource = z.object({
  id: z.string(),
  kind: z.enum(['staff', 'bed', 'room', 'equipment', 'server']),
  unitId: z.string().optional(),
  equipment: z.object({ type: z.string().optional() }).optional(),
  staffedBy: z.object({ staff: z.string(), patientsPerStaff: z.number().positive() }).optional(),
});
const looseOperations = z.object({ resources: z.array(z.unknown()) });

/** The pools of an operations model; malformed entries are skipped (the worker reports them properly). */
export function catalogueFromOperations(json: unknown): CatalogueResource[] {
  const parsed = looseOperations.safeParse(json);
  if (!parsed.success) return [];
  const out: CatalogueResource[] = [];
  for (const raw of parsed.data.resources) {
    const r = looseResource.safeParse(raw);
    if (!r.success) continue;
    out.push({
      id: r.data.id, kind: r.data.kind, unitId: r.data.unitId ?? null,
      equipmentType: r.data.equipment?.type ?? null, staffedBy: r.data.staffedBy ?? null,
    });
  }
  return out;
}
