/**
 * Paired comparison of a baseline and up to four scenarios run with common random numbers (replication r of
 * every variant used the same seed). For every KPI tile of src/ui/kpi (the same derivation, applied to each
 * replication on its own) and a few more KPIs, the difference scenario − baseline is taken replication by
 * replication and summarised with a 95% Student-t interval: "within the noise" when it contains 0.
 */
import type { Unit } from '../src/domain/schema';
import { resolveThresholds } from '../src/domain/thresholds';
import type { CompareResponse, CompareRow, CompareResource } from '../src/protocol/api';
import type { ExperimentResult } from '../src/sim/run/runExperiment';
import { KPI_NAMES, type KpiName } from '../src/sim/run/kpis';
import type { ReplicationResult } from '../src/sim/run/runReplication';
import { pairedDifference, tInterval, type Interval } from '../src/sim/stats/intervals';
import { deriveKpiTiles } from '../src/protocol/kpi/deriveKpis';

/** KPIs shown after the tiles' (tiles already cover ED waits, boarding and throughput). */
export const EXTRA_KPIS = ['edLengthOfStayMean', 'fourHourBreachRate', 'lwbsRate', 'timeInSystemMean', 'lost', 'diverted'] as const satisfies readonly KpiName[];

const point = (v: number): Interval => ({ mean: v, ci95: [v, v], n: 1 });

/** One replication in the shape of an experiment result of n = 1 (the KPI tiles' input). */
export function replicationAsResult(r: ReplicationResult, days: number): ExperimentResult {
  const kpis = {} as ExperimentResult['kpis'];
  const kpiValues = {} as ExperimentResult['kpiValues'];
  for (const name of KPI_NAMES) { kpis[name] = point(r.kpis[name]); kpiValues[name] = [r.kpis[name]]; }
  const resources: ExperimentResult['resources'] = {};
  for (const [id, x] of Object.entries(r.resources)) {
    resources[id] = {
      utilisation: point(x.utilisation), occupancyMean: point(x.occupancyMean), occupancyDistribution: x.occupancyDistribution,
      queueMean: point(x.queueMean), lost: point(x.lost), onDutyMean: point(x.onDutyMean),
    };
  }
  const units: ExperimentResult['units'] = {};
  for (const [id, u] of Object.entries(r.units)) {
    units[id] = { occupancyMean: point(u.occupancyMean), occupancyDistribution: u.occupancyDistribution, occupancyMax: point(u.occupancyMax) };
  }
  return {
    model: r.model, scenario: null, replications: 1, seed: r.seed, days, warmupDays: 0, kpis, steps: {}, resources, units,
    series: null, kpiValues, events: r.events,
  };
}

export interface CompareContext { resources: readonly CompareResource[]; units: readonly Unit[]; days: number }

/** Row id → value of one replication: every tile's main figure, then EXTRA_KPIS (ids "kpi:<name>"). */
export function rowValuesOf(r: ReplicationResult, context: CompareContext, thresholds = resolveThresholds()): Map<string, number> {
  const result = replicationAsResult(r, context.days);
  const values = new Map<string, number>();
  for (const tile of deriveKpiTiles({ result, resources: context.resources, units: context.units, thresholds })) values.set(tile.id, tile.value.mean);
  for (const name of EXTRA_KPIS) values.set(`kpi:${name}`, r.kpis[name]);
  return values;
}

const byReplication = (a: ReplicationResult, b: ReplicationResult) => a.replication - b.replication;

/**
 * Rows in tile order. Only replications present in the baseline and the scenario are paired (matched by
 * replication number); replications where a KPI has no value (NaN: e.g. no ED departures) are left out of it.
 */
export function compareReplications(baseline: ReplicationResult[], scenarios: ReplicationResult[][], context: CompareContext): CompareResponse {
  const thresholds = resolveThresholds();
  const base = [...baseline].sort(byReplication);
  const baseValues = base.map((r) => rowValuesOf(r, context, thresholds));
  const ids = [...new Set(baseValues.flatMap((v) => [...v.keys()]))];
  const scenarioValues = scenarios.map((reps) => new Map(reps.map((r) => [r.replication, rowValuesOf(r, context, thresholds)])));
  const rows: CompareRow[] = ids.map((id) => {
    const baseInterval = tInterval(baseValues.map((v) => v.get(id) ?? NaN).filter(Number.isFinite));
    return {
      id,
      baseline: { mean: baseInterval.mean, lo: baseInterval.ci95[0], hi: baseInterval.ci95[1], n: baseInterval.n },
      scenarios: scenarioValues.map((byRep) => {
        const a: number[] = [];
        const b: number[] = [];
        base.forEach((r, k) => {
          const x = baseValues[k].get(id) ?? NaN;
          const y = byRep.get(r.replication)?.get(id) ?? NaN;
          if (Number.isFinite(x) && Number.isFinite(y)) { a.push(x); b.push(y); }
        });
        const d = pairedDifference(a, b);
        const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
        return { diff: d.mean, lo: d.ci95[0], hi: d.ci95[1], n: d.n, significant: d.significant, baselineMean: mean(a), scenarioMean: mean(b) };
      }),
    };
  });
  return { rows };
}
