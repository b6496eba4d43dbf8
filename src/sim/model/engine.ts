import { EventHeap } from '../kernel/eventHeap';
import { createStream, type RandomStream } from '../kernel/rng';
import * as codes from './compiledModel';
import type { Sampler } from '../kernel/distributions';
import type { CompiledModel, CompiledSeize, CompiledStep } from './compiledModel';
import { Collector } from './collector';
import { KeyedStream } from './keyedStream';
import * as patientTable from './patientTable';
import { GIVE_CODES, ResourceRuntime } from './resourceRuntime';
import * as roster from './roster';
import { SampleRecorder } from './sampleRecorder';
import { SimClock } from './simClock';
import type { SimState } from './simState';
import { WaitQueue } from './waitQueue';
import { drawResidual } from './warmStart';

// Module-local copies: imported bindings can cost a getter call per use under some loaders (tsx → CJS).
const FULL_LOST = codes.FULL_LOST;
const FULL_DIVERT = codes.FULL_DIVERT;
const FULL_OVERFLOW = codes.FULL_OVERFLOW;
const MODE_ITEMS = codes.MODE_ITEMS;
const { GIVE_FREE, GIVE_CLEANING, GIVE_FAILED } = GIVE_CODES;
const MAX_HOLDS = patientTable.MAX_HOLDS;
const MINUTES_PER_DAY = roster.MINUTES_PER_DAY;
const MINUTES_PER_WEEK = roster.MINUTES_PER_WEEK;

// Event kinds: one heap, a switch on kind, payloads are plain integers.
const EV_ARRIVAL = 0; // payload: class
const EV_SCHEDULED = 1; // payload: class
const EV_DAY = 2; // payload: day number
const EV_STEP_DONE = 3; // payload: patient slot
const EV_RENEGE = 4; // payload: patient slot
const EV_ITEM_READY = 5; // payload: item (cleaning done)
const EV_FAIL = 6; // payload: item
const EV_REPAIRED = 7; // payload: item
const EV_SHIFT = 8; // payload: shift change index
const EV_SAMPLE = 9;
const EV_WARMUP_END = 10;
const EV_END = 11;

// Priorities at equal times: shifts first, then patients, then measurement.
const PRI_SHIFT = 0;
const PRI_NORMAL = 1;
const PRI_MEASURE = 2;

/** Keyed-stream keys of the warm start's draws (which option; remaining time). */
const INITIAL_PICK_KEY = 0x1a2b3c4d;
const INITIAL_RESIDUAL_KEY = 0x5e6f7081;

const LEAVE_LOST = 0;
const LEAVE_DIVERTED = 1;
const LEAVE_RENEGED = 2;

export interface EngineOptions {
  /** Seed of this replication (already mixed with the replication number). */
  seed: number;
  endTime: number;
  warmupTime: number;
  /** Sampling interval in minutes for series and onSample; 0 = no sampling. */
  sampleIntervalMinutes: number;
  onSample?: (t: number, state: SimState) => void;
  traceHash?: boolean;
  /** Called every 65,536 events with the fraction of simulated time done. */
  onProgress?: (fraction: number) => void;
}

/**
 * One replication of a compiled hospital model: the event loop and the patient logic (enter step → seize
 * each resource in order, queueing or leaving when full → activity → release → route). No objects are
 * allocated per event; patients, queues and resources live in typed arrays.
 */
