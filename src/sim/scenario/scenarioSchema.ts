import { z } from 'zod';
import { EQUIPMENT_TYPES, STAFF_ROLES } from '../../domain/vocabulary';
import { STEP_ACTIVITIES, timeOfDaySchema } from '../model/operationsSchema';

/**
 * A what-if scenario: a named, schema-versioned DELTA over an operations model (never a copy of it).
 * Every list is applied in order, so later entries see the effect of earlier ones (see composeScenarios).
 * Times are in DAYS from the start of the run (warm-up included), fractions being times of day: 2.5 = day 2 at
 * 12:00. Types are derived from this schema; `.describe()` texts are the editor's help texts.
 */
export const SCENARIO_SCHEMA_VERSION = 2;

const id = z.string().min(1, 'must not be empty')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'may contain only letters, digits and . _ - and must start with a letter or digit');
const refId = z.string().min(1, 'must not be empty');
const factor = z.number().nonnegative('must be ≥ 0');
const share = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');

export const capacityChangeSchema = z.union([
  z.object({ add: z.number().int('must be a whole number').describe('Add this many (negative removes)') }).strict(),
  z.object({ set: z.number().int('must be a whole number').nonnegative('must be ≥ 0').describe('Set to exactly this many') }).strict(),
  z.object({ factor: factor.describe('Multiply by this factor (0.8 = −20%), rounded to whole people / beds') }).strict(),
], { error: 'must be { "add": n }, { "set": n } or { "factor": f }' })
  .describe('How the count changes: { add: n } (negative removes), { set: n } or { factor: f }');

export const timeWindowSchema = z.object({
  startDay: z.number().nonnegative('must be ≥ 0').describe('Start, in days from the start of the run (2.5 = day 2 at 12:00)'),
  endDay: z.number().positive('must be > 0').describe('End (not included), in days from the start of the run'),
}).strict().refine((w) => w.startDay < w.endDay, { message: 'endDay must be after startDay', path: ['endDay'] })
  .describe('A time window; without one the change lasts the whole run');

export const staffingChangeSchema = z.object({
  resource: refId.optional().describe('Staff pool of the model (e.g. "icu-nurses"); or select by unit and role'),
  unit: refId.optional().describe('Every staff pool of this hospital unit'),
  role: z.enum(STAFF_ROLES).optional().describe('Every staff pool with this role (with unit: of that unit)'),
  shifts: z.array(timeOfDaySchema).min(1).optional().describe('Only the roster shifts starting at these times ("07:00"); default every shift'),
  change: capacityChangeSchema,
  window: timeWindowSchema.optional(),
  note: z.string().optional().describe('Why (shown in lists)'),
}).strict().refine((s) => s.resource !== undefined || s.unit !== undefined || s.role !== undefined, {
  message: 'name a resource, a unit or a role', path: [],
}).describe('Staff on duty per pool, unit, role and shift');

export const ratioChangeSchema = z.object({
  resource: refId.optional().describe('Bed pool staffed by ratio (e.g. "icu-beds")'),
  unit: refId.optional().describe('Every ratio-staffed bed pool of this unit'),
  patientsPerStaff: z.number().positive('must be > 0').describe('Patients per staff member on duty (2 = one nurse for two patients)'),
}).strict().refine((s) => s.resource !== undefined || s.unit !== undefined, { message: 'name a resource or a unit', path: [] })
  .describe('Nurse-to-patient ratio of bed pools');

export const BED_CHANGE_REASONS = ['surge', 'closure', 'isolation', 'other'] as const;

export const bedChangeSchema = z.object({
  resource: refId.optional().describe('Bed or room pool (e.g. "icu-beds")'),
  unit: refId.optional().describe('Every bed pool of this hospital unit'),
  change: capacityChangeSchema,
  window: timeWindowSchema.optional(),
  reason: z.enum(BED_CHANGE_REASONS).optional().describe('surge beds, closure or isolation (labels only)'),
}).strict().refine((s) => s.resource !== undefined || s.unit !== undefined, { message: 'name a resource or a unit', path: [] })
  .describe('Beds opened or closed');

