import type { Problem, Result } from '../../domain/problems';
import { SCENARIO_SCHEMA_VERSION, type BedChange, type EquipmentChange, type Scenario, type Surge } from '../scenario/scenarioSchema';
import { effectEntries, OPEN_END_MARGIN_DAYS, type EffectEntries } from './effectScenario';
import type { Exercise, ExerciseDecision, ExerciseEffect, ExerciseOption } from './exerciseSchema';
import { exerciseRunSettings, MINUTES_PER_DAY, orderedSteps } from './exerciseTime';

/** A choice at a decision point (the protocol's TakenDecision has the same fields). */
export interface Choice { decisionId: string; optionId: string; decidedAt?: string }

/** An exercise step on the playback axis (the protocol's TimedStep). */
export interface TimelineStep { stepId: string; kind: 'inject' | 'decision'; minute: number }

export interface ComposedExercise { scenario: Scenario; timeline: TimelineStep[] }

/** Neutral capacity windows sit after the run's end: they never act, they only size the pools (see below). */
const NEUTRAL_WINDOW_OFFSET_DAYS = OPEN_END_MARGIN_DAYS + 1;

export function exerciseTimeline(exercise: Exercise): TimelineStep[] {
  return orderedSteps(exercise).map(({ step, minute }) => ({ stepId: step.id, kind: step.kind, minute }));
}

export function decisionsOf(exercise: Exercise): ExerciseDecision[] {
  return orderedSteps(exercise).flatMap(({ step }) => (step.kind === 'decision' ? [step] : []));
}

/**
 * The scenario the simulation runs for an exercise with the decisions taken so far: the start state, then
 * every inject's effect at its time and every taken option's effect at its decision point's time, in time
 * order, with absolute times (days from the start of the run, warm-up included).
 *
 * CONTINUITY: a decision taken at minute T must not change anything before T (the app re-runs from 0 and
 * continues playback from T). Two things would otherwise leak into the past, and the composition neutralises
 * both identically in EVERY variant of the exercise (whatever is decided):
 *  - a surge turns its classes' arrivals into a piecewise process with its own draws, so every class that any
 *    inject or option of the exercise surges gets a factor-1 surge over the whole run from the start;
 *  - temporary openings of beds or equipment are compiled as extra closed items (which draw failure times),
 *    so every pool that any inject or option opens gets the same total opening in a window after the run's end
 *    (never reached), and its item count is the same in every variant.
 */
export function composeExercise(exercise: Exercise, decisions: Choice[]): Result<ComposedExercise> {
  const problems: Problem[] = [];
  const chosen = new Map<string, ExerciseOption>();
  const decisionById = new Map(decisionsOf(exercise).map((d) => [d.id, d]));
  decisions.forEach((d, i) => {
    const decision = decisionById.get(d.decisionId);
    if (!decision) {
      problems.push({ path: ['decisions', i, 'decisionId'], code: 'unknown-reference', message: `the exercise has no decision point "${d.decisionId}" (it has: ${[...decisionById.keys()].join(', ')})` });
      return;
    }
    const option = decision.options.find((o) => o.id === d.optionId);
    if (!option) {
      problems.push({ path: ['decisions', i, 'optionId'], code: 'unknown-reference', message: `decision "${d.decisionId}" has no option "${d.optionId}" (it has: ${decision.options.map((o) => o.id).join(', ')})` });
      return;
    }
    if (chosen.has(d.decisionId)) {
      problems.push({ path: ['decisions', i, 'decisionId'], code: 'duplicate-id', message: `decision "${d.decisionId}" is taken twice` });
      return;
    }
    chosen.set(d.decisionId, option);
  });
  if (problems.length > 0) return { ok: false, problems };

  const run = exerciseRunSettings(exercise);
  const runEndDay = run.warmupDays + run.days;
  const lists: EffectEntries[] = [];
  for (const { step, minute } of orderedSteps(exercise)) {
    const effect = step.kind === 'inject' ? step.effect : chosen.get(step.id)?.effect;
    if (effect) lists.push(effectEntries(effect, { atDay: run.warmupDays + minute / MINUTES_PER_DAY, runEndDay, stepId: step.id }));
  }
  lists.push(neutralEntries(exercise, runEndDay));

  const start = structuredClone(exercise.start.scenario ?? {});
  const scenario: Scenario = { schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario', id: exercise.id, name: exercise.name, ...start };
  const join = <T>(first: T[] | undefined, pick: (e: EffectEntries) => T[]): T[] | undefined => {
    const all = [...(first ?? []), ...lists.flatMap(pick)];
    return all.length > 0 ? all : undefined;
  };
  const staffing = join(start.staffing, (e) => e.staffing);
  const beds = join(start.beds, (e) => e.beds);
  const equipment = join(start.equipment, (e) => e.equipment);
  if (staffing) scenario.staffing = staffing;
  if (beds) scenario.beds = beds;
  if (equipment) scenario.equipment = equipment;
  const surges = join(start.arrivals?.surges, (e) => e.surges);
  const incidents = join(start.arrivals?.incidents, (e) => e.incidents);
  if (surges || incidents) {
    scenario.arrivals = { ...(start.arrivals ?? {}) };
    if (surges) scenario.arrivals.surges = surges;
    if (incidents) scenario.arrivals.incidents = incidents;
  }
  return { ok: true, value: { scenario, timeline: exerciseTimeline(exercise) }, problems: [] };
}

/** Every effect of the exercise: injects and all options of all decisions. */
export function allEffects(exercise: Exercise): ExerciseEffect[] {
  return exercise.steps.flatMap((step) => (step.kind === 'inject' ? [step.effect] : step.options.map((o) => o.effect)))
    .filter((e): e is ExerciseEffect => e !== undefined);
}

/** The entries that make every variant of the exercise identical before its decisions (see composeExercise). */
function neutralEntries(exercise: Exercise, runEndDay: number): EffectEntries {
  const effects = allEffects(exercise);
  const surged = effects.flatMap((e) => e.surges ?? []);
  const surges: Surge[] = [];
  if (surged.length > 0) {
    const whole = { startDay: 0, endDay: runEndDay + OPEN_END_MARGIN_DAYS, factor: 1 };
    const everyClass = surged.some((s) => s.classes === undefined);
    surges.push(everyClass ? whole : { ...whole, classes: [...new Set(surged.flatMap((s) => s.classes ?? []))].sort() });
  }
  const after = { startDay: runEndDay + NEUTRAL_WINDOW_OFFSET_DAYS, endDay: runEndDay + NEUTRAL_WINDOW_OFFSET_DAYS + 1 };
  const beds: BedChange[] = effects.flatMap((e) => e.beds ?? []).filter((b) => b.change.add > 0).map((b) => {
    const entry: BedChange = { change: { add: b.change.add }, window: { ...after } };
    if (b.resource !== undefined) entry.resource = b.resource;
    if (b.unit !== undefined) entry.unit = b.unit;
    return entry;
  });
  const equipment: EquipmentChange[] = effects.flatMap((e) => e.equipment ?? []).filter((q) => q.change.add > 0).map((q) => {
    const entry: EquipmentChange = { change: { add: q.change.add }, window: { ...after } };
    if (q.resource !== undefined) entry.resource = q.resource;
    if (q.type !== undefined) entry.type = q.type;
    if (q.unit !== undefined) entry.unit = q.unit;
    return entry;
  });
  return { staffing: [], beds, equipment, surges, incidents: [] };
}