export class Engine {
  readonly res: ResourceRuntime;
  readonly stats: Collector;
  readonly patients = new patientTable.PatientTable();
  readonly recorder: SampleRecorder | null;
  /** Simulation time in minutes, shared with the resource and patient statistics. */
  readonly clock = new SimClock();
  events = 0;
  hash = 0x811c9dc5;
  private readonly heap = new EventHeap(4096);
  private readonly queues: WaitQueue[];
  /** Live queue entries per resource (a patient waiting with overflow options has one in each). */
  private readonly queueLive: Int32Array;
  /** Patients waiting for each resource they asked for (queue statistics, maxQueue). */
  private readonly queueWaiting: Int32Array;
  private readonly steps: CompiledStep[];
  private readonly keyed = new KeyedStream();
  private readonly arrivalStreams: RandomStream[];
  /**
   * The next arrival of each class lives outside the heap (one push and pop fewer per patient) with the heap
   * sequence number it would have had, so events run in exactly the same order. Infinity: no more arrivals.
   */
  private readonly arrivalTime: Float64Array;
  private readonly arrivalSeq: Float64Array;
  /** Class with the earliest pending arrival, -1 when none. */
  private arrivalClass = -1;
  /** Per class: arrivals per minute when constant (plain Poisson), else 0. */
  private readonly classRate: Float64Array;
  private readonly patientStreams: RandomStream[];
  private readonly cleaningStreams: RandomStream[];
  private readonly failureStreams: RandomStream[];
  private readonly shiftResource: Int32Array;
  private readonly shiftValue: Int32Array;
  private readonly startOffset: number;
  private readonly warmupEnd: number;
  private seq = 0;
  private readonly endTime: number;
  /** Per resource: 1 when its queue is first come first served; 1 when its items are cleaned after use. */
  private readonly fifo: Uint8Array;
  private readonly cleaned: Uint8Array;
  private measuring: boolean;
  private readonly hashScratch = new Float64Array(1);
  private readonly hashWords = new Uint32Array(this.hashScratch.buffer);

  constructor(private readonly model: CompiledModel, private readonly options: EngineOptions) {
    const { seed } = options;
    this.startOffset = model.startDayOfWeek * MINUTES_PER_DAY;
    this.res = new ResourceRuntime(model, this.startOffset, this.clock);
    this.stats = new Collector(model, this.clock);
    this.steps = model.steps;
    this.queues = model.resources.map(() => new WaitQueue());
    this.queueLive = new Int32Array(model.resources.length);
    this.queueWaiting = new Int32Array(model.resources.length);
    this.arrivalStreams = model.classes.map((c) => createStream(seed, `arrivals:${c.id}`));
    this.patientStreams = model.classes.map((c) => createStream(seed, `patients:${c.id}`));
    this.cleaningStreams = model.resources.map((r) => createStream(seed, `cleaning:${r.id}`));
    this.failureStreams = model.resources.map((r) => createStream(seed, `failure:${r.id}`));
    this.warmupEnd = options.warmupTime;
    this.endTime = options.endTime;
    this.fifo = Uint8Array.from(model.resources, (r) => (r.fifo ? 1 : 0));
    this.cleaned = Uint8Array.from(model.resources, (r) => (r.cleaning ? 1 : 0));
    this.measuring = options.warmupTime <= 0;
    this.recorder = options.sampleIntervalMinutes > 0 ? new SampleRecorder(model, this, options.sampleIntervalMinutes, options.endTime) : null;
    const shiftResource: number[] = [];
    const shiftValue: number[] = [];
    const heap = this.heap;
    for (const r of model.resources) {
      const roster = r.roster;
      if (!roster) continue;
      for (let k = 0; k < roster.minute.length; k++) {
        let first = (((roster.minute[k] - this.startOffset) % MINUTES_PER_WEEK) + MINUTES_PER_WEEK) % MINUTES_PER_WEEK;
        if (first === 0) first = MINUTES_PER_WEEK;
        heap.push(first, PRI_SHIFT, EV_SHIFT, shiftResource.length);
        shiftResource.push(r.index);
        shiftValue.push(roster.onDuty[k]);
      }
    }
    this.shiftResource = Int32Array.from(shiftResource);
    this.shiftValue = Int32Array.from(shiftValue);
    this.arrivalTime = new Float64Array(model.classes.length).fill(Infinity);
    this.arrivalSeq = new Float64Array(model.classes.length);
    this.classRate = Float64Array.from(model.classes, (c) => c.constantRatePerMinute);
    for (const c of model.classes) if (c.arrivals) this.scheduleArrival(c.index);
    if (model.scheduleByDay.some((d) => d.length > 0)) heap.push(0, PRI_NORMAL, EV_DAY, 0);
    for (const r of model.resources) {
      if (!r.failure) continue;
      for (let k = 0; k < r.itemCount; k++) heap.push(r.failure.timeBetween(this.failureStreams[r.index]), PRI_NORMAL, EV_FAIL, r.itemStart + k);
    }
    this.placeInitialPatients(seed);
    if (options.warmupTime > 0) heap.push(options.warmupTime, PRI_SHIFT, EV_WARMUP_END, 0);
    if (this.recorder) heap.push(0, PRI_MEASURE, EV_SAMPLE, 0);
    heap.push(options.endTime, PRI_MEASURE + 1, EV_END, 0);
  }

