import type { CompiledModel } from '../model/compiledModel';
import type { ReplicationResult } from '../run/runReplication';
import { studentTQuantile975 } from '../stats/studentT';

/** Mean over replications and its 95% Student-t interval, per time point. */
export interface TwinBand { mean: Float64Array; lo: Float64Array; hi: Float64Array }

/** Same shape as UnitBands in src/protocol/api.ts (sim cannot import protocol). */
export interface TwinUnitBands {
  times: Float64Array;
  units: Record<string, { occupancy: TwinBand; queue: TwinBand; staffOnDuty: TwinBand }>;
}

type UnitSeriesKind = 'occupancy' | 'queue' | 'staffOnDuty';

/**
 * Per-unit series with 95% bands across replications, over the measured period only (times in minutes since
 * its start). A unit's occupancy sums its bed and room pools, queue all its pools, staffOnDuty its staff
 * pools (as in summariseExperiment's unit series). Needs the replications' series (sampleIntervalMinutes > 0).
 */
export function unitBands(model: CompiledModel, results: ReplicationResult[], warmupMinutes: number): TwinUnitBands {
  const first = results[0]?.series;
  if (!first) return { times: new Float64Array(0), units: {} };
  const total = Math.min(...results.map((r) => r.series?.times.length ?? 0));
  const k0 = first.times.findIndex((t) => t >= warmupMinutes - 1e-9);
  const start = k0 < 0 ? total : k0;
  const n = Math.max(0, total - start);
  const times = new Float64Array(n);
  for (let k = 0; k < n; k++) times[k] = first.times[start + k] - warmupMinutes;

  const reps = results.length;
  const unitIds = [...new Set(model.resources.flatMap((r) => (r.unitId === null ? [] : [r.unitId])))];
  // Per unit and series: Float64Array [replication × time].
  const values = new Map(unitIds.map((u) => [u, { occupancy: new Float64Array(reps * n), queue: new Float64Array(reps * n), staffOnDuty: new Float64Array(reps * n) } satisfies Record<UnitSeriesKind, Float64Array>]));
  results.forEach((result, j) => {
    for (const res of model.resources) {
      if (res.unitId === null) continue;
      const s = result.series?.resources[res.id];
      if (!s) continue;
      const v = values.get(res.unitId);
      if (!v) continue;
      const add = (into: Float64Array, from: Float64Array) => { for (let k = 0; k < n; k++) into[j * n + k] += from[start + k]; };
      if (res.kind === 'bed' || res.kind === 'room') add(v.occupancy, s.occupancy);
      if (res.kind === 'staff') add(v.staffOnDuty, s.onDuty);
      add(v.queue, s.queue);
    }
  });
  const t = reps > 1 ? studentTQuantile975(reps - 1) : 0;
  const band = (data: Float64Array): TwinBand => {
    const mean = new Float64Array(n), lo = new Float64Array(n), hi = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      let sum = 0;
      for (let j = 0; j < reps; j++) sum += data[j * n + k];
      const m = sum / reps;
      let ss = 0;
      for (let j = 0; j < reps; j++) ss += (data[j * n + k] - m) ** 2;
      const half = reps > 1 ? t * Math.sqrt(ss / (reps - 1) / reps) : 0;
      mean[k] = m; lo[k] = m - half; hi[k] = m + half;
    }
    return { mean, lo, hi };
  };
  const units: TwinUnitBands['units'] = {};
  for (const [unitId, v] of values) {
    units[unitId] = { occupancy: band(v.occupancy), queue: band(v.queue), staffOnDuty: band(v.staffOnDuty) };
  }
  return { times, units };
}
