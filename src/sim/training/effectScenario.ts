import type { ProblemPath } from '../../domain/problems';
import type { BedChange, EquipmentChange, Incident, StaffingChange, Surge, TimeWindow } from '../scenario/scenarioSchema';
import type { ExerciseEffect } from './exerciseSchema';

/** Windows "until the end of the exercise" end this long after the run's end (never reached). */
export const OPEN_END_MARGIN_DAYS = 1;

/** An effect's entries as scenario entries with absolute times (days from the start of the run). */
export interface EffectEntries {
  staffing: StaffingChange[];
  beds: BedChange[];
  equipment: EquipmentChange[];
  surges: Surge[];
  incidents: Incident[];
}

export interface EffectTiming {
  /** When the step happens, in days from the start of the run. */
  atDay: number;
  /** End of the run (warm-up + exercise), in days. */
  runEndDay: number;
  /** Step id: incidents become "<stepId>-<id>" so that ids are unique in the composed scenario. */
  stepId: string;
}

const HOURS_PER_DAY = 24;

export function incidentId(stepId: string, id: string): string {
  return `${stepId}-${id}`;
}

function windowOf(timing: EffectTiming, afterHours: number | undefined, forHours: number | undefined): TimeWindow {
  const startDay = timing.atDay + (afterHours ?? 0) / HOURS_PER_DAY;
  // Nothing after the run matters; ending every window by then keeps the neutral windows (composeExercise) apart.
  const openEnd = timing.runEndDay + OPEN_END_MARGIN_DAYS;
  const endDay = forHours !== undefined ? Math.min(startDay + forHours / HOURS_PER_DAY, openEnd) : openEnd;
  // A window must end after it starts (an effect starting after the run's end is reported by validation).
  return { startDay, endDay: Math.max(endDay, startDay + 1 / HOURS_PER_DAY) };
}

/**
 * Turns an effect (times relative to its step) into scenario entries with absolute times. Every entry gets a
 * window (no forHours: until after the end of the run), so each one acts only from the step's time on.
 * Entry k of each list stays entry k (problem paths map back one to one, see effectPath).
 */
export function effectEntries(effect: ExerciseEffect | undefined, timing: EffectTiming): EffectEntries {
  const staffing = (effect?.staffing ?? []).map((s): StaffingChange => {
    const entry: StaffingChange = { change: { ...s.change }, window: windowOf(timing, s.afterHours, s.forHours) };
    if (s.resource !== undefined) entry.resource = s.resource;
    if (s.unit !== undefined) entry.unit = s.unit;
    if (s.role !== undefined) entry.role = s.role;
    if (s.shifts !== undefined) entry.shifts = [...s.shifts];
    if (s.note !== undefined) entry.note = s.note;
    return entry;
  });
  const beds = (effect?.beds ?? []).map((b): BedChange => {
    const entry: BedChange = { change: { add: b.change.add }, window: windowOf(timing, b.afterHours, b.forHours) };
    if (b.resource !== undefined) entry.resource = b.resource;
    if (b.unit !== undefined) entry.unit = b.unit;
    if (b.reason !== undefined) entry.reason = b.reason;
    return entry;
  });
  const equipment = (effect?.equipment ?? []).map((e): EquipmentChange => {
    const entry: EquipmentChange = { change: { add: e.change.add }, window: windowOf(timing, e.afterHours, e.forHours) };
    if (e.resource !== undefined) entry.resource = e.resource;
    if (e.type !== undefined) entry.type = e.type;
    if (e.unit !== undefined) entry.unit = e.unit;
    if (e.reason !== undefined) entry.reason = e.reason;
    return entry;
  });
  const surges = (effect?.surges ?? []).map((s): Surge => {
    const w = windowOf(timing, s.afterHours, s.forHours);
    const entry: Surge = { startDay: w.startDay, endDay: w.endDay, factor: s.factor };
    if (s.classes !== undefined) entry.classes = [...s.classes];
    return entry;
  });
  const incidents = (effect?.incidents ?? []).map((i): Incident => {
    const entry: Incident = {
      id: incidentId(timing.stepId, i.id), atDay: timing.atDay + (i.afterHours ?? 0) / HOURS_PER_DAY,
      patients: i.patients, overHours: i.overHours, acuityMix: { ...i.acuityMix },
    };
    if (i.name !== undefined) entry.name = i.name;
    if (i.icuShare !== undefined) entry.icuShare = i.icuShare;
    if (i.ventilatedShare !== undefined) entry.ventilatedShare = i.ventilatedShare;
    return entry;
  });
  return { staffing, beds, equipment, surges, incidents };
}

/** Whether an effect changes anything (an option without one is "no action"). */
export function hasEffect(effect: ExerciseEffect | undefined): boolean {
  if (!effect) return false;
  return [effect.staffing, effect.beds, effect.equipment, effect.surges, effect.incidents].some((list) => (list?.length ?? 0) > 0);
}

/**
 * A problem path in a one-effect scenario (see effectEntries) → the path inside the effect:
 * staffing[2].window → staffing[2].forHours, arrivals.surges[0].classes[1] → surges[0].classes[1],
 * arrivals.incidents[0].atDay → incidents[0].afterHours.
 */
export function effectPath(scenarioPath: ProblemPath): ProblemPath {
  const [head, ...rest] = scenarioPath;
  const tail = head === 'arrivals' ? rest : scenarioPath;
  const [list, index, field, ...more] = tail;
  if (field === 'window') return [list, index, 'forHours'];
  if (field === 'atDay') return [list, index, 'afterHours'];
  return field === undefined ? tail : [list, index, field, ...more];
}
