import * as Comlink from 'comlink';
import type { Problem } from '../src/domain/problems';
import type { Hospital } from '../src/domain/schema';
import { validateHospital, validateHospitalText } from '../src/domain/validate';
import { compile } from '../src/sim/model/compile';
import type { CompiledModel } from '../src/sim/model/compiledModel';
import { loadOperations } from '../src/sim/model/loadOperations';
import { summariseExperiment } from '../src/sim/run/runExperiment';
import { runReplication, type ReplicationResult } from '../src/sim/run/runReplication';
import { applyScenario, loadScenario } from '../src/sim/scenario/applyScenario';
import { createTwinMapping, type TwinMapping } from '../src/sim/twin/roomMetrics';
import { unitBands } from '../src/sim/twin/unitBands';
import { TwinMeanAccumulator } from '../src/sim/twin/meanAccumulator';
import type {
  FramesCallback, LoadRequest, LoadResponse, ProgressCallback, RunChunkResult, RunRequest, SimWorkerApi, SummariseRequest, SummaryResponse,
} from '../src/protocol/api';
import { packResult, unpackResult } from './packResult';
import { ReplicationRecorder } from './replicationRecorder';
import { previewScenario } from './scenarioPreview';
import { loadScenario as readScenario, validateScenario } from '../src/sim/scenario/validateScenario';
import type { ScenarioCheck, ScenarioPreview, ScenarioPreviewRequest } from '../src/protocol/api';
import { compareReplications } from './compareRuns';
import type { CompareRequest, CompareResponse } from '../src/protocol/api';
import type { ComposeRequest, ComposeResponse, DebriefProgress, DebriefRequest, DebriefResponse, ExerciseCheck } from '../src/protocol/training';
import { checkExerciseText, composeForRun, debriefExercise } from './exerciseApi';

interface Loaded { model: CompiledModel; mapping: TwinMapping | null }