  /** Runs to the end time. */
  run(): void {
    const heap = this.heap;
    const trace = this.options.traceHash === true;
    const arrivalTime = this.arrivalTime;
    const arrivalSeq = this.arrivalSeq;
    const clock = this.clock;
    for (;;) {
      let t: number;
      let kind: number;
      let payload: number;
      const a = this.arrivalClass;
      if (a >= 0 && heap.firstIsAfter(arrivalTime[a], PRI_NORMAL, arrivalSeq[a])) {
        t = arrivalTime[a];
        kind = EV_ARRIVAL;
        payload = a;
      } else if (heap.pop()) {
        t = heap.popTime;
        kind = heap.popKind;
        payload = heap.popPayload;
      } else {
        return;
      }
      clock.now = t;
      if ((++this.events & 0xffff) === 0) this.progress();
      if (trace) this.mixHash(t, kind, payload);
      switch (kind) {
        case EV_STEP_DONE: this.finishStep(payload); break;
        case EV_ARRIVAL: {
          this.admit(payload);
          this.scheduleArrival(payload);
          break;
        }
        case EV_SCHEDULED: this.admit(payload); break;
        case EV_DAY: this.scheduleDay(payload); break;
        case EV_RENEGE: this.renege(payload); break;
        case EV_ITEM_READY: this.itemReady(payload); break;
        case EV_FAIL: this.itemFails(payload); break;
        case EV_REPAIRED: this.itemRepaired(payload); break;
        case EV_SHIFT: this.shiftChange(payload); break;
        case EV_SAMPLE: this.sample(); break;
        case EV_WARMUP_END: this.endWarmup(); break;
        case EV_END: return;
      }
    }
  }

  private progress(): void {
    this.options.onProgress?.(this.clock.now / this.options.endTime);
  }

  /** Finds the class whose pending arrival comes first (time, then heap sequence). */
  private pickArrival(): void {
    const times = this.arrivalTime;
    const seqs = this.arrivalSeq;
    let best = -1;
    for (let c = 0; c < times.length; c++) {
      if (times[c] === Infinity) continue;
      if (best < 0 || times[c] < times[best] || (times[c] === times[best] && seqs[c] < seqs[best])) best = c;
    }
    this.arrivalClass = best;
  }

  /**
   * Draws the class's next arrival after now (exponential gaps at a constant rate, thinning otherwise) and
   * takes the heap sequence number it would have had if pushed now.
   */
  private scheduleArrival(classIndex: number): void {
    const now = this.clock.now;
    const rate = this.classRate[classIndex];
    let next: number;
    if (rate > 0) {
      next = now + this.arrivalStreams[classIndex].exponential() / rate;
    } else {
      const arrivals = this.model.classes[classIndex].arrivals;
      next = arrivals ? arrivals.next(now, this.arrivalStreams[classIndex]) : Infinity;
    }
    if (next < this.endTime) {
      this.arrivalTime[classIndex] = next;
      this.arrivalSeq[classIndex] = this.heap.reserveSeq();
    } else {
      this.arrivalTime[classIndex] = Infinity;
    }
    this.pickArrival();
  }

  private mixHash(t: number, kind: number, payload: number): void {
    this.hashScratch[0] = t;
    let h = this.hash;
    h = Math.imul(h ^ this.hashWords[0], 0x01000193);
    h = Math.imul(h ^ this.hashWords[1], 0x01000193);
    h = Math.imul(h ^ kind, 0x01000193);
    h = Math.imul(h ^ payload, 0x01000193);
    this.hash = h >>> 0;
  }

  // ── patients ──────────────────────────────────────────────────────────────

