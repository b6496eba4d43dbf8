import { tInterval, type Interval } from '../stats/intervals';
import type { CompiledModel } from '../model/compiledModel';
import { KPI_NAMES, type KpiName } from './kpis';
import { runReplication, type ReplicationResult } from './runReplication';

export interface ExperimentOptions {
  replications: number;
  /** Base seed; replication r uses replicationSeed(seed, r), so scenarios share random numbers (CRN). */
  seed: number;
  /** Measured days per replication (after the warm-up). */
  days: number;
  warmupDays?: number;
  /** Series interval in minutes (default 60; 0 = no series). */
  sampleIntervalMinutes?: number;
  /** Called with (replications done, total); `done` is fractional during a long replication. */
  onProgress?: (done: number, total: number) => void;
  /** Keep every replication's raw result (for paired comparisons). */
  keepReplications?: boolean;
}

export interface StepSummary { waitMean: Interval; waitMedian: Interval; waitP90: Interval; started: Interval }

export interface ResourceSummary {
  utilisation: Interval;
  occupancyMean: Interval;
  /** Mean over replications of the fraction of time at each occupancy level. */
  occupancyDistribution: number[];
  queueMean: Interval;
  lost: Interval;
  onDutyMean: Interval;
}

export interface UnitSummary {
  occupancyMean: Interval;
  occupancyDistribution: number[];
  occupancyMax: Interval;
}

/** Mean over replications of the sampled series (minutes from the start; warm-up included). */
export interface SeriesSummary {
  intervalMinutes: number;
  times: number[];
  /** Per resource: occupancy (busy), queue, onDuty. */
  resources: Record<string, { occupancy: number[]; queue: number[]; onDuty: number[] }>;
  /** Per hospital unit: occupancy of its bed and room pools, queue of all its pools, staff on duty. */
  units: Record<string, { occupancy: number[]; queue: number[]; staffOnDuty: number[] }>;
}

export interface ExperimentResult {
  model: string;
  scenario: string | null;
  replications: number;
  seed: number;
  days: number;
  warmupDays: number;
  kpis: Record<KpiName, Interval>;
  steps: Record<string, StepSummary>;
  resources: Record<string, ResourceSummary>;
  /** Time-weighted occupancy of each hospital unit's bed and room pools. */
  units: Record<string, UnitSummary>;
  series: SeriesSummary | null;
  /** Raw per-replication KPI values, in replication order (for paired differences under CRN). */
  kpiValues: Record<KpiName, number[]>;
  events: number;
  replicationResults?: ReplicationResult[];
}

/** Interval over the finite values only (a replication with no observations gives NaN and is left out). */
export function intervalOf(values: number[]): Interval {
  return tInterval(values.filter((v) => Number.isFinite(v)));
}

/** Runs independent replications and summarises every KPI as a mean with a 95% t-interval. */
export function runExperiment(model: CompiledModel, options: ExperimentOptions): ExperimentResult {
  if (!(options.replications >= 1)) throw new Error('replications must be ≥ 1');
  const results: ReplicationResult[] = [];
  for (let r = 0; r < options.replications; r++) {
    results.push(runReplication(model, {
      seed: options.seed, replication: r, days: options.days, warmupDays: options.warmupDays ?? 0,
      sampleIntervalMinutes: options.sampleIntervalMinutes ?? 60,
      onProgress: options.onProgress ? (f) => options.onProgress?.(r + f, options.replications) : undefined,
    }));
    options.onProgress?.(r + 1, options.replications);
  }
  return summariseExperiment(model, results, options);
}

