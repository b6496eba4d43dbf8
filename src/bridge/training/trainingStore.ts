import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Problem } from '../../domain/problems';
import type { DebriefResponse, Exercise, TakenDecision, TimedStep } from '../../protocol/training';

/**
 * Slow state of a training session (main thread): which exercise, where the session is, the decisions taken,
 * what the facilitator reads out, and the debrief. Changes on user actions and when playback passes a step
 * (≤ 4 Hz, and only when the step changes) — never per frame. The session controller (trainingSession.ts)
 * is the only writer; panels read it with useTraining(selector).
 */

/** A bundled exercise (models/exercises/<id>.exercise.json) for the picker; name/description once fetched. */
export interface CatalogueEntry { id: string; name: string | null; description: string | null }

export type TrainingPhase =
  /** Nothing asked yet. */
  | 'idle'
  /** No exercise named: the picker shows the bundled exercises. */
  | 'picker'
  /** The id in the URL is not a bundled exercise. */
  | 'not-found'
  /** Fetching and checking the exercise, loading its hospital. */
  | 'loading'
  /** The bundled exercise itself is broken (its problems are shown); nothing to run. */
  | 'invalid'
  /** Running the simulation of the exercise with no decision yet (before Start). */
  | 'preparing'
  /** Ready: the facilitator may start. */
  | 'ready'
  /** Started: playing or paused (also paused at a decision point). */
  | 'running'
  /** Re-running the simulation after a decision or a rewind. */
  | 'applying'
  /** The exercise is over (end reached or "End exercise"): the debrief. */
  | 'ended';

export interface TrainingMessage { key: string; params?: Record<string, string | number> }

export interface DebriefState {
  status: 'idle' | 'running' | 'done' | 'error';
  done: number;
  total: number;
  response: DebriefResponse | null;
  /** The decisions the debrief was computed for (JSON), so it re-opens without recomputing. */
  decisionsKey: string | null;
  /** Wall-clock ISO time the debrief was computed. */
  generatedAt: string | null;
}

export interface TrainingState {
  phase: TrainingPhase;
  catalogue: CatalogueEntry[];
  /** The `exercise=` id asked for (null: none). */
  requestedId: string | null;
  exercise: Exercise | null;
  /** Where the exercise came from: a bundled id or a file name. */
  source: { kind: 'bundled' | 'file'; name: string } | null;
  timeline: TimedStep[];
  decisions: TakenDecision[];
  /** Steps reached by the playhead (timeline[0 .. reached-1]); the last one is narrated. */
  reached: number;
  /** The decision point playback is held at, waiting for the trainees' choice. */
  pendingDecisionId: string | null;
  /** Problems of the last exercise file that was rejected (the current exercise stays). */
  problems: Problem[];
  problemsSource: string | null;
  message: TrainingMessage | null;
  debrief: DebriefState;
  debriefOpen: boolean;
  /** The facilitator pressed Start while the simulation was still being prepared. */
  startWhenReady: boolean;
  /** Why the simulation re-runs while phase is 'applying'. */
  applyingFor: 'decision' | 'rewind' | null;
}

export const EMPTY_DEBRIEF: DebriefState = { status: 'idle', done: 0, total: 0, response: null, decisionsKey: null, generatedAt: null };

export function initialTrainingState(): TrainingState {
  return {
    phase: 'idle', catalogue: [], requestedId: null, exercise: null, source: null, timeline: [], decisions: [],
    reached: 0, pendingDecisionId: null, problems: [], problemsSource: null, message: null,
    debrief: EMPTY_DEBRIEF, debriefOpen: false, startWhenReady: false, applyingFor: null,
  };
}

export type TrainingStore = StoreApi<TrainingState>;

export function createTrainingStore(): TrainingStore {
  return createStore<TrainingState>()(initialTrainingState);
}

/** The app's training store (one session per page). */
export const trainingStore: TrainingStore = createTrainingStore();

export function useTraining<T>(selector: (s: TrainingState) => T): T {
  return useStore(trainingStore, selector);
}
