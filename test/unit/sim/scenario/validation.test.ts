import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateHospitalText } from '../../../../src/domain/validate';
import { loadOperations } from '../../../../src/sim/model/loadOperations';
import { compile } from '../../../../src/sim/model/compile';
import { applyScenario } from '../../../../src/sim/scenario/applyScenario';
import { scenarioSchema } from '../../../../src/sim/scenario/scenarioSchema';
import { loadScenario, validateScenario } from '../../../../src/sim/scenario/validateScenario';
import { smallHospital } from './scenarioModel';

const paths = (r: { ok: boolean; problems: { path: (string | number)[] }[] }) => r.problems.map((p) => p.path.join('.'));

describe('scenario schema', () => {
  it('reports every schema problem with its JSON path and line', () => {
    const text = `{
  "schemaVersion": 2, "kind": "scenario", "id": "bad", "name": "Bad",
  "beds": [{ "resource": "icu-beds", "change": { "set": -2 } }],
  "equipment": [{ "resource": "ventilators", "change": { "add": -3 }, "window": { "startDay": 3, "endDay": 1 } }],
  "arrivals": { "waves": [{ "id": "w", "startDay": 0, "peakWeek": 9, "durationWeeks": 8, "peakMultiplier": 0.5 }] },
  "staffing": [{ "change": { "add": 1 } }],
  "colour": "red"
}`;
    const result = loadScenario(text);
    expect(result.ok).toBe(false);
    expect(paths(result)).toEqual(expect.arrayContaining([
      'beds.0.change.set', 'equipment.0.window.endDay', 'arrivals.waves.0.peakMultiplier', 'arrivals.waves.0.peakWeek', 'staffing.0',
    ]));
    expect(result.problems.find((p) => p.path.join('.') === 'staffing.0')?.message).toBe('name a resource, a unit or a role');
    const window = result.problems.find((p) => p.path.join('.') === 'equipment.0.window.endDay');
    expect(window?.message).toMatch(/after startDay/);
    expect(window?.line).toBe(4);
    expect(result.problems.some((p) => /colour/.test(p.message) || p.path.includes('colour'))).toBe(true);
  });

  it('rejects broken JSON and a wrong version with a clear message', () => {
    const broken = loadScenario('{ "schemaVersion": 2, ');
    expect(broken.ok).toBe(false);
    expect(broken.problems[0].line).toBe(1);
    const wrong = loadScenario({ schemaVersion: 7, kind: 'scenario', id: 'x', name: 'X' });
    expect(wrong.problems.map((p) => p.message).join()).toMatch(/must be 2/);
  });

  it('reads version 1 files by migrating them', () => {
    const old = loadScenario({ schemaVersion: 1, kind: 'scenario', id: 'old', name: 'Old', changes: { staff: { n: { add: 1 } }, beds: { b: { set: 3 } }, arrivals: { multiplier: 2 } } });
    expect(old.ok && old.value).toEqual({
      schemaVersion: 2, kind: 'scenario', id: 'old', name: 'Old',
      staffing: [{ resource: 'n', change: { add: 1 } }], beds: [{ resource: 'b', change: { set: 3 } }], arrivals: { multiplier: 2 },
    });
  });

  it('describes its fields for the editor', () => {
    expect(scenarioSchema.shape.arrivals.unwrap().shape.waves.unwrap().element.description).toMatch(/epidemic wave/);
  });
});

describe('validateScenario against a model', () => {
  it('checks ids, roles and shift times and gives lines for text input', () => {
    const ops = smallHospital().operations;
    const text = JSON.stringify({
      schemaVersion: 2, kind: 'scenario', id: 'x', name: 'X',
      staffing: [{ unit: 'ward', role: 'physician', change: { add: 1 } }],
      equipment: [{ resource: 'icu-beds', change: { add: 1 } }],
      arrivals: { surges: [{ startDay: 0, endDay: 1, factor: 2, classes: ['ghost'] }] },
    }, null, 2);
    const result = validateScenario(text, { operations: ops });
    expect(result.ok).toBe(false);
    expect(paths(result)).toEqual(['staffing.0', 'equipment.0.resource', 'arrivals.surges.0.classes.0']);
    expect(result.problems.every((p) => typeof p.line === 'number')).toBe(true);
    expect(validateScenario({ schemaVersion: 2, kind: 'scenario', id: 'ok', name: 'OK', staffing: [{ role: 'nurse', change: { factor: 0.8 } }] }, { operations: ops }).ok).toBe(true);
  });
});

describe('preset scenarios', () => {
  const hospital = validateHospitalText(readFileSync('models/general-hospital.json', 'utf8'), 'models/general-hospital.json');
  if (!hospital.ok) throw new Error('sample hospital is invalid');
  const operations = loadOperations(readFileSync('models/operations/general-hospital.operations.json', 'utf8'), { hospital: hospital.value });
  if (!operations.ok) throw new Error('sample operations are invalid');
  const files = readdirSync('models/scenarios').filter((f) => f.endsWith('.scenario.json'));

  it('include the six presets the planners start from', () => {
    expect(files.sort()).toEqual(expect.arrayContaining([
      'epidemic-wave.scenario.json', 'mass-casualty-incident.scenario.json', 'nurse-sick-calls.scenario.json',
      'seasonal-flu-surge.scenario.json', 'surge-icu-beds.scenario.json', 'ventilator-outage.scenario.json',
    ]));
  });

  it.each(files)('%s is valid against the sample hospital and applies', (file) => {
    const text = readFileSync(join('models/scenarios', file), 'utf8');
    const checked = validateScenario(text, { operations: operations.value, hospital: hospital.value });
    expect(checked.problems).toEqual([]);
    if (!checked.ok) return;
    expect(`${checked.value.id}.scenario.json`).toBe(file);
    const result = applyScenario(compile(operations.value, hospital.value), checked.value);
    expect(result.problems).toEqual([]);
  });
});
