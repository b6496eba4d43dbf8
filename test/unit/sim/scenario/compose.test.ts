import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { applyScenario } from '../../../../src/sim/scenario/applyScenario';
import { composeScenarios } from '../../../../src/sim/scenario/composeScenarios';
import { applied, resource, scenario, smallHospital } from './scenarioModel';

const beds = (model: ReturnType<typeof smallHospital>) => {
  const r = resource(model, 'icu-beds');
  return r.kind === 'bed' ? r.capacity : null;
};

describe('composeScenarios', () => {
  const setTen = scenario({ beds: [{ resource: 'icu-beds', change: { set: 10 } }], arrivals: { multiplier: 1.2, byClass: { minor: 2 } } }, 'set-ten');
  const addTwo = scenario({ beds: [{ resource: 'icu-beds', change: { add: 2 } }], arrivals: { multiplier: 1.5, byClass: { minor: 0.5 } } }, 'add-two');

  it('applies lists in the order given: later entries act on the result of earlier ones', () => {
    const model = smallHospital();
    const setThenAdd = applyScenario(model, composeScenarios([setTen, addTwo]));
    const addThenSet = applyScenario(model, composeScenarios([addTwo, setTen]));
    expect(setThenAdd.ok && beds(setThenAdd.value)).toBe(12);
    expect(addThenSet.ok && beds(addThenSet.value)).toBe(10);
  });

  it('multiplies factors (order does not matter) and joins ids and names', () => {
    const both = composeScenarios([setTen, addTwo]);
    expect(both.id).toBe('set-ten+add-two');
    expect(both.name).toBe('SET-TEN + ADD-TWO');
    expect(both.arrivals?.multiplier).toBeCloseTo(1.8, 12);
    expect(both.arrivals?.byClass).toEqual({ minor: 1 });
    expect(composeScenarios([addTwo, setTen]).arrivals?.multiplier).toBeCloseTo(1.8, 12);
    expect(composeScenarios([setTen])).toBe(setTen);
  });

  it('concatenates surges, waves and incidents, which add up', () => {
    const a = scenario({ arrivals: { incidents: [{ id: 'one', atDay: 1, patients: 5, overHours: 1, acuityMix: { urgent: 1 } }] } }, 'a');
    const b = scenario({ arrivals: { incidents: [{ id: 'two', atDay: 2, patients: 7, overHours: 1, acuityMix: { minor: 1 } }] } }, 'b');
    const model = smallHospital();
    const both = applyScenario(model, composeScenarios([a, b]));
    expect(both.ok).toBe(true);
    if (!both.ok) return;
    const extra = runReplication(both.value, { seed: 9, days: 4 }).kpis.arrivals - runReplication(model, { seed: 9, days: 4 }).kpis.arrivals;
    expect(extra).toBe(12);
  });

  it('applying a scenario to a scenario model composes over the original model (no stacking twice)', () => {
    const model = smallHospital();
    const once = applied(model, { beds: [{ resource: 'icu-beds', change: { set: 10 } }] });
    const twice = applyScenario(once, addTwo);
    expect(twice.ok && beds(twice.value)).toBe(12);
    expect(twice.ok && twice.value.scenarioId).toBe('s+add-two');
    expect(beds(model)).toBe(6);
  });
});