  /**
   * Warm start: the patients each pool's `initialOccupancy` places at time 0, each holding one unit (and the
   * step's own resources when free) and part-way through its step (remaining time from the equilibrium residual, see warmStart.ts). Their random numbers come
   * from `initial:<resource>` (patient seeds) so they are common to every scenario.
   */
  private placeInitialPatients(seed: number): void {
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

  private admit(classIndex: number): void {
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

  private drawPatience(seed: number, key: number, patience: Sampler): number {
    this.keyed.position(seed, key, 0);
    return Math.max(0, patience(this.keyed));
  }

  private enterStep(p: number, first: number): void {
    const pt = this.patients;
    let s = first;
    for (let guard = 0; ; guard++) {
      if (s < 0) return this.exit(p);
      if (guard > 10_000) this.endlessLoop(s);
      const step = this.steps[s];
      pt.step[p] = s;
      pt.seizeIndex[p] = 0;
      pt.stepEnter[p] = this.clock.now;
      pt.visits[p]++;
      if (!step.instant) return this.continueStep(p);
      this.activityStarts(p, step);
      s = this.route(p, step);
    }
  }

  /** Seizes the step's resources in order; queues at the first full one or leaves, per its onFull. */
  private continueStep(p: number): void {
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

  /** An overflow seize whose primary is full: takes the first overflow pool that can grant (false: none). */
  private takeOverflow(p: number, seize: CompiledSeize): boolean {
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
  private resourceFull(p: number, seize: CompiledSeize, step: CompiledStep): void {
    const onFull = seize.onFull;
    const r = seize.resource;
    if (onFull === FULL_LOST || onFull === FULL_DIVERT) return this.leave(p, onFull === FULL_LOST ? LEAVE_LOST : LEAVE_DIVERTED, r);
    if (seize.maxQueue >= 0 && this.queueWaiting[r] >= seize.maxQueue) return this.leave(p, LEAVE_LOST, r);
    this.enqueue(p, seize, step);
  }

  /** Everything seized: the activity starts (its end is scheduled) or, without one, the step ends now. */
  private startActivity(p: number, step: CompiledStep): void {
    this.activityStarts(p, step);
    if (step.hasDuration) {
      const mean = step.exponentialMean;
      let end: number;
      if (mean > 0) {
        // The exponential sampler's draw, inline (the common case; one call fewer per activity).
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

  /** End time of the activity starting now, drawn from the step's (or the class's) duration sampler. */
  private activityEnd(p: number, step: CompiledStep): number {
    const pt = this.patients;
    const sampler = step.durationByClass?.[pt.classIndex[p]] ?? step.duration;
    let d = 0;
    if (sampler) {
      this.keyed.position(pt.seed[p], step.durationKey, pt.visits[p]);
      d = sampler(this.keyed);
      if (!(d > 0)) d = 0;
    }
    return this.clock.now + d;
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

  private recordBoarding(p: number, step: CompiledStep): void {
    if (!this.holdsAny(p, step.boardingFrom)) return;
    this.stats.boardingMinutes += this.clock.now - Math.max(this.patients.stepEnter[p], this.warmupEnd);
    this.stats.boardedPatients++;
  }

  private activityFlags(p: number, step: CompiledStep): void {
    const pt = this.patients;
    if (step.seen && pt.seen[p] === 0) {
      pt.seen[p] = 1;
      if (this.measuring && this.model.classes[pt.classIndex[p]].emergency) this.stats.edWait.add(this.clock.now - pt.arrival[p]);
    }
    if (step.edDeparture && pt.edOpen[p] === 1) this.endEdStay(p);
  }

  private endEdStay(p: number): void {
    const pt = this.patients;
    pt.edOpen[p] = 0;
    if (!this.measuring) return;
    const stay = this.clock.now - pt.arrival[p];
    this.stats.edStay.add(stay);
    if (stay > this.model.edTargetMinutes) this.stats.fourHourBreaches++;
  }

  private route(p: number, step: CompiledStep): number {
    if (step.branchPick) {
      this.keyed.position(this.patients.seed[p], step.branchKey, this.patients.visits[p]);
      return step.branchTargets[step.branchPick(this.keyed)];
    }
    if (step.byClass) return step.byClass[this.patients.classIndex[p]];
    return step.next;
  }

  private finishStep(p: number): void {
    const step = this.steps[this.patients.step[p]];
    if (step.releaseAll) this.releaseAll(p);
    else {
      const release = step.release;
      for (let k = 0; k < release.length; k++) this.releaseResource(p, release[k]);
    }
    this.enterStep(p, this.route(p, step));
  }

  private exit(p: number): void {
    const pt = this.patients;
    if (pt.edOpen[p] === 1) this.endEdStay(p);
    if (this.measuring) {
      this.stats.completed++;
      // A patient placed at time 0 arrived at an unknown time before it: no time in system.
      if (pt.initial[p] === 0) this.stats.timeInSystem.add(this.clock.now - pt.arrival[p]);
    }
    this.releaseAll(p);
    pt.release(p);
    this.stats.inSystem.update(0, pt.inUse);
  }

  /** Leaves without finishing: lost or diverted at a full resource, or reneged (LWBS) from a queue. */
  private leave(p: number, reason: number, r: number): void {
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

  // ── queues ───────────────────────────────────────────────────────────────

  /**
   * Waits for the seize's resource — and, for an overflow seize, in the queues of its overflow resources too,
   * under one ticket: whichever frees first serves the patient and the other entries go stale.
   * Queue statistics count the patient only at the resource it asked for.
   */
  private enqueue(p: number, seize: CompiledSeize, step: CompiledStep): void {
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

  private registerOverflow(p: number, overflow: Int32Array, seq: number): void {
    for (let k = 0; k < overflow.length; k++) this.register(p, overflow[k], seq);
  }

  private startPatienceClock(p: number): void {
    const pt = this.patients;
    const at = this.clock.now + pt.patienceLeft[p];
    pt.renegeAt[p] = at;
    this.heap.push(at, PRI_NORMAL, EV_RENEGE, p);
  }

  private stopPatienceClock(p: number): void {
    const pt = this.patients;
    pt.patienceLeft[p] = Math.max(0, pt.patienceLeft[p] - (this.clock.now - pt.queueJoin[p]));
    pt.renegeAt[p] = -1;
  }

  private register(p: number, r: number, seq: number): void {
    if (this.fifo[r] === 1) this.queues[r].push(0, this.clock.now, seq, p);
    else this.queues[r].push(this.patients.acuity[p], this.patients.arrival[p], seq, p);
    this.queueLive[r]++;
  }

  private dequeued(p: number): void {
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
  private unregister(r: number): void {
    if (--this.queueLive[r] === 0) this.queues[r].clear();
  }

  /** Serves waiting patients while the resource can take them. */
  private drain(r: number): void {
    const queue = this.queues[r];
    const pt = this.patients;
    while (this.queueLive[r] > 0 && this.res.canGrant(r)) {
      const p = queue.pop();
      if (p < 0) break;
      if (pt.ticket[p] !== queue.popSeq) continue; // left the queue, or served elsewhere
      const key = pt.queuedAt[p];
      this.dequeued(p);
      this.hold(p, r, key);
      pt.seizeIndex[p]++;
      this.continueStep(p);
    }
  }

  private renege(p: number): void {
    const pt = this.patients;
    if (pt.renegeAt[p] !== this.clock.now || pt.ticket[p] === 0) return; // served, or the slot was reused
    const r = pt.queuedAt[p];
    this.dequeued(p);
    this.leave(p, LEAVE_RENEGED, r);
  }

  // ── holds ────────────────────────────────────────────────────────────────

  private hold(p: number, r: number, key: number): void {
    const pt = this.patients;
    const n = pt.holdCount[p];
    if (n === MAX_HOLDS) this.tooManyHolds(p);
    const at = p * MAX_HOLDS + n;
    pt.holdResource[at] = r;
    pt.holdKey[at] = key;
    pt.holdItem[at] = this.res.take(r, pt.acuity[p]);
    pt.holdCount[p] = n + 1;
  }

  private tooManyHolds(p: number): never {
    throw new Error(`a patient may hold at most ${MAX_HOLDS} resources at once (step "${this.steps[this.patients.step[p]].id}")`);
  }

  private endlessLoop(s: number): never {
    throw new Error(`patient loops through instant steps without end (step "${this.steps[s].id}")`);
  }

  private holdsAny(p: number, resources: Int32Array): boolean {
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
  private releaseResource(p: number, r: number): void {
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

  private releaseAll(p: number): void {
    const pt = this.patients;
    const base = p * MAX_HOLDS;
    while (pt.holdCount[p] > 0) {
      const k = base + --pt.holdCount[p];
      this.giveBack(pt.holdResource[k], pt.holdItem[k]);
    }
  }

  private giveBack(r: number, item: number): void {
    const outcome = this.res.give(r, item, this.cleaned[r] === 1);
    if (outcome === GIVE_FREE) this.drain(r);
    else this.itemUnavailable(outcome, r, item);
  }

  /** An item given back goes to cleaning or under repair (a failure struck while it was in use). */
  private itemUnavailable(outcome: number, r: number, item: number): void {
    if (outcome === GIVE_CLEANING) {
      const cleaning = this.model.resources[r].cleaning;
      const d = cleaning ? Math.max(0, cleaning(this.cleaningStreams[r])) : 0;
      this.heap.push(this.clock.now + d, PRI_NORMAL, EV_ITEM_READY, item);
    } else if (outcome === GIVE_FAILED) {
      this.scheduleRepair(item);
    }
  }

  // ── items, shifts, days ──────────────────────────────────────────────────

  private itemReady(item: number): void {
    const outcome = this.res.makeAvailable(item);
    if (outcome === GIVE_FAILED) this.scheduleRepair(item);
    else this.drain(this.res.itemResource[item]);
  }

  private itemFails(item: number): void {
    if (this.res.fail(item)) this.scheduleRepair(item);
    else if (this.res.pendingFailure[item] === 0) this.scheduleNextFailure(item); // closed items skip this one
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

  private itemRepaired(item: number): void {
    this.res.repaired(item);
    this.scheduleNextFailure(item);
    this.drain(this.res.itemResource[item]);
  }

  private shiftChange(change: number): void {
    const r = this.shiftResource[change];
    this.res.setOnDuty(r, this.shiftValue[change]);
    this.heap.push(this.clock.now + MINUTES_PER_WEEK, PRI_SHIFT, EV_SHIFT, change);
    this.drain(r);
    const dependents = this.res.dependents[r];
    for (let k = 0; k < dependents.length; k++) this.drain(dependents[k]);
  }

  private scheduleDay(day: number): void {
    const dayStart = day * MINUTES_PER_DAY;
    const dayOfWeek = (this.model.startDayOfWeek + day) % 7;
    for (const batch of this.model.scheduleByDay[dayOfWeek]) {
      const at = dayStart + batch.minuteOfDay;
      if (at >= this.options.endTime) continue;
      for (let k = 0; k < batch.count; k++) this.heap.push(at, PRI_NORMAL, EV_SCHEDULED, batch.classIndex);
    }
    const next = dayStart + MINUTES_PER_DAY;
    if (next < this.options.endTime) this.heap.push(next, PRI_NORMAL, EV_DAY, day + 1);
  }

  private sample(): void {
    const recorder = this.recorder;
    if (!recorder) return;
    recorder.record(this.clock.now);
    this.options.onSample?.(this.clock.now, recorder.state);
    const next = this.clock.now + this.options.sampleIntervalMinutes;
    if (next <= this.options.endTime) this.heap.push(next, PRI_MEASURE, EV_SAMPLE, 0);
  }

  private endWarmup(): void {
    this.measuring = true;
    this.stats.reset(this.clock.now);
    this.stats.inSystem.update(0, this.patients.inUse);
    this.res.resetStats(this.clock.now);
  }

  /**
   * Hands the memory of the recorded observations to a pool that the next replication in this thread reuses.
   * Call once the results have been read (after summarising): the observations are empty afterwards.
   */
  releaseStorage(): void {
    this.stats.release();
  }

  /** Simulation time in minutes. */
  get now(): number {
    return this.clock.now;
  }

  /** Patients whose time-in-system was not recorded because the run ended first. */
  get patientsInSystem(): number {
    return this.patients.inUse;
  }

  queueLength(r: number): number {
    return this.queueWaiting[r];
  }
}
