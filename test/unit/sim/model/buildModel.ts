import { compile } from '../../../../src/sim/model/compile';
import type { CompiledModel } from '../../../../src/sim/model/compiledModel';
import { loadOperations } from '../../../../src/sim/model/loadOperations';
import type { OperationsInput } from '../../../../src/sim/model/operationsSchema';

type Parts = Partial<Omit<OperationsInput, 'schemaVersion' | 'kind' | 'id' | 'name'>>;

/** A minimal valid operations document with the given parts. */
export function operations(parts: Parts): OperationsInput {
  return {
    schemaVersion: 1, kind: 'operations', id: 'test-model', name: 'Test model',
    resources: [{ id: 'server', kind: 'server', capacity: 1 }],
    patientClasses: [{ id: 'patient', acuity: 3, pathway: 'main', arrivals: { perHour: [1] } }],
    pathways: [{ id: 'main', steps: [{ id: 'serve', seize: ['server'], duration: { type: 'fixed', value: 10 }, release: ['server'] }] }],
    ...parts,
  };
}

/** Validates and compiles; throws with every problem when invalid. */
export function build(parts: Parts): CompiledModel {
  const loaded = loadOperations(operations(parts));
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
  return compile(loaded.value);
}

/** Scheduled arrivals on Monday (day 0) at the given times. */
export function mondayAt(...times: string[]): { dayOfWeek: number; time: string; count: number }[] {
  return times.map((time) => ({ dayOfWeek: 0, time, count: 1 }));
}

export const fixed = (value: number) => ({ type: 'fixed' as const, value });
