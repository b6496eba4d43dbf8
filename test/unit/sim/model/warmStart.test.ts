/**
 * Warm start (`initialOccupancy`): patients placed in beds at time 0 with the equilibrium residual of their
 * stay, so the sample hospital starts near its steady-state occupancy without a warm-up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  applyScenario, compile, loadOperations, loadScenario, runReplication, type CompiledModel,
} from '../../../../src/sim';
import { compileDistribution } from '../../../../src/sim/kernel/distributions';
import { createStream } from '../../../../src/sim/kernel/rng';
import { drawResidual, residualCap } from '../../../../src/sim/model/warmStart';
import { hospitalNamedBy } from '../validation/engineHarness';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const MODEL = 'models/operations/general-hospital.operations.json';
const INPATIENT_POOLS = [
  'icu-beds', 'step-down-beds', 'ward-3a-beds', 'ward-3b-beds', 'ward-4a-beds', 'ward-4b-beds', 'ward-5a-beds',
  'ward-5b-beds', 'ward-6a-beds', 'ward-6b-beds', 'maternity-beds',
];

function hospitalModel(warmStart: boolean): CompiledModel {
  const text = readFileSync(repoRoot + MODEL, 'utf8');
  const hospital = hospitalNamedBy(text);
  const data = JSON.parse(text) as { resources: Record<string, unknown>[] };
  if (!warmStart) for (const r of data.resources) delete r.initialOccupancy;
  const loaded = loadOperations(data, { hospital });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 5)));
  return compile(loaded.value, hospital);
}

/** Mean occupied inpatient beds (summed over the pools) in the measured period, per replication. */
function occupiedBeds(model: CompiledModel, days: number, warmupDays: number, replications: number, seed: number): number[] {
  return Array.from({ length: replications }, (_, replication) => {
    const result = runReplication(model, { seed, replication, days, warmupDays, sampleIntervalMinutes: 0 });
    return INPATIENT_POOLS.reduce((sum, id) => sum + result.resources[id].occupancyMean, 0);
  });
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('residual stay (length-biased)', () => {
  const rng = createStream(5, 'residual-test');
  const residualMean = (spec: Parameters<typeof compileDistribution>[0], n = 40_000) => {
    const sampler = compileDistribution(spec);
    const cap = residualCap(sampler);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += drawResidual(sampler, rng, cap);
    return sum / n;
  };

  it('of an exponential stay is the same exponential (memoryless)', () => {
    expect(residualMean({ type: 'exponential', mean: 100 })).toBeGreaterThan(97);
    expect(residualMean({ type: 'exponential', mean: 100 })).toBeLessThan(103);
  });

  it('has mean E[S²] / (2 E[S]): uniform(0, 10) gives 10/3, fixed 8 gives 4', () => {
    expect(residualMean({ type: 'uniform', min: 0, max: 10 })).toBeCloseTo(10 / 3, 1);
    expect(residualMean({ type: 'fixed', value: 8 })).toBeCloseTo(4, 1);
  });
});

describe('warm start of the sample hospital', () => {
  const warm = hospitalModel(true);
  const cold = hospitalModel(false);
  // Steady state: a long run after a long warm-up, without warm start.
  const steady = mean(occupiedBeds(cold, 60, 28, 2, 77));

  it('places the initial patients in beds at time 0 (about the configured fractions)', () => {
    let atStart = -1;
    runReplication(warm, { seed: 1, days: 1, sampleIntervalMinutes: 60, onSample: (t, state) => {
      if (t === 0) atStart = state.beds.state.reduce((n, s) => n + (s === 1 ? 1 : 0), 0);
    } });
    const expected = warm.resources.reduce((n, r) => n + (r.initial?.count ?? 0), 0);
    expect(expected).toBeGreaterThan(200);
    expect(atStart).toBe(expected);
  });

  it('day 1 without warm-up is within 5% of the steady-state occupancy; an empty start is far below it', () => {
    const warmDay1 = mean(occupiedBeds(warm, 1, 0, 6, 9));
    const coldDay1 = mean(occupiedBeds(cold, 1, 0, 6, 9));
    expect(steady).toBeGreaterThan(150);
    expect(Math.abs(warmDay1 - steady) / steady, `warm day 1 ${warmDay1.toFixed(1)} vs steady ${steady.toFixed(1)} beds`).toBeLessThan(0.05);
    expect(coldDay1, `cold day 1 ${coldDay1.toFixed(1)} beds`).toBeLessThan(0.4 * steady);
  });

  it('stays near steady state through the first week (residual stays, not fresh full stays)', () => {
    const warmWeek = mean(occupiedBeds(warm, 7, 0, 4, 19));
    expect(Math.abs(warmWeek - steady) / steady, `warm week ${warmWeek.toFixed(1)} vs steady ${steady.toFixed(1)}`).toBeLessThan(0.05);
  });

  it('initial patients have their own random numbers: a staffing scenario leaves them unchanged (CRN)', () => {
    const scenario = loadScenario({
      schemaVersion: 1, kind: 'scenario', id: 'more-icu-nurses', name: 'More ICU nurses',
      changes: { staff: { 'icu-nurses': { add: 2 } } },
    });
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
    const applied = applyScenario(warm, scenario.value);
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
    const bedsAtStart = (model: CompiledModel) => {
      let states: number[] = [];
      runReplication(model, { seed: 3, days: 1, sampleIntervalMinutes: 60, onSample: (t, state) => {
        if (t === 0) states = Array.from(state.beds.state);
      } });
      return states;
    };
    expect(bedsAtStart(applied.value)).toEqual(bedsAtStart(warm));
  });
});

describe('initialOccupancy validation', () => {
  const base = {
    schemaVersion: 1, kind: 'operations', id: 'm', name: 'M',
    resources: [{ id: 'beds', kind: 'bed', capacity: 10, initialOccupancy: { fraction: 0.5, patients: [{ class: 'p', step: 'stay' }] } }],
    patientClasses: [{ id: 'p', acuity: 3, pathway: 'w', arrivals: { perHour: [1] } }],
    pathways: [{ id: 'w', steps: [{ id: 'stay', seize: ['beds'], duration: { type: 'exponential', mean: 600 }, release: 'all' }] }],
  };
  const problems = (change: (m: typeof base) => void) => {
    const model = structuredClone(base);
    change(model);
    const loaded = loadOperations(model);
    return loaded.ok ? [] : loaded.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
  };

  it('accepts a valid warm start and compiles round(fraction × capacity) patients', () => {
    const loaded = loadOperations(base);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(compile(loaded.value).resources[0].initial?.count).toBe(5);
  });

  it('reports unknown classes and steps, a missing duration, and fraction and count together', () => {
    expect(problems((m) => { m.resources[0].initialOccupancy.patients[0].class = 'x'; }).join('\n')).toMatch(/patients\.0\.class: unknown patient class "x"/);
    expect(problems((m) => { m.resources[0].initialOccupancy.patients[0].step = 'nope'; }).join('\n')).toMatch(/patients\.0\.step: unknown step "nope"/);
    expect(problems((m) => { delete (m.pathways[0].steps[0] as { duration?: unknown }).duration; }).join('\n')).toMatch(/no duration/);
    expect(problems((m) => { Object.assign(m.resources[0].initialOccupancy, { count: 3 }); }).join('\n')).toMatch(/exactly one of fraction or count/);
  });
});
