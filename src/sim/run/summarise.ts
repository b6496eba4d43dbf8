import { MODE_UNLIMITED, type CompiledModel } from '../model/compiledModel';
import type { Engine } from '../model/engine';
import type { KpiValues } from './kpis';
import type { ReplicationResult, ReplicationSeries, ResourceResult, StepResult, UnitResult } from './runReplication';

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/** Turns a finished engine's statistics into the replication's KPIs, step and resource results. */
export function summariseReplication(
  model: CompiledModel, engine: Engine,
  run: { replication: number; seed: number; days: number; endTime: number; traceHash: boolean },
): ReplicationResult {
  const { stats, res } = engine;
  const end = run.endTime;
  const days = run.days;
  const edDepartures = stats.edStay.count;
  const [timeInSystemMedian, timeInSystemP90] = stats.timeInSystem.quantiles(0.5, 0.9);
  const [edWaitMedian, edWaitP90] = stats.edWait.quantiles(0.5, 0.9);
  const kpis: KpiValues = {
    arrivals: stats.arrivals,
    arrivalsPerDay: stats.arrivals / days,
    completed: stats.completed,
    throughputPerDay: stats.completed / days,
    timeInSystemMean: stats.timeInSystem.mean(),
    timeInSystemMedian,
    timeInSystemP90,
    patientsInSystemMean: stats.inSystem.mean(0, end),
    inSystemAtEnd: engine.patientsInSystem,
    lost: stats.lost,
    diverted: stats.diverted,
    lwbs: stats.lwbs,
    lwbsRate: ratio(stats.lwbs, stats.edArrivals),
    reneged: stats.reneged,
    edArrivals: stats.edArrivals,
    edWaitMean: stats.edWait.mean(),
    edWaitMedian,
    edWaitP90,
    edLengthOfStayMean: stats.edStay.mean(),
    edLengthOfStayP90: stats.edStay.quantiles(0.9)[0],
    fourHourBreaches: stats.fourHourBreaches,
    fourHourBreachRate: ratio(stats.fourHourBreaches, edDepartures),
    boardingHours: stats.boardingMinutes / 60,
    boardingHoursPerDay: stats.boardingMinutes / 60 / days,
    boardedPatients: stats.boardedPatients,
  };
  const steps: Record<string, StepResult> = {};
  for (const step of model.steps) {
    const t = stats.stepWait[step.index];
    const [waitMedian, waitP90] = t.quantiles(0.5, 0.9);
    steps[step.id] = { waitMean: t.mean(), waitMedian, waitP90, started: t.count };
  }
  const resources: Record<string, ResourceResult> = {};
  for (const r of model.resources) {
    const i = r.index;
    const occupancyMean = res.busyStat.mean(i, end);
    const onDutyMean = res.capacityStat.mean(i, end);
    resources[r.id] = {
      utilisation: r.mode === MODE_UNLIMITED ? NaN : ratio(occupancyMean, onDutyMean),
      occupancyMean,
      occupancyDistribution: res.busyStat.distribution(i, end),
      queueMean: res.queueStat.mean(i, end),
      queueMax: res.queueStat.max(i),
      lost: stats.lostAt[i],
      onDutyMean,
    };
  }
  const units: Record<string, UnitResult> = {};
  res.unitIds.forEach((unitId, u) => {
    const stat = res.unitStat;
    units[unitId] = { occupancyMean: stat.mean(u, end), occupancyDistribution: stat.distribution(u, end), occupancyMax: stat.max(u) };
  });
  let series: ReplicationSeries | null = null;
  const recorder = engine.recorder;
  if (recorder) {
    const n = recorder.samples;
    const times = new Float64Array(n);
    for (let k = 0; k < n; k++) times[k] = k * recorder.intervalMinutes;
    const bySeries: ReplicationSeries['resources'] = {};
    model.resources.forEach((r, i) => {
      const s = recorder.series[i];
      bySeries[r.id] = { occupancy: s.occupancy.subarray(0, n), queue: s.queue.subarray(0, n), onDuty: s.onDuty.subarray(0, n) };
    });
    series = { intervalMinutes: recorder.intervalMinutes, times, resources: bySeries };
  }
  return {
    model: model.id, replication: run.replication, seed: run.seed, kpis, steps, resources, units, series,
    traceHash: run.traceHash ? engine.hash : null, events: engine.events,
  };
}
