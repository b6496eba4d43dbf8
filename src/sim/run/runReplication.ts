import { replicationSeed } from '../kernel/rng';
import type { CompiledModel } from '../model/compiledModel';
import { Engine } from '../model/engine';
import type { ResourceSeries } from '../model/sampleRecorder';
import type { SimState } from '../model/simState';
import type { KpiValues } from './kpis';
import { summariseReplication } from './summarise';
import { createWaitingSample, sampleWaiting, type WaitingSample } from './waitingSample';

export const MINUTES_PER_DAY = 1440;

/** Thrown by runReplication when `shouldStop` asked it to stop. */
export class ReplicationStopped extends Error {
  constructor() { super('replication stopped'); }
}

export interface ReplicationOptions {
  /** Base seed of the experiment; with `replication` it gives this replication's independent seed. */
  seed: number;
  replication?: number;
  /** Measured days (after the warm-up). */
  days: number;
  /** Warm-up days simulated first and then discarded (steady-state runs); 0 for a terminating run. */
  warmupDays?: number;
  /** Interval of the series and of onSample, in minutes (default 60; 0 = none). */
  sampleIntervalMinutes?: number;
  /** Called at every sample time; `waiting` is given when `sampleWaits` is set. Arrays are live: copy what you keep. */
  onSample?: (t: number, state: SimState, waiting?: WaitingSample) => void;
  /** Also pass onSample the patients waiting per resource and their times so far (scans the patient table). */
  sampleWaits?: boolean;
  /** Polled now and then (every 65,536 events): return true to abandon the replication (throws ReplicationStopped). */
  shouldStop?: () => boolean;
  /** Compute an FNV hash over (time, kind, payload) of every processed event. */
  traceHash?: boolean;
  /** Called now and then with the fraction of this replication done. */
  onProgress?: (fraction: number) => void;
}

export interface StepResult { waitMean: number; waitMedian: number; waitP90: number; started: number }

export interface ResourceResult {
  /** Busy time / on-duty capacity time (NaN for unlimited pools). */
  utilisation: number;
  occupancyMean: number;
  /** Fraction of the measured time at each occupancy level 0, 1, 2, … */
  occupancyDistribution: number[];
  queueMean: number;
  queueMax: number;
  /** Patients lost or diverted at this resource. */
  lost: number;
  onDutyMean: number;
}

/** Patients in the bed and room pools of one hospital unit. */
export interface UnitResult {
  occupancyMean: number;
  /** Fraction of the measured time at each occupancy level 0, 1, 2, … */
  occupancyDistribution: number[];
  occupancyMax: number;
}

export interface ReplicationSeries {
  intervalMinutes: number;
  /** Sample times in minutes from the start of the run (warm-up included). */
  times: Float64Array;
  resources: Record<string, ResourceSeries>;
}

export interface ReplicationResult {
  model: string;
  replication: number;
  seed: number;
  kpis: KpiValues;
  steps: Record<string, StepResult>;
  resources: Record<string, ResourceResult>;
  units: Record<string, UnitResult>;
  series: ReplicationSeries | null;
  traceHash: number | null;
  events: number;
}

/**
 * Runs one replication: warm-up (discarded) then `days` measured days. Deterministic: the same model, seed
 * and replication number always give the same events (see traceHash).
 */
export function runReplication(model: CompiledModel, options: ReplicationOptions): ReplicationResult {
  const replication = options.replication ?? 0;
  const seed = replicationSeed(options.seed, replication);
  const warmupTime = (options.warmupDays ?? 0) * MINUTES_PER_DAY;
  const endTime = warmupTime + options.days * MINUTES_PER_DAY;
  if (!(options.days > 0)) throw new Error('days must be > 0');
  const { onSample, shouldStop, onProgress } = options;
  const waiting = onSample && options.sampleWaits ? createWaitingSample(model.resources.length) : null;
  const engine: Engine = new Engine(model, {
    seed, endTime, warmupTime, sampleIntervalMinutes: options.sampleIntervalMinutes ?? 60,
    onSample: onSample && waiting ? (t, state) => { sampleWaiting(engine, t, waiting); onSample(t, state, waiting); } : onSample,
    traceHash: options.traceHash,
    onProgress: shouldStop ? (f) => { if (shouldStop()) throw new ReplicationStopped(); onProgress?.(f); } : onProgress,
  });
  engine.run();
  const result = summariseReplication(model, engine, { replication, seed, days: options.days, endTime, traceHash: options.traceHash === true });
  // The result holds plain numbers (and the recorder's series, not pooled): the observation buffers can go to
  // the next replication of this thread.
  engine.releaseStorage();
  return result;
}
