import * as Comlink from 'comlink';
import type { Hospital } from '../domain/schema';
import type { Problem } from '../domain/problems';
import { frameCountFor, type SimWorkerApi, type ProgressCallback, type FramesCallback, type LoadResponse, type RunChunkResult } from '../protocol/api';
import { FrameStore } from '../protocol/frameStore';
import { buildMeanFrames } from '../protocol/meanFrames';
import { decodeFrame, type FrameCounts } from '../protocol/snapshot';
import { runStore, type RunSettings, type RunState } from './runStore';
import { scenarioStore, setApplied, type ScenarioInput } from './scenarioStore';
import { viewStore } from './viewStore';
import { poolSizeFor, WorkerPool, type WorkerFactory } from './workerPool';

/**
 * Drives what-ifs from the main thread: loads the hospital's operations model into the worker pool, splits a
 * run's replications over the workers, streams progress (≤ 4 Hz) and the representative replication's frames
 * into runStore, and sets the summary (KPIs, bands, mean frames) when every replication is in. The newest
 * runId wins: anything a stale run sends is dropped. Representative replication: replication 0 — its frames
 * stream while the run goes on (no re-run), and under common random numbers it is a typical draw.
 */

const REPRESENTATIVE = 0;
const PROGRESS_INTERVAL_MS = 250;

const operationsModels = import.meta.glob<string>('/models/operations/*.operations.json', { query: '?url', import: 'default' });

export interface RunOutcome { status: RunState['status']; elapsedMs: number | null }

/** Main-thread cost of the run's worker messages (for the benchmark). */
export interface MessageStats {
  progressMessages: number; progressMs: number; frameMessages: number; frameMs: number; frameBytes: number;
  /** Main-thread time to build the mean frames and publish the answer; worker time in runReplications; summarise round trip. */
  summaryMs: number; workerRunMs: number; summariseMs: number;
  /** performance.now() marks: run start, all chunks in, summary in, answer published. */
  marks: number[];
}

let pool: WorkerPool | null = null;
let model: { hospitalId: string; counts: FrameCounts; response: LoadResponse } | null = null;
let loadSeq = 0;
/** What the workers were loaded with (the baseline request), so a scenario can be applied on top of it. */
let baseRequest: { hospital: Hospital; operationsText: string } | null = null;
let finishRun: ((outcome: RunOutcome) => void) | null = null;
let stats: MessageStats = emptyStats();
let started = false;
/** Whether loading a hospital starts a baseline run at once (the planner); the wall and training modes run their own. */
let autoRunOnLoad = true;

function emptyStats(): MessageStats {
  return { progressMessages: 0, progressMs: 0, frameMessages: 0, frameMs: 0, frameBytes: 0, summaryMs: 0, workerRunMs: 0, summariseMs: 0, marks: [performance.now()] };
}

const defaultFactory: WorkerFactory = () => {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'simulation' });
  return { worker, endpoint: worker };
};

function getPool(): WorkerPool {
  pool ??= new WorkerPool(defaultFactory, poolSizeFor(navigator.hardwareConcurrency), (_slot, reason) => {
    if (reason === 'cancelled') return;
    const s = runStore.getState();
    if (s.status === 'running') endRun(s.runId, { status: 'error', message: { key: 'run:message.crashed' } });
  });
  return pool;
}

