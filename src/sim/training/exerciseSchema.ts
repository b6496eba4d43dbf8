import { z } from 'zod';
import { EQUIPMENT_TYPES, STAFF_ROLES } from '../../domain/vocabulary';
import { timeOfDaySchema } from '../model/operationsSchema';
import { KPI_NAMES } from '../run/kpis';
import { BED_CHANGE_REASONS, capacityChangeSchema, scenarioSchema } from '../scenario/scenarioSchema';

/**
 * A training exercise (models/exercises/<id>.exercise.json): a start state, timed injects with narration, and
 * decision points whose options change the RUNNING simulation from the moment they are taken.
 *
 * Effects (of injects and options) are scenario deltas whose times are RELATIVE to the moment the step happens
 * (afterHours: delay, forHours: duration; no forHours = until the end of the exercise). Only changes that
 * act from a moment on are allowed (staff, beds, equipment, arrival surges, incidents): a change of length of
 * stay or of a policy would rewrite what the trainees have already seen. composeExercise turns the start
 * state, the injects and the decisions taken into one scenario (version 2) with absolute times.
 */
export const EXERCISE_SCHEMA_VERSION = 1;

const id = z.string().min(1, 'must not be empty')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'may contain only letters, digits and . _ - and must start with a letter or digit');
const refId = z.string().min(1, 'must not be empty');
const text = z.string().min(1, 'must not be empty');
const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

const timing = {
  afterHours: z.number().nonnegative('must be ≥ 0').optional().describe('Starts this many hours after the step (default 0: at once)'),
  forHours: z.number().positive('must be > 0').optional().describe('Lasts this many hours (default: until the end of the exercise)'),
};

/** Beds and equipment in a time window accept only { add: n } (see the scenario format). */
const addOnly = z.object({ add: z.number().int('must be a whole number') }).strict()
  .describe('Beds or items added (negative removes) for the duration of the effect');

export const effectStaffingSchema = z.object({
  resource: refId.optional(), unit: refId.optional(), role: z.enum(STAFF_ROLES).optional(),
  shifts: z.array(timeOfDaySchema).min(1).optional(),
  change: capacityChangeSchema,
  ...timing,
  note: z.string().optional(),
}).strict().refine((s) => s.resource !== undefined || s.unit !== undefined || s.role !== undefined, { message: 'name a resource, a unit or a role', path: [] });

export const effectBedsSchema = z.object({
  resource: refId.optional(), unit: refId.optional(),
  change: addOnly,
  ...timing,
  reason: z.enum(BED_CHANGE_REASONS).optional(),
}).strict().refine((s) => s.resource !== undefined || s.unit !== undefined, { message: 'name a resource or a unit', path: [] });

export const effectEquipmentSchema = z.object({
  resource: refId.optional(), type: z.enum(EQUIPMENT_TYPES).optional(), unit: refId.optional(),
  change: addOnly,
  ...timing,
  reason: z.enum(['outage', 'added', 'other']).optional(),
}).strict().refine((s) => s.resource !== undefined || s.type !== undefined || s.unit !== undefined, { message: 'name a resource, a type or a unit', path: [] });

export const effectSurgeSchema = z.object({
  factor: z.number().nonnegative('must be ≥ 0').describe('Arrival-rate factor (0.6 = 40 % fewer, e.g. ambulances diverted)'),
  classes: z.array(refId).min(1).optional(),
  ...timing,
}).strict();

export const effectIncidentSchema = z.object({
  id,
  name: z.string().optional(),
  afterHours: timing.afterHours,
  patients: z.number().int('must be a whole number').min(1, 'must be ≥ 1'),
  overHours: z.number().positive('must be > 0'),
  acuityMix: z.record(z.string(), z.number().nonnegative('must be ≥ 0')),
  icuShare: share.optional(),
  ventilatedShare: share.optional(),
}).strict();

