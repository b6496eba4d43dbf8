import type { Problem } from '../../domain/problems';
import type { ComposeRequest, ComposeResponse, ExerciseCheck } from '../../protocol/training';
import type { TrainingDeps } from './trainingDepsTypes';

/** The worker's training calls, with a stopped worker turned into a problem the panels can show. */

const unavailable: Problem = { path: [], code: 'worker', message: 'the simulation worker is not available' };

export async function checkExerciseText(deps: Pick<TrainingDeps, 'worker'>, text: string): Promise<ExerciseCheck> {
  try {
    return await (await deps.worker()).checkExercise(text);
  } catch {
    return { ok: false, problems: [unavailable], exercise: null, timeline: [] };
  }
}

export async function composeScenario(deps: Pick<TrainingDeps, 'worker'>, request: ComposeRequest): Promise<ComposeResponse> {
  try {
    return await (await deps.worker()).composeExercise(request);
  } catch {
    return { ok: false, problems: [unavailable], scenario: null };
  }
}
