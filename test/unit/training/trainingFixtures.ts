import { readFileSync } from 'node:fs';
import type { Hospital } from '../../../src/domain/schema';
import { validateHospitalText } from '../../../src/domain/validate';
import { compile } from '../../../src/sim/model/compile';
import type { CompiledModel } from '../../../src/sim/model/compiledModel';
import { loadOperations } from '../../../src/sim/model/loadOperations';
import type { Operations } from '../../../src/sim/model/operationsSchema';
import type { Exercise, ExerciseInput } from '../../../src/sim/training/exerciseSchema';
import { loadExercise } from '../../../src/sim/training/validateExercise';

export const hospitalText = readFileSync('models/general-hospital.json', 'utf8');
export const operationsText = readFileSync('models/operations/general-hospital.operations.json', 'utf8');
export const SHIPPED = ['ed-mass-casualty', 'icu-epidemic-surge', 'winter-bed-crisis'] as const;

let cached: { hospital: Hospital; operations: Operations; model: CompiledModel } | null = null;

/** The sample hospital, its operations model and the compiled baseline (loaded once per test file). */
export function sampleHospital(): { hospital: Hospital; operations: Operations; model: CompiledModel } {
  if (cached) return cached;
  const hospital = validateHospitalText(hospitalText);
  if (!hospital.ok) throw new Error('sample hospital invalid');
  const operations = loadOperations(operationsText, { hospital: hospital.value });
  if (!operations.ok) throw new Error('sample operations invalid');
  cached = { hospital: hospital.value, operations: operations.value, model: compile(operations.value, hospital.value) };
  return cached;
}

export function shippedText(id: string): string {
  return readFileSync(`models/exercises/${id}.exercise.json`, 'utf8');
}

export function shipped(id: string): Exercise {
  const loaded = loadExercise(shippedText(id));
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.value;
}

/** A small valid exercise on the sample hospital (Tuesday 12:00, 24 h, one warm-up day); override parts in tests. */
export function smallExercise(): ExerciseInput {
  return {
    schemaVersion: 1, kind: 'exercise', id: 'small', name: 'Small exercise', hospital: 'general-hospital',
    start: { dateTime: '2026-11-24T12:00', hours: 24, warmupDays: 1, replications: 4, seed: 11, narration: 'Tuesday noon.' },
    steps: [
      {
        kind: 'inject', id: 'crash', at: '14:00', title: 'Crash', narration: 'A crash.',
        effect: { incidents: [{ id: 'mci', patients: 10, overHours: 1, acuityMix: { 'esi-2': 1 } }] },
      },
      {
        kind: 'decision', id: 'staff', at: '15:00', title: 'Staff?', narration: 'Call in staff?',
        options: [
          { id: 'none', label: 'No' },
          { id: 'team', label: 'Team', effect: { staffing: [{ resource: 'ed-bay-nurses', change: { add: 3 }, forHours: 6 }, { resource: 'ed-physicians', change: { add: 2 }, forHours: 6 }] } },
          { id: 'divert', label: 'Divert', effect: { surges: [{ factor: 0.5, classes: ['esi-3'], afterHours: 1, forHours: 4 }] } },
        ],
      },
      {
        kind: 'decision', id: 'beds', day: 0, at: '18:30', title: 'Beds?', narration: 'Open beds?',
        options: [
          { id: 'none', label: 'No' },
          { id: 'icu', label: 'ICU', effect: { beds: [{ resource: 'icu-beds', change: { add: 4 }, reason: 'surge' }], equipment: [{ type: 'ventilator', unit: 'icu', change: { add: 2 } }] } },
        ],
      },
    ],
    debrief: { objective: [{ kpi: 'edWaitMean', weight: 1 }, { kpi: 'lwbs', weight: 2 }], kpis: ['edWaitMean', 'lwbs', 'boardingHours'] },
  };
}
