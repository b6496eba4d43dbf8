import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi';
import { catalogueFromOperations } from '../../../src/protocol/kpi/resourceCatalogue';
import type { Hospital } from '../../../src/domain/schema';

const hospitalText = readFileSync('models/general-hospital.json', 'utf8');
const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');
const hospital = JSON.parse(hospitalText) as Hospital;
const settings = { seed: 11, days: 2, warmupDays: 0, sampleIntervalMinutes: 60 };
const REPLICATIONS = [0, 1, 2, 3, 4];

/** Packed replication results of one variant, run by the real worker API (in this thread). */
async function packedRun(scenario: object | null): Promise<ArrayBuffer[]> {
  const api = createSimApi();
  const loaded = await api.load({ hospitalText, operationsText, ...(scenario ? { scenarioText: JSON.stringify(scenario) } : {}) });
  expect(loaded.problems).toEqual([]);
  const chunk = await api.runReplications({ runId: 1, ...settings, replications: REPLICATIONS, recordFramesFor: null }, () => undefined, () => undefined);
  return chunk.outcomes.map((o) => o.packed);
}

const context = { resources: catalogueFromOperations(JSON.parse(operationsText)), units: hospital.units, days: settings.days };
const scenario = (id: string, extra: object) => ({ schemaVersion: 2, kind: 'scenario', id, name: id, ...extra });

describe('paired comparison under common random numbers (worker compare)', () => {
  it('gives exactly zero differences, within the noise, for a scenario that changes nothing', async () => {
    const [baseline, same] = await Promise.all([packedRun(null), packedRun(scenario('nothing', {}))]);
    const { rows } = await createSimApi().compare({ baseline, scenarios: [same], ...context });
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(['edWaitMean', 'throughput', 'kpi:lwbsRate']));
    for (const row of rows) {
      const d = row.scenarios[0];
      if (!Number.isFinite(d.diff)) continue;
      expect(d.diff).toBe(0);
      expect(d.significant).toBe(false);
      expect(d.baselineMean).toBeCloseTo(row.baseline.mean, 9);
    }
  });

  it('finds a real rise in arrivals and throughput for +50 % arrivals, with a paired interval around the difference', async () => {
    const [baseline, surge] = await Promise.all([packedRun(null), packedRun(scenario('surge', { arrivals: { multiplier: 1.5 } }))]);
    const { rows } = await createSimApi().compare({ baseline, scenarios: [surge], ...context });
    const throughput = rows.find((r) => r.id === 'throughput');
    expect(throughput).toBeDefined();
    const d = throughput!.scenarios[0];
    expect(d.n).toBe(REPLICATIONS.length);
    expect(d.diff).toBeGreaterThan(0);
    expect(d.lo).toBeLessThanOrEqual(d.diff);
    expect(d.hi).toBeGreaterThanOrEqual(d.diff);
    expect(d.significant).toBe(d.lo > 0);
    expect(d.scenarioMean - d.baselineMean).toBeCloseTo(d.diff, 9);
    expect(throughput!.baseline.n).toBe(REPLICATIONS.length);
  });

  it('compares several scenarios at once, one column each', async () => {
    const [baseline, a, b] = await Promise.all([packedRun(null), packedRun(scenario('a', { arrivals: { multiplier: 1.2 } })), packedRun(scenario('b', {}))]);
    const { rows } = await createSimApi().compare({ baseline, scenarios: [a, b], ...context });
    for (const row of rows) expect(row.scenarios).toHaveLength(2);
  });
});
