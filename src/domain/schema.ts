import { z } from 'zod';
import { EQUIPMENT_TYPES, ROOM_KINDS, STAFF_ROLES, UNIT_KINDS } from './vocabulary';

/**
 * The hospital definition: one schema-versioned JSON document per hospital (models/*.json) describing the
 * physical twin. Geometry is in local metres around the building origin: x east, y north, per floor.
 * References between parts are by stable string ids, unique across the whole document, so live data
 * (FHIR Location ids, HL7 PV1-3 points of care) can be mapped to them at the boundary.
 * The TypeScript types below are derived from this schema; never write them by hand.
 */
export const CURRENT_SCHEMA_VERSION = 1;

const id = z.string().min(1, 'must not be empty').regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may contain only letters, digits and . _ : - and must start with a letter or digit');
const finite = z.number().finite();
const metres = finite;
const positiveMetres = finite.positive('must be greater than 0 m');

/** A point [x, y] in metres. */
export const pointSchema = z.tuple([metres, metres]);
/** A simple polygon (not closed: the last point is not a copy of the first), counter- or clockwise. */
export const polygonSchema = z.array(pointSchema).min(3, 'a polygon needs at least 3 points');

export const floorSchema = z.object({
  id,
  name: z.string().min(1),
  /** Level ordinal as in IMDF: 0 is the ground floor, negative below ground. */
  ordinal: z.number().int(),
  /** Height of the finished floor above the building's ground level, in metres. */
  elevation: metres,
  /** Floor-to-floor height in metres. */
  height: positiveMetres,
});

export const unitSchema = z.object({
  id,
  name: z.string().min(1),
  kind: z.enum(UNIT_KINDS),
  /** Optional short code shown in labels, e.g. "ED" or "W3". */
  code: z.string().max(8).optional(),
});

export const doorSchema = z.object({
  id,
  /** Door centre on the room's boundary, in metres. */
  position: pointSchema,
  width: positiveMetres.default(1.2),
  /** The room on the other side, when it is a room of this hospital. */
  toRoomId: id.optional(),
});

export const roomSchema = z.object({
  id,
  name: z.string().min(1),
  unitId: id,
  floorId: id,
  kind: z.enum(ROOM_KINDS),
  polygon: polygonSchema,
  doors: z.array(doorSchema).optional(),
});

export const bedSchema = z.object({
  id,
  roomId: id,
  /** Bed centre in metres. */
  position: pointSchema,
  /** Heading of the bed's long axis in degrees, counter-clockwise from east. */
  rotation: finite.optional(),
  label: z.string().optional(),
  /** Free-form tags, e.g. "isolation", "bariatric", "surge". */
  tags: z.array(z.string()).optional(),
});

export const equipmentSchema = z.object({
  id,
  type: z.enum(EQUIPMENT_TYPES),
  roomId: id,
  position: pointSchema,
  label: z.string().optional(),
});

export const staffPoolSchema = z.object({
  id,
  unitId: id,
  role: z.enum(STAFF_ROLES),
  /** Staff on the roster (whole-time equivalents); shifts and ratios live in the operations model. */
  headcount: z.number().int().nonnegative(),
});

/**
 * Alert thresholds for the KPI tiles. Every metric is optional: what the file leaves out comes from the defaults
 * in thresholds.ts. `direction` says which way is bad ("above": high values are bad, like occupancy; "below": low
 * values are bad, like free ventilators); it defaults to the metric's natural direction.
 */
