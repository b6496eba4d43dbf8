import type { Problem } from '../src/domain/problems';
import type { CompiledModel } from '../src/sim/model/compiledModel';
import { composeExercise, exerciseTimeline } from '../src/sim/training/composeExercise';
import { runDebrief } from '../src/sim/training/debrief';
import type { Exercise } from '../src/sim/training/exerciseSchema';
import { exerciseRunSettings } from '../src/sim/training/exerciseTime';
import { loadExercise, validateExercise } from '../src/sim/training/validateExercise';
import { validateScenario } from '../src/sim/scenario/validateScenario';
import type {
  ComposeRequest, ComposeResponse, DebriefProgress, DebriefRequest, DebriefResponse, ExerciseCheck,
} from '../src/protocol/training';

/**
 * The worker's training methods (see SimWorkerApi): all three work against the BASELINE model (the hospital
 * before any scenario), whatever scenario is loaded for running.
 */

const noModel: Problem = { path: [], code: 'no-model', message: 'no hospital model is loaded yet' };

function checked(baseline: CompiledModel | null, exercise: unknown): { ok: true; exercise: Exercise } | { ok: false; problems: Problem[] } {
  if (!baseline) return { ok: false, problems: [noModel] };
  const result = validateExercise(exercise, { operations: baseline.operations, hospital: baseline.hospital });
  return result.ok ? { ok: true, exercise: result.value } : { ok: false, problems: result.problems };
}

/** Parses and validates an exercise file's text (schema only when no model is loaded yet). */
export function checkExerciseText(baseline: CompiledModel | null, text: string): ExerciseCheck {
  const result = baseline ? validateExercise(text, { operations: baseline.operations, hospital: baseline.hospital }) : loadExercise(text);
  if (!result.ok) return { ok: false, problems: result.problems, exercise: null, timeline: [], run: null };
  if (!baseline) return { ok: false, problems: [noModel], exercise: result.value, timeline: exerciseTimeline(result.value), run: exerciseRunSettings(result.value) };
  return { ok: true, problems: [], exercise: result.value, timeline: exerciseTimeline(result.value), run: exerciseRunSettings(result.value) };
}

/** The scenario (version 2, absolute times) the simulation runs with the decisions taken so far. */
export function composeForRun(baseline: CompiledModel | null, request: ComposeRequest): ComposeResponse {
  const failed = (problems: Problem[]): ComposeResponse => ({ ok: false, problems, scenario: null, timeline: [], run: null });
  const valid = checked(baseline, request.exercise);
  if (!valid.ok) return failed(valid.problems);
  const composed = composeExercise(valid.exercise, request.decisions);
  if (!composed.ok) return failed(composed.problems);
  // A valid exercise always composes into a valid scenario; checked anyway, so a bug shows as a message.
  if (baseline) {
    const scenario = validateScenario(composed.value.scenario, { operations: baseline.operations, hospital: baseline.hospital });
    if (!scenario.ok) return failed(scenario.problems.map((p) => ({ ...p, message: `composed scenario: ${p.message}` })));
  }
  return { ok: true, problems: [], scenario: composed.value.scenario, timeline: composed.value.timeline, run: exerciseRunSettings(valid.exercise) };
}

/** No action vs the trainees' decisions vs the best options found, under common random numbers. */
export async function debriefExercise(
  baseline: CompiledModel | null, request: DebriefRequest, onProgress: DebriefProgress, pause: () => Promise<void>,
): Promise<DebriefResponse> {
  const replications = request.replications ?? 0;
  const failed = (problems: Problem[]): DebriefResponse => ({ ok: false, problems, variants: [], search: { method: 'greedy-in-time-order', variantsEvaluated: 0, replications } });
  const valid = checked(baseline, request.exercise);
  if (!valid.ok || !baseline) return failed(valid.ok ? [noModel] : valid.problems);
  const outcome = await runDebrief(baseline, valid.exercise, request.decisions, {
    replications: request.replications,
    onProgress: (done, total) => { void Promise.resolve(onProgress(done, total)).catch(() => undefined); },
    pause,
  });
  if (!outcome.ok) return failed(outcome.problems);
  return { ok: true, problems: [], variants: outcome.variants, search: outcome.search };
}
