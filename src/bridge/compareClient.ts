import * as Comlink from 'comlink';
import type { Hospital } from '../domain/schema';
import type { LoadResponse, ReplicationOutcome, SummaryResponse } from '../protocol/api';
import type { ScenarioInput } from '../sim/scenario/scenarioSchema';
import { catalogueFromOperations } from '../protocol/kpi/resourceCatalogue';
import { compareStore, MAX_COMPARED, roomMeansOverRun, type ComparedVariant } from './compareStore';
import type { RunSettings } from './runStore';
import { poolSizeFor, WorkerPool, type WorkerFactory } from './workerPool';

/**
 * Runs a comparison: the baseline and each scenario (≤ 4) with the same seed and replication numbers (common
 * random numbers), one after the other on a worker pool of its own (the main run's pool keeps its model), each
 * variant's replications split over the workers. Each variant is summarised on its worker (bands, mean rooms);
 * the paired differences of every KPI are then computed by one worker from all packed replication results.
 * The newest comparison wins: a stale one stops at its next step.
 */
const operationsModels = import.meta.glob<string>('/models/operations/*.operations.json', { query: '?url', import: 'default' });

const factory: WorkerFactory = () => {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'comparison' });
  return { worker, endpoint: worker };
};

let pool: WorkerPool | null = null;
const getPool = (): WorkerPool => (pool ??= new WorkerPool(factory, poolSizeFor(navigator.hardwareConcurrency)));

/** A named scenario to compare (its JSON is sent to the workers, which validate and apply it). */
export interface ComparedScenario { id: string; name: string; scenario: ScenarioInput }

export interface ComparisonRequest {
  hospital: Hospital;
  scenarios: ComparedScenario[];
  settings: Pick<RunSettings, 'days' | 'replications' | 'seed' | 'warmupDays' | 'sampleIntervalMinutes'>;
}

class Stale extends Error {}

async function operationsTextOf(hospital: Hospital): Promise<string | null> {
  const loader = operationsModels[`/models/operations/${hospital.id}.operations.json`];
  if (!loader) return null;
  return (await fetch(await loader())).text();
}

/** Starts a comparison; resolves when it ends (compareStore holds the outcome). */
export async function runComparison(request: ComparisonRequest): Promise<void> {
  const runId = compareStore.getState().runId + 1;
  const scenarios = request.scenarios.slice(0, MAX_COMPARED);
  compareStore.setState({ runId, status: 'running', progress: 0, message: null });
  const stale = () => compareStore.getState().runId !== runId;
  const fail = (key: string, params?: Record<string, string | number>) => {
    if (!stale()) compareStore.setState({ status: 'error', message: { key, params } });
  };
  if (scenarios.length === 0) return fail('message.noScenario');
  const { hospital, settings } = request;
  let operationsText: string | null;
  try {
    operationsText = await operationsTextOf(hospital);
  } catch {
    return fail('message.loadFailed');
  }
  if (!operationsText) return fail('message.noOperations', { hospital: hospital.name });
  const p = getPool();
  const total = settings.replications * (scenarios.length + 1);
  let finished = 0;
  const variants: Array<{ variant: ComparedVariant; packed: ArrayBuffer[] }> = [];
  const runVariant = async (id: string, name: string, scenario: ScenarioInput | null) => {
    const response: LoadResponse = await p.load({ hospital, operationsText, ...(scenario ? { scenarioText: JSON.stringify(scenario) } : {}) });
    if (stale()) throw new Stale();
    if (!response.ok || !response.counts) {
      fail('message.invalidScenario', { name, first: response.problems[0]?.message ?? '' });
      throw new Stale();
    }
    const counts = response.counts;
    const workers = Math.min(p.size, settings.replications);
    const shares = Array.from({ length: workers }, (_, w) => Array.from({ length: Math.ceil((settings.replications - w) / workers) }, (_, k) => w + k * workers));
    const doneBy = new Float64Array(workers);
    const onProgress = (w: number) => (_id: number, done: number) => {
      doneBy[w] = done;
      if (!stale()) compareStore.setState({ progress: Math.min(1, (finished + doneBy.reduce((a, b) => a + b, 0)) / total) });
    };
    const chunks = await Promise.all(shares.map((replications, w) => p.use(w, runId, (api) => api.runReplications(
      { runId, seed: settings.seed, days: settings.days, warmupDays: settings.warmupDays, sampleIntervalMinutes: settings.sampleIntervalMinutes, replications, recordFramesFor: null },
      Comlink.proxy(onProgress(w)), Comlink.proxy(() => undefined),
    ))));
    if (stale()) throw new Stale();
    finished += settings.replications;
    const outcomes: ReplicationOutcome[] = chunks.flatMap((c) => c.outcomes);
    const packed = outcomes.map((o) => o.packed);
    const meanInputs = chunks.flatMap((c) => (c.meanInputs ? [c.meanInputs] : []));
    // packed is copied (not transferred): it is needed again for the paired differences.
    const summary: SummaryResponse = await p.use(0, runId, (api) => api.summarise(Comlink.transfer(
      { runId, packed, meanInputs, seed: settings.seed, days: settings.days, warmupDays: settings.warmupDays, sampleIntervalMinutes: settings.sampleIntervalMinutes },
      meanInputs,
    )));
    if (stale()) throw new Stale();
    const roomMeans = summary.meanRooms ? roomMeansOverRun(summary.meanRooms, counts.roomCount) : null;
    variants.push({ variant: { id, name, result: summary.result, bands: summary.bands, roomMeans }, packed });
  };
  try {
    await runVariant('baseline', 'Baseline', null);
    for (const s of scenarios) await runVariant(s.id, s.name, s.scenario);
    const [baseline, ...rest] = variants;
    const buffers = variants.flatMap((v) => v.packed);
    const response = await p.use(0, runId, (api) => api.compare(Comlink.transfer({
      baseline: baseline.packed, scenarios: rest.map((v) => v.packed),
      resources: catalogueFromOperations(JSON.parse(operationsText) as unknown), units: hospital.units, days: settings.days,
    }, buffers)));
    if (stale()) return;
    compareStore.setState({
      status: 'done', progress: 1, shownScenario: 0,
      comparison: {
        baseline: baseline.variant, scenarios: rest.map((v) => v.variant), rows: response.rows,
        replications: settings.replications, days: settings.days, seed: settings.seed,
      },
    });
  } catch (error) {
    if (error instanceof Stale) return;
    fail('message.crashed');
  }
}

/** Stops the comparison in progress (its late answers are ignored). */
export function cancelComparison(): void {
  const s = compareStore.getState();
  if (s.status !== 'running') return;
  pool?.cancel(s.runId);
  compareStore.setState({ runId: s.runId + 1, status: 'cancelled' });
}
