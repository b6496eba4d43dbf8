import { z } from 'zod';
import type { ProblemPath } from '../../domain/problems';
import { SCENARIO_SCHEMA_VERSION, type CapacityChange, type Scenario } from './scenarioSchema';

/**
 * Scenario format version 1 (records of staff / bed changes and arrival factors). Still read: it is migrated
 * to the current version on load, entries in the order they appear.
 */
const capacityChange = z.union([
  z.object({ add: z.number().int('must be a whole number') }).strict(),
  z.object({ set: z.number().int('must be a whole number').nonnegative('must be ≥ 0') }).strict(),
], { error: 'must be { "add": n } or { "set": n }' });
const factor = z.number().nonnegative('must be ≥ 0');

export const scenarioV1Schema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('scenario', { error: 'kind must be "scenario"' }),
  id: z.string().min(1, 'must not be empty'),
  name: z.string().min(1),
  description: z.string().optional(),
  changes: z.object({
    staff: z.record(z.string(), capacityChange).optional(),
    beds: z.record(z.string(), capacityChange).optional(),
    arrivals: z.object({
      multiplier: factor.optional(),
      byClass: z.record(z.string(), factor).optional(),
      surges: z.array(z.object({ startDay: z.number().nonnegative(), endDay: z.number().positive(), factor })
        .refine((s) => s.startDay < s.endDay, { message: 'startDay must be before endDay', path: ['endDay'] })).optional(),
    }).strict().optional(),
  }).strict(),
});

export type ScenarioV1 = z.infer<typeof scenarioV1Schema>;

/** Migrated scenarios remember where their entries were in the version-1 file, so problems point there. */
const legacyPaths = new WeakMap<Scenario, (path: ProblemPath) => ProblemPath>();

/** A problem path in the file the scenario was read from (version 1 files have other paths). */
export function sourcePath(scenario: Scenario, path: ProblemPath): ProblemPath {
  return legacyPaths.get(scenario)?.(path) ?? path;
}

/**
 * Version 1 → current (`beds` entries may name any pool with a count: beds, rooms, equipment, servers).
 */
export function migrateV1(old: ScenarioV1): Scenario {
  const scenario: Scenario = { schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario', id: old.id, name: old.name };
  if (old.description !== undefined) scenario.description = old.description;
  const staff = Object.entries(old.changes.staff ?? {});
  if (staff.length > 0) scenario.staffing = staff.map(([resource, change]) => ({ resource, change: copy(change) }));
  const beds = Object.entries(old.changes.beds ?? {});
  if (beds.length > 0) scenario.beds = beds.map(([resource, change]) => ({ resource, change: copy(change) }));
  const arrivals = old.changes.arrivals;
  if (arrivals) {
    scenario.arrivals = {};
    if (arrivals.multiplier !== undefined) scenario.arrivals.multiplier = arrivals.multiplier;
    if (arrivals.byClass) scenario.arrivals.byClass = { ...arrivals.byClass };
    if (arrivals.surges) scenario.arrivals.surges = arrivals.surges.map((s) => ({ ...s }));
  }
  const staffIds = staff.map(([resource]) => resource);
  const bedIds = beds.map(([resource]) => resource);
  legacyPaths.set(scenario, (path) => {
    const [list, i, ...rest] = path;
    if (list === 'staffing' && typeof i === 'number') return ['changes', 'staff', staffIds[i], ...rest.filter((p) => p !== 'resource' && p !== 'change')];
    if (list === 'beds' && typeof i === 'number') return ['changes', 'beds', bedIds[i], ...rest.filter((p) => p !== 'resource' && p !== 'change')];
    if (list === 'arrivals') return ['changes', ...path];
    return path;
  });
  return scenario;
}

function copy(change: { add: number } | { set: number }): CapacityChange {
  return 'add' in change ? { add: change.add } : { set: change.set };
}
