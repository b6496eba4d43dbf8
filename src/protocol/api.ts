/**
 * The typed API of the simulation worker (workers/sim.worker.ts), exposed with comlink. Both threads import
 * this file; it holds types only (plus a few constants), so the main thread never pulls in simulation code.
 *
 * Flow of one what-if (src/bridge/simClient.ts drives it):
 *   load(model) once per hospital / scenario on every worker of the pool →
 *   runReplications(chunk, onProgress, onFrames) on each worker with its share of the replications →
 *   summarise(all packed replication results) on one worker → ExperimentResult + per-unit bands.
 * Big data always travels as transferable ArrayBuffers (never arrays of objects): frames (snapshot.ts layout),
 * packed replication results (opaque to the main thread) and the per-frame room-metric sums for the mean view.
 */
import type { Problem } from '../domain/problems';
import type { Unit } from '../domain/schema';
import type { ExperimentResult, KpiName } from '../sim';
import type { FrameCounts } from './snapshot';
import type { ComposeRequest, ComposeResponse, DebriefProgress, DebriefRequest, DebriefResponse, ExerciseCheck } from './training';

/** What the worker simulates. The hospital is optional (operations models may use plain capacities). */
export interface LoadRequest {
  /** A validated hospital definition as a plain object (structured-cloned), or its JSON text. */
  hospital?: unknown;
  hospitalText?: string;
  operationsText: string;
  scenarioText?: string;
  /** Run a short replication after compiling, so the first real run starts with warm JIT. */
  warmUp?: boolean;
}

export interface LoadResponse {
  ok: boolean;
  /** Problems of the operations model (or hospital / scenario), with JSON paths. */
  problems: Problem[];
  /** Frame counts (hospital array lengths); null when not ok. */
  counts: FrameCounts | null;
  modelId: string | null;
  /** Hospital unit ids that have series (keys of UnitBands.units). */
  unitIds: string[];
}

export interface RunRequest {
  /** Stale work is recognised (and cancelled) by runId. */
  runId: number;
  seed: number;
  /** Measured days per replication; warm-up days run first and are discarded. */
  days: number;
  warmupDays: number;
  /** Interval of frames and series, in simulated minutes. */
  sampleIntervalMinutes: number;
  /** Replication numbers this worker runs (replication r uses the stream seed (seed, r): CRN). */
  replications: number[];
  /** The replication whose frames are streamed through onFrames (null: none). */
  recordFramesFor: number | null;
  /** Frames per onFrames call (default FRAMES_PER_BATCH). */
  framesPerBatch?: number;
}

/** One finished replication: a few KPIs for the main thread, the full result packed for summarise. */
export interface ReplicationOutcome {
  replication: number;
  kpis: Record<KpiName, number>;
  /** Opaque to the main thread: pass it back to summarise() (transfer). */
  packed: ArrayBuffer;
}

export interface RunChunkResult {
  runId: number;
  /** True when cancel(runId) stopped it early; outcomes then holds what finished. */
  cancelled: boolean;
  outcomes: ReplicationOutcome[];
  /**
   * Opaque (worker-packed) per-frame sums over this chunk's replications, for the mean view: pass every
   * chunk's to summarise() (transfer). Null when the model has no hospital mapping or nothing finished.
   */
  meanInputs: ArrayBuffer | null;
  /** Worker wall time for this chunk. */
  elapsedMs: number;
}

/** Called with the replications finished so far in this chunk (fractional during a long replication). */
export type ProgressCallback = (runId: number, done: number) => void;
/** Called with frame buffers (snapshot.ts layout), transferred; hand them back with returnBuffers(). */
export type FramesCallback = (runId: number, buffers: ArrayBuffer[]) => void;

export interface SummariseRequest {
  runId: number;
  /** Packed replication results of ALL replications of the run, any order (transfer). */
  packed: ArrayBuffer[];
  /** Every chunk's meanInputs (transfer); the mean view's rooms come back in SummaryResponse.meanRooms. */
  meanInputs: ArrayBuffer[];
  seed: number;
  days: number;
  warmupDays: number;
  sampleIntervalMinutes: number;
}

/** A value over time with its 95% band across replications. */
export interface Band { mean: Float64Array; lo: Float64Array; hi: Float64Array }

/**
 * Per-unit time series for charts: `times` in minutes since the start of the measured period (the frame time
 * axis). mean = mean over replications; lo/hi = its 95% Student-t interval across replications (like the KPIs).
 * occupancy = patients in the unit's bed and room pools; queue = waiting for any of its pools;
 * staffOnDuty = staff on duty in its staff pools.
 */
export interface UnitBands {
  times: Float64Array;
  units: Record<string, { occupancy: Band; queue: Band; staffOnDuty: Band }>;
}

export interface SummaryResponse {
  /** KPIs, steps, resources, units with 95% intervals; `series` is null here (per-unit series are `bands`). */
  result: ExperimentResult;
  bands: UnitBands;
  /**
   * Room metrics averaged over replications, frame by frame (snapshot room layout per frame), for the mean
   * view; times in minutes since the start of the measured period. Null without meanInputs.
   */
  meanRooms: { rooms: Float32Array; times: Float64Array; frameCount: number; replications: number } | null;
}

