import type { Engine } from '../model/engine';

/**
 * Who is waiting right now, per resource: the number of patients in its queue and the sum of their times
 * so far in it (minutes). A patient waiting with overflow options counts once, at the pool it asked for
 * (like the engine's queue statistics). Filled at each sample when `ReplicationOptions.sampleWaits` is set.
 */
export interface WaitingSample {
  readonly waiting: Float64Array;
  readonly waitSoFarSum: Float64Array;
}

export function createWaitingSample(resourceCount: number): WaitingSample {
  return { waiting: new Float64Array(resourceCount), waitSoFarSum: new Float64Array(resourceCount) };
}

/** Scans the patient table (O(patients), no allocation): ticket ≠ 0 and queuedAt ≥ 0 mean waiting. */
export function sampleWaiting(engine: Engine, now: number, out: WaitingSample): void {
  out.waiting.fill(0);
  out.waitSoFarSum.fill(0);
  const pt = engine.patients;
  const { ticket, queuedAt, queueJoin } = pt;
  for (let p = 0, n = pt.capacity; p < n; p++) {
    const r = queuedAt[p];
    if (r < 0 || ticket[p] === 0) continue;
    out.waiting[r]++;
    out.waitSoFarSum[r] += now - queueJoin[p];
  }
}
