import type { Sampler } from '../kernel/distributions';
import { createStream } from '../kernel/rng';
import * as codes from './compiledModel';
import type { CompiledSeize, CompiledStep } from './compiledModel';
import { EV_ITEM_READY, EV_REPAIRED, EV_FAIL, EV_STEP_DONE, LEAVE_DIVERTED, LEAVE_LOST, LEAVE_RENEGED, PRI_NORMAL } from './engineState';
import { HoldsAndQueues } from './holdsAndQueues';
import { GIVE_CODES } from './resourceRuntime';
import { drawResidual } from './warmStart';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const FULL_LOST = codes.FULL_LOST;
const FULL_DIVERT = codes.FULL_DIVERT;
const MODE_ITEMS = codes.MODE_ITEMS;
const { GIVE_CLEANING, GIVE_FAILED } = GIVE_CODES;

/** Keyed-stream keys of the warm start's draws (which option; remaining time). */
const INITIAL_PICK_KEY = 0x1a2b3c4d;
const INITIAL_RESIDUAL_KEY = 0x5e6f7081;

/**
 * The engine's cold paths, kept out of the hot methods (a call V8 does not inline costs more than most steps):
 * overflow, full resources, leaving, reneging, boarding and ED milestones, sampled durations, cleaning,
 * failures and repairs, the warm start, and model errors.
 */
export abstract class RarePaths extends HoldsAndQueues {
  /** Seizes the step's resources from seizeIndex on (general path; see patientFlow.ts). */
  protected abstract continueStep(p: number): void;

  /** An overflow seize whose primary is full: takes the first overflow pool that can grant (false: none). */
  protected takeOverflow(p: number, seize: CompiledSeize): boolean {
    const res = this.res;
    for (let k = 0; k < seize.overflowTo.length; k++) {
      const o = seize.overflowTo[k];
      if (res.canGrant(o)) {
        this.hold(p, o, seize.resource);
        return true;
      }
    }
    return false;
  }

  /** The seize's resource (and any overflow) is full: leave per onFull, or when the line is too long; else queue. */
  protected resourceFull(p: number, seize: CompiledSeize, step: CompiledStep): void {
    const onFull = seize.onFull;
    const r = seize.resource;
    if (onFull === FULL_LOST || onFull === FULL_DIVERT) return this.leave(p, onFull === FULL_LOST ? LEAVE_LOST : LEAVE_DIVERTED, r);
    if (seize.maxQueue >= 0 && this.queueWaiting[r] >= seize.maxQueue) return this.leave(p, LEAVE_LOST, r);
    this.enqueue(p, seize, step);
  }

  /** Leaves without finishing: lost or diverted at a full resource, or reneged (LWBS) from a queue. */
  protected leave(p: number, reason: number, r: number): void {
    const pt = this.patients;
    if (this.measuring) {
      const stats = this.stats;
      if (reason === LEAVE_LOST) stats.lost++;
      else if (reason === LEAVE_DIVERTED) stats.diverted++;
      else if (this.model.classes[pt.classIndex[p]].emergency) stats.lwbs++;
      else stats.reneged++;
      if (reason !== LEAVE_RENEGED) stats.lostAt[r]++;
    }
    pt.edOpen[p] = 0;
    this.releaseAll(p);
    pt.release(p);
    this.stats.inSystem.update(0, pt.inUse);
  }

  protected renege(p: number): void {
    const pt = this.patients;
    if (pt.renegeAt[p] !== this.clock.now || pt.ticket[p] === 0) return; // served, or the slot was reused
    const r = pt.queuedAt[p];
    this.dequeued(p);
    this.leave(p, LEAVE_RENEGED, r);
  }

  protected drawPatience(seed: number, key: number, patience: Sampler): number {
    this.keyed.position(seed, key, 0);
    return Math.max(0, patience(this.keyed));
  }

  protected recordBoarding(p: number, step: CompiledStep): void {
    if (!this.holdsAny(p, step.boardingFrom)) return;
    this.stats.boardingMinutes += this.clock.now - Math.max(this.patients.stepEnter[p], this.warmupEnd);
    this.stats.boardedPatients++;
  }

  protected activityFlags(p: number, step: CompiledStep): void {
    const pt = this.patients;
    if (step.seen && pt.seen[p] === 0) {
      pt.seen[p] = 1;
      if (this.measuring && this.model.classes[pt.classIndex[p]].emergency) this.stats.edWait.add(this.clock.now - pt.arrival[p]);
    }
    if (step.edDeparture && pt.edOpen[p] === 1) this.endEdStay(p);
  }

  protected endEdStay(p: number): void {
    const pt = this.patients;
    pt.edOpen[p] = 0;
    if (!this.measuring) return;
    const stay = this.clock.now - pt.arrival[p];
    this.stats.edStay.add(stay);
    if (stay > this.model.edTargetMinutes) this.stats.fourHourBreaches++;
  }

