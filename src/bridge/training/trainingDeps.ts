import * as Comlink from 'comlink';
import { playback } from '../playback';
import { runStore } from '../runStore';
import { runWithScenario, scenarioWorker, updateSettings } from '../simClient';
import { viewStore } from '../viewStore';
import { exerciseLoaders } from './catalogue';
import type { RunResult, TrainingDeps, TrainingWorker } from './trainingDepsTypes';
import { TrainingSession } from './trainingSession';
import { trainingStore } from './trainingStore';

// Exercise files load on demand (the app shell does not carry them), like the operations models in simClient.
const exerciseFiles = import.meta.glob<string>('/models/exercises/*.exercise.json', { query: '?url', import: 'default' });

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The training methods of the first worker of the pool (it holds the baseline model). */
async function trainingWorker(): Promise<TrainingWorker> {
  const api = await scenarioWorker();
  return {
    checkExercise: (text) => api.checkExercise(text),
    composeExercise: (request) => api.composeExercise(request),
    debrief: (request, onProgress) => api.debrief(request, Comlink.proxy(onProgress)),
  };
}

/** Resolves once a hospital (this one, when given) is on screen with its model loaded; false if another one loaded. */
function whenReady(hospitalId: string | null): Promise<boolean> {
  return new Promise((resolve) => {
    const settle = (): boolean => {
      const view = viewStore.getState();
      if (view.loading) return false;
      if (!view.hospital) {
        if (view.problems.length === 0) return false;
        resolve(false); // the hospital file was rejected
        return true;
      }
      if (hospitalId !== null && view.hospital.id !== hospitalId) {
        resolve(false);
        return true;
      }
      if (!runStore.getState().canRun) return false;
      resolve(true);
      return true;
    };
    if (settle()) return;
    const stop = (): void => { offView(); offRun(); };
    const offView = viewStore.subscribe(() => { if (settle()) stop(); });
    const offRun = runStore.subscribe(() => { if (settle()) stop(); });
  });
}

async function run(settings: Parameters<TrainingDeps['run']>[0], scenario: Parameters<TrainingDeps['run']>[1]): Promise<RunResult> {
  updateSettings(settings);
  const outcome = await runWithScenario(scenario);
  if (outcome.status === 'done') return { ok: true };
  return { ok: false, status: outcome.status, problems: 'problems' in outcome ? outcome.problems : [] };
}

export function browserTrainingDeps(openHospital: (id: string) => void): TrainingDeps {
  return {
    worker: trainingWorker,
    exercises: exerciseLoaders(exerciseFiles, fetchText),
    hospitalId: () => (viewStore.getState().loading ? null : viewStore.getState().hospital?.id ?? null),
    openHospital,
    whenReady,
    run,
    clock: playback,
    now: () => new Date(),
  };
}

let session: TrainingSession | null = null;

/** The page's training session (created on first use). */
export function trainingSession(openHospital: (id: string) => void): TrainingSession {
  session ??= new TrainingSession(browserTrainingDeps(openHospital), trainingStore);
  return session;
}