/** Resolves in a later task, so the browser can paint and handle input in between. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function endRun(runId: number, patch: Partial<RunState>): void {
  const s = runStore.getState();
  if (s.runId !== runId || s.status !== 'running') return;
  const elapsedMs = s.startedAt === null ? null : performance.now() - s.startedAt;
  const status = patch.status ?? 'done';
  runStore.setState({ ...patch, elapsedMs: status === 'done' ? elapsedMs : s.elapsedMs });
  const finish = finishRun;
  finishRun = null;
  finish?.({ status, elapsedMs });
}

/** Loads the operations model that goes with a hospital (models/operations/<id>.operations.json). */
async function loadHospital(hospital: Hospital | null): Promise<void> {
  const seq = ++loadSeq;
  cancelRun();
  model = null;
  baseRequest = null;
  if (scenarioStore.getState().applied) setApplied(null);
  runStore.setState({ canRun: false, result: null, bands: null, frames: null, status: 'idle', progress: 0, replicationsDone: 0, message: null });
  if (!hospital) return;
  const loader = operationsModels[`/models/operations/${hospital.id}.operations.json`];
  if (!loader) {
    runStore.setState({ message: { key: 'run:message.noOperations', params: { hospital: hospital.name } } });
    return;
  }
  let response: LoadResponse;
  let operationsText: string;
  try {
    operationsText = await (await fetch(await loader())).text();
    if (seq !== loadSeq) return;
    response = await getPool().load({ hospital, operationsText, warmUp: true });
  } catch {
    if (seq === loadSeq) runStore.setState({ message: { key: 'run:message.loadFailed' } });
    return;
  }
  if (seq !== loadSeq) return;
  if (!response.ok || !response.counts) {
    runStore.setState({ message: { key: 'run:message.invalidOperations', params: { count: response.problems.length, first: response.problems[0]?.message ?? '' } } });
    return;
  }
  model = { hospitalId: hospital.id, counts: response.counts, response };
  baseRequest = { hospital, operationsText };
  runStore.setState({ canRun: true });
  if (autoRunOnLoad) void startRun();
}

/** Starts a what-if with the stored settings (and any overrides); resolves when it ends, however it ends. */
export function startRun(overrides: Partial<RunSettings> = {}): Promise<RunOutcome> {
  const current = model;
  if (!current) return Promise.resolve({ status: runStore.getState().status, elapsedMs: null });
  cancelRun();
  const settings = { ...runStore.getState().settings, ...overrides };
  const runId = runStore.getState().runId + 1;
  const done = new Promise<RunOutcome>((resolve) => { finishRun = resolve; });
  stats = emptyStats();
  runStore.setState({
    // result, bands and frames keep the last answer (same hospital) until this run's replace them: no layout jump.
    settings, runId, status: 'running', progress: 0, replicationsDone: 0, message: null,
    startedAt: performance.now(), elapsedMs: null, runReplications: settings.replications, runDays: settings.days,
  });
  void execute(runId, settings, current.counts);
  return done;
}

