import type { Exercise, TakenDecision } from '../../protocol/training';
import { decisionsKey } from './steps';
import type { TrainingDeps } from './trainingDepsTypes';
import type { TrainingStore } from './trainingStore';

/** Progress updates reach the store at most this often (the worker may report every variant). */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Computes the debrief in the worker (no action / the trainees' decisions / the best found by the simulation) and
 * keeps it in the store with the decisions it was computed for. `isCurrent` says whether the session still shows
 * the same exercise; a late answer for another exercise or other decisions is dropped.
 */
export async function computeDebrief(
  deps: Pick<TrainingDeps, 'worker' | 'now'>,
  store: TrainingStore,
  exercise: Exercise,
  decisions: TakenDecision[],
  isCurrent: () => boolean,
): Promise<void> {
  const key = decisionsKey(decisions);
  const mine = (): boolean => isCurrent() && store.getState().debrief.decisionsKey === key;
  store.setState({ debrief: { status: 'running', done: 0, total: 0, response: null, decisionsKey: key, generatedAt: null } });
  let lastProgressMs = -Infinity;
  const onProgress = (done: number, total: number): void => {
    const now = Date.now();
    if (!mine() || (now - lastProgressMs < PROGRESS_INTERVAL_MS && done < total)) return;
    lastProgressMs = now;
    store.setState({ debrief: { ...store.getState().debrief, done, total } });
  };
  try {
    const response = await (await deps.worker()).debrief({ exercise, decisions }, onProgress);
    if (!mine()) return;
    const { done, total } = store.getState().debrief;
    store.setState({
      debrief: {
        status: response.ok ? 'done' : 'error', done: Math.max(done, total), total, response, decisionsKey: key,
        generatedAt: deps.now().toISOString(),
      },
    });
  } catch {
    if (mine()) store.setState({ debrief: { status: 'error', done: 0, total: 0, response: null, decisionsKey: key, generatedAt: null } });
  }
}
