import type { Problem } from '../../domain/problems';
import type { CompiledModel } from '../model/compiledModel';
import { minutesOfDay } from '../model/operationsSchema';
import type { Targeted } from './resolveScenario';
import type { DischargePolicy } from './scenarioSchema';
import type { CapacityEvent } from './timeline';

/**
 * Hands the engine what it cannot get from the operations model: capacity changes at set times (windows:
 * `model.capacityChanges`) and discharge-time policies (`step.dischargeWindow`; such a step leaves the
 * exponential fast path). `origin` maps a cohort's copied steps to the steps they copy, which get the policy too.
 */
export function attachEngineHooks(
  model: CompiledModel, events: CapacityEvent[], discharge: Targeted<DischargePolicy>[], origin: Map<string, string>,
): Problem[] {
  const index = new Map(model.resources.map((r) => [r.id, r.index]));
  const changes = events.flatMap((e) => {
    const resource = index.get(e.resource);
    return resource === undefined ? [] : [{ time: e.time, resource, delta: e.delta }];
  });
  if (changes.length > 0) model.capacityChanges = changes;
  for (const { entry, ids } of discharge) {
    const selected = new Set(ids);
    for (const step of model.steps) {
      if (!selected.has(step.id) && !selected.has(origin.get(step.id) ?? '')) continue;
      step.dischargeWindow = { from: minutesOfDay(entry.from), to: minutesOfDay(entry.to) };
      step.exponentialMean = 0;
    }
  }
  return [];
}