export const THRESHOLD_METRIC_DIRECTIONS = {
  /** Occupied share of a unit's staffed beds and rooms, 0..1 (0.9 = 90 %). */
  unitOccupancy: 'above',
  /** Staffed beds of a unit not occupied (beds). */
  freeBeds: 'below',
  /** Patients waiting in ED queues (time-weighted mean). */
  edWaitingPatients: 'above',
  /** ED door-to-provider wait, mean (minutes). */
  edWaitMinutes: 'above',
  /** ED door-to-provider wait, 90th percentile (minutes). */
  edWaitP90Minutes: 'above',
  /** Hours admitted patients spend in an ED bay waiting for a bed, per day. */
  edBoardingHoursPerDay: 'above',
  /** Ventilators neither in use nor out of service. */
  ventilatorsFree: 'below',
  /** Nurses needed at the set ratios minus nurses on duty. */
  staffingShortfall: 'above',
  /** Patients who finish their pathway per day. */
  throughputPerDay: 'below',
} as const;
export type ThresholdMetric = keyof typeof THRESHOLD_METRIC_DIRECTIONS;
export const THRESHOLD_METRICS = Object.keys(THRESHOLD_METRIC_DIRECTIONS) as ThresholdMetric[];

export const thresholdSchema = z.strictObject({
  warning: finite,
  critical: finite,
  direction: z.enum(['above', 'below']).optional(),
});

const thresholdSetShape = Object.fromEntries(THRESHOLD_METRICS.map((m) => [m, thresholdSchema.optional()])) as {
  [K in ThresholdMetric]: z.ZodOptional<typeof thresholdSchema>;
};

function checkOrder(set: Partial<Record<ThresholdMetric, z.infer<typeof thresholdSchema>>>, ctx: z.RefinementCtx): void {
  for (const metric of THRESHOLD_METRICS) {
    const t = set[metric];
    if (!t) continue;
    const direction = t.direction ?? THRESHOLD_METRIC_DIRECTIONS[metric];
    if (direction === 'above' && t.warning > t.critical) {
      ctx.addIssue({ code: 'custom', path: [metric, 'warning'], message: `warning (${t.warning}) must not be above critical (${t.critical}) when high values are bad (direction "above")` });
    }
    if (direction === 'below' && t.warning < t.critical) {
      ctx.addIssue({ code: 'custom', path: [metric, 'warning'], message: `warning (${t.warning}) must not be below critical (${t.critical}) when low values are bad (direction "below")` });
    }
  }
}

export const thresholdSetSchema = z.strictObject(thresholdSetShape).superRefine(checkOrder);

export const thresholdsSchema = z.strictObject({
  ...thresholdSetShape,
  /** Per-unit overrides, keyed by unit id. */
  byUnit: z.record(z.string(), thresholdSetSchema).optional(),
}).superRefine(checkOrder);

export const hospitalSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  name: z.string().min(1),
  description: z.string().optional(),
  /** Where the building is, for maps and time zones; geometry itself is in local metres. */
  location: z.object({ latitude: finite.min(-90).max(90), longitude: finite.min(-180).max(180), timeZone: z.string().optional() }).optional(),
  floors: z.array(floorSchema).min(1, 'a hospital needs at least one floor'),
  units: z.array(unitSchema),
  rooms: z.array(roomSchema),
  beds: z.array(bedSchema),
  equipment: z.array(equipmentSchema),
  staffPools: z.array(staffPoolSchema),
  /** KPI alert thresholds; anything left out uses the defaults (see thresholds.ts). */
  thresholds: thresholdsSchema.optional(),
});

export type Point = z.infer<typeof pointSchema>;
export type Polygon = z.infer<typeof polygonSchema>;
export type Floor = z.infer<typeof floorSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Door = z.infer<typeof doorSchema>;
export type Room = z.infer<typeof roomSchema>;
export type Bed = z.infer<typeof bedSchema>;
export type Equipment = z.infer<typeof equipmentSchema>;
export type StaffPool = z.infer<typeof staffPoolSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type ThresholdSet = z.infer<typeof thresholdSetSchema>;
export type Thresholds = z.infer<typeof thresholdsSchema>;
export type Hospital = z.infer<typeof hospitalSchema>;
/** The JSON as written (before defaults are applied). */
export type HospitalInput = z.input<typeof hospitalSchema>;
