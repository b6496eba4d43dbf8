import * as codes from './compiledModel';
import type { CompiledModel, CompiledStep } from './compiledModel';
import type { ResourceRuntime } from './resourceRuntime';

/**
 * Which steps take the engine's fast path, decided once per model: a PLAIN step seizes one countable
 * resource (staff, servers: no items, no ratio staffing, no hospital unit, no ratio dependents) and waits
 * when it is full, has an activity with a duration, releases exactly that resource, and has none of the
 * rare features (instant, patience/LWBS, boarding, door-to-provider, ED departure). Its seize, queueing, start
 * and release are then a few typed-array updates with no per-patient feature checks. Every other step takes
 * the general path; both give the same events in the same order.
 */
export interface FastPathPlan {
  plain: Uint8Array;
  /** Per plain step: its one resource (else -1) and its maxQueue (-1: no limit). */
  resource: Int32Array;
  maxQueue: Int32Array;
}

export function planFastPaths(model: CompiledModel, res: ResourceRuntime): FastPathPlan {
  const n = model.steps.length;
  const plan: FastPathPlan = { plain: new Uint8Array(n), resource: new Int32Array(n).fill(-1), maxQueue: new Int32Array(n).fill(-1) };
  for (const step of model.steps) {
    const r = plainResourceOf(step, res);
    if (r < 0) continue;
    plan.plain[step.index] = 1;
    plan.resource[step.index] = r;
    plan.maxQueue[step.index] = step.seizes[0].maxQueue;
  }
  return plan;
}

/** The step's one resource when the step is plain, else -1. */
function plainResourceOf(step: CompiledStep, res: ResourceRuntime): number {
  if (step.instant || !step.hasDuration || step.lwbs || step.seen || step.edDeparture) return -1;
  if (step.boardingFrom.length > 0 || step.seizes.length !== 1 || step.releaseAll) return -1;
  const seize = step.seizes[0];
  const r = seize.resource;
  if (seize.onFull !== codes.FULL_WAIT || step.release.length !== 1 || step.release[0] !== r) return -1;
  const plainResource = res.mode[r] === codes.MODE_COUNT && res.staffBy[r] < 0 && res.unitOf[r] < 0 && res.dependents[r].length === 0;
  return plainResource ? r : -1;
}
