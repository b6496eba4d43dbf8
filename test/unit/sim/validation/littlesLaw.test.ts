/**
 * Little's law L = λW on the sample hospital after warm-up: for the whole hospital (time-average patients in
 * the system vs throughput × mean time in system) and for every queue that only one step joins.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Operations, ReplicationResult } from '../../../../src/sim';
import { compileModelFile, replicate } from './engineHarness';

const HOSPITAL = 'models/operations/general-hospital.operations.json';
const DAYS = 365;
const MINUTES = DAYS * 1440;

/**
 * Resources whose waiting line is joined at exactly one step that seizes nothing else, without an overflow
 * and without reneging: there the step's wait is exactly the time in that queue, so L_q = λ W_q applies.
 */
function singleStepQueues(ops: Operations): { resource: string; step: string }[] {
  const joins = new Map<string, { step: string; clean: boolean }[]>();
  for (const pathway of ops.pathways) {
    for (const step of pathway.steps) {
      const seizes = (step.seize ?? []).map((s) => (typeof s === 'string' ? { resource: s } : s));
      for (const seize of seizes) {
        const clean = seizes.length === 1 && !step.lwbs && seize.overflowTo === undefined
          && (seize.onFull ?? 'wait') === 'wait' && seize.maxQueue === undefined;
        for (const id of [seize.resource, ...(seize.overflowTo ?? [])]) joins.set(id, [...(joins.get(id) ?? []), { step: step.id, clean }]);
      }
    }
  }
  return [...joins].filter(([, list]) => list.length === 1 && list[0].clean).map(([resource, list]) => ({ resource, step: list[0].step }));
}

describe("Little's law on the sample hospital", () => {
  const model = compileModelFile(HOSPITAL);
  let runs: ReplicationResult[] = [];
  beforeAll(() => {
    runs = replicate(model, { replications: 2, seed: 31, days: DAYS, warmupDays: 30 });
  }, 60_000);

  it('whole hospital: time-average patients in the system = throughput × mean time in system', () => {
    expect(runs).toHaveLength(2);
    for (const r of runs) {
      const { patientsInSystemMean, completed, timeInSystemMean, arrivals, lwbs } = r.kpis;
      expect(arrivals).toBeGreaterThan(DAYS * 100);
      // Patients who left without being seen are in L but not in W; they are few and brief, so L ≥ λW almost.
      expect(lwbs / arrivals).toBeLessThan(0.05);
      const lambdaW = (completed / MINUTES) * timeInSystemMean;
      expect(Math.abs(patientsInSystemMean - lambdaW) / lambdaW, `L ${patientsInSystemMean} vs λW ${lambdaW}`).toBeLessThan(0.02);
    }
  });

  it('every queue joined at a single step: L_q = λ W_q', () => {
    const queues = singleStepQueues(model.operations);
    // The sample hospital has several such queues (ICU, step-down and maternity beds, the laboratory …).
    expect(queues.length).toBeGreaterThanOrEqual(3);
    let busyQueues = 0;
    for (const { resource, step } of queues) {
      for (const r of runs) {
        const { started, waitMean } = r.steps[step];
        const lambdaW = (started / MINUTES) * waitMean;
        const lq = r.resources[resource].queueMean;
        expect(Math.abs(lq - lambdaW), `${resource} at ${step}: L_q ${lq} vs λW ${lambdaW}`).toBeLessThanOrEqual(Math.max(0.03 * lambdaW, 0.002));
        if (lq > 0.05) busyQueues++;
      }
    }
    expect(busyQueues).toBeGreaterThan(0); // at least one queue long enough for the relative check to bite
  });
});
