import { z } from 'zod';

/**
 * A minimal scenario: deltas applied to a compiled operations model (not to the hospital definition).
 * `staff` and `beds` change a resource's capacity (`add` n to every shift / to the bed count, or `set` it);
 * `arrivals` scales arrival rates globally, per class, and in time windows (surges, in days from the start).
 */
export const SCENARIO_SCHEMA_VERSION = 1;

const id = z.string().min(1, 'must not be empty');
const capacityChange = z.union([
  z.object({ add: z.number().int('must be a whole number') }).strict(),
  z.object({ set: z.number().int('must be a whole number').nonnegative('must be ≥ 0') }).strict(),
], { error: 'must be { "add": n } or { "set": n }' });
const factor = z.number().nonnegative('must be ≥ 0');

export const scenarioSchema = z.object({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION, { error: `schemaVersion must be ${SCENARIO_SCHEMA_VERSION}` }),
  kind: z.literal('scenario', { error: 'kind must be "scenario"' }),
  id,
  name: z.string().min(1),
  description: z.string().optional(),
  changes: z.object({
    /** Staff resource id → change of the number on duty (applied to every shift of its roster). */
    staff: z.record(z.string(), capacityChange).optional(),
    /** Bed, room, equipment or server resource id → change of its capacity. */
    beds: z.record(z.string(), capacityChange).optional(),
    arrivals: z.object({
      /** Factor on every class's arrival rate (scheduled counts are scaled and rounded). */
      multiplier: factor.optional(),
      /** Patient class id → factor. */
      byClass: z.record(z.string(), factor).optional(),
      /** Extra factor between two times, in days from the start of the run (fractions allowed). */
      surges: z.array(z.object({ startDay: z.number().nonnegative(), endDay: z.number().positive(), factor })
        .refine((s) => s.startDay < s.endDay, { message: 'startDay must be before endDay', path: ['endDay'] })).optional(),
    }).strict().optional(),
  }).strict(),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type CapacityChange = z.infer<typeof capacityChange>;
