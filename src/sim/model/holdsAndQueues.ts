import * as codes from './compiledModel';
import type { CompiledSeize, CompiledStep } from './compiledModel';
import { EngineState, EV_RENEGE, PRI_NORMAL } from './engineState';
import * as patientTable from './patientTable';
import { GIVE_CODES } from './resourceRuntime';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const FULL_OVERFLOW = codes.FULL_OVERFLOW;
const GIVE_FREE = GIVE_CODES.GIVE_FREE;
const MAX_HOLDS = patientTable.MAX_HOLDS;

/**
 * What a patient holds (resource, the resource it asked for, item) and the waiting lines: taking and giving
 * back units, joining and leaving queues under one ticket, and the patience clock of a queued patient.
 */
export abstract class HoldsAndQueues extends EngineState {
  protected hold(p: number, r: number, key: number): void {
    const pt = this.patients;
    const n = pt.holdCount[p];
    if (n === MAX_HOLDS) this.tooManyHolds(p);
    const at = p * MAX_HOLDS + n;
    pt.holdResource[at] = r;
    pt.holdKey[at] = key;
    pt.holdItem[at] = this.res.take(r, pt.acuity[p]);
    pt.holdCount[p] = n + 1;
  }

  /**
   * Takes a unit of a plain resource (countable, no ratio, no unit; see fastPaths.ts): the same updates as
   * hold() + ResourceRuntime.take(), without those that cannot apply. The capacity on duty does not change:
   * the unit was free, so busy ≤ on duty still.
   */
  protected holdPlain(p: number, r: number): void {
    const pt = this.patients;
    const n = pt.holdCount[p];
    if (n === MAX_HOLDS) this.tooManyHolds(p);
    const at = p * MAX_HOLDS + n;
    pt.holdResource[at] = r;
    pt.holdKey[at] = r;
    pt.holdItem[at] = -1;
    pt.holdCount[p] = n + 1;
    const res = this.res;
    res.busyStat.update(r, ++res.busy[r]);
  }

  /** Gives back a unit of a plain resource and serves its queue (ResourceRuntime.give() + giveBack(), reduced). */
  protected givePlain(r: number): void {
    const res = this.res;
    const busy = --res.busy[r];
    res.busyStat.update(r, busy);
    // Capacity on duty is max(on duty, busy): it changes only when busy was above the roster (overtime).
    if (busy >= res.onDuty[r]) res.updateCapacity(r);
    if (this.queueLive[r] > 0) this.drain(r);
  }

  protected tooManyHolds(p: number): never {
    throw new Error(`a patient may hold at most ${MAX_HOLDS} resources at once (step "${this.steps[this.patients.step[p]].id}")`);
  }

  protected holdsAny(p: number, resources: Int32Array): boolean {
    const pt = this.patients;
    const base = p * MAX_HOLDS;
    for (let k = pt.holdCount[p] - 1; k >= 0; k--) {
      for (let j = 0; j < resources.length; j++) {
        if (pt.holdResource[base + k] === resources[j] || pt.holdKey[base + k] === resources[j]) return true;
      }
    }
    return false;
  }

  /** Releases every hold seized for resource r (directly or through an overflow). */
  protected releaseResource(p: number, r: number): void {
    const pt = this.patients;
    const base = p * MAX_HOLDS;
    for (let k = pt.holdCount[p] - 1; k >= 0; k--) {
      if (pt.holdResource[base + k] !== r && pt.holdKey[base + k] !== r) continue;
      const resource = pt.holdResource[base + k];
      const item = pt.holdItem[base + k];
      const last = base + pt.holdCount[p] - 1;
      pt.holdResource[base + k] = pt.holdResource[last];
      pt.holdKey[base + k] = pt.holdKey[last];
      pt.holdItem[base + k] = pt.holdItem[last];
      pt.holdCount[p]--;
      this.giveBack(resource, item);
    }
  }

