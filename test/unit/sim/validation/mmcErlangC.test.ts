/**
 * M/M/c through the hospital engine (operations data → compile → replications) against Erlang C: mean wait,
 * probability of waiting (by PASTA, the time fraction with all c servers busy) and L_q = λ W_q.
 */
import { describe, expect, it } from 'vitest';
import { compileOperations, describeEstimate, estimate, readFixture, readOperations, replicate, tolerance } from './engineHarness';
import { mmc } from './queueingFormulas';
import type { Operations } from '../../../../src/sim/model/operationsSchema';

interface Case {
  label: string;
  ops: () => Operations;
  stepId: string;
  resourceId: string;
  perHour: number;
  serviceMinutes: number;
  servers: number;
  replications: number;
  days: number;
  warmupDays: number;
}

const cases: Case[] = [
  {
    label: 'clinic model file: λ 10/h, μ 4/h, c 3 (ρ 0.83)', ops: () => readOperations('models/operations/mmc-clinic.operations.json'),
    stepId: 'consultation', resourceId: 'clinician', perHour: 10, serviceMinutes: 15, servers: 3,
    replications: 16, days: 200, warmupDays: 5,
  },
  {
    label: 'λ 18/h, μ 2/h, c 10 (ρ 0.90)', ops: () => readFixture('mmc-rho090'),
    stepId: 'service', resourceId: 'server', perHour: 18, serviceMinutes: 30, servers: 10,
    replications: 16, days: 200, warmupDays: 10,
  },
  {
    label: 'λ 9.5/h, μ 1/h, c 10 (ρ 0.95)', ops: () => readFixture('mmc-rho095'),
    stepId: 'service', resourceId: 'server', perHour: 9.5, serviceMinutes: 60, servers: 10,
    replications: 16, days: 400, warmupDays: 20,
  },
];

describe('M/M/c in the engine matches Erlang C', () => {
  for (const c of cases) {
    it(c.label, () => {
      const ops = c.ops();
      // The data says what the closed form assumes (guards against a fixture drifting from its table entry).
      expect(ops.patientClasses.map((k) => k.arrivals?.perHour)).toEqual([[c.perHour]]);
      const exact = mmc(c.perHour / 60, 1 / c.serviceMinutes, c.servers);
      const runs = replicate(compileOperations(ops), { replications: c.replications, seed: 20_240_501, days: c.days, warmupDays: c.warmupDays });

      const wait = estimate(runs.map((r) => r.steps[c.stepId].waitMean));
      expect(Math.abs(wait.mean - exact.meanWait), describeEstimate('mean wait (min)', wait, exact.meanWait))
        .toBeLessThanOrEqual(tolerance(wait, exact.meanWait));

      const allBusy = estimate(runs.map((r) => r.resources[c.resourceId].occupancyDistribution[c.servers] ?? 0));
      expect(Math.abs(allBusy.mean - exact.probabilityOfWaiting), describeEstimate('P(W > 0)', allBusy, exact.probabilityOfWaiting))
        .toBeLessThanOrEqual(tolerance(allBusy, exact.probabilityOfWaiting, 0.02));

      const queue = estimate(runs.map((r) => r.resources[c.resourceId].queueMean));
      expect(Math.abs(queue.mean - exact.meanQueueLength), describeEstimate('L_q', queue, exact.meanQueueLength))
        .toBeLessThanOrEqual(tolerance(queue, exact.meanQueueLength));

      const utilisation = estimate(runs.map((r) => r.resources[c.resourceId].utilisation));
      expect(Math.abs(utilisation.mean - exact.utilisation)).toBeLessThanOrEqual(tolerance(utilisation, exact.utilisation, 0.01));
      // Occupancy never exceeds the servers on duty.
      for (const r of runs) expect(r.resources[c.resourceId].occupancyDistribution.length).toBeLessThanOrEqual(c.servers + 1);
    });
  }
});