/** The scenario editor's check of a draft (schema, then ids against the loaded baseline model), with JSON paths. */
export interface ScenarioCheck {
  ok: boolean;
  problems: Problem[];
  /** False when no model is loaded: only the schema was checked. */
  checkedAgainstModel: boolean;
}

export interface ScenarioPreviewRequest {
  scenarioText: string;
  /** The run's measured and warm-up days (the preview covers at least these, more when the scenario reaches further). */
  days: number;
  warmupDays: number;
}

/** A staff pool's shift, whole-run numbers on duty before and after the scenario. */
export interface ShiftChangeRow {
  resource: string; unitId: string | null; role: string | null; start: string; end: string; baseline: number; scenario: number;
}

/**
 * The editor's live preview. `hours`: bin starts in hours from the start of the run (warm-up included);
 * bins are `binHours` long (1, or 24 for long horizons: daily means). arrivals: patients per hour;
 * staff: staff on duty per role (time-windowed changes included).
 */
export interface ScenarioPreview {
  ok: boolean;
  problems: Problem[];
  binHours: number;
  hours: Float64Array;
  arrivals: { baseline: Float64Array; scenario: Float64Array } | null;
  staff: { role: string; baseline: Float64Array; scenario: Float64Array }[];
  shifts: ShiftChangeRow[];
}

export interface SimWorkerApi {
  load(request: LoadRequest): Promise<LoadResponse>;
  runReplications(request: RunRequest, onProgress: ProgressCallback, onFrames: FramesCallback): Promise<RunChunkResult>;
  /** Gives frame buffers back for reuse (transfer). */
  returnBuffers(buffers: ArrayBuffer[]): void;
  summarise(request: SummariseRequest): Promise<SummaryResponse>;
  /** Stops runReplications(runId) at the next replication boundary. */
  cancel(runId: number): void;
  ping(): Promise<'pong'>;
  /** Test hook: throws from a timer, as an uncaught error in the worker would. */
  crashForTest(): void;
  /** Paired differences, scenario − baseline, of a comparison run under common random numbers (see CompareRequest). */
  compare(request: CompareRequest): Promise<CompareResponse>;
  /** Scenario editor: validates a scenario's JSON text against the loaded (baseline) model. */
  validateScenario(scenarioText: string): Promise<ScenarioCheck>;
  /** Scenario editor: arrival curve and staff on duty, baseline vs scenario (validates first). */
  previewScenario(request: ScenarioPreviewRequest): Promise<ScenarioPreview>;
  /** Training: parses and validates an exercise file against the baseline model (src/protocol/training.ts). */
  checkExercise(text: string): Promise<ExerciseCheck>;
  /** Training: the scenario to run for the exercise with the decisions taken so far (validates first). */
  composeExercise(request: ComposeRequest): Promise<ComposeResponse>;
  /** Training: the debrief (no action, the trainees, the best found), with progress in variants evaluated. */
  debrief(request: DebriefRequest, onProgress: DebriefProgress): Promise<DebriefResponse>;
}

/** A resource pool as the KPI tiles know it (same shape as src/protocol/kpi/resourceCatalogue.ts CatalogueResource). */
export interface CompareResource {
  id: string;
  kind: 'staff' | 'bed' | 'room' | 'equipment' | 'server';
  unitId: string | null;
  equipmentType: string | null;
  staffedBy: { staff: string; patientsPerStaff: number } | null;
}

/**
 * A comparison: the packed replication results (RunChunkResult outcomes' `packed`, transfer) of the baseline
 * and of each scenario (≤ 4), run with the same seed and replication numbers. Needs no model loaded.
 */
export interface CompareRequest {
  baseline: ArrayBuffer[];
  scenarios: ArrayBuffer[][];
  /** The KPI tiles' inputs: pools of the operations model and the hospital's units. */
  resources: CompareResource[];
  units: Unit[];
  days: number;
}

/** value(scenario) − value(baseline) per replication: mean and 95% t-interval; significant when it excludes 0. */
export interface PairedDiff { diff: number; lo: number; hi: number; n: number; significant: boolean; baselineMean: number; scenarioMean: number }

/** One KPI: a tile id of src/protocol/kpi/deriveKpis.ts ("edWaitMean", "census:ed"…) or "kpi:<KpiName>". */
export interface CompareRow { id: string; baseline: { mean: number; lo: number; hi: number; n: number }; scenarios: PairedDiff[] }

export interface CompareResponse { rows: CompareRow[] }

export const FRAMES_PER_BATCH = 96;

/** Frames of one replication: the sample times in [warm-up end, end], both included. */
export function frameCountFor(days: number, warmupDays: number, sampleIntervalMinutes: number): number {
  if (!(sampleIntervalMinutes > 0)) return 0;
  const warmup = warmupDays * 1440;
  const end = warmup + days * 1440;
  return Math.floor(end / sampleIntervalMinutes + 1e-9) - Math.ceil(warmup / sampleIntervalMinutes - 1e-9) + 1;
}