export function summariseExperiment(model: CompiledModel, results: ReplicationResult[], options: ExperimentOptions): ExperimentResult {
  const kpiValues = {} as Record<KpiName, number[]>;
  const kpis = {} as Record<KpiName, Interval>;
  for (const name of KPI_NAMES) {
    kpiValues[name] = results.map((r) => r.kpis[name]);
    kpis[name] = intervalOf(kpiValues[name]);
  }
  const steps: Record<string, StepSummary> = {};
  for (const step of model.steps) {
    const of = (f: (r: ReplicationResult) => number) => intervalOf(results.map(f));
    steps[step.id] = {
      waitMean: of((r) => r.steps[step.id].waitMean), waitMedian: of((r) => r.steps[step.id].waitMedian),
      waitP90: of((r) => r.steps[step.id].waitP90), started: of((r) => r.steps[step.id].started),
    };
  }
  const resources: Record<string, ResourceSummary> = {};
  for (const res of model.resources) {
    const of = (f: (r: ReplicationResult) => number) => intervalOf(results.map(f));
    const one = (r: ReplicationResult) => r.resources[res.id];
    resources[res.id] = {
      utilisation: of((r) => one(r).utilisation), occupancyMean: of((r) => one(r).occupancyMean),
      occupancyDistribution: meanDistribution(results.map((r) => one(r).occupancyDistribution)),
      queueMean: of((r) => one(r).queueMean), lost: of((r) => one(r).lost), onDutyMean: of((r) => one(r).onDutyMean),
    };
  }
  const units: Record<string, UnitSummary> = {};
  for (const unitId of Object.keys(results[0]?.units ?? {})) {
    units[unitId] = {
      occupancyMean: intervalOf(results.map((r) => r.units[unitId].occupancyMean)),
      occupancyDistribution: meanDistribution(results.map((r) => r.units[unitId].occupancyDistribution)),
      occupancyMax: intervalOf(results.map((r) => r.units[unitId].occupancyMax)),
    };
  }
  return {
    model: model.id, scenario: model.scenarioId, replications: results.length, seed: options.seed, days: options.days,
    warmupDays: options.warmupDays ?? 0, kpis, steps, resources, units, series: summariseSeries(model, results), kpiValues,
    events: results.reduce((sum, r) => sum + r.events, 0),
    ...(options.keepReplications ? { replicationResults: results } : {}),
  };
}

function meanDistribution(distributions: number[][]): number[] {
  const length = Math.max(0, ...distributions.map((d) => d.length));
  const mean = new Array<number>(length).fill(0);
  for (const d of distributions) d.forEach((p, i) => { mean[i] += p / distributions.length; });
  return mean;
}

function summariseSeries(model: CompiledModel, results: ReplicationResult[]): SeriesSummary | null {
  const first = results[0]?.series;
  if (!first) return null;
  const n = Math.min(...results.map((r) => r.series?.times.length ?? 0));
  const average = (pick: (r: ReplicationResult) => Float64Array): number[] => {
    const out = new Array<number>(n).fill(0);
    for (const r of results) {
      const values = pick(r);
      for (let k = 0; k < n; k++) out[k] += values[k] / results.length;
    }
    return out;
  };
  const resources: SeriesSummary['resources'] = {};
  for (const res of model.resources) {
    const of = (r: ReplicationResult) => r.series?.resources[res.id];
    resources[res.id] = {
      occupancy: average((r) => of(r)?.occupancy ?? new Float64Array(n)),
      queue: average((r) => of(r)?.queue ?? new Float64Array(n)),
      onDuty: average((r) => of(r)?.onDuty ?? new Float64Array(n)),
    };
  }
  const units: SeriesSummary['units'] = {};
  for (const res of model.resources) {
    if (res.unitId === null) continue;
    const unit = units[res.unitId] ??= { occupancy: new Array<number>(n).fill(0), queue: new Array<number>(n).fill(0), staffOnDuty: new Array<number>(n).fill(0) };
    const s = resources[res.id];
    for (let k = 0; k < n; k++) {
      if (res.kind === 'bed' || res.kind === 'room') unit.occupancy[k] += s.occupancy[k];
      if (res.kind === 'staff') unit.staffOnDuty[k] += s.onDuty[k];
      unit.queue[k] += s.queue[k];
    }
  }
  return { intervalMinutes: first.intervalMinutes, times: Array.from(first.times.subarray(0, n)), resources, units };
}
