import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimApi } from '../../../workers/simApi';

const hospitalText = readFileSync('models/general-hospital.json', 'utf8');
const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');
const preset = (name: string) => readFileSync(`models/scenarios/${name}.scenario.json`, 'utf8');
const base = { schemaVersion: 2, kind: 'scenario', id: 't', name: 'T' };

describe('the worker API for the scenario editor', () => {
  it('checks the schema only until a model is loaded, then ids too, with JSON paths', async () => {
    const api = createSimApi();
    const unknownUnit = JSON.stringify({ ...base, staffing: [{ unit: 'no-such-unit', change: { add: 1 } }] });
    const before = await api.validateScenario(unknownUnit);
    expect(before).toMatchObject({ ok: true, checkedAgainstModel: false });
    expect((await api.load({ hospitalText, operationsText })).ok).toBe(true);
    const after = await api.validateScenario(unknownUnit);
    expect(after.ok).toBe(false);
    expect(after.checkedAgainstModel).toBe(true);
    expect(after.problems.map((p) => p.path)).toContainEqual(['staffing', 0, 'unit']);
    const broken = await api.validateScenario('{ "schemaVersion": 2, ');
    expect(broken.ok).toBe(false);
    expect(broken.problems[0].line).toBeGreaterThan(0);
    const badValue = await api.validateScenario(JSON.stringify({ ...base, arrivals: { multiplier: -1 } }));
    expect(badValue.problems.map((p) => p.path)).toContainEqual(['arrivals', 'multiplier']);
  });

  it('accepts every preset', async () => {
    const api = createSimApi();
    await api.load({ hospitalText, operationsText });
    for (const name of ['epidemic-wave', 'mass-casualty-incident', 'nurse-sick-calls', 'seasonal-flu-surge', 'surge-icu-beds', 'ventilator-outage']) {
      const check = await api.validateScenario(preset(name));
      expect(check.problems, name).toEqual([]);
    }
  });

  it('previews an epidemic wave: more arrivals during the wave, the same after it, over the whole wave', async () => {
    const api = createSimApi();
    await api.load({ hospitalText, operationsText });
    const text = preset('epidemic-wave');
    const wave = (JSON.parse(text) as { arrivals: { waves: { startDay: number; durationWeeks: number; peakWeek: number; peakMultiplier: number }[] } }).arrivals.waves[0];
    const p = await api.previewScenario({ scenarioText: text, days: 7, warmupDays: 0 });
    expect(p.ok).toBe(true);
    const endDay = wave.startDay + wave.durationWeeks * 7;
    expect(p.hours[p.hours.length - 1] / 24).toBeGreaterThanOrEqual(endDay);
    const peakBin = p.hours.findIndex((h) => h / 24 >= wave.startDay + wave.peakWeek * 7);
    const { baseline, scenario } = p.arrivals!;
    expect(scenario[peakBin] / baseline[peakBin]).toBeGreaterThan(1 + (wave.peakMultiplier - 1) * 0.8);
    const afterBin = p.hours.findIndex((h) => h / 24 >= endDay + 0.01);
    if (afterBin >= 0) expect(scenario[afterBin]).toBeCloseTo(baseline[afterBin], 6);
  });

  it('previews fewer nurses on duty for the sick-call wave and reports the changed shifts', async () => {
    const api = createSimApi();
    await api.load({ hospitalText, operationsText });
    const p = await api.previewScenario({ scenarioText: preset('nurse-sick-calls'), days: 14, warmupDays: 0 });
    expect(p.ok).toBe(true);
    const nurses = p.staff.find((s) => s.role === 'nurse')!;
    const fewer = nurses.scenario.some((v, i) => v < nurses.baseline[i]);
    expect(fewer).toBe(true);
    const physicians = p.staff.find((s) => s.role === 'physician')!;
    expect([...physicians.scenario]).toEqual([...physicians.baseline]);
  });

  it('returns the problems instead of a preview for an invalid scenario', async () => {
    const api = createSimApi();
    await api.load({ hospitalText, operationsText });
    const p = await api.previewScenario({ scenarioText: JSON.stringify({ ...base, beds: [{ resource: 'nope', change: { add: 2 } }] }), days: 7, warmupDays: 0 });
    expect(p.ok).toBe(false);
    expect(p.arrivals).toBeNull();
    expect(p.problems[0].path).toEqual(['beds', 0, 'resource']);
  });
});
