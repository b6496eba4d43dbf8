import * as codes from './compiledModel';
import type { CompiledStep } from './compiledModel';
import { EV_STEP_DONE, LEAVE_LOST, PRI_NORMAL } from './engineState';
import * as patientTable from './patientTable';
import { RarePaths } from './rarePaths';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const FULL_OVERFLOW = codes.FULL_OVERFLOW;
const MAX_HOLDS = patientTable.MAX_HOLDS;

/**
 * The customer path: arrive → enter step → seize (or queue) → activity → release → serve the next in line →
 * route or exit. Plain steps (fastPaths.ts) go through a few typed-array updates in these methods; every
 * other step through the general path, which checks each feature and calls the rare paths.
 */
export abstract class PatientFlow extends RarePaths {
  protected admit(classIndex: number): void {
    const c = this.model.classes[classIndex];
    const pt = this.patients;
    const p = pt.allocate();
    pt.classIndex[p] = classIndex;
    pt.acuity[p] = c.acuity;
    pt.arrival[p] = this.clock.now;
    const seed = this.patientStreams[classIndex].nextUint32() | 0;
    pt.seed[p] = seed;
    pt.patienceLeft[p] = c.patience ? this.drawPatience(seed, c.patienceKey, c.patience) : Infinity;
    if (c.emergency) pt.edOpen[p] = 1;
    this.stats.inSystem.update(0, pt.inUse);
    if (this.measuring) {
      this.stats.arrivals++;
      this.stats.arrivalsByClass[classIndex]++;
      if (c.emergency) this.stats.edArrivals++;
    }
    this.enterStep(p, c.firstStep);
  }

  /** Enters step `first` (instant steps route at once; -1 is the exit). */
  protected enterStep(p: number, first: number): void {
    const pt = this.patients;
    let s = first;
    for (let guard = 0; ; guard++) {
      if (s < 0) return this.exit(p);
      if (guard > 10_000) this.endlessLoop(s);
      pt.step[p] = s;
      pt.seizeIndex[p] = 0;
      pt.stepEnter[p] = this.clock.now;
      pt.visits[p]++;
      if (this.plain[s] === 1) {
        const r = this.plainResource[s];
        const res = this.res;
        if (res.busy[r] < res.onDuty[r]) {
          this.holdPlain(p, r);
          pt.seizeIndex[p] = 1;
          this.startPlain(p, s);
        } else if (this.plainMaxQueue[s] >= 0 && this.queueWaiting[r] >= this.plainMaxQueue[s]) {
          this.leave(p, LEAVE_LOST, r);
        } else {
          this.enqueuePlain(p, r);
        }
        return;
      }
      const step = this.steps[s];
      if (!step.instant) return this.continueStep(p);
      this.activityStarts(p, step);
      s = this.route(p, step);
    }
  }

  /** A plain step's activity starts now (its one unit just taken): record the wait, schedule the end. */
  private startPlain(p: number, s: number): void {
    const now = this.clock.now;
    const pt = this.patients;
    if (now >= this.warmupEnd) this.stats.stepWait[s].add(now - pt.stepEnter[p]);
    const mean = this.exponentialMean[s];
    let end: number;
    if (mean > 0) {
      const keyed = this.keyed;
      keyed.position(pt.seed[p], this.durationKey[s], pt.visits[p]);
      end = now + mean * keyed.exponential();
    } else {
      end = this.activityEnd(p, this.steps[s]);
    }
    this.heap.push(end, PRI_NORMAL, EV_STEP_DONE, p);
  }

  /** Seizes the step's resources in order; queues at the first full one or leaves, per its onFull. */
  protected continueStep(p: number): void {
    const pt = this.patients;
    const res = this.res;
    const step = this.steps[pt.step[p]];
    const seizes = step.seizes;
    const n = seizes.length;
    for (let i = pt.seizeIndex[p]; i < n; i++) {
      const seize = seizes[i];
      const r = seize.resource;
      if (res.canGrant(r)) this.hold(p, r, r);
      else if (seize.onFull !== FULL_OVERFLOW || !this.takeOverflow(p, seize)) {
        pt.seizeIndex[p] = i;
        return this.resourceFull(p, seize, step);
      }
    }
    pt.seizeIndex[p] = n;
    this.startActivity(p, step);
  }