  /** End time of the activity starting now, drawn from the step's (or the class's) duration sampler. */
  protected activityEnd(p: number, step: CompiledStep): number {
    const pt = this.patients;
    const sampler = step.durationByClass?.[pt.classIndex[p]] ?? step.duration;
    let d = 0;
    if (sampler) {
      this.keyed.position(pt.seed[p], step.durationKey, pt.visits[p]);
      d = sampler(this.keyed);
      if (!(d > 0)) d = 0;
    }
    const window = step.dischargeWindow;
    return window ? dischargeTime(this.clock.now, this.clock.now + d, window.from, window.to) : this.clock.now + d;
  }

  protected itemUnavailable(outcome: number, r: number, item: number): void {
    if (outcome === GIVE_CLEANING) {
      const cleaning = this.model.resources[r].cleaning;
      const d = cleaning ? Math.max(0, cleaning(this.cleaningStreams[r])) : 0;
      this.heap.push(this.clock.now + d, PRI_NORMAL, EV_ITEM_READY, item);
    } else if (outcome === GIVE_FAILED) {
      this.scheduleRepair(item);
    }
  }

  protected itemReady(item: number): void {
    const outcome = this.res.makeAvailable(item);
    if (outcome === GIVE_FAILED) this.scheduleRepair(item);
    else this.drain(this.res.itemResource[item]);
  }

  protected itemFails(item: number): void {
    if (this.res.fail(item)) this.scheduleRepair(item);
    else if (this.res.pendingFailure[item] === 0) this.scheduleNextFailure(item); // closed items skip this one
  }

  protected itemRepaired(item: number): void {
    this.res.repaired(item);
    this.scheduleNextFailure(item);
    this.drain(this.res.itemResource[item]);
  }

  private scheduleRepair(item: number): void {
    const r = this.res.itemResource[item];
    const failure = this.model.resources[r].failure;
    const d = failure ? Math.max(0, failure.repair(this.failureStreams[r])) : 0;
    this.heap.push(this.clock.now + d, PRI_NORMAL, EV_REPAIRED, item);
  }

  private scheduleNextFailure(item: number): void {
    const r = this.res.itemResource[item];
    const failure = this.model.resources[r].failure;
    if (failure) this.heap.push(this.clock.now + Math.max(0, failure.timeBetween(this.failureStreams[r])), PRI_NORMAL, EV_FAIL, item);
  }

  /**
   * Warm start: the patients each pool's `initialOccupancy` places at time 0, each holding one unit (and the
   * step's own resources when free) and part-way through its step (remaining time from the equilibrium
   * residual, see warmStart.ts). Their random numbers come from `initial:<resource>` (patient seeds) so they
   * are common to every scenario.
   */
  protected placeInitialPatients(seed: number): void {
    const pt = this.patients;
    const keyed = this.keyed;
    for (const r of this.model.resources) {
      const initial = r.initial;
      if (!initial) continue;
      const seeds = createStream(seed, `initial:${r.id}`);
      for (let k = 0; k < initial.count && this.unitFree(r.index); k++) {
        const patientSeed = seeds.nextUint32() | 0;
        keyed.position(patientSeed, INITIAL_PICK_KEY, 0);
        const option = initial.pick(keyed);
        const classIndex = initial.classIndex[option];
        const step = this.steps[initial.step[option]];
        const p = pt.allocate();
        pt.initial[p] = 1;
        pt.classIndex[p] = classIndex;
        pt.acuity[p] = this.model.classes[classIndex].acuity;
        pt.arrival[p] = 0;
        pt.seed[p] = patientSeed;
        pt.patienceLeft[p] = Infinity;
        pt.seen[p] = 1;
        pt.step[p] = step.index;
        pt.seizeIndex[p] = step.seizes.length;
        pt.stepEnter[p] = 0;
        pt.visits[p] = 1;
        this.hold(p, r.index, r.index);
        for (const seize of step.seizes) {
          if (seize.resource !== r.index && this.res.canGrant(seize.resource)) this.hold(p, seize.resource, seize.resource);
        }
        const sampler = step.durationByClass?.[classIndex] ?? step.duration;
        keyed.position(patientSeed, step.durationKey ^ INITIAL_RESIDUAL_KEY, 0);
        const remaining = sampler ? drawResidual(sampler, keyed, initial.cap[option]) : 0;
        this.heap.push(remaining, PRI_NORMAL, EV_STEP_DONE, p);
        this.stats.inSystem.update(0, pt.inUse);
      }
    }
  }

  /** A unit of a bed or room pool is free to take (ratio staffing aside: nobody is evicted at night either). */
  private unitFree(r: number): boolean {
    const res = this.res;
    if (res.mode[r] === MODE_ITEMS) return res.freeTop[r] > 0;
    return res.canGrant(r);
  }

  protected endlessLoop(s: number): never {
    throw new Error(`patient loops through instant steps without end (step "${this.steps[s].id}")`);
  }
}

/**
 * Discharge-time policy: an activity that would end at `end` ends instead within [from, to) minutes of that
 * day, at the same fraction of the window as `end`'s fraction of its day; if that is before `start`, the next day's.
 */
export function dischargeTime(start: number, end: number, from: number, to: number): number {
  const day = Math.floor(end / MINUTES_IN_DAY) * MINUTES_IN_DAY;
  const moved = day + from + ((end - day) / MINUTES_IN_DAY) * (to - from);
  return moved >= start ? moved : moved + MINUTES_IN_DAY;
}

const MINUTES_IN_DAY = 1440;