export const effectSchema = z.object({
  staffing: z.array(effectStaffingSchema).optional(),
  beds: z.array(effectBedsSchema).optional(),
  equipment: z.array(effectEquipmentSchema).optional(),
  surges: z.array(effectSurgeSchema).optional(),
  incidents: z.array(effectIncidentSchema).optional(),
}).strict().describe('What changes, from the moment the step happens');

/** When a step happens: a time of day, on the day of the start (day 0) or a later day. */
const when = {
  day: z.number().int('must be a whole number').nonnegative('must be ≥ 0').optional().describe('Days after the start date (default 0)'),
  at: timeOfDaySchema.describe('Clock time "HH:MM"'),
};

export const injectSchema = z.object({
  kind: z.literal('inject'),
  id,
  ...when,
  title: text,
  narration: text,
  effect: effectSchema.optional(),
}).strict();

export const optionSchema = z.object({
  id,
  label: text,
  description: z.string().optional(),
  effect: effectSchema.optional().describe('No effect: the "no action" option'),
}).strict();

export const decisionSchema = z.object({
  kind: z.literal('decision'),
  id,
  ...when,
  title: text,
  narration: text.describe('The situation and the question put to the trainees'),
  options: z.array(optionSchema).min(2, 'give at least two options'),
}).strict();

export const stepSchema = z.discriminatedUnion('kind', [injectSchema, decisionSchema], {
  error: 'kind must be "inject" or "decision"',
});

/** The start state: a scenario delta over the hospital's operations for the whole exercise (no id or name needed). */
export const startScenarioSchema = scenarioSchema.omit({ schemaVersion: true, kind: true, id: true, name: true });

export const exerciseSchema = z.object({
  schemaVersion: z.literal(EXERCISE_SCHEMA_VERSION, { error: `schemaVersion must be ${EXERCISE_SCHEMA_VERSION}` }),
  kind: z.literal('exercise', { error: 'kind must be "exercise"' }),
  id,
  name: text,
  description: z.string().optional(),
  hospital: refId.describe('Id of the hospital the exercise is written for (models/<id>.json)'),
  start: z.object({
    dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'must be a local date and time "YYYY-MM-DDTHH:MM"')
      .describe('Clock time when the exercise starts'),
    hours: z.number().positive('must be > 0').max(24 * 14, 'must be at most 336 hours (two weeks)').describe('Simulated length of the exercise, in hours'),
    warmupDays: z.number().int('must be a whole number').nonnegative('must be ≥ 0').max(28, 'must be at most 28').default(0)
      .describe('Whole days simulated before the start day and not shown (the run starts at midnight, so the model\'s clock matches)'),
    replications: z.number().int('must be a whole number').min(2, 'must be at least 2').max(200, 'must be at most 200').default(20),
    seed: z.number().int('must be a whole number').nonnegative('must be ≥ 0').default(2026),
    narration: text.describe('What the facilitator reads out at the start'),
    scenario: startScenarioSchema.optional().describe('The state of the hospital for the whole exercise (e.g. staff off sick)'),
  }).strict(),
  steps: z.array(stepSchema).min(1, 'give at least one inject or decision'),
  debrief: z.object({
    objective: z.array(z.object({
      kpi: z.enum(KPI_NAMES),
      weight: z.number().refine((w) => w !== 0, 'must not be 0')
        .describe('Weight per unit of the KPI; negative counts against fewer (e.g. edArrivals −2: each patient diverted elsewhere costs 2)'),
    }).strict()).min(1, 'name at least one KPI').describe('What "best" means: the weighted sum of these KPIs, lower is better'),
    kpis: z.array(z.enum(KPI_NAMES)).min(1).describe('KPIs shown in the debrief, in this order'),
    notes: z.string().optional(),
  }).strict(),
}).strict();

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;
export type ExerciseStep = z.infer<typeof stepSchema>;
export type ExerciseInject = z.infer<typeof injectSchema>;
export type ExerciseDecision = z.infer<typeof decisionSchema>;
export type ExerciseOption = z.infer<typeof optionSchema>;
export type ExerciseEffect = z.infer<typeof effectSchema>;