export const equipmentChangeSchema = z.object({
  resource: refId.optional().describe('Equipment pool (e.g. "ventilators")'),
  type: z.enum(EQUIPMENT_TYPES).optional().describe('Every equipment pool of this type'),
  unit: refId.optional().describe('Only pools of this unit'),
  change: capacityChangeSchema,
  window: timeWindowSchema.optional().describe('For an outage: when the items are out of service'),
  reason: z.enum(['outage', 'added', 'other']).optional().describe('outage or extra equipment (labels only)'),
}).strict().refine((s) => s.resource !== undefined || s.type !== undefined || s.unit !== undefined, {
  message: 'name a resource, a type or a unit', path: [],
}).describe('Equipment counts, and outages over a time window');

export const surgeSchema = z.object({
  startDay: z.number().nonnegative('must be ≥ 0').describe('Start, in days from the start of the run'),
  endDay: z.number().positive('must be > 0').describe('End (not included), in days from the start of the run'),
  factor: factor.describe('Arrival-rate factor within the window (1.3 = +30%)'),
  classes: z.array(refId).min(1).optional().describe('Only these patient classes; default every class'),
}).strict().refine((s) => s.startDay < s.endDay, { message: 'endDay must be after startDay', path: ['endDay'] })
  .describe('A step change of arrival rates in a time window');

export const seasonalSchema = z.object({
  startMonth: z.number().int().min(1, 'months run 1 (January) to 12').max(12, 'months run 1 (January) to 12')
    .describe('Calendar month of day 0 of the run (1 = January)'),
  monthly: z.array(factor).length(12, 'give 12 factors, January first').describe('Arrival-rate factor per calendar month, January first'),
  classes: z.array(refId).min(1).optional().describe('Only these patient classes; default every class'),
}).strict().describe('A seasonal profile: a factor per calendar month (a month is 30.44 days)');

const routingShares = {
  icuShare: share.optional().describe('Share of these patients sent to ICU at their ED disposition (0–1)'),
  ventilatedShare: share.optional().describe('Share of their ICU patients who need a ventilator (0–1)'),
};

export const waveSchema = z.object({
  id: id.describe('Short id; the extra patients are classes "<class>.<id>"'),
  name: z.string().optional(),
  startDay: z.number().nonnegative('must be ≥ 0').describe('First day of the wave, in days from the start of the run'),
  peakWeek: z.number().positive('must be > 0').describe('Weeks from the start of the wave to its peak'),
  durationWeeks: z.number().positive('must be > 0').describe('Length of the whole wave, in weeks'),
  peakMultiplier: z.number().min(1, 'must be ≥ 1').describe('Arrivals at the peak ÷ normal arrivals (1.6 = +60%)'),
  classes: z.array(refId).min(1).optional().describe('Classes whose arrivals the multiplier applies to; default the emergency classes'),
  acuityMix: z.record(z.string(), factor).optional().describe('Who the extra patients are: class → weight; default like the classes above'),
  ...routingShares,
}).strict()
  .refine((w) => w.peakWeek < w.durationWeeks, { message: 'peakWeek must be before the end of the wave (durationWeeks)', path: ['peakWeek'] })
  .describe('An epidemic wave: extra patients rising smoothly to a peak and falling back');

export const incidentSchema = z.object({
  id: id.describe('Short id; the casualties are classes "<class>.<id>"'),
  name: z.string().optional(),
  atDay: z.number().nonnegative('must be ≥ 0').describe('When the first casualty arrives, in days from the start of the run (1.75 = day 1 at 18:00)'),
  patients: z.number().int('must be a whole number').min(1, 'must be ≥ 1').describe('Number of casualties'),
  overHours: z.number().positive('must be > 0').describe('Hours over which they arrive (evenly spread)'),
  acuityMix: z.record(z.string(), factor).describe('Casualties by class: class → weight (e.g. { "esi-1": 0.1, "esi-2": 0.3 })'),
  ...routingShares,
}).strict().describe('A mass-casualty incident: N patients over M hours at time T');

export const arrivalChangesSchema = z.object({
  multiplier: factor.optional().describe('Factor on every class’s arrivals (1.1 = +10%)'),
  byClass: z.record(z.string(), factor).optional().describe('Patient class → factor on its arrivals'),
  surges: z.array(surgeSchema).optional(),
  seasonal: z.array(seasonalSchema).optional(),
  waves: z.array(waveSchema).optional(),
  incidents: z.array(incidentSchema).optional(),
}).strict().describe('Arrivals: overall and per-class factors, surges, seasons, epidemic waves, mass-casualty incidents');