async function execute(runId: number, settings: RunSettings, counts: FrameCounts): Promise<void> {
  const p = getPool();
  const total = settings.replications;
  const workers = Math.min(p.size, total);
  const shares = Array.from({ length: workers }, (_, w) => Array.from({ length: Math.ceil((total - w) / workers) }, (_, k) => w + k * workers));
  const frameCount = frameCountFor(settings.days, settings.warmupDays, settings.sampleIntervalMinutes);
  const stale = () => runStore.getState().runId !== runId || runStore.getState().status !== 'running';
  let representative: FrameStore | null = null;
  const doneBy = new Float64Array(workers);
  let lastProgressAt = 0;
  let progressTimer: ReturnType<typeof setTimeout> | null = null;
  const flushProgress = () => {
    progressTimer = null;
    if (stale()) return;
    lastProgressAt = performance.now();
    const sum = doneBy.reduce((a, b) => a + b, 0);
    runStore.setState({ progress: Math.min(1, sum / total), replicationsDone: Math.floor(sum + 1e-9) });
  };
  const progressFor = (w: number): ProgressCallback => (id, done) => {
    const t0 = performance.now();
    if (id === runId) {
      doneBy[w] = done;
      const wait = PROGRESS_INTERVAL_MS - (t0 - lastProgressAt);
      if (wait <= 0) flushProgress();
      else progressTimer ??= setTimeout(flushProgress, wait);
    }
    stats.progressMessages++;
    stats.progressMs += performance.now() - t0;
  };
  // Callbacks travel on their own ports: the last frames may arrive after the chunk's result.
  let framesComplete: () => void = () => undefined;
  const allFrames = new Promise<void>((resolve) => { framesComplete = resolve; });
  const onFrames: FramesCallback = (id, buffers) => {
    const t0 = performance.now();
    if (id === runId && runStore.getState().runId === runId) {
      if (!representative) {
        representative = new FrameStore(counts, frameCount);
        runStore.setState({ frames: { replication: representative, replicationIndex: REPRESENTATIVE, mean: null } });
      }
      for (const b of buffers) {
        if (representative.frameCount < representative.capacity) representative.append(decodeFrame(b));
        stats.frameBytes += b.byteLength;
      }
      if (representative.frameCount >= frameCount) framesComplete();
    }
    void getPool().api(0).returnBuffers(Comlink.transfer(buffers, buffers));
    stats.frameMessages++;
    stats.frameMs += performance.now() - t0;
  };
  let chunks: RunChunkResult[];
  try {
    chunks = await Promise.all(shares.map((replications, w) => p.use(w, runId, (api) => api.runReplications(
      { runId, seed: settings.seed, days: settings.days, warmupDays: settings.warmupDays, sampleIntervalMinutes: settings.sampleIntervalMinutes,
        replications, recordFramesFor: replications.includes(REPRESENTATIVE) ? REPRESENTATIVE : null },
      Comlink.proxy(progressFor(w)), Comlink.proxy(onFrames),
    ))));
    if (stale() || chunks.some((c) => c.cancelled)) return;
    if (frameCount > 0) await Promise.race([allFrames, new Promise((resolve) => setTimeout(resolve, 2000))]);
    // No progress update now: each store change repaints the scene, and the answer follows at once.
    if (progressTimer !== null) clearTimeout(progressTimer);
    progressTimer = null;
    stats.workerRunMs = Math.max(...chunks.map((c) => c.elapsedMs));
    stats.marks.push(performance.now());
    const summariseStart = performance.now();
    const packed = chunks.flatMap((c) => c.outcomes.map((o) => o.packed));
    const meanInputs = chunks.flatMap((c) => (c.meanInputs ? [c.meanInputs] : []));
    const summary = await p.use(0, runId, (api) => api.summarise(Comlink.transfer(
      { runId, packed, meanInputs, seed: settings.seed, days: settings.days, warmupDays: settings.warmupDays, sampleIntervalMinutes: settings.sampleIntervalMinutes },
      [...packed, ...meanInputs],
    )));
    if (stale()) return;
    const t0 = performance.now();
    stats.summariseMs = t0 - summariseStart;
    stats.marks.push(t0);
    const mean = summary.meanRooms ? buildMeanFrames(counts, summary.meanRooms, representative) : null;
    const frames = representative ? { replication: representative, replicationIndex: REPRESENTATIVE, mean } : null;
    if (progressTimer !== null) clearTimeout(progressTimer);
    // Publish the answer in three tasks (the scene's frames, the charts' bands, then the KPIs and the status):
    // one store update re-renders every subscribed panel at once, which made a single long main-thread task.
    runStore.setState({ frames });
    await nextTask();
    if (stale()) return;
    runStore.setState({ bands: summary.bands });
    await nextTask();
    if (stale()) return;
    endRun(runId, { status: 'done', progress: 1, replicationsDone: total, result: summary.result });
    stats.summaryMs = performance.now() - t0;
    stats.marks.push(performance.now());
  } catch {
    if (!stale()) endRun(runId, { status: 'error', message: { key: 'run:message.crashed' } });
  }
}

let replicationRequest = 0;

/**
 * Shows another replication of the last finished run in the 3D view: re-runs it (same seed and replication
 * number: identical under common random numbers) with frames, then swaps runStore.frames.replication.
 * Resolves false when there is nothing to show or the run changed meanwhile.
 */
export async function showReplication(index: number): Promise<boolean> {
  const s = runStore.getState();
  const current = model;
  if (!current || s.status !== 'done' || !s.result || index < 0 || index >= s.result.replications) return false;
  const { runId, settings } = s;
  const request = ++replicationRequest;
  const store = new FrameStore(current.counts, frameCountFor(settings.days, settings.warmupDays, settings.sampleIntervalMinutes));
  const frameRunId = 1_000_000_000 + request;
  let complete: () => void = () => undefined;
  const allFrames = new Promise<void>((resolve) => { complete = resolve; });
  const onFrames: FramesCallback = (_id, buffers) => {
    for (const b of buffers) if (store.frameCount < store.capacity) store.append(decodeFrame(b));
    if (store.frameCount >= store.capacity) complete();
    void getPool().api(0).returnBuffers(Comlink.transfer(buffers, buffers));
  };
  try {
    await getPool().use(0, frameRunId, (api) => api.runReplications(
      { runId: frameRunId, seed: settings.seed, days: settings.days, warmupDays: settings.warmupDays, sampleIntervalMinutes: settings.sampleIntervalMinutes, replications: [index], recordFramesFor: index },
      Comlink.proxy(() => undefined), Comlink.proxy(onFrames),
    ));
    await Promise.race([allFrames, new Promise((resolve) => setTimeout(resolve, 2000))]);
  } catch {
    return false;
  }
  const now = runStore.getState();
  if (request !== replicationRequest || now.runId !== runId || now.status !== 'done' || !now.frames) return false;
  runStore.setState({ frames: { ...now.frames, replication: store, replicationIndex: index } });
  return true;
}