/** Lets queued messages (cancel, returned buffers) in between replications: a macrotask without timer clamping. */
function yieldToEvents(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/** Merges every chunk's sums and computes the mean view's room metrics, with the frames' times. */
function meanRoomsOf(mapping: TwinMapping, request: SummariseRequest): SummaryResponse['meanRooms'] {
  const [first, ...rest] = request.meanInputs.map((b) => TwinMeanAccumulator.fromBuffer(b));
  if (!first) return null;
  for (const other of rest) first.merge(other);
  const interval = request.sampleIntervalMinutes;
  const warmup = request.warmupDays * 1440;
  const firstSample = Math.ceil(warmup / interval - 1e-9) * interval;
  const times = Float64Array.from({ length: first.frameCount }, (_, k) => firstSample + k * interval - warmup);
  return { rooms: first.meanRooms(mapping), times, frameCount: first.frameCount, replications: first.replications };
}

const failed = (problems: Problem[]): LoadResponse => ({ ok: false, problems, counts: null, modelId: null, unitIds: [] });

/**
 * The simulation worker's API (src/protocol/api.ts), as a plain object: workers/sim.worker.ts exposes it with
 * comlink; tests expose it over a MessageChannel. Replications run synchronously one at a time; cancel(runId)
 * takes effect at the next replication boundary (the worker yields to its message queue between them).
 */
export function createSimApi(): SimWorkerApi {
  let loaded: Loaded | null = null;
  /** The model before any scenario: what the editor validates and previews scenarios against. */
  let baseline: CompiledModel | null = null;
  const cancelled = new Set<number>();
  const freeBuffers: ArrayBuffer[] = [];

  return {
    async load(request: LoadRequest): Promise<LoadResponse> {
      loaded = null;
      baseline = null;
      let hospital: Hospital | null = null;
      if (request.hospitalText !== undefined || request.hospital !== undefined) {
        const h = request.hospitalText !== undefined ? validateHospitalText(request.hospitalText) : validateHospital(request.hospital);
        if (!h.ok) return failed(h.problems);
        hospital = h.value;
      }
      const ops = loadOperations(request.operationsText, { hospital });
      if (!ops.ok) return failed(ops.problems);
      let model = compile(ops.value, hospital);
      baseline = model;
      if (request.scenarioText !== undefined) {
        const scenario = loadScenario(request.scenarioText);
        if (!scenario.ok) return failed(scenario.problems);
        const applied = applyScenario(model, scenario.value);
        if (!applied.ok) return failed(applied.problems);
        model = applied.value;
      }
      const mapping = hospital ? createTwinMapping(model, hospital) : null;
      if (request.warmUp) runReplication(model, { seed: 1, replication: 0, days: 1, sampleIntervalMinutes: 15, onSample: () => undefined, sampleWaits: true });
      loaded = { model, mapping };
      const unitIds = [...new Set(model.resources.flatMap((r) => (r.unitId === null ? [] : [r.unitId])))];
      const counts = mapping
        ? { roomCount: mapping.roomCount, bedCount: mapping.bedCount, equipmentCount: mapping.equipmentCount }
        : { roomCount: 0, bedCount: 0, equipmentCount: 0 };
      return { ok: true, problems: [], counts, modelId: model.id, unitIds };
    },

    async runReplications(request: RunRequest, onProgress: ProgressCallback, onFrames: FramesCallback): Promise<RunChunkResult> {
      const started = performance.now();
      if (!loaded) throw new Error('no model loaded');
      const { model, mapping } = loaded;
      const { runId } = request;
      const recorder = mapping ? new ReplicationRecorder(mapping, model.resources.length, request, freeBuffers) : null;
      const outcomes: RunChunkResult['outcomes'] = [];
      const transfers: ArrayBuffer[] = [];
      let lastFractionAt = 0;
      for (let i = 0; i < request.replications.length; i++) {
        await yieldToEvents();
        if (cancelled.has(runId)) break;
        const replication = request.replications[i];
        const record = replication === request.recordFramesFor;
        recorder?.begin(record, (buffers) => { void Promise.resolve(onFrames(runId, Comlink.transfer(buffers, buffers))).catch(() => undefined); });
        const result = runReplication(model, {
          seed: request.seed, replication, days: request.days, warmupDays: request.warmupDays,
          sampleIntervalMinutes: request.sampleIntervalMinutes, sampleWaits: recorder !== null,
          onSample: recorder ? (t, state, waiting) => recorder.sample(t, state, waiting) : undefined,
          onProgress: (f) => {
            const now = performance.now();
            if (now - lastFractionAt < 100) return;
            lastFractionAt = now;
            void Promise.resolve(onProgress(runId, i + f)).catch(() => undefined);
          },
        });
        recorder?.end();
        const packed = packResult(result);
        transfers.push(packed);
        outcomes.push({ replication, kpis: result.kpis, packed });
        void Promise.resolve(onProgress(runId, i + 1)).catch(() => undefined);
      }
      const stopped = cancelled.has(runId);
      cancelled.delete(runId);
      const meanInputs = recorder && outcomes.length > 0 ? recorder.meanInputs(outcomes.length) : null;
      if (meanInputs) transfers.push(meanInputs);
      const chunk: RunChunkResult = { runId, cancelled: stopped, outcomes, meanInputs, elapsedMs: performance.now() - started };
      return Comlink.transfer(chunk, transfers);
    },

    returnBuffers(buffers: ArrayBuffer[]): void {
      for (const b of buffers) if (freeBuffers.length < 512) freeBuffers.push(b);
    },

    async summarise(request: SummariseRequest): Promise<SummaryResponse> {
      if (!loaded) throw new Error('no model loaded');
      const { model, mapping } = loaded;
      const results = request.packed.map((b) => unpackResult<ReplicationResult>(b)).sort((a, b) => a.replication - b.replication);
      // series is left out (null): the per-unit series travel as bands, in transferred typed arrays.
      const result = { ...summariseExperiment(model, results, {
        replications: results.length, seed: request.seed, days: request.days, warmupDays: request.warmupDays,
      }), series: null };
      const bands = unitBands(model, results, request.warmupDays * 1440);
      const buffers = [bands.times.buffer as ArrayBuffer];
      for (const u of Object.values(bands.units)) {
        for (const b of [u.occupancy, u.queue, u.staffOnDuty]) buffers.push(b.mean.buffer as ArrayBuffer, b.lo.buffer as ArrayBuffer, b.hi.buffer as ArrayBuffer);
      }
      const meanRooms = mapping ? meanRoomsOf(mapping, request) : null;
      if (meanRooms) buffers.push(meanRooms.rooms.buffer as ArrayBuffer, meanRooms.times.buffer as ArrayBuffer);
      return Comlink.transfer({ result, bands, meanRooms }, buffers);
    },

    cancel(runId: number): void {
      cancelled.add(runId);
    },

    async ping(): Promise<'pong'> {
      return 'pong';
    },

    crashForTest(): void {
      setTimeout(() => { throw new Error('simulated worker crash (test hook)'); }, 0);
    },

    async compare(request: CompareRequest): Promise<CompareResponse> {
      const unpack = (buffers: ArrayBuffer[]) => buffers.map((b) => unpackResult<ReplicationResult>(b));
      return compareReplications(unpack(request.baseline), request.scenarios.map(unpack), request);
    },

    async validateScenario(scenarioText: string): Promise<ScenarioCheck> {
      const result = baseline
        ? validateScenario(scenarioText, { operations: baseline.operations, hospital: baseline.hospital })
        : readScenario(scenarioText);
      return { ok: result.ok, problems: result.problems, checkedAgainstModel: baseline !== null };
    },

    async previewScenario(request: ScenarioPreviewRequest): Promise<ScenarioPreview> {
      const empty = (problems: ScenarioPreview['problems']): ScenarioPreview => ({ ok: false, problems, binHours: 1, hours: new Float64Array(0), arrivals: null, staff: [], shifts: [] });
      if (!baseline) return empty([{ path: [], code: 'no-model', message: 'no hospital model is loaded yet' }]);
      const checked = validateScenario(request.scenarioText, { operations: baseline.operations, hospital: baseline.hospital });
      if (!checked.ok) return empty(checked.problems);
      const preview = previewScenario(baseline, checked.value, request);
      const buffers = [preview.hours, ...(preview.arrivals ? [preview.arrivals.baseline, preview.arrivals.scenario] : []), ...preview.staff.flatMap((s) => [s.baseline, s.scenario])]
        .map((a) => a.buffer as ArrayBuffer);
      return Comlink.transfer(preview, [...new Set(buffers)]);
    },

    async checkExercise(text: string): Promise<ExerciseCheck> {
      return checkExerciseText(baseline, text);
    },

    async composeExercise(request: ComposeRequest): Promise<ComposeResponse> {
      return composeForRun(baseline, request);
    },

    async debrief(request: DebriefRequest, onProgress: DebriefProgress): Promise<DebriefResponse> {
      return debriefExercise(baseline, request, onProgress, yieldToEvents);
    },
  };
}
