import type { Problem } from '../../domain/problems';
import type {
  ComposeRequest, ComposeResponse, DebriefProgress, DebriefRequest, DebriefResponse, ExerciseCheck,
} from '../../protocol/training';
import type { ScenarioInput } from '../../sim/scenario/scenarioSchema';

/**
 * What the training session needs from the rest of the app, as small interfaces: the browser wiring is in
 * trainingDeps.ts, and unit tests pass fakes (a fake worker, a fake clock, runs that resolve at once).
 */

/** The three worker methods of training (SimWorkerApi), with a plain progress callback. */
export interface TrainingWorker {
  checkExercise(text: string): Promise<ExerciseCheck>;
  composeExercise(request: ComposeRequest): Promise<ComposeResponse>;
  debrief(request: DebriefRequest, onProgress: DebriefProgress): Promise<DebriefResponse>;
}

/** The part of the playback clock (src/bridge/playback.ts) a session drives. */
export interface TrainingClock {
  readonly time: number;
  readonly playing: boolean;
  readonly speed: number;
  /** Time of the last frame (0 without frames). */
  readonly end: number;
  play(): void;
  pause(): void;
  seek(t: number): void;
  setSpeed(speed: number): void;
  /** Playing pauses exactly at this minute when it gets there (null: no stop); see PlaybackClock.setStopAt. */
  setStopAt(minute: number | null): void;
  /** Told on seek / play / pause / new frames at once, and at ≤ 4 Hz while playing. */
  subscribe(listener: () => void): () => void;
}

/** The run settings an exercise fixes (runStore.settings): the worker's ExerciseRunSettings and the frame interval. */
export interface TrainingRunSettings {
  days: number;
  replications: number;
  seed: number;
  warmupDays: number;
  startDate: string;
  sampleIntervalMinutes: number;
}

export type RunResult = { ok: true } | { ok: false; status: string; problems: Problem[] };

export interface TrainingDeps {
  worker(): Promise<TrainingWorker>;
  /** Bundled exercises: id → its JSON text (fetched when called). */
  exercises: ReadonlyMap<string, () => Promise<string>>;
  /** Id of the hospital on screen (null while none). */
  hospitalId(): string | null;
  /** Asks for another bundled hospital (`?model=<id>`). */
  openHospital(id: string): void;
  /**
   * Resolves true once a hospital (this one, when given) is on screen and its model is loaded in the workers;
   * false when loading ended with another hospital (e.g. the one asked for does not exist).
   */
  whenReady(hospitalId: string | null): Promise<boolean>;
  /** Sets the run settings, loads the scenario and runs; resolves when the run is over. */
  run(settings: TrainingRunSettings, scenario: ScenarioInput): Promise<RunResult>;
  clock: TrainingClock;
  now(): Date;
}
