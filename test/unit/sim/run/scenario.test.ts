import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../../src/sim/run/runReplication';
import { applyScenario, loadScenario } from '../../../../src/sim/scenario/applyScenario';
import { build } from '../model/buildModel';

const model = () => build({
  resources: [
    { id: 'nurses', kind: 'staff', roster: [{ start: '07:00', end: '19:00', onDuty: 4 }, { start: '19:00', end: '07:00', onDuty: 2 }] },
    { id: 'beds', kind: 'bed', capacity: 10, staffedBy: { staff: 'nurses', patientsPerStaff: 4 } },
  ],
  patientClasses: [
    { id: 'medical', acuity: 3, pathway: 'stay', arrivals: { perHour: [0.5] } },
    { id: 'surgical', acuity: 3, pathway: 'stay', arrivals: { perHour: [0.25] } },
  ],
  pathways: [{ id: 'stay', steps: [{ id: 'stay', seize: ['beds'], duration: { type: 'lognormal', mean: 600, sd: 300 }, release: ['beds'] }] }],
});

function scenario(changes: unknown) {
  const loaded = loadScenario({ schemaVersion: 1, kind: 'scenario', id: 's', name: 'S', changes });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  return loaded.value;
}

function apply(changes: unknown) {
  const result = applyScenario(model(), scenario(changes));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

describe('scenario deltas', () => {
  it('adds staff to every shift and sets bed counts', () => {
    const changed = apply({ staff: { nurses: { add: 1 } }, beds: { beds: { set: 6 } } });
    const nurses = changed.operations.resources[0];
    expect(nurses.kind === 'staff' && nurses.roster?.map((s) => s.onDuty)).toEqual([5, 3]);
    const result = runReplication(changed, { seed: 1, days: 3 });
    expect(result.resources.nurses.onDutyMean).toBeCloseTo(4, 1);
    expect(result.resources.beds.onDutyMean).toBeLessThanOrEqual(6);
    expect(result.resources.beds.occupancyDistribution.length).toBeLessThanOrEqual(7);
  });

  it('scales arrivals globally, per class and in surges', () => {
    const base = runReplication(model(), { seed: 5, days: 20 }).kpis.arrivals;
    const doubled = runReplication(apply({ arrivals: { multiplier: 2 } }), { seed: 5, days: 20 }).kpis.arrivals;
    expect(doubled / base).toBeGreaterThan(1.7);
    expect(doubled / base).toBeLessThan(2.3);
    const noSurgical = runReplication(apply({ arrivals: { byClass: { surgical: 0 } } }), { seed: 5, days: 20 }).kpis.arrivals;
    expect(noSurgical / base).toBeGreaterThan(0.55);
    expect(noSurgical / base).toBeLessThan(0.8);
    const surge = runReplication(apply({ arrivals: { surges: [{ startDay: 0, endDay: 10, factor: 3 }] } }), { seed: 5, days: 20 }).kpis.arrivals;
    expect(surge / base).toBeGreaterThan(1.6);
  });

  it('reports unknown ids and wrong kinds with their scenario paths', () => {
    const result = applyScenario(model(), scenario({
      staff: { doctors: { add: 1 }, beds: { add: 1 } },
      beds: { ghost: { set: 1 } },
      arrivals: { byClass: { paediatric: 2 } },
    }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path.join('.'))).toEqual([
      'changes.staff.doctors', 'changes.staff.beds', 'changes.beds.ghost', 'changes.arrivals.byClass.paediatric',
    ]);
  });

  it('validates the scenario file itself with paths', () => {
    const loaded = loadScenario('{"schemaVersion": 1, "kind": "scenario", "id": "x", "name": "X",\n "changes": { "staff": { "nurses": { "plus": 1 } } } }');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems[0].path.slice(0, 3)).toEqual(['changes', 'staff', 'nurses']);
    expect(loaded.problems[0].line).toBe(2);
  });
});
