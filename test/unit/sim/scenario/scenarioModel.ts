import type { CompiledModel } from '../../../../src/sim/model/compiledModel';
import type { Operations } from '../../../../src/sim/model/operationsSchema';
import { applyScenario } from '../../../../src/sim/scenario/applyScenario';
import { SCENARIO_SCHEMA_VERSION, type Scenario } from '../../../../src/sim/scenario/scenarioSchema';
import { loadScenario } from '../../../../src/sim/scenario/validateScenario';
import { build } from '../model/buildModel';

/** A small hospital: an ED (bays, doctors) admitting to a ward (ratio-staffed) and an ICU (beds, ventilators). */
export function smallHospital(): CompiledModel {
  return build({
    resources: [
      { id: 'ed-doctors', kind: 'staff', role: 'physician', unitId: 'ed', capacity: 2 },
      { id: 'ward-nurses', kind: 'staff', role: 'nurse', unitId: 'ward', roster: [{ start: '07:00', end: '19:00', onDuty: 5 }, { start: '19:00', end: '07:00', onDuty: 3 }] },
      { id: 'icu-nurses', kind: 'staff', role: 'nurse', unitId: 'icu', capacity: 4 },
      { id: 'ed-bays', kind: 'bed', unitId: 'ed', capacity: 8 },
      { id: 'ward-beds', kind: 'bed', unitId: 'ward', capacity: 30, staffedBy: { staff: 'ward-nurses', patientsPerStaff: 6 } },
      { id: 'icu-beds', kind: 'bed', unitId: 'icu', capacity: 6, staffedBy: { staff: 'icu-nurses', patientsPerStaff: 2 } },
      { id: 'ventilators', kind: 'equipment', unitId: 'icu', capacity: 4 },
    ],
    patientClasses: [
      { id: 'urgent', acuity: 2, pathway: 'ed', emergency: true, arrivals: { perHour: [1] } },
      { id: 'minor', acuity: 4, pathway: 'ed', emergency: true, arrivals: { perHour: [2] } },
      { id: 'elective', acuity: 4, pathway: 'ward', schedule: [{ dayOfWeek: 0, time: '08:00', count: 4 }] },
    ],
    pathways: [
      {
        id: 'ed', steps: [
          { id: 'ed-bay', seize: ['ed-bays', 'ed-doctors'], seen: true, duration: { type: 'exponential', mean: 30 }, release: ['ed-doctors'], activity: 'assessment' },
          { id: 'ed-disposition', branch: { probabilities: [{ to: 'ed-discharge', p: 0.8 }, { to: 'admit-ward', p: 0.15 }, { to: 'admit-icu', p: 0.05 }] } },
          { id: 'ed-discharge', release: 'all', next: 'exit' },
        ],
      },
      {
        id: 'ward', steps: [
          { id: 'admit-ward', seize: ['ward-beds'], release: ['ed-bays'], edDeparture: true, boardingFrom: 'ed-bays' },
          { id: 'ward-stay', activity: 'ward-stay', duration: { type: 'lognormal', mean: 2880, sd: 1440 }, release: 'all' },
        ],
      },
      {
        id: 'icu', steps: [
          { id: 'admit-icu', seize: ['icu-beds'], release: ['ed-bays'], edDeparture: true, boardingFrom: 'ed-bays' },
          { id: 'icu-ventilation', branch: { probabilities: [{ to: 'ventilated', p: 0.5 }, { to: 'icu-stay', p: 0.5 }] } },
          { id: 'ventilated', seize: ['ventilators'], activity: 'icu-stay', duration: { type: 'lognormal', mean: 4320, sd: 2000 }, release: 'all', next: 'exit' },
          { id: 'icu-stay', activity: 'icu-stay', duration: { type: 'lognormal', mean: 2880, sd: 1440 }, release: 'all' },
        ],
      },
    ],
  });
}

export function operationsOf(model: CompiledModel): Operations {
  return model.operations;
}

/** A valid scenario with the given parts (throws with the problems otherwise). */
export function scenario(parts: Partial<Scenario>, idValue = 's'): Scenario {
  const loaded = loadScenario({ schemaVersion: SCENARIO_SCHEMA_VERSION, kind: 'scenario', id: idValue, name: idValue.toUpperCase(), ...parts });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return loaded.value;
}

/** Applies the scenario; throws with the problems when it does not apply. */
export function applied(model: CompiledModel, parts: Partial<Scenario>): CompiledModel {
  const result = applyScenario(model, scenario(parts));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return result.value;
}

export function resource(model: CompiledModel, idValue: string) {
  const r = model.operations.resources.find((x) => x.id === idValue);
  if (!r) throw new Error(`no resource ${idValue}`);
  return r;
}
