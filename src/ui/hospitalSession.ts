import { viewStore } from '../bridge/viewStore';
import { DEFAULT_MODEL_ID, requestedModelId } from './modelRegistry';
import { loadBundledModel, loadHospitalFile, type LoadOutcome } from './loadModel';
import { uiStore } from './uiStore';

// Only the newest request may change what is on screen (a slow fetch must not win over a later drop).
let latestRequest = 0;

function apply(outcome: LoadOutcome, request: number): void {
  if (request !== latestRequest) return;
  const view = viewStore.getState();
  switch (outcome.kind) {
    case 'hospital':
      view.setHospital(outcome.hospital);
      uiStore.setState({ hospitalSource: outcome.source, problemsSource: null, notice: null });
      return;
    case 'problems':
      view.setProblems(outcome.problems);
      uiStore.setState({ problemsSource: outcome.source, notice: null });
      return;
    case 'not-found':
      view.setLoading(false);
      uiStore.setState({ notice: { kind: 'model-not-found', id: outcome.id, available: outcome.available, fallbackName: null } });
      return;
    default:
      view.setLoading(false);
      uiStore.setState({ notice: outcome });
  }
}

/** Shows the hospital named by `?model=` (or the sample); an unknown id falls back to the sample with a notice. */
export async function openRequestedModel(search: string): Promise<void> {
  const request = ++latestRequest;
  viewStore.getState().setLoading(true);
  const id = requestedModelId(search);
  const outcome = await loadBundledModel(id);
  if (outcome.kind === 'not-found' && id !== DEFAULT_MODEL_ID && outcome.available.includes(DEFAULT_MODEL_ID)) {
    const fallback = await loadBundledModel(DEFAULT_MODEL_ID);
    apply(fallback, request);
    if (request === latestRequest) {
      const fallbackName = fallback.kind === 'hospital' ? fallback.hospital.name : null;
      uiStore.setState({ notice: { kind: 'model-not-found', id, available: outcome.available, fallbackName } });
    }
    return;
  }
  apply(outcome, request);
}

/** Opens a hospital file from disk; a rejected file leaves the hospital on screen as it was. */
export async function openHospitalFile(file: File): Promise<void> {
  const request = ++latestRequest;
  viewStore.getState().setLoading(true);
  apply(await loadHospitalFile(file), request);
}

export function dismissProblems(): void {
  viewStore.setState({ problems: [] });
  uiStore.setState({ problemsSource: null });
}

export function dismissNotice(): void {
  uiStore.setState({ notice: null });
}
