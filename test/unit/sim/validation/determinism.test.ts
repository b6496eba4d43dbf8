/**
 * Determinism: the same model, seed and replication give the identical event trace (hash over every event's
 * time, kind and payload) — also after compiling the data afresh; another seed or replication gives another.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario, loadScenario, runReplication, type CompiledModel } from '../../../../src/sim';
import { compileModelFile } from './engineHarness';

function trace(model: CompiledModel, seed: number, replication = 0, days = 20) {
  const result = runReplication(model, { seed, replication, days, warmupDays: 1, sampleIntervalMinutes: 60, traceHash: true });
  return { hash: result.traceHash, events: result.events, kpis: result.kpis };
}

const models: [string, () => CompiledModel][] = [
  ['M/M/3 clinic', () => compileModelFile('models/operations/mmc-clinic.operations.json')],
  ['sample general hospital', () => compileModelFile('models/operations/general-hospital.operations.json')],
];

describe('same seed, same event trace', () => {
  for (const [label, load] of models) {
    it(`${label}: identical trace hash and KPIs for the same seed, different for other seeds and replications`, () => {
      const first = trace(load(), 42);
      const again = trace(load(), 42); // freshly compiled from the data
      expect(first.hash).not.toBeNull();
      expect(first.events).toBeGreaterThan(1000);
      expect(again.hash).toBe(first.hash);
      expect(again.events).toBe(first.events);
      expect(again.kpis).toEqual(first.kpis);

      const hashes = new Set([first.hash, trace(load(), 43).hash, trace(load(), 44).hash, trace(load(), 42, 1).hash]);
      expect(hashes.size).toBe(4);
    });
  }

  it('a run without the trace reports no hash and the same events as a traced run', () => {
    const model = compileModelFile('models/operations/mmc-clinic.operations.json');
    const plain = runReplication(model, { seed: 42, days: 20, warmupDays: 1, sampleIntervalMinutes: 60 });
    expect(plain.traceHash).toBeNull();
    expect(plain.kpis).toEqual(trace(model, 42).kpis);
  });

  it('a scenario that changes nothing replays the baseline exactly (the basis of common random numbers)', () => {
    const baseline = compileModelFile('models/operations/general-hospital.operations.json');
    const scenario = loadScenario({
      schemaVersion: 1, kind: 'scenario', id: 'no-op', name: 'No change',
      changes: { staff: { 'ed-physicians': { add: 0 } }, arrivals: { multiplier: 1 } },
    });
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
    const applied = applyScenario(baseline, scenario.value);
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
    expect(trace(applied.value, 7).hash).toBe(trace(baseline, 7).hash);
  });
});
