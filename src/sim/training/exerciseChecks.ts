import type { Problem, ProblemPath } from '../../domain/problems';
import type { ModelIndex } from '../scenario/modelIndex';
import { resolveScenario } from '../scenario/resolveScenario';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from '../scenario/scenarioSchema';
import { effectEntries, effectPath, incidentId } from './effectScenario';
import type { Exercise, ExerciseEffect } from './exerciseSchema';
import {
  clockMinutes, endMinute, exerciseRunSettings, MINUTES_PER_DAY, orderedSteps, WEEKDAY_NAMES, weekdayOf,
} from './exerciseTime';

const problem = (path: ProblemPath, code: string, message: string): Problem => ({ path, code, message });

/** "14:05 on day 0" for a playback minute (day counted from the start date). */
export function describeMinute(exercise: Exercise, minute: number): string {
  const clock = clockMinutes(exercise.start.dateTime) + minute;
  const day = Math.floor(clock / MINUTES_PER_DAY);
  const inDay = clock - day * MINUTES_PER_DAY;
  const hh = String(Math.floor(inDay / 60)).padStart(2, '0');
  const mm = String(Math.round(inDay % 60)).padStart(2, '0');
  return `${hh}:${mm} on day ${day}`;
}

/** Every check after the schema: hospital, weekday, ids, times, and the model ids of the start state and effects. */
export function checkExerciseSemantics(exercise: Exercise, index: ModelIndex): Problem[] {
  const problems: Problem[] = [];
  const expectedHospital = index.ops.hospital ?? index.hospital?.id;
  if (expectedHospital !== undefined && exercise.hospital !== expectedHospital) {
    problems.push(problem(['hospital'], 'wrong-hospital', `this exercise is written for hospital "${exercise.hospital}", but the loaded model is hospital "${expectedHospital}"`));
  }
  checkWeekday(exercise, index, problems);
  checkIdsAndTimes(exercise, problems);
  if (exercise.start.scenario) {
    const start: Scenario = { schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario', id: exercise.id, name: exercise.name, ...exercise.start.scenario };
    for (const p of resolveScenario(start, index).problems) problems.push({ ...p, path: ['start', 'scenario', ...p.path] });
  }
  checkEffects(exercise, index, problems);
  const seen = new Set<string>();
  exercise.debrief.kpis.forEach((kpi, k) => {
    if (seen.has(kpi)) problems.push(problem(['debrief', 'kpis', k], 'duplicate-id', `"${kpi}" is listed twice`));
    seen.add(kpi);
  });
  const inObjective = new Set<string>();
  exercise.debrief.objective.forEach((term, k) => {
    if (inObjective.has(term.kpi)) problems.push(problem(['debrief', 'objective', k, 'kpi'], 'duplicate-id', `"${term.kpi}" is in the objective twice: give it one weight`));
    inObjective.add(term.kpi);
  });
  return problems;
}

/** The run starts at midnight warmupDays before the start date, on the model's startDayOfWeek. */
function checkWeekday(exercise: Exercise, index: ModelIndex, problems: Problem[]): void {
  const runStart = index.ops.startDayOfWeek ?? 0;
  const expected = (runStart + exercise.start.warmupDays) % 7;
  const actual = weekdayOf(exercise.start.dateTime);
  if (actual === expected) return;
  const warmupFits = (actual - runStart + 7) % 7;
  problems.push(problem(['start', 'dateTime'], 'wrong-weekday',
    `${exercise.start.dateTime.slice(0, 10)} is a ${WEEKDAY_NAMES[actual]}, but the model's runs start on a ${WEEKDAY_NAMES[runStart]}, `
    + `so with warmupDays ${exercise.start.warmupDays} the exercise day is a ${WEEKDAY_NAMES[expected]}: `
    + `pick a ${WEEKDAY_NAMES[expected]}, or set warmupDays to ${warmupFits} (or ${warmupFits + 7}, …)`));
}

function checkIdsAndTimes(exercise: Exercise, problems: Problem[]): void {
  const stepIds = new Map<string, number>();
  exercise.steps.forEach((step, i) => {
    const first = stepIds.get(step.id);
    if (first !== undefined) problems.push(problem(['steps', i, 'id'], 'duplicate-id', `another step is also called "${step.id}"`));
    else stepIds.set(step.id, i);
    if (step.kind !== 'decision') return;
    const optionIds = new Set<string>();
    step.options.forEach((o, k) => {
      if (optionIds.has(o.id)) problems.push(problem(['steps', i, 'options', k, 'id'], 'duplicate-id', `another option of this decision is also called "${o.id}"`));
      optionIds.add(o.id);
    });
  });
  const end = endMinute(exercise);
  const startText = describeMinute(exercise, 0);
  const decisionAt = new Map<number, string>();
  for (const { step, index: i, minute } of orderedSteps(exercise)) {
    const at = describeMinute(exercise, minute);
    const path = ['steps', i, 'at'];
    if (minute < 0) problems.push(problem(path, 'before-start', `${at} is before the exercise starts at ${startText}`));
    else if (minute >= end) problems.push(problem(path, 'after-end', `${at} is not before the exercise ends at ${describeMinute(exercise, end)} (it lasts ${exercise.start.hours} hours)`));
    if (step.kind !== 'decision') continue;
    const other = decisionAt.get(minute);
    if (other !== undefined) {
      problems.push(problem(path, 'same-time', `decision "${step.id}" is at the same time as decision "${other}" (${at}): give each decision point its own minute`));
    } else decisionAt.set(minute, step.id);
  }
}

function checkEffects(exercise: Exercise, index: ModelIndex, problems: Problem[]): void {
  const run = exerciseRunSettings(exercise);
  const runEndDay = run.warmupDays + run.days;
  /** Incident id in the composed scenario → its owner (the start, an inject, or a decision whose options exclude each other). */
  const incidentOwners = new Map<string, string>();
  for (const w of exercise.start.scenario?.arrivals?.waves ?? []) incidentOwners.set(w.id, 'start');
  for (const w of exercise.start.scenario?.arrivals?.incidents ?? []) incidentOwners.set(w.id, 'start');
  const check = (effect: ExerciseEffect | undefined, path: ProblemPath, stepId: string, minute: number, owner: string) => {
    if (!effect) return;
    const atDay = run.warmupDays + minute / MINUTES_PER_DAY;
    const entries = effectEntries(effect, { atDay, runEndDay, stepId });
    const scenario: Scenario = {
      schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario', id: stepId, name: stepId,
      staffing: entries.staffing, beds: entries.beds, equipment: entries.equipment,
      arrivals: { surges: entries.surges, incidents: entries.incidents },
    };
    for (const p of resolveScenario(scenario, index).problems) problems.push({ ...p, path: [...path, ...effectPath(p.path)] });
    const timed: [string, { window?: { startDay: number } }[]][] = [['staffing', entries.staffing], ['beds', entries.beds], ['equipment', entries.equipment]];
    for (const [list, items] of timed) {
      items.forEach((e, k) => {
        if (atDay < runEndDay && (e.window?.startDay ?? 0) >= runEndDay) problems.push(problem([...path, list, k, 'afterHours'], 'after-end', 'this change would start after the exercise has ended'));
      });
    }
    (effect.surges ?? []).forEach((s, k) => {
      if (atDay < runEndDay && entries.surges[k].startDay >= runEndDay) problems.push(problem([...path, 'surges', k, 'afterHours'], 'after-end', 'this surge would start after the exercise has ended'));
      (s.classes ?? []).forEach((c, j) => {
        const spec = index.ops.patientClasses.find((x) => x.id === c);
        if (spec && !spec.arrivals) {
          problems.push(problem([...path, 'surges', k, 'classes', j], 'scheduled-class',
            `"${c}" arrives by appointment (a schedule), which a surge does not change; to cancel elective operations, close operating rooms for a while (beds on the operating-room pool with { "add": -n })`));
        }
      });
    });
    const inThisEffect = new Set<string>(); // duplicates within one effect are reported by resolveScenario
    (effect.incidents ?? []).forEach((incident, k) => {
      const composedId = incidentId(stepId, incident.id);
      const previous = incidentOwners.get(composedId);
      if (previous !== undefined && previous !== owner && !inThisEffect.has(composedId)) {
        problems.push(problem([...path, 'incidents', k, 'id'], 'duplicate-id', `the composed scenario already has a wave or incident "${composedId}": rename this incident or its step`));
      }
      incidentOwners.set(composedId, owner);
      inThisEffect.add(composedId);
    });
  };
  for (const { step, index: i, minute } of orderedSteps(exercise)) {
    if (step.kind === 'inject') check(step.effect, ['steps', i, 'effect'], step.id, minute, `inject:${step.id}`);
    else step.options.forEach((o, k) => check(o.effect, ['steps', i, 'options', k, 'effect'], step.id, minute, `decision:${step.id}`));
  }
}