  /** Everything seized: the activity starts (its end is scheduled) or, without one, the step ends now. */
  private startActivity(p: number, step: CompiledStep): void {
    this.activityStarts(p, step);
    if (step.hasDuration) {
      const mean = step.exponentialMean;
      let end: number;
      if (mean > 0) {
        const pt = this.patients;
        const keyed = this.keyed;
        keyed.position(pt.seed[p], step.durationKey, pt.visits[p]);
        end = this.clock.now + mean * keyed.exponential();
      } else {
        end = this.activityEnd(p, step);
      }
      this.heap.push(end, PRI_NORMAL, EV_STEP_DONE, p);
    } else if (step.releaseAll || step.release.length > 0) {
      this.heap.push(this.clock.now, PRI_NORMAL, EV_STEP_DONE, p);
    } else {
      this.enterStep(p, this.route(p, step));
    }
  }

  /** Everything seized: record the wait, boarding, door-to-provider and ED departure. */
  private activityStarts(p: number, step: CompiledStep): void {
    const now = this.clock.now;
    if (now >= this.warmupEnd) {
      const enter = this.patients.stepEnter[p];
      this.stats.stepWait[step.index].add(now - enter);
      if (step.boardingFrom.length > 0 && now > enter) this.recordBoarding(p, step);
    }
    if (step.seen || step.edDeparture) this.activityFlags(p, step);
  }

  private route(p: number, step: CompiledStep): number {
    if (step.branchPick) {
      this.keyed.position(this.patients.seed[p], step.branchKey, this.patients.visits[p]);
      return step.branchTargets[step.branchPick(this.keyed)];
    }
    if (step.byClass) return step.byClass[this.patients.classIndex[p]];
    return step.next;
  }

  /** The activity ended: release, serve who waits for what was released, then route. */
  protected finishStep(p: number): void {
    const pt = this.patients;
    const s = pt.step[p];
    if (this.plain[s] === 1) {
      const r = this.plainResource[s];
      if (pt.holdCount[p] === 1 && pt.holdResource[p * MAX_HOLDS] === r) {
        pt.holdCount[p] = 0;
        this.givePlain(r);
      } else {
        this.releaseResource(p, r);
      }
    } else {
      const step = this.steps[s];
      if (step.releaseAll) this.releaseAll(p);
      else {
        const release = step.release;
        for (let k = 0; k < release.length; k++) this.releaseResource(p, release[k]);
      }
    }
    const next = this.fixedNext[s];
    this.enterStep(p, next >= -1 ? next : this.route(p, this.steps[s]));
  }

  protected exit(p: number): void {
    const pt = this.patients;
    if (pt.edOpen[p] === 1) this.endEdStay(p);
    if (this.measuring) {
      this.stats.completed++;
      // A patient placed at time 0 arrived at an unknown time before it: no time in system.
      if (pt.initial[p] === 0) this.stats.timeInSystem.add(this.clock.now - pt.arrival[p]);
    }
    if (pt.holdCount[p] > 0) this.releaseAll(p);
    pt.release(p);
    this.stats.inSystem.update(0, pt.inUse);
  }

  /** Serves waiting patients while the resource can take them. */
  protected drain(r: number): void {
    const queue = this.queues[r];
    const pt = this.patients;
    const res = this.res;
    while (this.queueLive[r] > 0 && res.canGrant(r)) {
      const p = queue.pop();
      if (p < 0) break;
      if (pt.ticket[p] !== queue.popSeq) continue; // left the queue, or served elsewhere
      const s = pt.step[p];
      if (this.plain[s] === 1) {
        // dequeued() + hold() for a plain step: no patience clock, no overflow entries, the key is r.
        pt.ticket[p] = 0;
        pt.queuedAt[p] = -1;
        if (--this.queueLive[r] === 0) queue.clear();
        res.queueStat.update(r, --this.queueWaiting[r]);
        this.holdPlain(p, r);
        pt.seizeIndex[p] = 1;
        this.startPlain(p, s);
        continue;
      }
      const key = pt.queuedAt[p];
      this.dequeued(p);
      this.hold(p, r, key);
      pt.seizeIndex[p]++;
      this.continueStep(p);
    }
  }
}
