import { z } from 'zod';
import { distributionSchema } from '../kernel/distributions';
import { rateProfileSchema } from '../kernel/arrivals';
import { EQUIPMENT_TYPES, ROOM_KINDS, STAFF_ROLES } from '../../domain/vocabulary';

/**
 * The operations model: how a hospital works, as data (models/operations/*.operations.json). It names
 * resources (staff, beds, rooms, equipment, plain servers), patient classes with their arrivals, and pathways
 * of steps that seize and release resources explicitly. Time is in MINUTES, arrival rates are per HOUR,
 * days of the week are 0 = Monday … 6 = Sunday. The TypeScript types are derived from this schema.
 */
export const OPERATIONS_SCHEMA_VERSION = 1;

const id = z.string().min(1, 'must not be empty')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may contain only letters, digits and . _ : - and must start with a letter or digit');
const count = z.number().int('must be a whole number').nonnegative('must be ≥ 0');
const dayOfWeek = z.number().int().min(0, 'days run 0 (Monday) to 6 (Sunday)').max(6, 'days run 0 (Monday) to 6 (Sunday)');
/** "HH:MM", 24-hour clock. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM" on a 24-hour clock');
/** Unlimited capacity (an M/G/∞ pool): null or "unlimited". */
const unlimited = z.union([z.null(), z.literal('unlimited')]);

export const shiftSchema = z.object({
  /** Start of the shift, "HH:MM". */
  start: timeOfDaySchema,
  /** End of the shift, "HH:MM"; at or before `start` means it ends the next day. */
  end: timeOfDaySchema,
  /** Staff on duty during the shift (shifts that overlap add up). */
  onDuty: count,
  /** Days on which the shift STARTS (0 = Monday … 6 = Sunday); every day when absent. */
  days: z.array(dayOfWeek).optional(),
});

const resourceBase = {
  id,
  name: z.string().optional(),
  /** Hospital unit this pool belongs to (groups charts; checked against the hospital when one is given). */
  unitId: id.optional(),
  /** Waiting order: by acuity then arrival time at the hospital (default), or first come first served. */
  queue: z.enum(['acuity', 'fifo']).optional(),
};

export const staffResourceSchema = z.object({
  ...resourceBase,
  kind: z.literal('staff'),
  role: z.enum(STAFF_ROLES).optional(),
  /** The hospital definition's staff pool this roster staffs. */
  staffPoolId: id.optional(),
  /** Constant number on duty (use `roster` instead for shifts). */
  capacity: count.optional(),
  /** Shift roster; the number on duty changes at shift boundaries (see the shift rule in model/roster.ts). */
  roster: z.array(shiftSchema).min(1, 'a roster needs at least one shift').optional(),
}).refine((r) => (r.capacity === undefined) !== (r.roster === undefined), {
  message: 'a staff pool needs exactly one of capacity or roster', path: ['capacity'],
});

/** Which physical beds of the hospital a bed pool uses (all conditions must hold; absent = any). */
export const bedMappingSchema = z.object({
  /** Beds in rooms of this unit. */
  unitId: id.optional(),
  /** Beds in rooms of these kinds. */
  roomKinds: z.array(z.enum(ROOM_KINDS)).optional(),
  /** Exactly these beds (by id). */
  bedIds: z.array(id).optional(),
  /** Beds carrying at least one of these tags. */
  tags: z.array(z.string()).optional(),
});

/**
 * Warm start: patients already in the pool at time 0, so a run needs no warm-up to reach steady occupancy.
 * Each initial patient holds one unit of the pool (and the step's own resources when free at time 0) and is
 * part-way through `step`, with the REMAINING time drawn from the equilibrium residual of the step's duration (see model/warmStart.ts);
 * afterwards it follows its pathway like any other patient.
 */
export const initialOccupancySchema = z.object({
  /** Fraction of the pool's capacity occupied at time 0 (0–1). */
  fraction: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  /** Or a number of occupied units. */
  count: count.optional(),
  /** Who the patients are: class and the step they are in (a step with a duration); weights need not sum to 1. */
  patients: z.array(z.object({ class: id, step: id, weight: z.number().positive('must be > 0').optional() })).min(1, 'name at least one class and step'),
}).refine((o) => (o.fraction === undefined) !== (o.count === undefined), {
  message: 'give exactly one of fraction or count', path: ['fraction'],
});