/** Stops the current run (its late results are ignored); the workers stop at their next replication. */
export function cancelRun(): void {
  const s = runStore.getState();
  if (s.status !== 'running') return;
  pool?.cancel(s.runId);
  endRun(s.runId, { status: 'cancelled' });
}

/** Changes the settings; a run in progress is cancelled (its answer would not match them any more). */
export function updateSettings(patch: Partial<RunSettings>): void {
  cancelRun();
  runStore.setState({ settings: { ...runStore.getState().settings, ...patch } });
}

/** Asks a worker (the first of the pool, with the baseline loaded) to check or preview a scenario. */
export async function scenarioWorker(): Promise<Comlink.Remote<SimWorkerApi>> {
  const p = getPool();
  await p.ensureLoaded(0).catch(() => null);
  return p.api(0);
}

export type ScenarioRunOutcome = RunOutcome | { status: 'invalid'; problems: Problem[] };

/**
 * Runs the what-if with a scenario applied (null: back to the baseline): reloads the workers with the
 * scenario's text on top of the hospital's operations, marks it as applied in scenarioStore, and runs.
 * A scenario the worker rejects leaves the baseline loaded and resolves with its problems.
 */
export async function runWithScenario(scenario: ScenarioInput | null): Promise<ScenarioRunOutcome> {
  const base = baseRequest;
  if (!base || !model) return { status: runStore.getState().status, elapsedMs: null };
  cancelRun();
  const seq = ++loadSeq;
  const scenarioText = scenario ? JSON.stringify(scenario) : undefined;
  runStore.setState({ canRun: false });
  let response: LoadResponse;
  try {
    response = await getPool().load({ ...base, ...(scenarioText !== undefined ? { scenarioText } : {}) });
  } catch {
    response = { ok: false, problems: [{ path: [], code: 'load-failed', message: 'the simulation worker stopped' }], counts: null, modelId: null, unitIds: [] };
  }
  if (seq !== loadSeq) return { status: runStore.getState().status, elapsedMs: null };
  if (!response.ok || !response.counts) {
    await getPool().load(base).catch(() => null);
    if (seq === loadSeq) runStore.setState({ canRun: true });
    setApplied(null);
    return { status: 'invalid', problems: response.problems };
  }
  model = { ...model, counts: response.counts, response };
  setApplied(scenario);
  runStore.setState({ canRun: true });
  return startRun();
}

/**
 * Starts listening to the hospital on screen (idempotent). Also installs window.__twinRun for tests.
 * `autoRun: false` (wall display, training): a loaded hospital only sets runStore.canRun; the mode starts its runs.
 */
export function startSimClient(options: { autoRun?: boolean } = {}): void {
  if (options.autoRun !== undefined) autoRunOnLoad = options.autoRun;
  if (started) return;
  started = true;
  let shown = viewStore.getState().hospital;
  void loadHospital(shown);
  viewStore.subscribe((s) => {
    if (s.hospital === shown) return;
    shown = s.hospital;
    void loadHospital(shown);
  });
  (window as unknown as { __twinRun: unknown }).__twinRun = {
    start: (settings?: Partial<RunSettings>) => startRun(settings),
    cancel: cancelRun,
    killWorker: (index = 0) => pool?.kill(index, 'killed by test hook'),
    crashWorker: (index = 0) => pool?.crash(index),
    status: () => runStore.getState().status,
    showReplication,
    poolSize: () => getPool().size,
    stats: () => ({ ...stats }),
  };
}