  protected releaseAll(p: number): void {
    const pt = this.patients;
    const base = p * MAX_HOLDS;
    while (pt.holdCount[p] > 0) {
      const k = base + --pt.holdCount[p];
      this.giveBack(pt.holdResource[k], pt.holdItem[k]);
    }
  }

  protected giveBack(r: number, item: number): void {
    const outcome = this.res.give(r, item, this.cleaned[r] === 1);
    if (outcome === GIVE_FREE) this.drain(r);
    else this.itemUnavailable(outcome, r, item);
  }

  /**
   * Waits for the seize's resource — and, for an overflow seize, in the queues of its overflow resources too,
   * under one ticket: whichever frees first serves the patient and the other entries go stale.
   * Queue statistics count the patient only at the resource it asked for.
   */
  protected enqueue(p: number, seize: CompiledSeize, step: CompiledStep): void {
    const pt = this.patients;
    const r = seize.resource;
    const seq = ++this.seq;
    pt.ticket[p] = seq;
    pt.queuedAt[p] = r;
    pt.queueJoin[p] = this.clock.now;
    this.register(p, r, seq);
    if (seize.onFull === FULL_OVERFLOW) this.registerOverflow(p, seize.overflowTo, seq);
    this.res.queueStat.update(r, ++this.queueWaiting[r]);
    if (step.lwbs && pt.patienceLeft[p] !== Infinity) this.startPatienceClock(p);
  }

  /** enqueue() for a plain step: one resource, no overflow, no patience. */
  protected enqueuePlain(p: number, r: number): void {
    const pt = this.patients;
    const seq = ++this.seq;
    pt.ticket[p] = seq;
    pt.queuedAt[p] = r;
    const now = this.clock.now;
    pt.queueJoin[p] = now;
    // register(), inlined
    if (this.fifo[r] === 1) this.queues[r].push(0, now, seq, p);
    else this.queues[r].push(pt.acuity[p], pt.arrival[p], seq, p);
    this.queueLive[r]++;
    this.res.queueStat.update(r, ++this.queueWaiting[r]);
  }

  private registerOverflow(p: number, overflow: Int32Array, seq: number): void {
    for (let k = 0; k < overflow.length; k++) this.register(p, overflow[k], seq);
  }

  private register(p: number, r: number, seq: number): void {
    if (this.fifo[r] === 1) this.queues[r].push(0, this.clock.now, seq, p);
    else this.queues[r].push(this.patients.acuity[p], this.patients.arrival[p], seq, p);
    this.queueLive[r]++;
  }

  private startPatienceClock(p: number): void {
    const pt = this.patients;
    const at = this.clock.now + pt.patienceLeft[p];
    pt.renegeAt[p] = at;
    this.heap.push(at, PRI_NORMAL, EV_RENEGE, p);
  }

  protected stopPatienceClock(p: number): void {
    const pt = this.patients;
    pt.patienceLeft[p] = Math.max(0, pt.patienceLeft[p] - (this.clock.now - pt.queueJoin[p]));
    pt.renegeAt[p] = -1;
  }

  /** The patient leaves the line it waits in (served, or gone): its ticket and every entry go stale. */
  protected dequeued(p: number): void {
    const pt = this.patients;
    const r = pt.queuedAt[p];
    pt.ticket[p] = 0;
    pt.queuedAt[p] = -1;
    if (pt.renegeAt[p] >= 0) this.stopPatienceClock(p);
    this.unregister(r);
    const seize = this.steps[pt.step[p]].seizes[pt.seizeIndex[p]];
    if (seize.onFull === FULL_OVERFLOW) this.unregisterOverflow(seize.overflowTo);
    this.res.queueStat.update(r, --this.queueWaiting[r]);
  }

  private unregisterOverflow(overflow: Int32Array): void {
    for (let k = 0; k < overflow.length; k++) this.unregister(overflow[k]);
  }

  /** One live entry fewer; a queue with no live entries drops its stale ones at once. */
  protected unregister(r: number): void {
    if (--this.queueLive[r] === 0) this.queues[r].clear();
  }
}