/** Nurse-to-patient ratio: staffed beds = min(open beds, floor(staff on duty × patientsPerStaff)). */
export const staffingRatioSchema = z.object({
  /** A staff resource of this model. */
  staff: id,
  patientsPerStaff: z.number().positive('must be > 0'),
});

export const bedResourceSchema = z.object({
  ...resourceBase,
  kind: z.literal('bed'),
  /** Number of beds; null or "unlimited" for no limit. With `beds` it overrides the mapped count (extra beds are virtual, fewer closes the rest). */
  capacity: z.union([count, unlimited]).optional(),
  beds: bedMappingSchema.optional(),
  /** Turnaround after a discharge (minutes); the bed is unavailable while it is cleaned. */
  cleaning: distributionSchema.optional(),
  staffedBy: staffingRatioSchema.optional(),
  initialOccupancy: initialOccupancySchema.optional(),
});

export const roomResourceSchema = z.object({
  ...resourceBase,
  kind: z.literal('room'),
  /** Number of rooms; with `rooms` it overrides the mapped count. */
  capacity: count.optional(),
  rooms: z.object({ unitId: id.optional(), roomKinds: z.array(z.enum(ROOM_KINDS)).optional(), roomIds: z.array(id).optional() }).optional(),
  cleaning: distributionSchema.optional(),
  initialOccupancy: initialOccupancySchema.optional(),
});

export const equipmentResourceSchema = z.object({
  ...resourceBase,
  kind: z.literal('equipment'),
  /** Number of items; with `equipment` it overrides the mapped count. */
  capacity: count.optional(),
  /** Which physical items: by type (in rooms of `unitId` when given) or by explicit ids. */
  equipment: z.object({ type: z.enum(EQUIPMENT_TYPES).optional(), unitId: id.optional(), equipmentIds: z.array(id).optional() }).optional(),
  cleaning: distributionSchema.optional(),
  /** Each item fails after `timeBetween` (calendar minutes) and is repaired in `repair` minutes. */
  failures: z.object({ timeBetween: distributionSchema, repair: distributionSchema }).optional(),
});

export const serverResourceSchema = z.object({
  ...resourceBase,
  kind: z.literal('server'),
  /** Number of identical servers; null or "unlimited" for no limit. */
  capacity: z.union([count, unlimited]),
});

export const resourceSchema = z.discriminatedUnion('kind', [
  staffResourceSchema, bedResourceSchema, roomResourceSchema, equipmentResourceSchema, serverResourceSchema,
], { error: 'kind must be one of: staff, bed, room, equipment, server' });

export const scheduledArrivalSchema = z.object({
  dayOfWeek,
  /** Time of day the patients arrive, "HH:MM". */
  time: timeOfDaySchema,
  /** Patients arriving at that time. */
  count: count,
});

export const patientClassSchema = z.object({
  id,
  name: z.string().optional(),
  /** 1 = most urgent (ESI 1) … larger = less urgent; queues serve lower acuity numbers first. */
  acuity: z.number().int().min(1).max(9),
  /** First pathway of these patients. */
  pathway: id,
  /** Emergency patients count in ED KPIs: door-to-provider wait, 4-hour target, left without being seen. */
  emergency: z.boolean().optional(),
  /** Random (Poisson) arrivals, per hour, optionally varying by hour of day / week. */
  arrivals: rateProfileSchema.optional(),
  /** Scheduled arrivals (e.g. elective surgery lists), repeated every week. */
  schedule: z.array(scheduledArrivalSchema).optional(),
  /** Total time (minutes) the patient is willing to wait in queues of steps marked `lwbs`, then leaves. */
  patience: distributionSchema.optional(),
}).refine((c) => c.arrivals !== undefined || c.schedule !== undefined, {
  message: 'a patient class needs arrivals or a schedule', path: ['arrivals'],
});

/** What happens when the resource is full: wait in its queue, leave (lost), be diverted, or overflow. */
export const seizeSchema = z.object({
  resource: id,
  onFull: z.enum(['wait', 'lost', 'divert', 'overflow']).optional(),
  /** For onFull "overflow": resources tried in order; if all are full the patient waits for whichever of `resource` and these frees first. */
  overflowTo: z.array(id).min(1).optional(),
  /** With onFull "wait": a patient finding this many already waiting is lost instead. */
  maxQueue: count.optional(),
}).refine((s) => (s.onFull === 'overflow') === (s.overflowTo !== undefined), {
  message: 'overflowTo is required with onFull "overflow" and only allowed with it', path: ['overflowTo'],
});

const target = z.union([id, z.literal('exit')]);

