import { trainingSession } from '../../bridge/training/trainingDeps';
import type { TrainingSession } from '../../bridge/training/trainingSession';
import { openRequestedModel } from '../hospitalSession';

/** An exercise written for another hospital loads it, as `?model=<id>` would. */
function openHospital(id: string): void {
  void openRequestedModel(`?model=${encodeURIComponent(id)}`);
}

/** The page's training session controller (one per page). */
export function useTrainingSession(): TrainingSession {
  return trainingSession(openHospital);
}