const stepSelection = {
  steps: z.array(refId).min(1).optional().describe('These steps (by id)'),
  activities: z.array(z.enum(STEP_ACTIVITIES)).min(1).optional().describe('Steps of these activities; default ward and ICU stays'),
};

export const lengthOfStayChangeSchema = z.object({
  ...stepSelection,
  classes: z.array(refId).min(1).optional().describe('Only for these patient classes; default everybody'),
  factor: z.number().positive('must be > 0').describe('Factor on the duration (0.9 = −10% length of stay)'),
}).strict().describe('Length-of-stay change');

export const dischargePolicySchema = z.object({
  ...stepSelection,
  from: timeOfDaySchema.describe('Discharges happen from this time of day ("08:00")…'),
  to: timeOfDaySchema.describe('…until this time of day ("12:00"), on the day the stay would have ended'),
}).strict().refine((d) => d.from < d.to, { message: 'to must be after from (same day)', path: ['to'] })
  .describe('Discharge-time policy, e.g. discharges before noon');

export const diversionPolicySchema = z.object({
  resource: refId.describe('Resource that, when full, turns patients away (e.g. "ed-bays")'),
  steps: z.array(refId).min(1).optional().describe('Only at these steps; default every step seizing it'),
  onFull: z.enum(['wait', 'lost', 'divert']).describe('divert (to another hospital), lost, or wait (no diversion)'),
  maxQueue: z.number().int().nonnegative().optional().describe('With wait: patients finding this many waiting are lost'),
}).strict().describe('Diversion when a resource is full');

export const overflowPolicySchema = z.object({
  resource: refId.describe('Resource whose patients may overflow when it is full (e.g. "icu-beds")'),
  to: z.array(refId).min(1, 'name at least one overflow resource').describe('Resources tried in order (e.g. ["pacu-bays"])'),
  steps: z.array(refId).min(1).optional().describe('Only at these steps; default every step seizing it'),
}).strict().describe('Overflow into other pools when a resource is full');

export const scenarioSchema = z.object({
  schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION, { error: `schemaVersion must be ${SCENARIO_SCHEMA_VERSION}` }),
  kind: z.literal('scenario', { error: 'kind must be "scenario"' }),
  id: id.describe('Short id used in results and file names'),
  name: z.string().min(1, 'must not be empty').describe('Name shown to planners'),
  description: z.string().optional(),
  staffing: z.array(staffingChangeSchema).optional(),
  ratios: z.array(ratioChangeSchema).optional(),
  beds: z.array(bedChangeSchema).optional(),
  equipment: z.array(equipmentChangeSchema).optional(),
  arrivals: arrivalChangesSchema.optional(),
  lengthOfStay: z.array(lengthOfStayChangeSchema).optional(),
  discharge: z.array(dischargePolicySchema).optional(),
  diversion: z.array(diversionPolicySchema).optional(),
  overflow: z.array(overflowPolicySchema).optional(),
}).strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type CapacityChange = z.infer<typeof capacityChangeSchema>;
export type TimeWindow = z.infer<typeof timeWindowSchema>;
export type StaffingChange = z.infer<typeof staffingChangeSchema>;
export type RatioChange = z.infer<typeof ratioChangeSchema>;
export type BedChange = z.infer<typeof bedChangeSchema>;
export type EquipmentChange = z.infer<typeof equipmentChangeSchema>;
export type ArrivalChanges = z.infer<typeof arrivalChangesSchema>;
export type Surge = z.infer<typeof surgeSchema>;
export type Seasonal = z.infer<typeof seasonalSchema>;
export type Wave = z.infer<typeof waveSchema>;
export type Incident = z.infer<typeof incidentSchema>;
export type LengthOfStayChange = z.infer<typeof lengthOfStayChangeSchema>;
export type DischargePolicy = z.infer<typeof dischargePolicySchema>;
export type DiversionPolicy = z.infer<typeof diversionPolicySchema>;
export type OverflowPolicy = z.infer<typeof overflowPolicySchema>;

/** An empty scenario (the editor's starting point). */
export function emptyScenario(idValue = 'scenario', name = 'New scenario'): Scenario {
  return { schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario', id: idValue, name };
}
