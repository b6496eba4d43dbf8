/**
 * Monotonicity under common random numbers: one more server (a scenario delta) with the same seeds never
 * gives a longer mean wait, and the paired scenarios are strongly correlated (what makes paired CIs tight).
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, loadScenario, type CompiledModel } from '../../../../src/sim';
import { pairedDifference } from '../../../../src/sim/stats/intervals';
import { compileModelFile, compileOperations, readFixture, replicate } from './engineHarness';

function withOneMore(model: CompiledModel, group: 'beds' | 'staff', resourceId: string): CompiledModel {
  const scenario = loadScenario({
    schemaVersion: 1, kind: 'scenario', id: 'one-more', name: `One more ${resourceId}`,
    changes: { [group]: { [resourceId]: { add: 1 } } },
  });
  if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
  const applied = applyScenario(model, scenario.value);
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return applied.value;
}

describe('more staff never waits longer under common random numbers', () => {
  const baseline = compileOperations(readFixture('mmc-rho090'));
  const more = withOneMore(baseline, 'beds', 'server');

  it('the scenario adds exactly one server and nothing else', () => {
    expect(baseline.resources[0].capacity).toBe(10);
    expect(more.resources[0].capacity).toBe(11);
    expect(more.classes.map((c) => c.id)).toEqual(baseline.classes.map((c) => c.id));
  });

  for (const seed of [11, 12, 13]) {
    it(`M/M/10 → M/M/11 at ρ 0.9, base seed ${seed}: paired difference of mean waits is below 0`, () => {
      const plan = { replications: 8, seed, days: 40, warmupDays: 3 };
      const before = replicate(baseline, plan);
      const after = replicate(more, plan);
      const a = before.map((r) => r.steps.service.waitMean);
      const b = after.map((r) => r.steps.service.waitMean);
      // Same seeds, same patients: every replication sees the same arrivals.
      expect(after.map((r) => r.kpis.arrivals)).toEqual(before.map((r) => r.kpis.arrivals));

      const paired = pairedDifference(a, b);
      expect(paired.ci95[1], `paired CI of (c+1) − c: [${paired.ci95.join(', ')}]`).toBeLessThan(0);
      // Per replication too: with the same arrivals and service times, an extra FIFO server never hurts
      // (small slack for the few patients the warm-up cut-off counts differently).
      for (let r = 0; r < a.length; r++) expect(b[r]).toBeLessThanOrEqual(a[r] * 1.01 + 0.05);
    });
  }

  it('common random numbers correlate the two scenarios strongly (independent seeds would not)', () => {
    const plan = { replications: 16, seed: 21, days: 40, warmupDays: 3 };
    const a = replicate(baseline, plan).map((r) => r.steps.service.waitMean);
    const b = replicate(more, plan).map((r) => r.steps.service.waitMean);
    expect(correlation(a, b)).toBeGreaterThan(0.5);
  });
});

describe('sample hospital: one more ED physician on every shift, same seeds', () => {
  const baseline = compileModelFile('models/operations/general-hospital.operations.json');
  const more = withOneMore(baseline, 'staff', 'ed-physicians');

  for (const seed of [41, 42]) {
    it(`door-to-provider wait and left-without-being-seen do not rise (base seed ${seed})`, () => {
      const plan = { replications: 6, seed, days: 28, warmupDays: 7 };
      const before = replicate(baseline, plan);
      const after = replicate(more, plan);
      const wait = pairedDifference(before.map((r) => r.kpis.edWaitMean), after.map((r) => r.kpis.edWaitMean));
      expect(wait.ci95[1], `paired CI of the ED wait change: [${wait.ci95.join(', ')}] min`).toBeLessThan(0);
      const lwbs = pairedDifference(before.map((r) => r.kpis.lwbsRate), after.map((r) => r.kpis.lwbsRate));
      expect(lwbs.ci95[0], `paired CI of the LWBS rate change: [${lwbs.ci95.join(', ')}]`).toBeLessThanOrEqual(0);
    });
  }
});

function correlation(x: number[], y: number[]): number {
  const mx = x.reduce((s, v) => s + v, 0) / x.length;
  const my = y.reduce((s, v) => s + v, 0) / y.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}