export const branchSchema = z.union([
  z.object({
    /** Routing probabilities; must sum to 1. */
    probabilities: z.array(z.object({ to: target, p: z.number().min(0).max(1) })).min(1),
  }).strict(),
  z.object({
    /** Route by patient class id. */
    byClass: z.record(z.string(), target),
    otherwise: target.optional(),
  }).strict(),
], { error: 'branch must be { probabilities: [{ to, p }] } or { byClass: { classId: stepId }, otherwise? }' });

export const STEP_ACTIVITIES = [
  'triage', 'registration', 'assessment', 'imaging', 'laboratory', 'treatment', 'surgery', 'recovery',
  'delivery', 'icu-stay', 'ward-stay', 'decision', 'discharge', 'service', 'other',
] as const;

export const stepSchema = z.object({
  /** Unique across the whole model; KPIs are reported per step id. */
  id,
  name: z.string().optional(),
  /** What kind of step this is (labels and charts). */
  activity: z.enum(STEP_ACTIVITIES).optional(),
  /** Resources seized in order before the activity starts (a string is { resource, onFull: "wait" }). */
  seize: z.array(z.union([id, seizeSchema])).optional(),
  /** Activity duration in minutes, after every seize is granted. */
  duration: distributionSchema.optional(),
  /** Per-class durations (e.g. lengths of stay); classes not listed use `duration`. */
  durationByClass: z.record(z.string(), distributionSchema).optional(),
  /** Released when the activity ends: resource ids (a seize that overflowed releases its overflow resource), or "all". */
  release: z.union([z.array(id), z.literal('all')]).optional(),
  /** Patients may leave without being seen while queueing here (uses the class's patience). */
  lwbs: z.boolean().optional(),
  /** Starting this activity is being seen by a clinician (door-to-provider time). */
  seen: z.boolean().optional(),
  /** The ED stay ends when this activity starts (4-hour target); otherwise at exit. */
  edDeparture: z.boolean().optional(),
  /** Waiting here while still holding one of these resources is boarding (e.g. an ED bay while waiting for a ward bed). */
  boardingFrom: z.union([id, z.array(id).min(1)]).optional(),
  /** Next step id or "exit"; default: the next step in the list (exit after the last). */
  next: target.optional(),
  branch: branchSchema.optional(),
}).refine((s) => s.next === undefined || s.branch === undefined, {
  message: 'a step has either next or branch, not both', path: ['branch'],
});

export const pathwaySchema = z.object({
  id,
  name: z.string().optional(),
  steps: z.array(stepSchema).min(1, 'a pathway needs at least one step'),
});

export const operationsSchema = z.object({
  schemaVersion: z.literal(OPERATIONS_SCHEMA_VERSION, { error: `schemaVersion must be ${OPERATIONS_SCHEMA_VERSION}` }),
  kind: z.literal('operations', { error: 'kind must be "operations"' }),
  id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** Id of the hospital definition whose beds, rooms, equipment and staff pools the resources map to. */
  hospital: id.optional(),
  /** Day of the week at simulated time 0 (0 = Monday). */
  startDayOfWeek: dayOfWeek.optional(),
  /** Targets for KPIs. */
  targets: z.object({
    /** ED length-of-stay target in minutes (default 240: the 4-hour target). */
    edMinutes: z.number().positive().optional(),
  }).optional(),
  resources: z.array(resourceSchema).min(1, 'a model needs at least one resource'),
  patientClasses: z.array(patientClassSchema).min(1, 'a model needs at least one patient class'),
  pathways: z.array(pathwaySchema).min(1, 'a model needs at least one pathway'),
});

export type Shift = z.infer<typeof shiftSchema>;
export type ResourceSpec = z.infer<typeof resourceSchema>;
export type BedResourceSpec = z.infer<typeof bedResourceSchema>;
export type InitialOccupancySpec = z.infer<typeof initialOccupancySchema>;
export type PatientClassSpec = z.infer<typeof patientClassSchema>;
export type SeizeSpec = z.infer<typeof seizeSchema>;
export type BranchSpec = z.infer<typeof branchSchema>;
export type StepSpec = z.infer<typeof stepSchema>;
export type PathwaySpec = z.infer<typeof pathwaySchema>;
export type Operations = z.infer<typeof operationsSchema>;
export type OperationsInput = z.input<typeof operationsSchema>;

/** Minutes since midnight of an "HH:MM" string (already validated). */
export function minutesOfDay(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
